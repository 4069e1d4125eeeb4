/**
 * `npm run dev`: live preview for editors. Astro reads content/ directly (src/lib/build/astro-content-loader.ts);
 * after each save the content is checked (scripts/lib/dev-content.ts) and the page reloads.
 *
 * Astro runs in this process (its `dev()` API), so there is no child server to leave behind: Ctrl+C,
 * SIGTERM or SIGHUP stop the server and free the port, and so does the end of the process that
 * started this one (`npm`, an editor's terminal), which some shells do not pass a signal on from.
 * Port: --port N or PORT, default 4321. When it is taken, Vite binds the next free one; the port
 * named is the one the server reports it listens on.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";

export interface DevOptions {
  port: number;
  host?: string | boolean;
  open?: boolean;
}

/** `--port N`, `--host [address]`, `--open` (as `astro dev` takes them), then PORT, then 4321. Throws in Vietnamese on anything else. */
export function parseDevArgs(args: readonly string[], env: NodeJS.ProcessEnv = process.env): DevOptions {
  const usage = "Dùng: npm run dev -- --port 4400 (--host để xem từ máy khác, --open để mở trình duyệt).";
  // `--host` may stand alone (every interface) as in `astro dev`; parseArgs wants a value, so a bare one gets "".
  const normalised = args.map((arg, i) =>
    arg === "--host" && (args[i + 1] === undefined || args[i + 1]!.startsWith("--")) ? "--host=" : arg,
  );
  let values: { port?: string; host?: string; open?: boolean };
  try {
    ({ values } = parseArgs({
      args: normalised,
      options: { port: { type: "string" }, host: { type: "string" }, open: { type: "boolean" } },
      strict: true,
      allowPositionals: false,
    }));
  } catch {
    const unknown =
      normalised.find((arg) => !/^--(port|host|open)(=|$)/.test(arg) && !/^[^-]/.test(arg)) ??
      normalised.find((arg) => !arg.startsWith("--")) ??
      normalised.join(" ");
    throw new Error(`Không hiểu tùy chọn “${unknown}”. ${usage}`);
  }
  const options: DevOptions = { port: Number(values.port ?? env["PORT"] ?? 4321) };
  if (values.host !== undefined) options.host = values.host === "" ? true : values.host;
  if (values.open) options.open = true;
  if (!Number.isInteger(options.port) || options.port < 1 || options.port > 65535)
    throw new Error(`Cổng phải là một số từ 1 đến 65535 (đang ghi: ${String(values.port ?? env["PORT"])}).`);
  return options;
}

/** The Vietnamese line to print when the server listens elsewhere than asked (undefined: it got the port asked for). */
export function portNotice(wanted: number, used: number, url = `http://localhost:${used}/`): string | undefined {
  if (used === wanted) return undefined;
  return `Cổng ${wanted} đang bận (có thể một bản xem trước khác đang chạy), nên bản xem trước này dùng cổng ${used}: ${url}`;
}

/** Starts the live preview and stops it cleanly on a signal or when its parent process ends. */
export async function runDevSite(args: readonly string[]): Promise<void> {
  let options: DevOptions;
  try {
    options = parseDevArgs(args);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  process.env["CONTENT_DIR"] = resolve(process.env["CONTENT_DIR"] ?? "content");
  process.env["ASTRO_TELEMETRY_DISABLED"] = "1";
  const { dev } = await import("astro");
  const server = await dev({
    root: process.cwd(),
    server: { port: options.port, ...(options.host !== undefined ? { host: options.host } : {}), ...(options.open ? { open: true } : {}) },
    logger: { entrypoint: resolve("scripts/lib/dev-logger.ts") },
  });
  const used = server.address.port;
  const local = server.resolvedUrls.local[0] ?? `http://localhost:${used}/`;
  const notice = portNotice(options.port, used, local);
  if (notice) console.log(notice);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    // Vite closes its watchers and sockets; a stuck one must not keep the port.
    await Promise.race([server.stop(), new Promise((r) => setTimeout(r, 5_000).unref())]);
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void stop());
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void stop();
  }, 500).unref();
}

if (import.meta.main) await runDevSite(process.argv.slice(2));
