import { z } from "zod";

/** A date as precise as the document gives it: "2019", "2019-09" or "2019-09-15". */
export const partialDate = z
  .string({ error: "cần một ngày dạng chuỗi, ví dụ \"2019-09\" hoặc \"2014-08-15\"" })
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, {
    error: "ngày phải có dạng NNNN, NNNN-TT hoặc NNNN-TT-NN (ví dụ 2014-08-15, 2019-09, 2020)",
  })
  .refine(isRealPartialDate, { error: "ngày không có thật trong lịch (kiểm tra tháng và ngày)" });

function isRealPartialDate(value: string): boolean {
  const [y, m, d] = value.split("-").map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y!, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A full calendar date "YYYY-MM-DD" (used for "last changed"). */
export const fullDate = z
  .string({ error: "cần một ngày dạng chuỗi NNNN-TT-NN" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "ngày phải đủ năm-tháng-ngày, ví dụ 2026-11-26" })
  .refine(isRealPartialDate, { error: "ngày không có thật trong lịch (kiểm tra tháng và ngày)" });

/** The span of time a figure or document covers. */
export const period = z.strictObject({
  /** First day (or month, or year) covered. */
  from: partialDate,
  /** Last day (or month, or year) covered. */
  to: partialDate,
  /** How the document words the period, e.g. "Từ năm 2014 đến nay (9/2019)". */
  label: z.string().min(1).optional(),
});

/** Lowercase ASCII words joined by hyphens: the form of every id and URL segment. */
export const slug = z
  .string({ error: "cần một mã dạng chuỗi" })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: "mã chỉ gồm chữ thường không dấu, số và dấu gạch ngang (ví dụ truong-thpt-ngo-sy-lien)",
  });

/** Where a fact comes from: a document of the `documents` collection and the place in it. */
export const sourceRef = z.strictObject({
  /** Id of the document (its file name in content/documents without .json). */
  document: slug,
  /** Section, paragraph or footnote, as numbered in the document, e.g. "Phần I, mục II.2.1, chú thích 3". */
  section: z.string({ error: "cần ghi mục/chú thích của văn bản" }).min(1, { error: "cần ghi mục/chú thích của văn bản" }),
});

/** Words the documents put before a number: "trên 80.000", "hơn 3.500", "gần 400". */
export const qualifier = z.enum(["trên", "hơn", "gần", "khoảng"], {
  error: "chỉ dùng một trong: \"trên\", \"hơn\", \"gần\", \"khoảng\" (hoặc bỏ trống)",
});

/** A number as a document reports it. */
export const reportedNumber = z
  .number({ error: "cần một số (không có dấu chấm phân cách nghìn, ví dụ 137226)" })
  .nonnegative({ error: "số không được âm" });

export type PartialDate = z.infer<typeof partialDate>;
export type Period = z.infer<typeof period>;
export type SourceRef = z.infer<typeof sourceRef>;
export type Qualifier = z.infer<typeof qualifier>;
