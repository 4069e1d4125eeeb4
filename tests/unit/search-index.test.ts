import { describe, expect, it } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeSearchIndex } from "../../scripts/lib/search-index.ts";

async function indexOf(contentDir: string) {
  const outDir = mkdtempSync(join(tmpdir(), "antq-index-"));
  const logs: string[] = [];
  const ok = await writeSearchIndex({ outDir, contentDir, log: (t) => logs.push(t), error: (t) => logs.push(t) });
  return { ok, outDir, logs };
}

describe("writeSearchIndex", () => {
  it("writes a Vietnamese Pagefind bundle with one page per record of the fixture site", async () => {
    const { ok, outDir, logs } = await indexOf("tests/fixtures/sites/minimal");
    expect(ok).toBe(true);
    expect(logs).toEqual(["  chỉ mục tìm kiếm: 3 trang"]);
    const entry = JSON.parse(readFileSync(join(outDir, "pagefind", "pagefind-entry.json"), "utf8"));
    expect(entry.languages.vi.page_count).toBe(3);
    expect(existsSync(join(outDir, "pagefind", "pagefind.js"))).toBe(true);
  });

  it("still succeeds when there is no content at all, so a build never fails for an empty kind", async () => {
    const empty = mkdtempSync(join(tmpdir(), "antq-empty-"));
    mkdirSync(join(empty, "models"));
    const { ok, outDir } = await indexOf(empty);
    expect(ok).toBe(true);
    expect(existsSync(join(outDir, "pagefind", "pagefind.js"))).toBe(true);
  });
});
