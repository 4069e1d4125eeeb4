// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { site } from "./src/config/site.ts";

export default defineConfig({
  site: site.baseUrl,
  // The build script writes into a temporary folder and swaps it in only when everything passed.
  outDir: process.env["ASTRO_OUT_DIR"] ?? "./dist",
  // Each build gets its own content cache (set by scripts/build-site.ts): a cache kept between
  // builds points at the previous build's staged content folder, which no longer exists.
  cacheDir: process.env["ASTRO_CACHE_DIR"] ?? "./.astro/cache",
  trailingSlash: "always",
  build: { format: "directory" },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
