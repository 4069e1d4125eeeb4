/**
 * The src/lib relayout codemod: on a fictional git project it moves listed files with git (renames
 * recorded), rewrites every import and mention of them, leaves unknown imports and unlisted files in
 * place, and changes nothing when run again. Its map places exactly the browser-reached modules
 * of the real src/lib in src/lib/browser/.
 */
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { applyRelayout } from "../../scripts/lib/maintenance/relayout.ts";
import { RELAYOUT } from "../../scripts/lib/maintenance/relayout-map.ts";
import { BROWSER_FOLDER, checkBrowserModules, forbiddenInBrowser, moduleImports } from "../../scripts/lib/quality/browser-safe.ts";

const git = (root: string, ...args: string[]) => execFileSync("git", args, { cwd: root, encoding: "utf8" });

function gitProject(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "antq-relayout-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  git(root, "init", "-q");
  git(root, "add", "-A");
  git(root, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-q", "-m", "fictional project");
  return root;
}

const MAP = {
  "src/lib/paths.ts": "src/lib/site/public-urls.ts",
  "src/lib/slug.ts": "src/lib/browser/slug.ts",
  "src/lib/og-image.ts": "src/lib/build/share-card-png.ts",
  "src/lib/folded-away.ts": "src/lib/site/folded-away.ts",
};

const FILES = {
  "src/lib/paths.ts": `import { slugify } from "./slug.ts";\nimport { navItems } from "./nav.ts";\nexport const model = (id: string) => \`/mo-hinh/\${slugify(id)}/\` + navItems;\n`,
  "src/lib/slug.ts": `export const slugify = (s: string) => s;\n`,
  "src/lib/nav.ts": `export const navItems = "";\n`,
  "src/lib/og-image.ts": `import { readFileSync } from "node:fs";\nimport { slugify } from "./slug";\nconst fonts = "../../public/fonts/";\nexport const png = () => [readFileSync, slugify, fonts];\n`,
  "public/fonts/a.woff2": "font",
  "src/lib/added-later.ts": `// Another branch's module, not in the map: it stays, its import follows paths.ts.\nimport { model } from "./paths.ts";\nexport const later = model;\n`,
  "src/components/Card.astro": `---\nimport { model } from "../lib/paths.ts";\nimport { missing } from "../lib/not-there.ts";\n---\n<a href={model("a")}>{missing}</a>\n<script>\n  import { slugify } from "../lib/slug.ts";\n  slugify("x");\n</script>\n`,
  "tests/unit/paths.test.ts": `import { model } from "../../src/lib/paths.ts";\nconst slug = await import("../../src/lib/slug.ts");\nexport { model, slug };\n`,
  "astro.config.mjs": `import { png } from "./src/lib/og-image.ts";\nexport default { png };\n`,
  "scripts/lib/maintenance/relayout-map.ts": `export const RELAYOUT = { "src/lib/paths.ts": "src/lib/site/public-urls.ts" };\n`,
  "docs/architecture.md": "Addresses: `src/lib/paths.ts`; folding: [slug](../src/lib/slug.ts). Not a path: `xsrc/lib/paths.ts`.\n",
};

describe("applyRelayout on a fictional project", () => {
  const root = gitProject(FILES);
  const first = applyRelayout(root, MAP);
  const read = (path: string) => readFileSync(join(root, path), "utf8");

  it("moves listed files with git, so the renames are recorded, and skips a source that no longer exists", () => {
    expect(first.moves.map((m) => m.to)).toEqual([
      "src/lib/site/public-urls.ts",
      "src/lib/browser/slug.ts",
      "src/lib/build/share-card-png.ts",
    ]);
    expect(first.skipped).toEqual([{ from: "src/lib/folded-away.ts", to: "src/lib/site/folded-away.ts", reason: "source missing" }]);
    for (const from of Object.keys(MAP)) expect(existsSync(join(root, from)), from).toBe(false);
    // Staged as renames (R), the rewritten imports as changes on top (M).
    const renames = git(root, "status", "--porcelain")
      .split("\n")
      .filter((l) => l.startsWith("R"))
      .map((l) => l.slice(3));
    expect(renames.sort()).toEqual([
      "src/lib/og-image.ts -> src/lib/build/share-card-png.ts",
      "src/lib/paths.ts -> src/lib/site/public-urls.ts",
      "src/lib/slug.ts -> src/lib/browser/slug.ts",
    ]);
  });

  it("recomputes a moved file's own imports, keeping each specifier's form", () => {
    expect(read("src/lib/site/public-urls.ts")).toContain(
      `import { slugify } from "../browser/slug.ts";\nimport { navItems } from "../nav.ts";`,
    );
    expect(read("src/lib/build/share-card-png.ts")).toContain(
      `from "node:fs";\nimport { slugify } from "../browser/slug";\nconst fonts = "../../../public/fonts/";`,
    );
  });

  it("rewrites imports in components (front matter and <script>), tests and configs; leaves unknown imports and unlisted files", () => {
    expect(read("src/components/Card.astro")).toBe(
      FILES["src/components/Card.astro"]
        .replace("../lib/paths.ts", "../lib/site/public-urls.ts")
        .replace(`"../lib/slug.ts"`, `"../lib/browser/slug.ts"`),
    );
    expect(read("tests/unit/paths.test.ts")).toBe(
      `import { model } from "../../src/lib/site/public-urls.ts";\nconst slug = await import("../../src/lib/browser/slug.ts");\nexport { model, slug };\n`,
    );
    expect(read("astro.config.mjs")).toContain(`from "./src/lib/build/share-card-png.ts"`);
    expect(read("src/lib/added-later.ts")).toContain(`import { model } from "./site/public-urls.ts";`);
    expect(read("src/lib/nav.ts")).toBe(FILES["src/lib/nav.ts"]);
    // Its own map names the old paths on purpose.
    expect(read("scripts/lib/maintenance/relayout-map.ts")).toBe(FILES["scripts/lib/maintenance/relayout-map.ts"]);
  });

  it("rewrites project-relative mentions and relative links in the docs", () => {
    expect(read("docs/architecture.md")).toBe(
      "Addresses: `src/lib/site/public-urls.ts`; folding: [slug](../src/lib/browser/slug.ts). Not a path: `xsrc/lib/paths.ts`.\n",
    );
  });

  it("changes nothing when run again", () => {
    const before = git(root, "status", "--porcelain");
    const again = applyRelayout(root, MAP);
    expect(again.moves).toEqual([]);
    expect(again.rewritten).toEqual([]);
    expect(again.skipped.map((s) => s.reason)).toEqual(["already moved", "already moved", "already moved", "source missing"]);
    expect(git(root, "status", "--porcelain")).toBe(before);
  });
});

describe("the src/lib map", () => {
  const targets = Object.values(RELAYOUT);
  const reached = new Set(checkBrowserModules(resolve(".")).modules);
  const listedNow = Object.entries(RELAYOUT).filter(([from]) => existsSync(from));

  it("sends each module to its own place in one of the named folders", () => {
    expect(new Set(targets).size).toBe(targets.length);
    for (const to of targets)
      expect(to).toMatch(
        /^src\/lib\/(browser|build|content|models|statistics|commendations|plan|documents|downloads|search|share-cards|site)\/[a-z-]+\.ts$/,
      );
  });

  it("puts in browser/ exactly the modules that reach the browser, none of which imports Node or a build-only package", () => {
    for (const [from, to] of listedNow) {
      expect(to.startsWith(`${BROWSER_FOLDER}/`), `${from} → ${to}`).toBe(reached.has(from));
      if (reached.has(from)) {
        const imports = moduleImports(readFileSync(from, "utf8")).filter((i) => !i.typeOnly && !i.specifier.startsWith("."));
        expect(
          imports.filter((i) => forbiddenInBrowser(i.specifier)),
          from,
        ).toEqual([]);
      }
    }
  });

  it("puts in build/ every module that imports a Node built-in or a build-only package", () => {
    for (const [from, to] of listedNow) {
      const nodeOnly = moduleImports(readFileSync(from, "utf8")).some((i) => !i.typeOnly && forbiddenInBrowser(i.specifier) !== null);
      if (nodeOnly) expect(to, from).toMatch(/^src\/lib\/build\//);
    }
  });
});
