// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { site } from "./src/config/site.ts";

export default defineConfig({
  site: site.baseUrl,
  // The build script writes into a temporary folder and swaps it in only when everything passed.
  outDir: process.env["ASTRO_OUT_DIR"] ?? "./dist",
  // The build and dev scripts stage content in a fresh folder (.astro/content-staged-*); Astro's
  // content cache lives and dies with it, or the next build (or another checkout sharing
  // node_modules) resolves entries of a staged folder that no longer exists.
  cacheDir: /content-staged-[^/]*\/?$/.test(process.env["CONTENT_DIR"] ?? "") ? `${process.env["CONTENT_DIR"]}/.astro-cache` : "./.astro/cache",
  trailingSlash: "always",
  build: { format: "directory" },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  // node_modules may be shared between checkouts: keep Astro's content cache per checkout.
  cacheDir: "./.astro/cache",
});
