/**
 * Moves files with `git mv` (so history and merges follow them) and rewrites every mention that
 * resolves to a moved file: relative import specifiers and other quoted relative paths in code
 * (`.ts`, `.astro`, `.mjs`, `.js`, `.json`, `.css`), relative links in Markdown, and project-relative
 * mentions such as `src/lib/paths.ts` in comments and docs. A moved file's own relative imports are
 * recomputed from its new folder. Anything that does not resolve to an existing file is left alone,
 * so unknown imports and files added later by other branches are untouched unless listed.
 *
 * Idempotent: a listed source that no longer exists is skipped (already moved, or folded away),
 * and once moved no mention resolves to an old path. The mapping is relayout-map.ts.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, extname, join, posix, relative, resolve, sep } from "node:path";

/** Files scanned for mentions: project-relative folders and root-level files. */
const SCANNED_FOLDERS = ["src/", "scripts/", "tests/", "docs/"];
const SCANNED_ROOT = /^(astro|vitest|playwright)\.config\.[cm]?[jt]s$|^README\.md$/;
const TEXT_EXTENSIONS = new Set([".ts", ".mts", ".mjs", ".js", ".astro", ".json", ".md", ".css"]);
/** The codemod's own files name old paths on purpose (its map, its test's fictional project). */
const NOT_REWRITTEN = ["scripts/lib/maintenance/", "tests/unit/relayout.test.ts"];

export interface Move {
  from: string;
  to: string;
}

export interface RelayoutPlan {
  /** Project-relative moves to perform. */
  moves: Move[];
  /** Listed moves not performed, and why ("already moved", "source missing", "target exists"). */
  skipped: (Move & { reason: string })[];
}

/** Which listed moves apply to the project as it is now. */
export function planRelayout(root: string, mapping: Readonly<Record<string, string>>): RelayoutPlan {
  const plan: RelayoutPlan = { moves: [], skipped: [] };
  for (const [from, to] of Object.entries(mapping)) {
    const source = existsSync(join(root, from));
    const target = existsSync(join(root, to));
    if (source && !target) plan.moves.push({ from, to });
    else plan.skipped.push({ from, to, reason: !source && target ? "already moved" : !source ? "source missing" : "target exists" });
  }
  return plan;
}

const toPosix = (p: string) => p.split(sep).join("/");

/** The project file a relative specifier names, trying the extensions TypeScript and Vite accept. */
function resolveSpecifier(root: string, fromFile: string, specifier: string): { file: string; form: "exact" | "no-ext" | "js" } | null {
  const bare = specifier.replace(/[?#].*$/, "");
  const base = resolve(root, dirname(fromFile), bare);
  const tries: [string, "exact" | "no-ext" | "js"][] = [
    [base, "exact"],
    [`${base}.ts`, "no-ext"],
    [base.replace(/\.js$/, ".ts"), "js"],
  ];
  for (const [candidate, form] of tries) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return { file: toPosix(relative(root, candidate)), form };
  }
  // A folder (fonts, fixtures): only re-based when the mentioning file itself moves.
  if (existsSync(base) && statSync(base).isDirectory()) return { file: toPosix(relative(root, base)) || ".", form: "exact" };
  return null;
}

/** A relative specifier from one project file to another, in the form the original used. */
function specifierBetween(fromFile: string, toFile: string, form: "exact" | "no-ext" | "js", suffix: string): string {
  let spec = posix.relative(posix.dirname(fromFile), toFile);
  if (!spec.startsWith(".")) spec = `./${spec}`;
  if (form === "no-ext") spec = spec.replace(/\.ts$/, "");
  if (form === "js") spec = spec.replace(/\.ts$/, ".js");
  return spec + suffix;
}

/**
 * The text of `file` (project-relative, at its old place) with every mention rewritten for the
 * moves; `newFile` is where the file itself will be.
 */
export function rewriteMentions(root: string, file: string, newFile: string, text: string, moved: ReadonlyMap<string, string>): string {
  const fileMoves = file !== newFile;
  const relink = (specifier: string): string => {
    const hit = resolveSpecifier(root, file, specifier);
    if (!hit) return specifier;
    const target = moved.get(hit.file) ?? hit.file;
    if (target === hit.file && !fileMoves) return specifier;
    const suffix = specifier.match(/[?#].*$/)?.[0] ?? (specifier.endsWith("/") ? "/" : "");
    return specifierBetween(newFile, target, hit.form, suffix);
  };
  let out = text;
  // Quoted relative paths: import/export specifiers, import(), new URL(), paths handed to tools.
  out = out.replace(/(["'`])(\.{1,2}\/[^"'`\s]*)\1/g, (_whole, quote: string, spec: string) => `${quote}${relink(spec)}${quote}`);
  // Relative links in Markdown: [text](../src/lib/x.ts) and [text](../src/lib/x.ts#anchor).
  if (extname(file) === ".md") out = out.replace(/\]\((\.{1,2}\/[^)\s]+)\)/g, (_w, spec: string) => `](${relink(spec)})`);
  // Project-relative mentions (comments, docs): src/lib/x.ts, not part of a longer path.
  out = out.replace(/(?<![\w./-])((?:src|scripts|tests)\/[\w./-]+\.[a-z]+)\b/g, (whole, path: string) => moved.get(path) ?? whole);
  return out;
}

/** Every tracked or new (not ignored) file the relayout reads, project-relative. */
export function scannedFiles(root: string): string[] {
  const listed = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8" });
  return [...new Set(listed.split("\n").filter(Boolean))]
    .filter((f) => (SCANNED_FOLDERS.some((d) => f.startsWith(d)) || SCANNED_ROOT.test(f)) && TEXT_EXTENSIONS.has(extname(f)))
    .filter((f) => !NOT_REWRITTEN.some((n) => f.startsWith(n)))
    .filter((f) => existsSync(join(root, f)))
    .sort();
}

export interface RelayoutResult extends RelayoutPlan {
  /** Files whose text changed (project-relative, at their new place). */
  rewritten: string[];
}

/**
 * Rewrites mentions, then `git mv`s each file (the rewritten text moves with it). With `dryRun`,
 * reports what it would do and touches nothing.
 */
export function applyRelayout(root: string, mapping: Readonly<Record<string, string>>, { dryRun = false } = {}): RelayoutResult {
  const plan = planRelayout(root, mapping);
  const moved = new Map(plan.moves.map((m) => [m.from, m.to]));
  const rewritten: string[] = [];
  for (const file of scannedFiles(root)) {
    const text = readFileSync(join(root, file), "utf8");
    const next = rewriteMentions(root, file, moved.get(file) ?? file, text, moved);
    if (next === text) continue;
    rewritten.push(moved.get(file) ?? file);
    if (!dryRun) writeFileSync(join(root, file), next);
  }
  if (!dryRun) {
    for (const { from, to } of plan.moves) {
      mkdirSync(dirname(join(root, to)), { recursive: true });
      execFileSync("git", ["mv", from, to], { cwd: root, stdio: "pipe" });
    }
  }
  return { ...plan, rewritten: rewritten.sort() };
}
