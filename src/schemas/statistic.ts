import { z } from "zod";
import { draft, fullDate, period, qualifier, reportedNumber, slug, sourceRef, measureRules } from "./common.ts";

/** Themes of the statistics pages. Labels live in src/i18n/vi.ts ("theme.*"). */
export const THEMES = [
  "tinh-hinh",
  "tuyen-truyen",
  "phoi-hop",
  "kiem-tra",
  "an-toan-antt",
  "mo-hinh",
  "luc-luong",
  "dau-tranh",
  "khen-thuong",
  "ho-so-tinh",
  "kinh-phi",
] as const;

/**
 * One reported figure, exactly as the document states it. Shared by statistics and commendation
 * tallies so that sums are checked the same way everywhere.
 */
export const figureSchema = z
  .strictObject({
    /** Id unique across all statistics and tallies, e.g. "tuyen-truyen-buoi". */
    id: slug,
    /** What is counted, in the document's words, e.g. "Buổi tuyên truyền". */
    metric: z.string().min(1),
    /** The number as reported (no thousands separators: 137226; decimals with a dot: 3843.93). */
    value: reportedNumber,
    /** Word before the number in the document: "trên", "hơn", "gần", "khoảng". */
    qualifier: qualifier.optional(),
    /** For "x/y" figures (e.g. 199/199 xã): the y. */
    outOf: reportedNumber.optional(),
    /** Unit as written: "buổi", "lượt người", "tờ", "vụ", "km²", "%". */
    unit: z.string().min(1),
    /** Who reported or carried out the activity, e.g. "Liên đoàn Lao động tỉnh". */
    reportingBody: z.string().min(1),
    /** Period the figure covers; defaults to the group's period. */
    period: period.optional(),
    /** Id of the reported total this figure is a reported part of. */
    partOf: slug.optional(),
    /** Where the figure is stated; defaults to the group's source. */
    source: sourceRef.optional(),
    /** Show this figure among the headline figures of the home page. */
    headline: z.boolean().default(false),
    /** Anything the reader needs to read the figure right, e.g. "văn bản ghi 'hơn 3.500 tập'". */
    note: z.string().min(1).optional(),
  })
  .superRefine(measureRules)
  .superRefine((row, ctx) => {
    // "219/200 mô hình" is a typo in one of the two numbers; published, it reads as nonsense.
    if (row.outOf !== undefined && row.outOf < row.value)
      ctx.addIssue({
        code: "custom",
        path: ["outOf"],
        input: row.outOf,
        message: `số sau dấu / (outOf) không thể nhỏ hơn giá trị (value ${row.value}): kiểm tra lại hai số theo văn bản nguồn`,
      });
  });

/** A group of figures from one place in one document (content/statistics/<id>.json). */
export const statisticGroupSchema = z.strictObject({
  /** Still being written (see `draft` in common.ts). */
  draft,
  /** Heading of the group, e.g. "Tuyên truyền do các sở, ngành, đoàn thể báo cáo". */
  title: z.string().min(1),
  /** Theme page the group belongs to. */
  theme: z.enum(THEMES, { error: `chủ đề phải là một trong: ${THEMES.join(", ")}` }),
  /** One sentence saying what the group shows (also the chart's text summary). */
  description: z.string().min(1),
  /** Period the figures cover unless a figure says otherwise. */
  period,
  /** Source of the figures unless a figure says otherwise. */
  source: sourceRef,
  /** Whether the group is drawn as a bar chart (figures sharing a unit) or only tabled. */
  chart: z.boolean().default(false),
  /** Order on the theme page (smaller first). */
  order: z.number().int().default(100),
  /** Date the figures of this group last changed (NNNN-TT-NN). */
  updated: fullDate,
  /** The figures. */
  figures: z.array(figureSchema).min(1, { error: "nhóm số liệu cần ít nhất một số liệu" }),
});

export type Figure = z.infer<typeof figureSchema>;
export type StatisticGroup = z.infer<typeof statisticGroupSchema>;
export type Theme = (typeof THEMES)[number];
