/**
 * Characters editors cannot see: control characters pasted from PDFs (never valid in XML, so
 * they would break the feed, the sitemap and JSON-LD) and invisible ones (no-break space,
 * zero-width characters, soft hyphen) that make two identical-looking values differ.
 */

/** Control characters other than tab, LF and CR, lone surrogates, and the non-characters U+FFFE/U+FFFF: invalid in XML 1.0. */
export const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** Characters that show as nothing or as an ordinary space. */
export const INVISIBLE_CHARACTERS = /[\u00A0\u00AD\u180E\u2000-\u200F\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF]/g;

/**
 * Invisible characters never meant in any text, prose included (zero-width space, joiners,
 * directional marks, word joiner, a BOM inside the text, soft hyphen, Unicode line breaks): they
 * split words for search and for line breaking while showing nothing. The space-like ones of
 * INVISIBLE_CHARACTERS (no-break space…) stay allowed in prose, where they show as a space.
 */
export const HIDDEN_IN_TEXT = /[\u00AD\u180E\u200B-\u200F\u2028\u2029\u2060\uFEFF]/g;

const NAMES: Record<number, string> = {
  0x00: "ký tự rỗng NUL",
  0x09: "tab",
  0x0b: "tab dọc",
  0x0c: "ngắt trang, form feed",
  0x1b: "ESC",
  0x7f: "DEL",
  0xa0: "dấu cách không ngắt",
  0xad: "gạch nối mềm",
  0x200b: "khoảng trắng độ rộng 0",
  0x200c: "ký tự không nối độ rộng 0",
  0x200d: "ký tự nối độ rộng 0",
  0x200e: "dấu chiều trái sang phải",
  0x200f: "dấu chiều phải sang trái",
  0x2028: "ngắt dòng Unicode",
  0x2029: "ngắt đoạn Unicode",
  0x202f: "dấu cách hẹp không ngắt",
  0x2060: "ký tự nối từ",
  0x3000: "dấu cách chữ Hán",
  0xfeff: "BOM / dấu cách không ngắt độ rộng 0",
  0xfffe: "mã không phải ký tự U+FFFE",
  0xffff: "mã không phải ký tự U+FFFF",
};

/** "U+00A0 (dấu cách không ngắt)": the code point and, when known, its Vietnamese name. */
export function describeCodePoint(char: string): string {
  const code = char.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  const name = NAMES[code];
  return name ? `${hex} (${name})` : hex;
}

/** The text with every forbidden or invisible character shown as ⟦U+XXXX⟧, so a message quoting it shows what differs. */
export function makeVisible(text: string): string {
  const pattern = new RegExp(`${FORBIDDEN_CHARACTERS.source}|${INVISIBLE_CHARACTERS.source}`, "gu");
  return text.replace(pattern, (c) => `⟦U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}⟧`);
}

const MAYBE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\uD800-\uDFFF]/;

/** Every forbidden character of `text` with its offset (UTF-16 index). */
export function findForbidden(text: string): { offset: number; char: string }[] {
  // Almost every text has none: a plain scan for any candidate (every surrogate half counts, paired
  // or not) skips the slower Unicode-aware search, which runs only when there is something to place.
  if (!MAYBE_FORBIDDEN.test(text)) return [];
  return [...text.matchAll(new RegExp(FORBIDDEN_CHARACTERS.source, "gu"))].map((m) => ({ offset: m.index, char: m[0] }));
}

/** Invisible characters turned into what the editor meant: spaces for the space-like ones, nothing for the rest, runs of spaces collapsed, ends trimmed. */
export function normaliseInvisible(text: string): string {
  return text
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, " ")
    .replace(INVISIBLE_CHARACTERS, "")
    .replace(/ {2,}/g, " ")
    .trim();
}

/** The fix the check gives for a HIDDEN_IN_TEXT character in a text (a value or a model's body). */
export const HIDDEN_FIX = "xóa ký tự ẩn này (thường lẫn vào khi chép từ Word, PDF hoặc trang web): nó không hiện ra nhưng làm tìm kiếm và ngắt dòng sai";
