/**
 * The editing screen over HTTP, as one request handler (Node/Connect style) that the dev server
 * mounts at /quan-tri/ (scripts/lib/editor/integration.ts). It serves the page, Decap CMS from
 * node_modules (nothing from a CDN), the configuration generated from the schemas, our script,
 * and the local backend. None of it is part of a build.
 */
import { existsSync, readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { fileURLToPath } from "node:url";
import { dirname, join, resolve } from "node:path";
import { cmsConfig, figureChoices } from "../../../src/lib/content/cms-config.ts";
import { readContent } from "../../../src/lib/build/content-reader.ts";
import { t } from "../../../src/i18n/vi.ts";
import { handleBackend, type BackendOptions } from "./backend.ts";
import { contentToday } from "../validate.ts";

export const EDITOR_BASE = "/quan-tri/";

const here = dirname(fileURLToPath(import.meta.url));
/** Decap's built files (the screen loads decap-cms.js and the chunks it asks for). */
export const decapDist = resolve(here, "../../../node_modules/decap-cms/dist");
/** The screen's own script. */
export const clientScript = join(here, "client.js");

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".html": "text/html; charset=utf-8",
};

/** The screen's words and the "Số liệu" picker's choices (screen.json), from the content folder. */
export function screenData(contentDir: string) {
  const choices = figureChoices(readContent(contentDir, resolve(contentDir, "..")));
  const so = {
    label: t("editor.so.label"),
    field: t("editor.so.field"),
    hint: t("editor.so.hint"),
    search: t("editor.so.search"),
    insert: t("editor.so.insert"),
    cancel: t("editor.so.cancel"),
    choices,
  };
  // Names for Decap's unnamed controls (client.js gives them), in the screen's language.
  const names = {
    collapse: t("editor.name.collapse"),
    remove: t("editor.name.remove"),
    drag: t("editor.name.drag"),
    body: t("editor.body"),
    components: t("editor.name.components"),
    preview: t("editor.name.preview"),
  };
  return { so, names };
}

export function editorPage(): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${t("editor.title")}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<script src="${EDITOR_BASE}editor.js"></script>
</head>
<body>
<noscript><p>${t("editor.noscript")}</p></noscript>
<a id="qt-xem-truoc" hidden target="_blank" rel="noopener">${t("editor.preview")}</a>
</body>
</html>
`;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Handler of everything under /quan-tri/; calls `next` for any other address. */
export function editorHandler(options: BackendOptions & { siteUrl: () => string }) {
  return async (req: IncomingMessage, res: ServerResponse, next: () => void): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/quan-tri") return void res.writeHead(301, { location: EDITOR_BASE }).end();
    if (!url.pathname.startsWith(EDITOR_BASE)) return next();
    const rest = url.pathname.slice(EDITOR_BASE.length);
    try {
      if (rest === "") return send(res, 200, TYPES[".html"]!, editorPage());
      if (rest === "editor.js") return send(res, 200, TYPES[".js"]!, readFileSync(clientScript));
      if (rest === "config.json") {
        const config = cmsConfig({ proxyUrl: `${EDITOR_BASE}api/`, siteUrl: options.siteUrl(), today: contentToday() });
        return send(res, 200, TYPES[".json"]!, JSON.stringify(config));
      }
      // Read afresh on each load of the screen, so a figure saved a moment ago can be cited.
      if (rest === "screen.json") return send(res, 200, TYPES[".json"]!, JSON.stringify(screenData(options.contentDir)));
      if (rest === "api/" && req.method === "POST") {
        const answer = handleBackend(options, JSON.parse(await readBody(req)) as { action?: string; params?: Record<string, unknown> });
        return send(res, answer.status, TYPES[".json"]!, JSON.stringify(answer.body));
      }
      const asset = /^decap\/([\w.-]+\.(js|css|wasm))$/.exec(rest);
      if (asset && existsSync(join(decapDist, asset[1]!)))
        return send(res, 200, TYPES[`.${asset[2]}`]!, readFileSync(join(decapDist, asset[1]!)));
      return send(res, 404, "text/plain; charset=utf-8", "Không có trang này trong màn hình biên tập.");
    } catch (error) {
      console.error(error);
      return send(
        res,
        500,
        TYPES[".json"]!,
        JSON.stringify({ error: `Lỗi của màn hình biên tập: ${error instanceof Error ? error.message : String(error)}` }),
      );
    }
  };
}
