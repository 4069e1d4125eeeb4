/** What a built site publishes: its files and its page addresses, read from the output folder. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/**
 * Every file under `root`, as "/a/b.html" paths ("/" separators on every system), sorted; none
 * when `root` does not exist. The project's one folder walker: build checks, tests and benches
 * all list files through it.
 */
export function listFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(root, join(entry.parentPath, entry.name)).split(sep).join("/")}`)
    .sort();
}

/** "/van-ban/index.html" → "/van-ban/"; other files keep their path. */
export function publicPath(file: string): string {
  return file.endsWith("/index.html") ? file.slice(0, -"index.html".length) : file;
}

/** Files that are build machinery, not addresses anyone links to: hashed assets, the search index, host config. */
export function isPublicUrl(file: string): boolean {
  return !/^\/(_astro|pagefind)\//.test(file) && !["/_headers", "/_redirects", "/404.html"].includes(file);
}

/** Whether an HTML page is only a redirect (Astro writes a meta refresh page for each redirect). */
export function isRedirectPage(html: string): boolean {
  return /<meta\s+http-equiv="refresh"/i.test(html);
}

/** Whether an HTML page asks search engines to stay away (404, embeds). */
export function isNoindex(html: string): boolean {
  return /<meta\s+name="robots"\s+content="[^"]*noindex/i.test(html);
}

/** Paths of the pages a search engine should index: HTML, not redirects, not noindex. */
export function indexablePages(root: string): string[] {
  return listFiles(root)
    .filter((f) => f.endsWith(".html") && isPublicUrl(f))
    .filter((f) => {
      const html = readFileSync(join(root, f), "utf8");
      return !isRedirectPage(html) && !isNoindex(html);
    })
    .map(publicPath);
}

/** Sources of the redirects listed in a Netlify/Cloudflare `_redirects` file ("from to [status]"). */
export function redirectSources(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => line.split(/\s+/)[0]!)
    .filter((from) => from.startsWith("/"));
}
