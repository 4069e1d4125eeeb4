/**
 * Which modules reach readers' browsers, and whether any of them imports something that only runs
 * in Node at build time. The browser set is derived from the code itself, not from folder names:
 * every bundled `<script>` of an `.astro` file is an entry, and every module it imports (statically
 * or with `import()`, `import type` aside) is followed to the end. A browser module may not import a
 * Node built-in (`node:fs`, `path`, …) or a build-only package (satori, resvg, the workbook writer…):
 * Vite would either fail the build or ship a broken polyfill. Where `src/lib/browser/` exists (after
 * the relayout, scripts/lib/maintenance/relayout.ts), every module in it is an entry too, and every
 * browser-reached module of `src/lib/` must live in it.
 */
import { readdirSync, readFileSync, existsSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";

/**
 * Packages that run only in Node at build time (or only on the editing screen); a reader's browser
 * module importing one is a mistake. Pure libraries (zod, yaml) are not listed: they would run, and
 * shipping them is a size question, not a breakage.
 */
export const BUILD_ONLY_PACKAGES = [
  "satori",
  "@resvg/resvg-js",
  "write-excel-file",
  "satteri",
  "pagefind",
  "vnu-jar",
  "astro",
  "@astrojs/mdx",
  "lighthouse",
  "decap-cms",
] as const;

/** Astro virtual modules that exist only on the server. */
const SERVER_VIRTUAL = /^astro:(content|assets|env\/server|middleware|actions)$/;

/** Folder, relative to the project, whose modules must all be browser-safe once it exists. */
export const BROWSER_FOLDER = "src/lib/browser";

export interface ImportRef {
  specifier: string;
  /** `import type …` / `export type … from`: erased by TypeScript, never loaded. */
  typeOnly: boolean;
}

/**
 * Module specifiers a TypeScript/JavaScript text imports: static imports and re-exports, and
 * `import("…")` with a literal. `import { type A } from "x"` still loads "x" (verbatimModuleSyntax).
 */
export function moduleImports(code: string, fileName = "module.ts"): ImportRef[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: ImportRef[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.importClause?.isTypeOnly ?? false });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) found.push({ specifier: arg.text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * The `<script>` blocks of an `.astro` file that Astro bundles (no attributes, or only
 * `type="module"`); `is:inline`, JSON-LD and other typed scripts are not bundled and cannot import.
 */
export function bundledScripts(astro: string): string[] {
  const scripts: string[] = [];
  for (const match of astro.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
    const attributes = (match[1] ?? "").trim();
    if (attributes === "" || /^type=["']module["']$/.test(attributes)) scripts.push(match[2]!);
  }
  return scripts;
}

export interface BrowserProblem {
  /** Project-relative chain from the entry to the module holding the import, e.g. ["src/components/X.astro <script>", "src/lib/a.ts"]. */
  chain: string[];
  specifier: string;
  reason: string;
}

export interface BrowserReport {
  /** Every project-relative module a browser loads (entries' own files included), sorted. */
  modules: string[];
  problems: BrowserProblem[];
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, m.split("/")[0]!]));

function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

/** Why a bare specifier may not be loaded in a browser, or null when it may. */
export function forbiddenInBrowser(specifier: string): string | null {
  if (specifier.startsWith("node:") || NODE_BUILTINS.has(specifier) || NODE_BUILTINS.has(packageName(specifier))) return "Node built-in";
  if (SERVER_VIRTUAL.test(specifier)) return "server-only Astro module";
  if ((BUILD_ONLY_PACKAGES as readonly string[]).includes(packageName(specifier))) return "build-only package";
  return null;
}

function resolveRelative(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ""));
  for (const candidate of [base, `${base}.ts`, base.replace(/\.js$/, ".ts"), join(base, "index.ts")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function walk(dir: string, keep: (file: string) => boolean, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, keep, out);
    else if (keep(path)) out.push(path);
  }
  return out;
}

/**
 * Follows every browser entry under `root/src` through its imports and reports the forbidden ones.
 * `root` is the project folder (the repository, or a fixture shaped like it).
 */
export function checkBrowserModules(root: string): BrowserReport {
  const rel = (file: string) => relative(root, file).split(sep).join("/");
  const problems: BrowserProblem[] = [];
  const seen = new Set<string>();

  const follow = (code: string, file: string, chain: string[]) => {
    for (const { specifier, typeOnly } of moduleImports(code, file)) {
      if (typeOnly || specifier.startsWith("/") || /^[a-z]+:\/\//.test(specifier)) continue;
      if (!specifier.startsWith(".")) {
        const reason = forbiddenInBrowser(specifier);
        if (reason) problems.push({ chain, specifier, reason });
        continue;
      }
      const target = resolveRelative(file, specifier);
      if (!target) {
        problems.push({ chain, specifier, reason: "not found" });
        continue;
      }
      if (seen.has(target)) continue;
      seen.add(target);
      if (/\.(ts|js|mjs)$/.test(target)) follow(readFileSync(target, "utf8"), target, [...chain, rel(target)]);
      else if (!/\.(css|svg|png|json)$/.test(target)) problems.push({ chain, specifier, reason: "not a script module" });
    }
  };

  for (const astro of walk(join(root, "src"), (f) => f.endsWith(".astro")).sort()) {
    const scripts = bundledScripts(readFileSync(astro, "utf8"));
    if (scripts.length > 0) seen.add(astro);
    scripts.forEach((code, i) => follow(code, astro, [`${rel(astro)} <script>${scripts.length > 1 ? ` #${i + 1}` : ""}`]));
  }
  const browserFolder = join(root, BROWSER_FOLDER);
  for (const file of walk(browserFolder, (f) => /\.(ts|js|mjs)$/.test(f)).sort()) {
    if (seen.has(file)) continue;
    seen.add(file);
    follow(readFileSync(file, "utf8"), file, [rel(file)]);
  }
  const modules = [...seen].map(rel).sort();
  if (existsSync(browserFolder)) {
    for (const module of modules) {
      if (module.startsWith("src/lib/") && !module.startsWith(`${BROWSER_FOLDER}/`)) {
        problems.push({ chain: [module], specifier: module, reason: `reaches the browser but is not in ${BROWSER_FOLDER}/` });
      }
    }
  }
  return { modules, problems };
}

/** One line per problem: the chain of imports, the forbidden specifier and why. */
export function formatBrowserProblems(problems: readonly BrowserProblem[]): string {
  return problems.map((p) => `${p.chain.join(" → ")} imports "${p.specifier}": ${p.reason}`).join("\n");
}
