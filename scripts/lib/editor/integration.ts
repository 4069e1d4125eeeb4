/**
 * Astro integration that mounts the editing screen on the dev server only (`astro:server:setup`
 * runs for `astro dev`, never for `astro build`), so the production build ships none of it.
 */
import { resolve } from "node:path";
import type { AstroIntegration } from "astro";

export function editorIntegration(): AstroIntegration {
  return {
    name: "antq-quan-tri",
    hooks: {
      "astro:server:setup": async ({ server, logger }) => {
        // Loaded here, not at the top: a build never loads the editing screen's code.
        const { editorHandler, EDITOR_BASE } = await import("./server.ts");
        const contentDir = resolve(process.env["CONTENT_DIR"] ?? "content");
        const siteUrl = () => {
          const address = server.httpServer?.address();
          return address && typeof address === "object" ? `http://localhost:${address.port}` : "http://localhost:4321";
        };
        server.middlewares.use(editorHandler({ contentDir, publicRoot: process.cwd(), siteUrl }));
        server.httpServer?.once("listening", () => logger.info(`Màn hình biên tập: ${siteUrl()}${EDITOR_BASE}`));
      },
    },
  };
}
