import { z } from "zod";
import { draft, partialDate, period } from "./common.ts";

/** Kinds of administrative document, as Vietnamese administrations name them. */
export const DOCUMENT_TYPES = ["bao-cao", "ke-hoach", "de-an", "chi-thi", "cong-van", "quyet-dinh", "huong-dan", "thong-bao"] as const;

/** A source document (content/documents/<id>.json). Every figure and model cites at least one. */
export const documentSchema = z.strictObject({
  /** Still being written (see `draft` in common.ts). */
  draft,
  /** Number and symbol as written, e.g. "Số: /BC-BCĐ"; null when the document shows none. */
  number: z.string().min(1).nullable(),
  /** Kind of document. */
  type: z.enum(DOCUMENT_TYPES, { error: `loại văn bản phải là một trong: ${DOCUMENT_TYPES.join(", ")}` }),
  /** Title as written (first line of the document). */
  title: z.string().min(1),
  /** Short title used in source lines, e.g. "Báo cáo sơ kết 05 năm Chỉ thị 07 (Bắc Giang, 2019)". */
  shortTitle: z.string().min(1),
  /** Issuing body as written. */
  issuer: z.string().min(1),
  /** Who signed, as written (title and name), when the text shows it. */
  signer: z.string().min(1).optional(),
  /** Province the document concerns, null when the text does not name it. */
  province: z.string().min(1).nullable(),
  /** Date of issue as precise as known: "2019-09", "2020", "2024-03". */
  date: partialDate,
  /** Words qualifying the date when it is approximate, e.g. "sau ngày 17/5/2024". */
  dateNote: z.string().min(1).optional(),
  /** Period the document reports on or plans for. */
  period: period.optional(),
  /** Plain-language summary of what the document contains. */
  summary: z.string().min(1),
  /** Main sections (headings as numbered in the document), for readers and for citing. */
  sections: z.array(z.string().min(1)).default([]),
  /** The plain-text extract the content was transcribed from (file name in the seeds folder). */
  sourceFile: z.string().min(1),
});

export type DocumentData = z.infer<typeof documentSchema>;
