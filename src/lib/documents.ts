/** Paths and labels of source documents. */
import type { DocumentData } from "../schemas/document.ts";
import type { SourceRef } from "../schemas/common.ts";
import { paths } from "./paths.ts";

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
