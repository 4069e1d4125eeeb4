// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { site } from "./src/config/site.ts";

export default defineConfig({
  site: site.baseUrl,
  // The build script writes into a temporary folder and swaps it in only when everything passed.
  outDir: process.env["ASTRO_OUT_DIR"] ?? "./dist",
  // The build gives each run its own cache: Astro's content cache remembers the staging folder of
  // the previous run, and a second build of unchanged content then fails to find it.
  cacheDir: process.env["ASTRO_CACHE_DIR"] ?? "./node_modules/.astro",
  trailingSlash: "always",
  build: { format: "directory" },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
