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
const persist = (path: string, raw: string) => handleBackend(options, { action: "persistEntry", params: { dataFiles: [{ path, raw }], assets: [], options: {} } });

describe("the editing screen's backend", () => {
  it("lists a collection's files as Decap expects (path, text, id)", () => {
    const answer = handleBackend(options, { action: "entriesByFolder", params: { folder: "content/documents", extension: "json", depth: 1 } });
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
    expect(body.error).toContain("content/statistics/luc-luong-bao-ve.json");
    expect(read(file)).toBe(before);
    // One save checks the whole content twice (before and after); it must stay quick for editors.
    expect(ms).toBeLessThan(15_000);
  });

  it("refuses to delete a document that figures and models cite, and keeps it", () => {
    const answer = handleBackend(options, { action: "deleteFile", params: { path: "content/documents/bao-cao-so-ket-5-nam-chi-thi-07-2019.json" } });
    expect(answer.status).toBe(422);
    expect((answer.body as { error: string }).error).toContain("Chưa xóa");
    expect(existsSync(join(options.contentDir, "documents/bao-cao-so-ket-5-nam-chi-thi-07-2019.json"))).toBe(true);
  });

  it("never writes outside the content folder's collections", () => {
    expect(persist("content/../package.json", "{}").status).toBe(422);
    expect(persist("content/models/x.json", "{}").status).toBe(422);
    expect(existsSync(join(root, "package.json"))).toBe(false);
  });
});
