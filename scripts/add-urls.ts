/**
 * `npm run urls:add`: adds the addresses of the last build (dist/, or OUT_DIR) to urls.manifest.txt.
 * Run it after adding content, and commit the manifest with the content.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { addUrls, MANIFEST_FILE, publishedUrls } from "./lib/url-manifest.ts";

export function addUrlsToManifest(outDir: string, manifest: string, log: (text: string) => void): number {
  if (!existsSync(outDir)) {
    log(`Chưa có thư mục ${outDir}: chạy "npm run build" trước.`);
    return 1;
  }
  const current = existsSync(manifest)
    ? readFileSync(manifest, "utf8")
    : "# Mọi địa chỉ đã công bố; không xóa dòng nào (xem docs/deploy.md).\n";
  const { text, added } = addUrls(current, publishedUrls(outDir));
  writeFileSync(manifest, text);
  log(
    added.length === 0
      ? "Không có địa chỉ mới."
      : `Đã thêm ${added.length} địa chỉ vào ${manifest}:\n${added.map((u) => `  ${u}`).join("\n")}`,
  );
  return 0;
}

if (import.meta.main) {
  process.exitCode = addUrlsToManifest(
    resolve(process.env["OUT_DIR"] ?? "dist"),
    resolve(process.env["URL_MANIFEST"] ?? MANIFEST_FILE),
    console.log,
  );
}
