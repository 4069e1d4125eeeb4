import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { handleBackend } from "../../scripts/lib/editor/backend.ts";

// The editing screen's backend on a temporary copy of content/: the real content/ is never written.
let root = "";
let options: { contentDir: string; publicRoot: string };

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "quan-tri-unit-"));
  options = { contentDir: join(root, "content"), publicRoot: root };
  cpSync(resolve("content"), options.contentDir, { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const read = (rel: string) => readFileSync(join(options.contentDir, rel), "utf8");
const persist = (path: string, raw: string) =>
  handleBackend(options, { action: "persistEntry", params: { dataFiles: [{ path, raw }], assets: [], options: {} } });

describe("the editing screen's backend", () => {
  it("lists a collection's files as Decap expects (path, text, id)", () => {
    const answer = handleBackend(options, {
      action: "entriesByFolder",
      params: { folder: "content/documents", extension: "json", depth: 1 },
    });
    const entries = answer.body as { data: string; file: { path: string; id: string } }[];
    expect(entries.map((e) => e.file.path)).toContain("content/documents/bao-cao-so-ket-5-nam-chi-thi-07-2019.json");
    expect(entries.every((e) => e.data.startsWith("{") && e.file.id.length === 64)).toBe(true);
  });

  it("refuses a figure of people typed 1,658, in the checker's words, and writes nothing", () => {
    const file = "statistics/luc-luong-bao-ve.json";
    const before = read(file);
    const form = JSON.parse(before) as { figures: Record<string, unknown>[] };
    form.figures[0]!["value"] = "1,658";
    const started = performance.now();
    const answer = persist(`content/${file}`, JSON.stringify(form));
    const ms = performance.now() - started;
    expect(answer.status).toBe(422);
    const body = answer.body as { error: string; problems: { field: string; label: string; expected: string; line: number }[] };
    expect(body.problems[0]).toMatchObject({ field: "figures.0.value", label: "Số liệu thứ 1 › Giá trị", line: 21 });
    expect(body.problems[0]!.expected).toContain("có phải 1658?");
    // The notice says the field and the checker's words, nothing for a terminal (file, line, npm).
    expect(body.error).toMatch(/^Chưa lưu, nội dung có lỗi: Số liệu thứ 1 › Giá trị: có phải 1658\? /);
    expect(body.error).not.toMatch(/npm run check|dòng 21|API_ERROR/);
    expect(read(file)).toBe(before);
    // One save checks the whole content twice (before and after); it must stay quick for editors.
    expect(ms).toBeLessThan(15_000);
  });

  it("refuses to delete a document that figures and models cite, and keeps it", () => {
    const answer = handleBackend(options, {
      action: "deleteFile",
      params: { path: "content/documents/bao-cao-so-ket-5-nam-chi-thi-07-2019.json" },
    });
    expect(answer.status).toBe(422);
    // The problems are in other files: each is named, with the checker's words.
    expect((answer.body as { error: string }).error).toMatch(/^Chưa xóa, vì sẽ gây lỗi: content\/\w+\/[\w-]+\.(json|mdx) › /);
    expect(existsSync(join(options.contentDir, "documents/bao-cao-so-ket-5-nam-chi-thi-07-2019.json"))).toBe(true);
  });

  it("saves a draft with its starter's «…» placeholders (the unpublished state), as npm run dev shows it", () => {
    const file = "models/mo-hinh-nhap-gia-dinh.mdx";
    const raw = read("models/benh-vien-an-toan-benh-vien-da-khoa-huyen-tan-yen.mdx")
      .replace(/^---\n/, "---\ndraft: true\n")
      .replace(/^summary: .*$/m, 'summary: "«Tóm tắt một hai câu»"');
    const answer = persist(`content/${file}`, raw);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(read(file)).toContain("draft: true\n");
    // Without draft: true the same placeholder is refused, at its field.
    const finished = persist(`content/${file}`, raw.replace("draft: true\n", ""));
    expect(finished.status).toBe(422);
    expect((finished.body as { problems: { field: string }[] }).problems.map((p) => p.field)).toContain("summary");
  });

  it("never writes outside the content folder's collections", () => {
    expect(persist("content/../package.json", "{}").status).toBe(422);
    expect(persist("content/models/x.json", "{}").status).toBe(422);
    expect(existsSync(join(root, "package.json"))).toBe(false);
  });
});

describe("the hosted screen's files (npm run edit:export)", () => {
  it("writes the page, our script, Decap and a configuration that always opens pull requests; never into dist/", async () => {
    const { exportEditor } = await import("../../scripts/lib/editor/export.ts");
    const out = join(root, "quan-tri-hosted");
    const hosted = { name: "gitlab" as const, repo: "ban-chi-dao/antq", branch: "main", auth_type: "pkce" as const, app_id: "ma-ung-dung" };
    const files = exportEditor({ out, hosted, siteUrl: "https://antq.example", contentDir: options.contentDir });
    expect(files).toEqual(expect.arrayContaining(["index.html", "editor.js", "config.json", "screen.json", "decap/decap-cms.js"]));
    const config = JSON.parse(readFileSync(join(out, "config.json"), "utf8")) as { backend: unknown; publish_mode: string };
    expect(config.backend).toEqual(hosted);
    expect(config.publish_mode).toBe("editorial_workflow");
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain('<script src="/quan-tri/editor.js"></script>');
    const screen = JSON.parse(readFileSync(join(out, "screen.json"), "utf8")) as { so: { choices: { value: string }[] } };
    expect(screen.so.choices.map((c) => c.value)).toContain("luc-luong-bao-ve-tong");
    expect(() =>
      exportEditor({ out: join(root, "dist", "quan-tri"), hosted, siteUrl: "https://antq.example", contentDir: options.contentDir }),
    ).toThrow(/dist/);
  });
});
