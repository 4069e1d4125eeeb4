/** Paths and labels of source documents. */
import type { DocumentData } from "../../schemas/document.ts";
import type { SourceRef } from "../../schemas/common.ts";
import { paths } from "../site/public-urls.ts";

export const documentPath = paths.document;

export interface SourceLink {
  href: string;
  title: string;
  section: string;
}

/** Link data for a source line; throws when the document is unknown (the validator prevents it). */
export function sourceLink(source: SourceRef, documents: ReadonlyMap<string, DocumentData>): SourceLink {
  const doc = documents.get(source.document);
  if (!doc) throw new Error(`Văn bản không tồn tại: ${source.document}`);
  return { href: documentPath(source.document), title: doc.shortTitle, section: source.section };
}

/**
 * A document's number for lists and search facts. Printed forms often leave the number blank
 * ("Số: /BC-BCĐ"); lists then say so in words instead of showing the blank form.
 * `unknown` is the words for "no number" (t("document.number.unknown")).
 */
export function documentNumberLabel(number: string | null, unknown: string): string {
  return number === null || isBlankNumber(number) ? unknown : number;
}

/** True when the number as printed has no digits before its symbol ("Số: /BC-BCĐ", "Số /KH-BCĐ"). */
export function isBlankNumber(number: string): boolean {
  return !/\d/.test(number.split("/")[0] ?? "");
}

/** The symbol a blank number still shows ("/BC-BCĐ"), for the document's own page. */
export function blankNumberSymbol(number: string): string {
  return number.slice(number.indexOf("/"));
}
