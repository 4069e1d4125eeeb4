/**
 * `npm run dev`: live preview for editors. Astro reads content/ directly (src/lib/content-loader.ts)
 * and reloads the page when a file changes.
 */
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { runCheck } from "./validate-content.ts";

const contentDir = resolve(process.env["CONTENT_DIR"] ?? "content");
runCheck(contentDir, { log: console.log, error: console.error });

const astro = spawn(resolve("node_modules/.bin/astro"), ["dev", "--port", "4321", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: "1" },
});
astro.on("exit", (code) => process.exit(code ?? 0));
