// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { site } from "./src/config/site.ts";
import { metaDirectives, scriptResources } from "./src/config/security.ts";
import { devContentIntegration } from "./scripts/lib/dev-content.ts";
import { editorIntegration } from "./scripts/lib/editor/integration.ts";

export default defineConfig({
  site: site.baseUrl,
  // The build script writes into a temporary folder and swaps it in only when everything passed.
  outDir: process.env["ASTRO_OUT_DIR"] ?? "./dist",
  // Not node_modules/.astro: node_modules may be shared between checkouts, and a content cache left
  // by another build made builds differ or fail. The build script gives each build a fresh one.
  cacheDir: process.env["ASTRO_CACHE_DIR"] ?? "./.astro/cache",
  trailingSlash: "always",
  build: { format: "directory" },
  // mdx(): Astro's JSX renderer, which renders model bodies (src/lib/build/model-body.ts).
  // The dev integration checks content after each save (npm run dev); builds are checked before Astro starts.
  // The editing screen /quan-tri/ exists only on the dev server (npm run dev, npm run edit).
  integrations: [mdx(), devContentIntegration(), editorIntegration()],
  // Shiki colours code with inline styles, which the CSP blocks; the content is prose, not code.
  // Model bodies are compiled with the same settings in src/lib/build/model-body.ts
  // (bodyCompileOptions): change them there too.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // Every page gets a CSP <meta> hashing Astro's bundled scripts and styles: no inline script runs,
  // including raw HTML pasted into MDX. Header-only directives are in the hosts' header files.
  security: {
    csp: {
      directives: [...metaDirectives],
      scriptDirective: { resources: [...scriptResources] },
    },
  },
});
