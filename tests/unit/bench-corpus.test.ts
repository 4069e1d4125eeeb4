import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { syntheticModel, writeBenchCorpus } from "../../scripts/lib/bench/corpus.ts";
import { validateContent } from "../../scripts/lib/validate.ts";

describe("the benchmark corpus", () => {
  const root = mkdtempSync(join(tmpdir(), "antq-bench-"));
  const dir = join(root, "content");
  writeBenchCorpus(dir, { models: 25, recipients: 120, rowsPerList: 50 });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("passes the same validation editors' content does, so the benchmark builds a real site", () => {
    const result = validateContent(dir);
    expect(result.problems).toEqual([]);
    expect(result.entries.filter((e) => e.collection === "models")).toHaveLength(25);
  });

  it("splits named rows into recipient lists and keeps every row", () => {
    const lists = readdirSync(join(dir, "commendations")).filter((f) => f.startsWith("danh-sach-"));
    const rows = lists.flatMap((f) => JSON.parse(readFileSync(join(dir, "commendations", f), "utf8")).rows as { name: string }[]);
    expect(lists).toHaveLength(3);
    expect(rows).toHaveLength(120);
    expect(new Set(rows.map((r) => r.name)).size).toBe(120);
  });

  it.each([1, 7, 9999])("marks model %i as fictional in its name, summary and body", (n) => {
    const { id, text } = syntheticModel(n);
    expect(id).toMatch(/^mo-hinh-hu-cau-\d{5}$/);
    expect(text.match(/hư cấu/g)!.length).toBeGreaterThanOrEqual(4);
  });
});
