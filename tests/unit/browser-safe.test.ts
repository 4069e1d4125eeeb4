/**
 * Code that reaches readers' browsers imports no Node built-in and no build-only package. The set
 * of browser modules is derived from the `<script>` blocks of the .astro files and their imports,
 * so it holds before and after the src/lib relayout; fictional projects prove the check fails.
 */
import { describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import {
  bundledScripts,
  checkBrowserModules,
  forbiddenInBrowser,
  formatBrowserProblems,
  moduleImports,
} from "../../scripts/lib/quality/browser-safe.ts";

/** A fictional project folder with the given files (project-relative path → text). */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "antq-browser-safe-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const widget = `---\nimport { readFileSync } from "node:fs"; // front matter runs at build time: allowed\n---\n<div data-widget></div>\n<script>\n  import { start } from "./widget.ts";\n  start();\n</script>\n`;

describe("the site's browser code", () => {
  const report = checkBrowserModules(resolve("."));

  it("imports no Node built-in and no build-only package", () => {
    expect(formatBrowserProblems(report.problems)).toBe("");
  });

  it("is found from the components' scripts, through their imports into src/lib", () => {
    expect(report.modules).toEqual(
      expect.arrayContaining(["src/components/charts/chart-client.ts", "src/components/search/search-page.ts"]),
    );
    expect(report.modules.some((m) => m.startsWith("src/lib/"))).toBe(true);
    expect(report.modules.filter((m) => /og-|workbook|content-reader/.test(m))).toEqual([]);
  });
});

describe("checkBrowserModules on a fictional project", () => {
  it("fails when a module a script imports, two steps away, imports a Node built-in, naming the chain", () => {
    const root = project({
      "src/components/Widget.astro": widget,
      "src/components/widget.ts": `import { helper } from "../lib/helper.ts";\nexport const start = () => helper();\n`,
      "src/lib/helper.ts": `import { readFileSync } from "node:fs";\nexport const helper = () => readFileSync;\n`,
    });
    const { problems, modules } = checkBrowserModules(root);
    expect(modules).toEqual(["src/components/Widget.astro", "src/components/widget.ts", "src/lib/helper.ts"]);
    expect(problems).toEqual([
      {
        chain: ["src/components/Widget.astro <script>", "src/components/widget.ts", "src/lib/helper.ts"],
        specifier: "node:fs",
        reason: "Node built-in",
      },
    ]);
    expect(formatBrowserProblems(problems)).toBe(
      'src/components/Widget.astro <script> → src/components/widget.ts → src/lib/helper.ts imports "node:fs": Node built-in',
    );
  });

  it("fails on a bare built-in name, a build-only package and a dynamic import", () => {
    const root = project({
      "src/components/Widget.astro": widget,
      "src/components/widget.ts": `import { join } from "path";\nimport satori from "satori";\nexport const start = () => import("../lib/late.ts").then(() => [join, satori]);\n`,
      "src/lib/late.ts": `export { Resvg } from "@resvg/resvg-js";\n`,
    });
    expect(checkBrowserModules(root).problems.map((p) => [p.specifier, p.reason])).toEqual([
      ["path", "Node built-in"],
      ["satori", "build-only package"],
      ["@resvg/resvg-js", "build-only package"],
    ]);
  });

  it("passes type-only imports, front matter, inline scripts and browser packages", () => {
    const root = project({
      "src/components/Widget.astro": `${widget}<script is:inline>import("node:fs")</script>\n<script type="application/ld+json">{}</script>\n`,
      "src/components/widget.ts": `import type { Stats } from "node:fs";\nimport { Chart } from "chart.js";\nexport type { Dirent } from "node:fs";\nexport const start = (s?: Stats) => [s, Chart];\n`,
    });
    expect(checkBrowserModules(root)).toEqual({ modules: ["src/components/Widget.astro", "src/components/widget.ts"], problems: [] });
  });

  it("after the relayout, checks every module of src/lib/browser/ and keeps browser modules in it", () => {
    const root = project({
      "src/components/Widget.astro": widget,
      "src/components/widget.ts": `import { helper } from "../lib/shaping/helper.ts";\nexport const start = () => helper();\n`,
      "src/lib/shaping/helper.ts": `export const helper = () => 1;\n`,
      "src/lib/browser/unused.ts": `import { join } from "node:path";\nexport const unused = join;\n`,
    });
    expect(checkBrowserModules(root).problems.map((p) => `${p.chain.at(-1)}: ${p.reason}`)).toEqual([
      "src/lib/browser/unused.ts: Node built-in",
      "src/lib/shaping/helper.ts: reaches the browser but is not in src/lib/browser/",
    ]);
  });
});

describe("the pieces", () => {
  it("moduleImports reads static, re-exported and dynamic imports, marking type-only ones", () => {
    const code = `import a from "a";\nimport type { B } from "b";\nimport { type C, d } from "c";\nexport * from "e";\nexport type { F } from "f";\nconst g = await import("g");\nimport "h";\n`;
    expect(moduleImports(code)).toEqual([
      { specifier: "a", typeOnly: false },
      { specifier: "b", typeOnly: true },
      { specifier: "c", typeOnly: false },
      { specifier: "e", typeOnly: false },
      { specifier: "f", typeOnly: true },
      { specifier: "g", typeOnly: false },
      { specifier: "h", typeOnly: false },
    ]);
  });

  it("bundledScripts keeps the scripts Astro bundles", () => {
    expect(
      bundledScripts(
        `<script>a</script><script type="module">b</script><script is:inline>c</script><script type="application/ld+json">d</script>`,
      ),
    ).toEqual(["a", "b"]);
  });

  it.each([
    ["node:crypto", "Node built-in"],
    ["fs/promises", "Node built-in"],
    ["write-excel-file/node", "build-only package"],
    ["astro:content", "server-only Astro module"],
    ["chart.js", null],
    ["astro:transitions/client", null],
  ])("%s → %s", (specifier, reason) => {
    expect(forbiddenInBrowser(specifier)).toBe(reason);
  });
});
