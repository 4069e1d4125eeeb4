/**
 * A small walker over rendered HTML for the page-level passes (first-use <abbr>, contents list):
 * it splits markup into tags and text and tells, for each piece of text, whether it sits inside an
 * element whose text must not change (scripts, code, form controls, existing <abbr>…).
 */

/** Elements whose text is left alone: not prose, or where child elements are not allowed. */
const SKIP = new Set([
  "script",
  "style",
  "title",
  "textarea",
  "option",
  "select",
  "code",
  "pre",
  "kbd",
  "samp",
  "abbr",
  "svg",
  "math",
  "template",
  "noscript",
  "iframe",
  "data",
  "time",
]);

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

/**
 * Headings, column headers, links, big figure values: short labels where a bracketed expansion
 * would crowd the text. Also folded <details>, whose text a reader may never open. A row header
 * (th scope="row") is running text: it often holds a whole sentence.
 */
const LABEL = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "th", "dt", "caption", "summary", "button", "label", "a", "details"]);

export interface HtmlPiece {
  /** A tag (or comment) as written, or a run of text. */
  text: string;
  kind: "tag" | "text";
  /** For text: inside an element of SKIP (its text must stay as it is). */
  skipped: boolean;
  /** For text: inside a heading, table header, link, button… or an element of class "value". */
  label: boolean;
}

/**
 * Splits HTML into tags and text runs, in order; joining every `text` gives the input back.
 * Assumes the well-formed markup Astro writes (every non-void element closed).
 */
export function splitHtml(html: string): HtmlPiece[] {
  const pieces: HtmlPiece[] = [];
  const open: { name: string; skip: boolean; label: boolean }[] = [];
  // How many open elements skip or label their text: every page runs this over its whole body, so
  // each text run reads two counters instead of scanning the open elements.
  let skips = 0;
  let labels = 0;
  // The tag name is captured with the tag (group 2), so each tag needs no second expression.
  const pattern = /<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1\s*>|<\/?([a-zA-Z][\w-]*)[^>]*>/g;
  let last = 0;
  const text = (chunk: string) => pieces.push({ text: chunk, kind: "text", skipped: skips > 0, label: labels > 0 });
  for (const match of html.matchAll(pattern)) {
    if (match.index > last) text(html.slice(last, match.index));
    const tag = match[0];
    pieces.push({ text: tag, kind: "tag", skipped: true, label: false });
    last = match.index + tag.length;
    const written = match[2];
    if (written === undefined || (/^s/i.test(written) && /^<(script|style)\b/i.test(tag))) continue;
    const name = written.toLowerCase();
    if (tag.startsWith("</")) {
      let at = open.length - 1;
      while (at >= 0 && open[at]!.name !== name) at--;
      if (at >= 0)
        for (const closed of open.splice(at)) {
          if (closed.skip) skips--;
          if (closed.label) labels--;
        }
    } else if (!VOID.has(name) && !tag.endsWith("/>")) {
      const element = {
        name,
        skip: SKIP.has(name),
        label:
          (LABEL.has(name) && !(name === "th" && /\sscope="row"/.test(tag))) ||
          (tag.includes("value") && /\sclass="[^"]*\bvalue\b/.test(tag)),
      };
      open.push(element);
      if (element.skip) skips++;
      if (element.label) labels++;
    }
  }
  if (last < html.length) text(html.slice(last));
  return pieces;
}

/** Text of an HTML fragment with tags removed and the common entities decoded. */
export function htmlToText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ""))
    .replace(/\s+/g, " ")
    .trim();
}

/** Decodes &amp; &lt; &gt; &quot; &#39; and numeric entities (what Astro writes when it escapes text). */
export function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&nbsp;/g, "\u00a0")
    .replace(/&amp;/g, "&");
}

/**
 * The one escaper for text put into HTML or XML markup, element content or attribute value
 * (quoted either way): & < > " ' become entities. &#39; rather than &apos;, which HTML 4 lacks.
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/**
 * JSON for a <script type="application/ld+json"> element: "<" written as \u003c, so no string in
 * the data can close the script element (JSON parsers read it back unchanged).
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
