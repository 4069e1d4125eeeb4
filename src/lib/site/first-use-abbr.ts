/**
 * First use of each acronym on a page becomes <abbr title="…" data-first>ANTQ</abbr>, which the
 * stylesheet follows with its full form in brackets (abbr[data-first]::after), so a reader who does
 * not know the movement's acronyms can read every page (touch screens never show a title). The words
 * are drawn, not inserted: copied text, the search index and table values stay as the documents
 * write them. Later uses stay as written. The acronyms come from src/config/glossary.ts.
 */
import type { GlossaryEntry } from "../../schemas/glossary.ts";
import { escapeHtml, splitHtml } from "./html-text.ts";
import { foldWord } from "../browser/search-folding.ts";

// An acronym stands alone: not part of a document number such as 07/CT-BCA-V28 or 1010/UBND-NC.
const EDGE_BEFORE = String.raw`(?<![\p{L}\p{N}/\-])`;
const EDGE_AFTER = String.raw`(?![\p{L}\p{N}/\-])`;

/** Regular expression matching any acronym of the glossary as a whole word, longest first. */
export function acronymPattern(glossary: readonly Pick<GlossaryEntry, "abbr">[]): RegExp {
  const alternatives = [...glossary]
    .map((e) => e.abbr)
    .sort((a, b) => b.length - a.length)
    .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`${EDGE_BEFORE}(${alternatives.join("|")})${EDGE_AFTER}`, "gu");
}

interface CompiledGlossary {
  byAbbr: Map<string, GlossaryEntry>;
  pattern: RegExp;
  /** Any acronym anywhere, as plain letters: most runs of text hold none, and this test is far cheaper than `pattern`. */
  mentions: RegExp;
}

// The glossary is one constant, so its patterns are built once per build, not once per page.
const compiledGlossaries = new WeakMap<readonly GlossaryEntry[], CompiledGlossary>();
function compiled(glossary: readonly GlossaryEntry[]): CompiledGlossary {
  let found = compiledGlossaries.get(glossary);
  if (!found) {
    const mentions = new RegExp(glossary.map((e) => e.abbr.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));
    found = { byAbbr: new Map(glossary.map((e) => [e.abbr, e])), pattern: acronymPattern(glossary), mentions };
    compiledGlossaries.set(glossary, found);
  }
  return found;
}

/**
 * Marks the first use of each acronym in running text of `html` (headings, links, table headers and
 * figure values get only the <abbr> title and do not count as the first use). `seen` carries acronyms already explained
 * earlier on the same page (it is updated). Where the text right around the acronym already spells
 * out the expansion ("cơ quan, doanh nghiệp, nhà trường (CQDNNT)"), only the <abbr> is added.
 */
export function markFirstUses(html: string, glossary: readonly GlossaryEntry[], seen: Set<string> = new Set()): string {
  if (glossary.length === 0) return html;
  const { byAbbr, pattern, mentions } = compiled(glossary);
  // Only changed runs of text are spliced in; the rest of the page is copied in slices, not rejoined
  // from its thousands of pieces.
  let out = "";
  let copied = 0;
  let at = 0;
  for (const piece of splitHtml(html)) {
    const start = at;
    at += piece.text.length;
    // A 500-row list page has thousands of text runs; only those holding an acronym's letters can change.
    if (piece.kind !== "text" || piece.skipped || !mentions.test(piece.text)) continue;
    const marked = piece.text.replace(pattern, (abbr: string, _g: string, offset: number, whole: string) => {
      if (seen.has(abbr)) return abbr;
      const entry = byAbbr.get(abbr)!;
      const tag = `<abbr title="${escapeHtml(entry.expansion)}">${abbr}</abbr>`;
      // The words are already in the sentence: "cơ quan, doanh nghiệp, nhà trường (CQDNNT)".
      const near = foldWord(
        whole.slice(Math.max(0, offset - entry.expansion.length - 20), offset + abbr.length + entry.expansion.length + 20),
      );
      if (near.includes(foldWord(entry.expansion))) {
        seen.add(abbr);
        return tag;
      }
      // In headings, links and big values the title is enough; the words come with the first use in
      // running text. So inside brackets, "(… CQDNNT)", where more brackets would read "nhà trường))".
      if (piece.label || whole[offset + abbr.length] === ")" || whole[offset - 1] === "(") return tag;
      seen.add(abbr);
      return tag.replace("<abbr ", "<abbr data-first ");
    });
    if (marked === piece.text) continue;
    out += html.slice(copied, start) + marked;
    copied = at;
  }
  return copied === 0 ? html : out + html.slice(copied);
}
