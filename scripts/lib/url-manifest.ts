/**
 * The URL manifest (urls.manifest.txt): every public address the site has published. A build whose
 * output no longer answers one of them fails, so a link printed in the press never breaks.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { isPublicUrl, listFiles, publicPath, redirectSources } from "./dist-files.ts";
import type { PostBuildStep } from "./post-build-types.ts";

export const MANIFEST_FILE = "urls.manifest.txt";

/** Addresses listed in the manifest text (one per line; "#" starts a comment). */
export function parseManifest(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, "").trim())
    .filter(Boolean);
}

/** Every address a built site answers: its pages and files, and the sources of its `_redirects`. */
export function publishedUrls(outDir: string): Set<string> {
  const files = listFiles(outDir).filter(isPublicUrl).map(publicPath);
  const redirectsFile = join(outDir, "_redirects");
  const redirects = existsSync(redirectsFile) ? redirectSources(readFileSync(redirectsFile, "utf8")) : [];
  return new Set([...files, ...redirects]);
}

/** Listed addresses the new build does not answer, in manifest order. */
export function missingUrls(listed: readonly string[], published: ReadonlySet<string>): string[] {
  return listed.filter((url) => !published.has(url));
}

/** The manifest with the build's new addresses added, sorted, keeping its leading comment. */
export function addUrls(manifestText: string, published: Iterable<string>): { text: string; added: string[] } {
  const header = manifestText.split(/\r?\n/).filter((line) => line.startsWith("#"));
  const listed = new Set(parseManifest(manifestText));
  const added = [...published].filter((url) => !listed.has(url)).sort();
  const all = [...new Set([...listed, ...added])].sort();
  return { text: [...header, ...all, ""].join("\n"), added };
}

/**
 * Which manifest a build (and `npm run check`) checks: URL_MANIFEST when set, else the repository's
 * own when building the real content/, else one a fixture site carries at its top
 * (<site>/urls.manifest.txt); other fixture sites publish other addresses and have none.
 */
export function manifestFor(contentDir: string, env: NodeJS.ProcessEnv = process.env): string | null {
  if (env["URL_MANIFEST"]) return resolve(env["URL_MANIFEST"]);
  if (resolve(contentDir) === resolve("content")) return resolve(MANIFEST_FILE);
  const own = join(contentDir, MANIFEST_FILE);
  return existsSync(own) ? resolve(own) : null;
}

export const urlManifestStep: PostBuildStep = {
  name: "Kiểm tra địa chỉ cố định (urls.manifest.txt)",
  run: ({ outDir, contentDir, log, error }) => {
    const manifest = manifestFor(contentDir);
    if (!manifest) {
      log("  Bỏ qua: trang được tạo từ nội dung thử nghiệm, không phải content/.");
      return true;
    }
    // Only the very first build of a new site has no manifest; a unit test keeps the repository's committed.
    if (!existsSync(manifest)) {
      log(`  Chưa có ${manifest}: chạy "npm run urls:add" để lập danh sách địa chỉ đã công bố.`);
      return true;
    }
    const missing = missingUrls(parseManifest(readFileSync(manifest, "utf8")), publishedUrls(outDir));
    if (missing.length === 0) return true;
    error(
      [
        `${missing.length} địa chỉ đã công bố không còn trang hoặc chuyển hướng:`,
        ...missing.map((url) => `  ${url}`),
        "Địa chỉ đã công bố có thể đã được báo chí, người đọc dẫn link, nên không được mất.",
        'Cách sửa: nếu đã đổi tên tệp mô hình, thêm tên cũ vào "aliases" của mô hình; nếu đã xóa nội dung, khôi phục',
        'nó hoặc thêm một chuyển hướng (Astro: "redirects" trong astro.config.mjs) đến trang thay thế.',
      ].join("\n"),
    );
    return false;
  },
};
