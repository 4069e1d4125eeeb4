/**
 * A bare Astro project with the same number of pages as our build: one dynamic route over an
 * in-memory array, no content collections, no integrations, no post-build steps. Its build time
 * is the floor our build is compared with, measured in the same run so machine noise cancels.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Writes the project into `dir` (emptied first), sharing `nodeModules`. */
export function writeBareAstroProject(dir: string, pages: number, nodeModules: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "src/pages/trang"), { recursive: true });
  symlinkSync(nodeModules, join(dir, "node_modules"), "dir");
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name: "bare-astro-bench", private: true, type: "module" }, null, 2)}\n`);
  writeFileSync(
    join(dir, "astro.config.mjs"),
    // Its own cache: node_modules is a link to ours, and Astro's default cache lives inside it.
    'import { defineConfig } from "astro/config";\nexport default defineConfig({ trailingSlash: "always", build: { format: "directory" }, cacheDir: "./.astro-cache", devToolbar: { enabled: false } });\n',
  );
  writeFileSync(
    join(dir, "src/pages/index.astro"),
    `---\nconst count = ${pages - 1};\n---\n<!doctype html>\n<html lang="vi"><head><meta charset="utf-8" /><title>Trang hư cấu</title></head><body><h1>Trang hư cấu</h1><p>{count} trang.</p></body></html>\n`,
  );
  // Pages carry about as much text as a profile body, so both builds write similar bytes.
  writeFileSync(
    join(dir, "src/pages/trang/[id].astro"),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages - 1} }, (_, i) => ({ params: { id: \`trang-\${i + 1}\` }, props: { n: i + 1 } }));
}
const { n } = Astro.props;
const paragraphs = Array.from({ length: 3 }, (_, i) => \`Đoạn văn hư cấu \${i + 1} của trang \${n}, dài gần bằng một đoạn của trang mô hình thật để hai bản dựng ghi ra lượng chữ tương đương nhau.\`);
---
<!doctype html>
<html lang="vi">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>Trang hư cấu {n}</title></head>
  <body>
    <main><h1>Trang hư cấu {n}</h1>{paragraphs.map((p) => <p>{p}</p>)}<a href="/">Về trang đầu</a></main>
  </body>
</html>
`,
  );
}
