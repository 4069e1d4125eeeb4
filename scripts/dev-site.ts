/**
 * `npm run dev`: live preview for editors. Content is staged (BOM, CRLF and NFC normalised, as in
 * the build) and re-staged whenever a file in content/ changes; Astro reloads the page.
 */
import { spawn } from "node:child_process";
import { watch } from "node:fs";
import { resolve } from "node:path";
import { stageContent } from "./lib/stage-content.ts";
import { runCheck } from "./validate-content.ts";

const contentDir = resolve(process.env["CONTENT_DIR"] ?? "content");
const staged = resolve(".astro/content-staged-dev");

stageContent(contentDir, staged);
runCheck(contentDir, { log: console.log, error: console.error });

let timer: NodeJS.Timeout | undefined;
watch(contentDir, { recursive: true }, () => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    stageContent(contentDir, staged);
    runCheck(contentDir, { log: console.log, error: console.error });
  }, 200);
});

const astro = spawn(resolve("node_modules/.bin/astro"), ["dev", "--port", "4321", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, CONTENT_DIR: staged, ASTRO_TELEMETRY_DISABLED: "1" },
});
astro.on("exit", (code) => process.exit(code ?? 0));
