/**
 * The benchmark's peer: the site a team would build instead of ours. A plain Astro 7 project with
 * @astrojs/mdx reads the very same model files (content/models/*.mdx) through a glob collection,
 * renders each with render(entry) in a minimal layout, and Pagefind indexes its output with its
 * CLI. No validation, share cards, facets, downloads or post-build checks: only what every such
 * site has, so our build time divided by its time is what our extra work costs.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { runMeasured, type RunResult } from "./measure.ts";

/** Folder (under the content folder) and file pattern of the model profiles, as our build reads them. */
export const PEER_MODELS = { folder: "models", pattern: "*.mdx" } as const;

/**
 * Writes the project into `dir` (emptied first), reading `<contentDir>/models/*.mdx` in place and
 * sharing `nodeModules` (so both builds run the same Astro, MDX and Pagefind). Its Astro cache is
 * its own (`<dir>/.astro-cache`), never the shared node_modules/.astro.
 */
export function writePeerAstroProject(dir: string, contentDir: string, nodeModules: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "src/pages/mo-hinh"), { recursive: true });
  mkdirSync(join(dir, "src/layouts"), { recursive: true });
  mkdirSync(join(dir, "src/components"), { recursive: true });
  symlinkSync(nodeModules, join(dir, "node_modules"), "dir");
  const file = (path: string, text: string) => writeFileSync(join(dir, path), text);
  file("package.json", `${JSON.stringify({ name: "peer-astro-mdx-bench", private: true, type: "module" }, null, 2)}\n`);
  file(
    "astro.config.mjs",
    `import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
export default defineConfig({
  trailingSlash: "always",
  build: { format: "directory" },
  integrations: [mdx()],
  cacheDir: "./.astro-cache",
  devToolbar: { enabled: false },
});
`,
  );
  file(
    "src/content.config.ts",
    `import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

export const collections = {
  models: defineCollection({
    loader: glob({ pattern: ${JSON.stringify(PEER_MODELS.pattern)}, base: ${JSON.stringify(resolve(contentDir, PEER_MODELS.folder))} }),
    schema: z.object({ name: z.string(), summary: z.string() }),
  }),
};
`,
  );
  file(
    "src/layouts/Layout.astro",
    `---
const { title, description } = Astro.props;
---
<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>
    <meta name="description" content={description} />
  </head>
  <body>
    <main><slot /></main>
  </body>
</html>
`,
  );
  // Model bodies may cite a figure as <So id="…" />; the peer has no figures, so it prints the id.
  file("src/components/So.astro", `---\nconst { id } = Astro.props;\n---\n<span>{id}</span>\n`);
  file(
    "src/pages/mo-hinh/[id].astro",
    `---
import { getCollection, render } from "astro:content";
import Layout from "../../layouts/Layout.astro";
import So from "../../components/So.astro";

export async function getStaticPaths() {
  const models = await getCollection("models");
  return models.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Layout title={entry.data.name} description={entry.data.summary}>
  <h1>{entry.data.name}</h1>
  <p>{entry.data.summary}</p>
  <Content components={{ So }} />
</Layout>
`,
  );
}

/**
 * Builds the peer from scratch (no dist/, no Astro cache, as our build has none either), then runs
 * Pagefind over its dist/. Seconds add up; peaks are the higher of the two steps. A failed step
 * stops there, with its status and output.
 */
export async function buildPeer(dir: string, nodeModules: string, env: NodeJS.ProcessEnv = process.env): Promise<RunResult> {
  rmSync(join(dir, "dist"), { recursive: true, force: true });
  rmSync(join(dir, ".astro-cache"), { recursive: true, force: true });
  const steps = [
    [join(nodeModules, "astro/bin/astro.mjs"), "build"],
    [join(nodeModules, "pagefind/lib/runner/bin.cjs"), "--site", "dist"],
  ];
  const total: RunResult = { status: 0, seconds: 0, peakBytes: 0, peakProcessBytes: 0, tail: "" };
  for (const args of steps) {
    const run = await runMeasured(process.execPath, args, { cwd: dir, env: { ...env, ASTRO_TELEMETRY_DISABLED: "1" } });
    total.seconds += run.seconds;
    total.peakBytes = Math.max(total.peakBytes, run.peakBytes);
    total.peakProcessBytes = Math.max(total.peakProcessBytes, run.peakProcessBytes);
    total.status = run.status;
    total.tail = run.tail;
    if (run.status !== 0) break;
  }
  return total;
}
