/**
 * Minimal static server for dist/ used by the end-to-end tests: directory indexes, the site's 404
 * page with status 404, and nothing else, so tests see what a plain static host would serve.
 * Kept beside `astro preview` on purpose: the benches and measure-search serve folders other than
 * the configured outDir (a copy of dist/ with a rebuilt index, the fixture site) in-process on a
 * free port (0) and stop it themselves, which preview (a CLI reading astro.config) does not offer;
 * it starts in milliseconds where preview loads Astro and Vite; and the headers a real host adds
 * are tested against nginx itself (tests/e2e/nginx.spec.ts), not against any Node server.
 */
import { createServer } from "node:http";
import { createReadStream, existsSync, statSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";
import { parseArgs } from "node:util";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
  ".pf_meta": "application/octet-stream",
};

export function serveDist(root: string, port: number) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) {
      res.writeHead(400).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) {
      if (!url.pathname.endsWith("/")) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      path = join(path, "index.html");
    }
    if (!existsSync(path)) {
      res.writeHead(404, { "content-type": types[".html"] });
      createReadStream(join(root, "404.html")).pipe(res);
      return;
    }
    res.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" });
    createReadStream(path).pipe(res);
  });
  server.listen(port, "127.0.0.1");
  return server;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { port: { type: "string", default: "4321" } } });
  const port = Number(values.port);
  const root = resolve(process.env["OUT_DIR"] ?? "dist");
  serveDist(root, port);
  console.log(`Đang phục vụ ${root} tại http://127.0.0.1:${port}/`);
}
