/**
 * `npm run dev`: live preview for editors. Astro reads content/ directly (src/lib/content-loader.ts);
 * after each save the content is checked (scripts/lib/dev-content.ts) and the page reloads.
 *
 * Astro runs in this process (its `dev()` API), so there is no child server to leave behind: Ctrl+C,
 * SIGTERM or SIGHUP stop the server and free the port, and so does the end of the process that
 * started this one (`npm`, an editor's terminal), which some shells do not pass a signal on from.
 * Port: --port N or PORT, default 4321. When it is taken, Vite binds the next free one; the port
 * named is the one the server reports it listens on.
 */
import { resolve } from "node:path";

export interface DevOptions {
  port: number;
  host?: string | boolean;
  open?: boolean;
}

/** `--port N`, `--host [address]`, `--open` (as `astro dev` takes them), then PORT, then 4321. Throws in Vietnamese on anything else. */
export function parseDevArgs(args: readonly string[], env: NodeJS.ProcessEnv = process.env): DevOptions {
  const options: DevOptions = { port: Number(env["PORT"] ?? 4321) };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, inline] = arg.split(/=(.*)/s) as [string, string | undefined];
    const value = () => inline ?? args[++i];
    if (name === "--port") options.port = Number(value());
    else if (name === "--host") options.host = inline ?? (args[i + 1] && !args[i + 1]!.startsWith("--") ? args[++i]! : true);
    else if (name === "--open") options.open = true;
    else throw new Error(`Không hiểu tùy chọn “${arg}”. Dùng: npm run dev -- --port 4400 (--host để xem từ máy khác, --open để mở trình duyệt).`);
  }
  if (!Number.isInteger(options.port) || options.port < 1 || options.port > 65535) throw new Error(`Cổng phải là một số từ 1 đến 65535 (đang ghi: ${String(options.port)}).`);
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
