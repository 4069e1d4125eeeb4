/**
 * `npx node scripts/relayout-src-lib.ts [--dry-run]`: splits the flat src/lib into browser/, build/
 * and feature folders (scripts/lib/maintenance/relayout-map.ts) with `git mv`, rewriting every
 * import and mention. Safe to run again. Lists what it skipped, the modules of src/lib the map does
 * not place, and any module that reaches the browser from outside src/lib/browser/.
 */
import { readdirSync } from "node:fs";
import { applyRelayout } from "./lib/maintenance/relayout.ts";
import { RELAYOUT } from "./lib/maintenance/relayout-map.ts";
import { checkBrowserModules, formatBrowserProblems } from "./lib/quality/browser-safe.ts";

const dryRun = process.argv.includes("--dry-run");
const result = applyRelayout(process.cwd(), RELAYOUT, { dryRun });
console.log(
  `${dryRun ? "Would move" : "Moved"} ${result.moves.length} files; ${dryRun ? "would rewrite" : "rewrote"} mentions in ${result.rewritten.length} files.`,
);
for (const { from, to } of result.moves) console.log(`  ${from} → ${to}`);
for (const { from, to, reason } of result.skipped.filter((s) => s.reason !== "already moved"))
  console.log(`  skipped ${from} → ${to}: ${reason}`);
const left = readdirSync("src/lib", { withFileTypes: true }).filter(
  (e) => e.isFile() && !result.moves.some((m) => m.from === `src/lib/${e.name}`),
);
if (left.length > 0 && !dryRun)
  console.log(
    `Not in the map, left in src/lib/: ${left.map((e) => e.name).join(", ")} — add each to relayout-map.ts (browser/ if the check below names it) and run again.`,
  );
if (!dryRun) {
  const problems = checkBrowserModules(process.cwd()).problems;
  if (problems.length > 0) {
    console.log(`Browser modules to place or fix:\n${formatBrowserProblems(problems)}`);
    process.exitCode = 1;
  }
}
