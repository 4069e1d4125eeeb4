/**
 * `npm run dev`: live preview for editors. Astro reads content/ directly (src/lib/content-loader.ts);
 * after each save the content is checked (scripts/lib/dev-content.ts) and the page reloads.
 * Port: --port N or PORT, default 4321; if it is taken, says so and uses the next free one.
 */
import { parseArgs } from "node:util";
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { resolve } from "node:path";

/** Whether something already listens on `port` (any interface). */
export function portTaken(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once("error", () => done(true));
    probe.once("listening", () => probe.close(() => done(false)));
    probe.listen(port);
  });
}

/** The first free port from `wanted` on, and the Vietnamese line to print when it is not `wanted`. */
export async function choosePort(wanted: number, taken = portTaken): Promise<{ port: number; notice?: string }> {
  let port = wanted;
  while (await taken(port)) port++;
  return port === wanted ? { port } : { port, notice: `Cổng ${wanted} đang bận (có thể một bản xem trước khác đang chạy). Dùng cổng ${port}: http://localhost:${port}/` };
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  // --port is ours; everything else goes to astro dev as given.
  const { values, tokens } = parseArgs({ args, strict: false, allowPositionals: true, tokens: true, options: { port: { type: "string" } } });
  const wanted = Number(values.port ?? process.env["PORT"] ?? 4321);
  const ours = new Set(tokens.flatMap((tk) => (tk.kind === "option" && tk.name === "port" ? (tk.inlineValue === false ? [tk.index, tk.index + 1] : [tk.index]) : [])));
  const rest = args.filter((_, i) => !ours.has(i));
  const { port, notice } = await choosePort(wanted);
  if (notice) console.log(notice);
  const astro = spawn(resolve("node_modules/.bin/astro"), ["dev", "--port", String(port), ...rest], {
    stdio: "inherit",
    env: { ...process.env, CONTENT_DIR: resolve(process.env["CONTENT_DIR"] ?? "content"), ASTRO_TELEMETRY_DISABLED: "1" },
  });
  astro.on("exit", (code) => process.exit(code ?? 0));
}
