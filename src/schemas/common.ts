import { z } from "zod";

/** A date as precise as the document gives it: "2019", "2019-09" or "2019-09-15". */
export const partialDate = z
  .string({ error: 'cần một ngày dạng chuỗi, ví dụ "2019-09" hoặc "2014-08-15"' })
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

/** Whether partial date `a` starts after partial date `b` ends ("2020-05" is not after "2020"). */
export function isAfter(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) > b.slice(0, n);
}

/** The span of time a figure or document covers. */
export const period = z
  .strictObject({
    /** First day (or month, or year) covered. */
    from: partialDate,
    /** Last day (or month, or year) covered. */
    to: partialDate,
    /** How the document words the period, e.g. "Từ năm 2014 đến nay (9/2019)". */
    label: z.string().min(1).optional(),
  })
  .refine((p) => !isAfter(p.from, p.to), {
    path: ["to"],
    error: 'kỳ kết thúc trước khi bắt đầu: "to" phải cùng hoặc sau "from" (kiểm tra có đảo ngược hai ngày không)',
  });

/**
 * `draft: true` marks an entry still being written (every `npm run new` starter has it): shown by
 * `npm run dev`, refused by `npm run check` and `npm run build`. Never published, so the content
 * loader drops the field before pages see the data.
 */
export const draft = z.boolean({ error: "draft chỉ nhận true (bản nháp) hoặc bỏ hẳn dòng này" }).optional();

/** Text left from a starter: «…» marks what the editor must replace. Not a character the documents use. */
export const PLACEHOLDER = /«[^»\n]*»/;

/** Lowercase ASCII words joined by hyphens: the form of every id and URL segment. */
export const slug = z.string({ error: "cần một mã dạng chuỗi" }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
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
  error: 'chỉ dùng một trong: "trên", "hơn", "gần", "khoảng" (hoặc bỏ trống)',
});

/** What to say when a number was written otherwise: "100%" (unit in the value), "137.226" (thousands dots), "12" (quoted). */
function numberMessage(input: unknown): string {
  if (typeof input === "string" && /^\s*[\d.,]+\s*%\s*$/.test(input)) {
    return `cần một số, không kèm dấu %: ghi ${input.replace(/[\s%]/g, "").replace(",", ".")} (không dấu nháy), đơn vị % ghi ở trường unit ("unit": "%")`;
  }
  if (typeof input === "string" && /^\s*\d+\s*$/.test(input)) return `cần một số, không đặt trong dấu nháy: ghi ${input.trim()}`;
  return "cần một số (không có dấu chấm phân cách nghìn, ví dụ 137226)";
}

/** A number as a document reports it. */
export const reportedNumber = z.number({ error: (issue) => numberMessage(issue.input) }).nonnegative({ error: "số không được âm" });

/**
 * Units whose values may have a fractional part: shares, areas, lengths, weights, money, scores.
 * Every other unit counts things (người, lượt, vụ, học sinh, hộ…), so its value is a whole number:
 * a unit missing from this list is treated as a count, the safe side for `1.658` typed the
 * Vietnamese way. Scaled units ("triệu người") and rates ("người/km²") are measures too.
 */
export const MEASURE_UNITS = ["%", "‰", "km²", "m²", "ha", "km", "m", "kg", "tấn", "lít", "đồng", "USD", "điểm"] as const;

/** Whether `unit` counts things, i.e. is not a measure (see MEASURE_UNITS); case and spacing aside. */
export function isCountingUnit(unit: string): boolean {
  const u = unit.trim().toLowerCase();
  if (/^(triệu|nghìn|ngàn|tỷ|vạn)(\s|$)/.test(u)) return false;
  if (u.includes("/") || u.includes("%")) return false;
  return !MEASURE_UNITS.some((m) => u === m.toLowerCase() || u.startsWith(`${m.toLowerCase()} `));
}

/**
 * Refinement of a figure-like row: a count is a whole number. `1.658` is most often one thousand
 * six hundred fifty-eight written with the Vietnamese thousands dot, so the message offers 1658.
 */
