/**
 * One home for the site's security policy. astro.config.mjs puts `metaDirectives` into every page's
 * CSP <meta> (with Astro's hashes of bundled scripts and styles); the hosts' header files
 * (dist/_headers, deploy/nginx/) send `headerPolicy`, which holds what a <meta> cannot carry
 * (frame-ancestors). A unit test checks that the nginx files repeat these strings exactly.
 */

/** Directives every page carries in its CSP <meta>, beside Astro's script-src/style-src hashes. */
export const metaDirectives = [
  "default-src 'self'",
  // Charts offer a PNG download built from the canvas (data:/blob: URLs).
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  // Pagefind runs its index in a worker and compiles WebAssembly.
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Extra script sources beside Astro's hashes: Pagefind compiles WebAssembly, nothing else may eval. */
export const scriptResources = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * First path segment of the pages any site may frame (the chart embed pages). Their one script
 * (bundled, so hashed like the others) posts the page's height to the framing page with
 * postMessage, which no CSP directive governs; the snippet's host script runs on the host's page
 * and accepts only messages from this site's origin (src/lib/statistics/chart-data.ts embedSnippet).
 */
export const embedSegment = "nhung";

/** CSP sent as a response header; frame-ancestors only works there. */
export function headerPolicy(frameable: boolean): string {
  return [frameable ? "frame-ancestors *" : "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"].join(
    "; ",
  );
}

/** Headers every response carries, on every host. */
export const commonHeaders: Readonly<Record<string, string>> = {
  // Two years; preload-ready. Browsers ignore it over plain HTTP, so local tests are unaffected.
  "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** Headers that depend on whether the page may be framed by other sites. */
export function frameHeaders(frameable: boolean): Record<string, string> {
  return frameable
    ? { "Content-Security-Policy": headerPolicy(true) }
    : { "Content-Security-Policy": headerPolicy(false), "X-Frame-Options": "DENY" };
}

/** Cache lifetime of fingerprinted files (a year) and of everything else (revalidate). */
export const cacheControl = {
  immutable: "public, max-age=31536000, immutable",
  revalidate: "public, max-age=0, must-revalidate",
} as const;

/**
 * Content type of every kind of file the site publishes beside its pages, and whether it is a
 * download (sent with Content-Disposition: attachment and its file name). deploy/nginx/antq/site.conf
 * repeats this table (a unit test keeps them identical); dist/_headers is written from it.
 */
export const fileTypes = {
  csv: { type: "text/csv", text: true, download: true },
  xlsx: { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", text: false, download: true },
  json: { type: "application/json", text: true, download: false },
  xml: { type: "application/xml", text: true, download: false },
  png: { type: "image/png", text: false, download: false },
} as const;

export type FileKind = keyof typeof fileTypes;

/** The Content-Type header of a file kind: text kinds carry charset=utf-8. */
export function contentType(kind: FileKind): string {
  const { type, text } = fileTypes[kind];
  return text ? `${type}; charset=utf-8` : type;
}

/** Content-Disposition of a download (file names are ASCII slugs), undefined for files shown in place. */
export function contentDisposition(fileName: string): string | undefined {
  const kind = fileName.split(".").pop() as FileKind;
  return fileTypes[kind]?.download ? `attachment; filename="${fileName}"` : undefined;
}
