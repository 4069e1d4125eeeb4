/**
 * The benchmark's peer (plain Astro + MDX + Pagefind) builds, and publishes a profile for exactly
 * the model files our build publishes, with the same body text: if either side starts reading
 * other files, the ratios in docs/benchmarks.md would compare different sites.
 */
import { afterAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { writeBenchCorpus } from "../../scripts/lib/bench/corpus.ts";
import { buildPeer, writePeerAstroProject } from "../../scripts/lib/bench/peer-astro.ts";
import { isRedirectPage } from "../../scripts/lib/dist-files.ts";
import { RESERVED_MODEL_SEGMENTS } from "../../src/lib/models/model-url-claims.ts";

const MODELS = 4;
const root = mkdtempSync(join(tmpdir(), "antq-bench-peer-"));
const content = join(root, "content");
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Ids of the profile pages a built site has under /mo-hinh/ (not listings, not redirects). */
function profileIds(dist: string): string[] {
  const dir = join(dist, "mo-hinh");
  return readdirSync(dir)
    .filter((name) => !RESERVED_MODEL_SEGMENTS.includes(name) && existsSync(join(dir, name, "index.html")))
    .filter((name) => !isRedirectPage(readFileSync(join(dir, name, "index.html"), "utf8")))
    .sort();
}

/** The first paragraph of a model file's body, which both sites must show on its profile. */
function firstParagraph(id: string): string {
  const text = readFileSync(join(content, "models", `${id}.mdx`), "utf8");
  return text
    .split(/^---$/m)[2]!
    .trim()
    .split(/\n\s*\n/)[0]!;
}

describe("the benchmark's peer project", () => {
  it("builds with Pagefind and renders the same model files as our build", { timeout: 300_000 }, async () => {
    writeBenchCorpus(content, { models: MODELS, recipients: 20, rowsPerList: 10 });
    const ours = join(root, "ours");
    const run = spawnSync(resolve("node_modules/.bin/node"), ["scripts/build-site.ts"], {
      env: { ...process.env, CONTENT_DIR: content, OUT_DIR: ours, OG_CACHE_DIR: join(root, "og-cache") },
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);

    const peer = join(root, "peer");
    writePeerAstroProject(peer, content, resolve("node_modules"));
    const built = await buildPeer(peer, resolve("node_modules"));
    expect(built.status, built.tail).toBe(0);
    expect(built.peakProcessBytes).toBeGreaterThan(0);
    expect(built.peakBytes).toBeGreaterThanOrEqual(built.peakProcessBytes);

    const ids = profileIds(ours);
    expect(ids).toHaveLength(MODELS);
    expect(profileIds(join(peer, "dist"))).toEqual(ids);
    for (const id of ids) {
      const paragraph = firstParagraph(id);
      expect(readFileSync(join(ours, "mo-hinh", id, "index.html"), "utf8"), id).toContain(paragraph);
      expect(readFileSync(join(peer, "dist", "mo-hinh", id, "index.html"), "utf8"), id).toContain(paragraph);
    }
    const entry = JSON.parse(readFileSync(join(peer, "dist", "pagefind", "pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages["vi"]?.page_count).toBe(MODELS);
  });
});
