import { z } from "zod";
import { draft, fullDate, partialDate, qualifier, reportedNumber, sourceRef, withinUnitBounds } from "./common.ts";

/** One measurable goal inside a numbered target. */
export const goalSchema = z
  .strictObject({
    /** What is to be reached, in the document's words. */
    description: z.string().min(1),
    /** Numeric goal; null when the target states no number. */
    value: reportedNumber.nullable(),
    /** Upper end of a range goal ("từ 5%-10%": value 5, valueMax 10). */
    valueMax: reportedNumber.optional(),
    /** "trên", "hơn"… as written before the number. */
    qualifier: qualifier.optional(),
    /** For "x/y" goals (156/184 xã): the y. */
    outOf: reportedNumber.optional(),
    /** Unit as written ("%", "xã", "chuyên trang"). */
    unit: z.string().min(1),
    /** Deadline: a year ("2022", "2025"), "hằng năm" for yearly goals, or null when the document sets none. */
    deadline: z
      .union([partialDate, z.literal("hằng năm")], {
        error: 'hạn phải là một năm (ví dụ "2025"), "hằng năm" hoặc null (văn bản không nêu hạn)',
      })
      .nullable(),
    /**
     * Id of a figure in content/statistics/ that a document reports for the same measure (the most
     * recent one), e.g. a 2020 count the goal is to bring to zero. Shown beside the goal with its own
     * period and source; it does not judge the goal (only `achievement` does).
     */
    figure: z.string().min(1).optional(),
    /** Achievement, only where a document reports one. */
    achievement: z
      .strictObject({
        value: reportedNumber,
        /** Date the achievement was reported for. */
        asOf: partialDate,
        source: sourceRef,
      })
      .optional(),
  })
  .superRefine(withinUnitBounds([["value"], ["valueMax"], ["achievement", "value"]]));

/** A numbered target of the 2020–2025 Đề án (content/targets/<id>.json). */
export const targetSchema = z.strictObject({
  /** Still being written (see `draft` in common.ts). */
  draft,
  /** Number as in the document, e.g. "2.6". */
  number: z.string().regex(/^\d+(\.\d+)*$/, { error: "số mục tiêu dạng 2.6" }),
  /** Full text of the target as written. */
  text: z.string().min(1),
  /** Short title for tables. */
  title: z.string().min(1),
  /** Measurable goals stated in the target. */
  goals: z.array(goalSchema).min(1),
  /** Appendix of the Đề án the target refers to, if any, e.g. "Phụ lục II". */
  appendix: z.string().min(1).optional(),
  /** Where the target is stated. */
  source: sourceRef,
  /** Date this entry last changed. */
  updated: fullDate,
});

export type TargetData = z.infer<typeof targetSchema>;
export type Goal = z.infer<typeof goalSchema>;
