/**
 * "On this page": the sections (h2) of a long page, found in its rendered HTML so every page kind
 * gets the list without wiring it by hand. Headings without an id get one from their text; each
 * listed heading is followed by a link back to the list.
 */
import { decodeEntities, escapeHtml, htmlToText } from "./html-text.ts";
import { slugify } from "../browser/slug.ts";

export interface PageSection {
  id: string;
  label: string;
}

/** Id of the contents list, the target of every "back to contents" link. */
export const CONTENTS_ID = "tren-trang-nay";

/**
 * A page is long enough for a contents list when it has at least two sections and either three or
 * more of them or this much text: measured at 360 px, a page takes 1,3–1,7 px of height per
 * character of text (cards, tables and charts included), so 2,000 characters is about four screens.
 */
export const LONG_PAGE_CHARS = 2000;

/**
 * Finds the h2 sections of `html`, gives id-less headings an id from their text (unique on the
 * page) and, when the page is long (see LONG_PAGE_CHARS), returns the sections and the HTML with a
 * back link (`backHtml`) at the end of each section: before the second and later sections (outside
 * the <section>, <figure> or <article> a heading opens, so a section's own links stay its own) and
 * at the end. Short pages come back unchanged, sections [].
 */
export function addPageContents(html: string, backHtml: string): { html: string; sections: PageSection[] } {
  // A heading marked data-no-contents opens something only JavaScript reveals (a filter form): listing
  // it would send readers without JavaScript to nothing.
  const headings = [...html.matchAll(/<h2\b([^>]*)>([\s\S]*?)<\/h2>/g)].filter((m) => !/\sdata-no-contents\b/.test(m[1] ?? ""));
  if (headings.length < 2) return { html, sections: [] };
  // The text is measured only where it decides (two sections): it is a pass over the whole page.
  if (headings.length < 3 && htmlToText(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, "")).length < LONG_PAGE_CHARS)
    return { html, sections: [] };
  const taken = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
  const sections: PageSection[] = [];
  let out = "";
  let last = 0;
  for (const match of headings) {
    const [whole, attrs = "", inner = ""] = match;
    const label = htmlToText(inner);
    let id = /\sid="([^"]+)"/.exec(attrs)?.[1];
    let open = `<h2${attrs}>`;
    if (id === undefined) {
      const base = slugify(label) || "muc";
      id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
      open = `<h2 id="${id}"${attrs}>`;
    }
    sections.push({ id: decodeEntities(id), label });
    // \u0000 marks where a section starts; replaced below once every heading has its id.
    out += html.slice(last, match.index) + "\u0000" + open + inner + "</h2>";
    last = match.index + whole.length;
  }
  out += html.slice(last);
  const parts = out.split("\u0000");
  const joined = parts
    .map((part, i) => {
      if (i === parts.length - 1 || i === 0) return part;
      // Move the back link out of the elements the next heading opens.
      let at = part.length;
      for (let depth = 0; depth < 3; depth++) {
        const opener = /<(section|figure|article|div|header)\b[^>]*>\s*$/.exec(part.slice(0, at));
        if (!opener) break;
        at = opener.index;
      }
      return part.slice(0, at) + backHtml + part.slice(at);
    })
    .join("");
  return { html: joined + backHtml, sections };
}

/** The contents list as HTML: a labelled nav with one link per section. */
export function contentsHtml(sections: readonly PageSection[], title: string): string {
  const items = sections.map((s) => `<li><a href="#${escapeHtml(s.id)}">${escapeHtml(s.label)}</a></li>`).join("");
  return `<nav class="page-contents" id="${CONTENTS_ID}" aria-labelledby="${CONTENTS_ID}-tieu-de"><h2 id="${CONTENTS_ID}-tieu-de">${escapeHtml(title)}</h2><ol>${items}</ol></nav>`;
}

/**
 * Puts the contents list after the page's h1 and the lead paragraph that follows it (or at the
 * start when there is no h1).
 */
export function insertAfterIntro(html: string, insert: string): string {
  const h1 = /<h1\b[\s\S]*?<\/h1>/.exec(html);
  if (!h1) return insert + html;
  let at = h1.index + h1[0].length;
  const lead = /^\s*<p\b[^>]*class="[^"]*\blead\b[^"]*"[^>]*>[\s\S]*?<\/p>/.exec(html.slice(at));
  if (lead) at += lead[0].length;
  return html.slice(0, at) + insert + html.slice(at);
}
