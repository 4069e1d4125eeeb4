// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { site } from "./src/config/site.ts";

export default defineConfig({
  site: site.baseUrl,
  // The build script writes into a temporary folder and swaps it in only when everything passed.
  outDir: process.env["ASTRO_OUT_DIR"] ?? "./dist",
  trailingSlash: "always",
  build: { format: "directory" },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  // node_modules may be shared between checkouts (worktrees); a cache inside it mixes their content.
  cacheDir: "./.astro/cache",
});
