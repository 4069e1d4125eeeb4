/**
 * The seed extracts (../shared/seeds, or SEEDS_DIR) as the authority for transcribed words: every
 * date, instrument number and quoted passage in content must occur in the cited document's text.
 * Comparison ignores whitespace, because the extracts break lines mid-sentence and mid-number
 * ("28-\nNQ/TW"), and a passage may be cut once by noise the README of the extracts describes (a
 * footnote set mid-paragraph, a page footer): the passage is then found in two pieces, the second
 * shortly after the first. Nothing else is forgiven.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { normaliseText } from "../../src/lib/build/content-reader.ts";

/** Where the extracts are: SEEDS_DIR, else ../shared/seeds next to the project. */
export function seedsDir(root = process.cwd()): string {
  return resolve(process.env["SEEDS_DIR"] ?? join(root, "..", "shared", "seeds"));
}

/** Text without any whitespace, NFC: the form both sides are compared in. */
export function squash(text: string): string {
  return normaliseText(text).replace(/\s+/g, "");
}

/** Squashed text of each document's extract (document id → text); documents whose file is missing are left out. */
export function loadSourceTexts(documents: ReadonlyMap<string, { sourceFile: string }>, dir: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [id, { sourceFile }] of documents) {
    const path = join(dir, sourceFile);
    if (existsSync(path)) texts.set(id, squash(readFileSync(path, "utf8")));
  }
  return texts;
}

/** Squashed extracts already read in this process, by path: `npm run check` and `npm run dev` read each seed once. */
const cache = new Map<string, string | null>();

/**
 * {@link loadSourceTexts} through a per-process cache: each extract file is read and squashed once,
 * however many runs of the check (the live preview checks on every save) ask for it.
 */
export function cachedSourceTexts(documents: ReadonlyMap<string, { sourceFile: string }>, dir: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [id, { sourceFile }] of documents) {
    const path = join(dir, sourceFile);
    if (!cache.has(path)) cache.set(path, existsSync(path) ? squash(readFileSync(path, "utf8")) : null);
    const text = cache.get(path);
    if (text) texts.set(id, text);
  }
  return texts;
}

/** One transcribed string to look for in one document. */
export interface Quote {
  /** Content file and field, for the message: "content/events/x.json items.3.dateText". */
  where: string;
  document: string;
  /** What the content says the document says. */
  text: string;
}

/** How far after its first piece the rest of a cut passage may start (characters, whitespace removed). */
const MAX_BREAK = 3000;
/** The first piece of a cut passage must be at least this long, so a cut is never a coincidence. */
const MIN_PIECE = 20;

/**
 * Whether `quote` (squashed) occurs in `text` whole, or in two pieces: its longest prefix that
 * occurs, then the rest within {@link MAX_BREAK} characters after it.
 */
export function occursIn(text: string, quote: string): boolean {
  if (text.includes(quote)) return true;
  // Prefixes that occur form a run from the empty one, so the longest is found by bisection.
  let low = 0;
  let high = quote.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (text.includes(quote.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  if (low < MIN_PIECE) return false;
  const rest = quote.slice(low);
  for (let at = text.indexOf(quote.slice(0, low)); at !== -1; at = text.indexOf(quote.slice(0, low), at + 1)) {
    const after = at + low;
    if (text.slice(after, after + MAX_BREAK + rest.length).includes(rest)) return true;
  }
  return false;
}

/** Quotes not found in their document's extract (a document without an extract is reported too). */
export function missingQuotes<Q extends Quote>(quotes: readonly Q[], texts: ReadonlyMap<string, string>): Q[] {
  return quotes.filter((q) => {
    const text = texts.get(q.document);
    return text === undefined || !occursIn(text, squash(q.text));
  });
}

/**
 * Whether the extract dates an instrument: at one of the places it names it (`name`, a number or a
 * title), "ngày 15/8/2014" or ", ngày 26/9/2013" follows. An item marked `undated` claims the
 * document gives no date, which this disproves. Both sides squashed ({@link squash}).
 */
export function datedInText(text: string, name: string): boolean {
  const needle = squash(name);
  if (needle.length === 0) return false;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (/^[,;]?ngày\d{1,2}\/\d{1,3}\/{1,2}\d{4}/.test(text.slice(at + needle.length, at + needle.length + 24))) return true;
  }
  return false;
}
