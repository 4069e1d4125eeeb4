import { describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readFileSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkContent } from "../../scripts/validate-content.ts";
import { validateContent } from "../../scripts/lib/validate.ts";
import { SLIPS, slipSite } from "./helpers/editor-slips.ts";

const TODAY = { today: "2031-01-01" };

describe("npm run check on each editor slip (tests/fixtures/editor-slips)", () => {
  it("has at least 30 slips covering every kind in the issue", () => {
    expect(SLIPS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(SLIPS.map((s) => s.id)).size).toBe(SLIPS.length);
  });

  it.each(SLIPS.filter((s) => !s.ok).map((s) => [s.id, s] as const))("%s", (_, slip) => {
    const dir = slipSite(slip);
    const { problems } = validateContent(dir, process.cwd(), TODAY);
    const hit = problems.find((p) => p.file.endsWith(slip.file) && (p.expected + " " + p.found).includes(slip.message!));
    expect(hit, JSON.stringify(problems, null, 1)).toBeDefined();
    expect({ line: hit!.line, column: hit!.column }).toEqual({ line: slip.line, column: slip.column });
    // What the editor reads: their own file, line and column, and no English parser text.
    const out: string[] = [];
    expect(checkContent(dir, { log: (t) => out.push(t), error: (t) => out.push(t) })).toBeNull();
    const report = out.join("\n");
    expect(report).toContain(slip.file);
    expect(report).toContain(`dòng ${slip.line}, cột ${slip.column}`);
    expect(report).not.toMatch(/Unexpected|Expected|position|JSON at|YAMLException|content-staged|\.astro\//);
  });

  it.each(SLIPS.filter((s) => s.ok).map((s) => [s.id, s] as const))("%s is normalised and accepted", (_, slip) => {
    expect(validateContent(slipSite(slip), process.cwd(), TODAY).problems).toEqual([]);
  });

  it("names fields in the editor's words, with the path as written in brackets", () => {
    const slip = SLIPS.find((s) => s.id === "so-nguyen-dau-cham")!;
    const out: string[] = [];
    checkContent(slipSite(slip), { log: () => {}, error: (t) => out.push(t) });
    expect(out.join("\n")).toContain("trường Số liệu thứ 3 › Giá trị [figures.2.value]");
    expect(out.join("\n")).toContain("Đang ghi: 1.658");
  });

  it("reports every slip of one MDX file, not only the compiler's first", () => {
    const slip = SLIPS.find((s) => s.id === "mdx-nhieu-loi")!;
    const { problems } = validateContent(slipSite(slip), process.cwd(), TODAY);
    expect(problems.map((p) => [p.line, p.column, p.expected.split(" ").slice(0, 4).join(" ")])).toEqual([
      [18, 19, "mã (id) của một"],
      [20, 1, "MDX không nhận ghi"],
      [22, 6, "dấu < trong văn"],
      [24, 5, "mã (id) của một"],
    ]);
  });

  it("names both files of an address clash, each at its own line", () => {
    const slip = SLIPS.find((s) => s.id === "bi-danh-trung")!;
    const { problems } = validateContent(slipSite(slip), process.cwd(), TODAY);
    const clash = problems.filter((p) => p.expected.startsWith("mỗi địa chỉ chỉ thuộc một mô hình"));
    expect(clash.map((p) => [p.file.split("/").slice(-2).join("/"), p.field, p.line])).toEqual([
      ["models/co-bi-danh-trung.mdx", "aliases.0", 16],
      ["models/mo-hinh-thu-nghiem.mdx", "(tên tệp)", 2],
    ]);
    expect(clash[0]!.found).toMatch(/cũng thuộc về .*models\/mo-hinh-thu-nghiem\.mdx \(tên tệp\)/);
    expect(clash[1]!.found).toMatch(/cũng thuộc về .*models\/co-bi-danh-trung\.mdx \(bí danh trong aliases\)/);
  });

  it("suggests the nearest existing address for a link to a page the site will not have", () => {
    const slip = SLIPS.find((s) => s.id === "mdx-lien-ket-khong-co")!;
    const { problems } = validateContent(slipSite(slip), process.cwd(), TODAY);
    // The second link of the line, to the fixture's document, exists and is not reported.
    expect(problems).toHaveLength(1);
    expect(problems[0]!.expected).toMatch(/có phải ý bạn là \/mo-hinh\/[a-z-]+\/\?/);
  });

  it("catches a real model renamed without its old id in aliases, at the manifest's line", () => {
    const copy = join(mkdtempSync(join(tmpdir(), "antq-renamed-")), "content");
    cpSync("content", copy, { recursive: true });
    const old = "benh-vien-an-toan-benh-vien-da-khoa-huyen-tan-yen";
    renameSync(join(copy, "models", `${old}.mdx`), join(copy, "models", `${old}-moi.mdx`));
    const before = process.env["URL_MANIFEST"];
    process.env["URL_MANIFEST"] = "urls.manifest.txt";
    try {
      const lost = validateContent(copy, process.cwd(), TODAY).problems.filter((p) => p.file === "urls.manifest.txt");
      const line = readFileSync("urls.manifest.txt", "utf8").split("\n").indexOf(`/mo-hinh/${old}/`) + 1;
      expect(lost.map((p) => [p.line, p.expected.includes(`thêm "aliases": ["${old}"] vào tệp mô hình mới`)])).toEqual([[line, true]]);
    } finally {
      if (before === undefined) delete process.env["URL_MANIFEST"];
      else process.env["URL_MANIFEST"] = before;
    }
  });

  it("makes hidden characters visible in what it quotes", () => {
    const slip = SLIPS.find((s) => s.id === "khoang-trang-khong-ngat-huyen")!;
    const { problems } = validateContent(slipSite(slip), process.cwd(), TODAY);
    expect(problems.map((p) => p.found)).toContain('"Tân⟦U+00A0⟧Yên" (có ký tự ẩn U+00A0 (dấu cách không ngắt))');
  });
});

describe("the editing guide's error table (docs/huong-dan-bien-tap.md)", () => {
  const guide = readFileSync("docs/huong-dan-bien-tap.md", "utf8");
  const section = guide.slice(guide.indexOf("## Khi gặp lỗi"), guide.indexOf("\n## ", guide.indexOf("## Khi gặp lỗi") + 5));
  // First column of each row: the message, in backticks; "…" stands for any text.
  const rows = section
    .split("\n")
    .filter((l) => l.startsWith("| `"))
    .map((l) =>
      [...l.split(" | ")[0]!.matchAll(/`([^`]+)`/g)].map((m) =>
        m[1]!
          .split("…")
          .map((p) => p.trim())
          .filter(Boolean),
      ),
    );

  it.each(SLIPS.filter((s) => !s.ok).map((s) => [s.id, s] as const))("lists the message of %s", (_, slip) => {
    const { problems } = validateContent(slipSite(slip), process.cwd(), TODAY);
    const hit = problems.find((p) => p.file.endsWith(slip.file) && (p.expected + " " + p.found).includes(slip.message!))!;
    const text = `${hit.found} ${hit.expected}`;
    const row = rows.find((alternatives) => alternatives.some((parts) => parts.every((part) => text.includes(part))));
    expect(row, `no row of the table matches: ${text}`).toBeDefined();
  });
});
