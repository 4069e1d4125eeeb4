/** The glossary page's order and anchors. */
import type { GlossaryEntry } from "../../schemas/glossary.ts";
import { compareVi } from "../browser/vietnamese-order.ts";
import { slugify } from "../browser/slug.ts";

/** Entries in Vietnamese alphabetical order of the acronym, each with a stable anchor (#antq). */
export function glossaryList(entries: readonly GlossaryEntry[]): (GlossaryEntry & { anchor: string })[] {
  return [...entries].sort((a, b) => compareVi(a.abbr, b.abbr)).map((e) => ({ ...e, anchor: slugify(e.abbr) }));
}