export function wholeWhenCounted(row: { value: number; unit: string }, ctx: z.RefinementCtx): void {
  if (Number.isInteger(row.value) || !isCountingUnit(row.unit)) return;
  const thousands = Math.round(row.value * 1000);
  const guess = Math.abs(thousands - row.value * 1000) < 1e-6 ? thousands : undefined;
  ctx.addIssue({ code: "custom", path: ["value"], input: row.value, message: wholeCountMessage(row.unit, guess) });
}

/**
 * The one message for a count written with a fractional part: "có phải 1658? Số nguyên…". `unit`
 * is the row's counting unit (undefined for a bare count such as a host's `count`); `guess` the
 * whole number the editor most likely meant, if there is one.
 */
export function wholeCountMessage(unit: string | undefined, guess: number | undefined): string {
  const why = unit === undefined ? "số đếm phải là số nguyên" : `“${unit}” là đơn vị đếm nên số phải là số nguyên`;
  return `${guess !== undefined ? `có phải ${guess}? ` : ""}Số nguyên không dùng dấu chấm phân cách hàng nghìn: ${why}`;
}

/**
 * The whole number meant by a number literal as typed in the file whose fractional part is only
 * zeros ("2.000", "1.000.000" is not a number literal, "159.0"): the parser reads "2.000" as 2, so
 * the schema cannot see the slip. Groups of three zeros are the Vietnamese thousands dot (2000);
 * anything else ("159.0", "3.00") is the integer part. Undefined for any other literal.
 */
export function zeroFractionGuess(literal: string): number | undefined {
  const m = /^\+?(\d+)\.(0+)$/.exec(literal.trim());
  if (!m) return undefined;
  return m[2]!.length % 3 === 0 ? Number(m[1]! + m[2]!) : Number(m[1]!);
}

/**
 * The largest value a measure unit allows, where it has one: a share ("%", "‰") is a part of a
 * whole, so 150 % is a slip (often 15,0 or a growth rate "tăng 150%", which belongs in a note).
 * Units not listed have no upper bound. Part of the one list of units (MEASURE_UNITS).
 */
export const UNIT_MAXIMUM: Readonly<Partial<Record<(typeof MEASURE_UNITS)[number], number>>> = { "%": 100, "‰": 1000 };

/** The upper bound of `unit` (spacing aside), if it is a share. */
export function unitMaximum(unit: string): number | undefined {
  return UNIT_MAXIMUM[unit.trim() as keyof typeof UNIT_MAXIMUM];
}

/** Refinement: each of `fields` (numbers of the row) stays within its unit's bound (see UNIT_MAXIMUM). */
export function withinUnitBounds(fields: readonly (readonly PropertyKey[])[]) {
  return (row: { unit: string }, ctx: z.RefinementCtx): void => {
    const max = unitMaximum(row.unit);
    if (max === undefined) return;
    for (const path of fields) {
      let value: unknown = row;
      for (const key of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
      if (typeof value === "number" && value > max) {
        ctx.addIssue({
          code: "custom",
          path: [...path],
          input: value,
          message: `tỷ lệ tính bằng “${row.unit.trim()}” chỉ từ 0 đến ${max}: kiểm tra lại số theo văn bản; mức tăng như “tăng ${value}${row.unit.trim()}” ghi vào ghi chú (note), không ghi vào giá trị`,
        });
      }
    }
  };
}

/** The refinements every figure-like row (value + unit) takes: whole counts, shares within bounds. */
export function measureRules(row: { value: number; unit: string }, ctx: z.RefinementCtx): void {
  wholeWhenCounted(row, ctx);
  withinUnitBounds([["value"]])(row, ctx);
}

export type PartialDate = z.infer<typeof partialDate>;
export type Period = z.infer<typeof period>;
export type SourceRef = z.infer<typeof sourceRef>;
export type Qualifier = z.infer<typeof qualifier>;
