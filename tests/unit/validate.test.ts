import { describe, expect, it } from "vitest";
import { resolve } from "node:path";
import { validateContent } from "../../scripts/lib/validate.ts";
import { fixtureSite } from "./helpers/fixture-site.ts";

describe("real content", () => {
  it("passes every schema and reference check", () => {
    const result = validateContent(resolve("content"));
    expect(result.problems).toEqual([]);
    const count = (c: string) => result.entries.filter((e) => e.collection === c).length;
    expect(count("documents")).toBe(5);
    expect(count("models")).toBeGreaterThanOrEqual(22);
    expect(count("statistics")).toBeGreaterThan(0);
    expect(count("commendations")).toBeGreaterThan(0);
    expect(count("targets")).toBe(10);
  });
});

describe("the minimal fixture", () => {
  it("is valid", () => {
    expect(validateContent(fixtureSite()).problems).toEqual([]);
  });
});

describe("rejections name the file, the field, what was found and what is expected", () => {
  it.each([
    ["models/thieu-truong-bat-buoc.mdx", "kind", "(không có)", /trường bắt buộc|loại mô hình/],
    ["models/loai-khong-co.mdx", "kind", '"truong-hoc-vui-ve"', /loại mô hình phải là một trong/],
    ["models/ngay-sai.mdx", "updated", '"2030-02-30"', /không có thật/],
    ["models/van-ban-khong-co.mdx", "sources.0.document", '"van-ban-khong-ton-tai"', /mã của một văn bản/],
    ["models/trung-dia-chi.mdx", "aliases.0", "/mo-hinh/mo-hinh-thu-nghiem/", /mỗi địa chỉ chỉ thuộc một mô hình/],
    ["models/so-lieu-khong-co.mdx", "(nội dung bài viết)", '<So id="so-lieu-khong-ton-tai" />', /mã \(id\) của một số liệu/],
    ["statistics/sai-kieu.json", "figures.0.value", '"137.226"', /cần một số/],
    ["statistics/tong-khong-co.json", "figures.1.partOf", '"tong-khong-ton-tai"', /số liệu tổng/],
    ["statistics/tong-khong-co.json", "figures.0.id", "thu-nghiem-tong", /không trùng/],
    ["targets/so-lieu-cung-chi-tieu-khong-co.json", "goals.0.figure", '"so-lieu-khong-ton-tai"', /số liệu có trong content\/statistics\//],
    ["commendations/so-lieu-thu-nghiem.json", "(tên tệp)", '"so-lieu-thu-nghiem"', /trang nhúng \/nhung\/so-lieu-thu-nghiem\//],
  ])("%s → %s", (file, field, found, expected) => {
    const { problems } = validateContent(fixtureSite("minimal", [file]));
    const name = file.split("/")[1]!;
    const problem = problems.find((p) => p.file.endsWith(name) && p.field === field);
    expect(problem, JSON.stringify(problems, null, 2)).toBeDefined();
    expect(problem!.found).toContain(found);
    expect(problem!.expected).toMatch(expected);
    expect(problem!.line).toBeGreaterThan(0);
  });

  it("reports malformed JSON with line and column", () => {
    const { problems } = validateContent(fixtureSite("minimal", ["statistics/json-hong.json"]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 3, column: 26, field: "" });
    expect(problems[0]!.file).toMatch(/statistics\/json-hong\.json$/);
    expect(problems[0]!.expected).toMatch(/dấu phẩy/);
  });

  it("reports broken front matter (YAML) with its line in the file", () => {
    const { problems } = validateContent(fixtureSite("minimal", ["models/yaml-hong.mdx"]));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toMatch(/models\/yaml-hong\.mdx$/);
    expect(problems[0]!.expected).toMatch(/YAML/);
    expect(problems[0]!.line).toBeGreaterThan(1);
  });

  it("reports every problem of every file in one run", () => {
    const all = ["models/loai-khong-co.mdx", "models/ngay-sai.mdx", "statistics/sai-kieu.json", "statistics/json-hong.json"];
    const { problems } = validateContent(fixtureSite("minimal", all));
    const files = new Set(problems.map((p) => p.file.split("/").pop()));
    expect(files).toEqual(new Set(all.map((f) => f.split("/")[1])));
  });
});

describe("files as editors save them", () => {
  it("accepts UTF-8 with BOM, CRLF line endings and text not in NFC", async () => {
    const { readFileSync, writeFileSync } = await import("node:fs");
    const dir = fixtureSite();
    const model = `${dir}/models/mo-hinh-thu-nghiem.mdx`;
    writeFileSync(model, `\uFEFF${readFileSync(model, "utf8").normalize("NFD").replace(/\n/g, "\r\n")}`);
    const doc = `${dir}/documents/van-ban-thu-nghiem.json`;
    writeFileSync(doc, `\uFEFF${readFileSync(doc, "utf8").replace(/\n/g, "\r\n")}`);
    const result = validateContent(dir);
    expect(result.problems).toEqual([]);
    const name = result.entries.find((e) => e.collection === "models")!.data["name"] as string;
    expect(name).toBe(name.normalize("NFC"));
    expect(name).toBe("Mô hình thử nghiệm tại Trường Hư Cấu");
  });
});

describe("one unreadable file is reported once, in itself", () => {
  it("does not blame every file citing its figures while a statistics file cannot be read", async () => {
    const { readFileSync, writeFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const dir = fixtureSite("minimal");
    const model = join(dir, "models/mo-hinh-thu-nghiem.mdx");
    writeFileSync(model, `${readFileSync(model, "utf8").trimEnd()}\n\nMột số liệu hư cấu: <So id="thu-nghiem-tong" />.\n`);
    const stats = join(dir, "statistics/so-lieu-thu-nghiem.json");
    expect(validateContent(dir, process.cwd(), { today: "2031-01-01" }).problems).toEqual([]);
    writeFileSync(stats, readFileSync(stats, "utf8").replace(/"value": (\d+),/, '"value": $1,,'));
    const { problems } = validateContent(dir, process.cwd(), { today: "2031-01-01" });
    expect(problems.map((p) => p.file)).toEqual([expect.stringMatching(/statistics\/so-lieu-thu-nghiem\.json$/)]);
  });
});
