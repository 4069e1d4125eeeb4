/**
 * Parity of `npm run check` and `npm run build` on every editor slip: the build fails exactly when
 * the check does, names the editor's own file and line, and leaves dist/ byte-identical; slips the
 * reader normalises (BOM, CRLF, NFD, an unquoted date) build and publish what the editor meant.
 */
import { describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSite } from "../../scripts/build-site.ts";
import { dirSnapshot } from "../unit/helpers/dir-snapshot.ts";
import { validateContent } from "../../scripts/lib/validate.ts";
import { SLIPS, slipSite } from "../unit/helpers/editor-slips.ts";

function previousDist(): string {
  const outDir = join(mkdtempSync(join(tmpdir(), "antq-slip-out-")), "dist");
  mkdirSync(join(outDir, "mo-hinh"), { recursive: true });
  writeFileSync(join(outDir, "index.html"), "<!doctype html><title>bản đã công bố</title>");
  writeFileSync(join(outDir, "mo-hinh", "index.html"), "bản đã công bố");
  return outDir;
}

describe("npm run build on each editor slip", () => {
  it.each(SLIPS.filter((s) => !s.ok).map((s) => [s.id, s] as const))(
    "%s: check fails ⇔ build fails, at the editor's line, dist/ untouched",
    async (_, slip) => {
      const contentDir = slipSite(slip);
      expect(validateContent(contentDir).problems.length).toBeGreaterThan(0);
      const outDir = previousDist();
      const before = dirSnapshot(outDir);
      const messages: string[] = [];
      const code = await buildSite({ contentDir, outDir, log: (t) => messages.push(t), error: (t) => messages.push(t) });
      expect(code).toBe(1);
      const text = messages.join("\n");
      expect(text).toContain(slip.file);
      expect(text).toContain(`dòng ${slip.line}, cột ${slip.column}`);
      expect(text).not.toMatch(/content-staged|\.astro\/|Unexpected|at position/);
      expect(dirSnapshot(outDir)).toEqual(before);
      expect(readdirSync(join(outDir, ".."))).toEqual(["dist"]);
    },
  );

  it.each(SLIPS.filter((s) => s.ok).map((s) => [s.id, s] as const))(
    "%s: check passes ⇔ build passes, and the page shows what the editor meant",
    async (_, slip) => {
      const contentDir = slipSite(slip);
      expect(validateContent(contentDir).problems).toEqual([]);
      const outDir = previousDist();
      const errors: string[] = [];
      const code = await buildSite({ contentDir, outDir, log: () => {}, error: (t) => errors.push(t) });
      expect(code, errors.join("\n")).toBe(0);
      expect(readFileSync(join(outDir, slip.publishes!.page), "utf8")).toContain(slip.publishes!.text);
    },
    120_000,
  );
});
