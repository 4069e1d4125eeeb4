import { z } from "zod";
import { draft, partialDate, slug } from "./common.ts";

/** What a dated step produced on this site: figures, model profiles, the Đề án's targets. */
export const producedSchema = z.strictObject({
  /** Ids of statistics groups (file names in content/statistics). */
  statistics: z.array(slug).optional(),
  /** Ids of model profiles (file names in content/models). */
  models: z.array(slug).optional(),
  /** true when the step set the targets shown on /muc-tieu/. */
  targets: z.literal(true).optional(),
});

/** One step a document names: an instrument issued or cited, a deadline, a phase, a review. */
export const eventItemSchema = z
  .strictObject({
    /** The date read plainly, as precise as the text allows: "2014-08-15", "2022-12", "2026". Orders the timeline. Left out only with `undated: true`. */
    date: partialDate.optional(),
    /** The date exactly as written, e.g. "15/8/2014", "tháng 12/2022", "đầu năm 2026", "20/001/2022". Left out only with `undated: true`. */
    dateText: z.string({ error: "cần ghi ngày như văn bản viết" }).trim().min(1, { error: "cần ghi ngày như văn bản viết" }).optional(),
    /**
     * true when the document cites an instrument without any date ("Thông tư số 46/2014/TT-BCA của
     * Bộ Công an"): shown as "không ghi ngày", listed apart at the end of the timeline. The year in a
     * number is not a date the document gives, so it is never read into `date`.
     */
    undated: z.literal(true, { error: "undated chỉ nhận true (văn bản không ghi ngày) hoặc bỏ hẳn dòng này" }).optional(),
    /** Number and symbol of the instrument as written, e.g. "07/CT-BCA-V28"; left out when there is none. */
    number: z.string().trim().min(1).optional(),
    /** Name of an instrument that has no number, e.g. "Luật Công an nhân dân". */
    instrument: z.string().trim().min(1).optional(),
    /** true for the instruments the document lists as its legal basis (căn cứ pháp lý). */
    legalBasis: z.literal(true).optional(),
    /** What happened, in the document's words. */
    text: z.string({ error: "cần nội dung chép từ văn bản" }).trim().min(1, { error: "cần nội dung chép từ văn bản" }),
    /** Where in the document, e.g. "Phần thứ nhất, mục II.1, chú thích 1". */
    section: z.string({ error: "cần ghi mục của văn bản" }).min(1, { error: "cần ghi mục của văn bản" }),
    /** Figures or models that came from this step, where the documents say so. */
    produced: producedSchema.optional(),
    /** Editors' note: how an odd date was read, why an undated step sits where it does. */
    note: z.string().min(1).optional(),
  })
  .superRefine((item, ctx) => {
    // Unknown stays unknown, but it must be said: either both date fields, or `undated: true` and neither.
    if (item.undated) {
      for (const field of ["date", "dateText"] as const) {
        if (item[field] !== undefined)
          ctx.addIssue({
            code: "custom",
            path: [field],
            input: item[field],
            message: `mốc ghi "undated": true (văn bản không ghi ngày) thì không có ${field}: bỏ ${field}, hoặc bỏ "undated" nếu văn bản có ghi ngày`,
          });
      }
      if (item.number === undefined && item.instrument === undefined)
        ctx.addIssue({
          code: "custom",
          path: ["undated"],
          input: true,
          message: "chỉ văn bản được dẫn (có number hoặc instrument) mới được ghi không ngày; một mốc thời gian phải có ngày",
        });
      return;
    }
    if (item.date === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["date"],
        input: undefined,
        message: 'cần ngày dạng NNNN, NNNN-TT hoặc NNNN-TT-NN; nếu văn bản không ghi ngày, bỏ date và dateText và ghi "undated": true',
      });
    if (item.dateText === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["dateText"],
        input: undefined,
        message: 'cần ghi ngày như văn bản viết; nếu văn bản không ghi ngày, bỏ date và dateText và ghi "undated": true',
      });
  });

/** Every dated step one document names (content/events/<document>.json), in the document's order. */
export const eventFileSchema = z.strictObject({
  /** Still being written (see `draft` in common.ts). */
  draft,
  /** Id of the document (its file name in content/documents without .json). */
  document: slug,
  items: z.array(eventItemSchema).min(1, { error: "cần ít nhất một mốc" }),
});

export type Produced = z.infer<typeof producedSchema>;
export type EventItem = z.infer<typeof eventItemSchema>;
export type EventFile = z.infer<typeof eventFileSchema>;
