import { z } from "zod";
import { draft, slug } from "./common.ts";

/**
 * What an item is. The first six answer "what worked, what did not, why, what was learnt, what is
 * asked, what comes next"; the others are the parts of a plan (the Đề án, the review plans).
 */
export const ASSESSMENT_KINDS = [
  "uu-diem",
  "han-che",
  "nguyen-nhan",
  "bai-hoc",
  "kien-nghi",
  "phuong-huong",
  "can-thiet",
  "muc-tieu-tong-quat",
  "pham-vi",
  "doi-tuong",
  "thoi-gian",
  "giai-doan",
  "noi-dung-trong-tam",
  "nhiem-vu-giai-phap",
  "kinh-phi",
  "muc-dich-yeu-cau",
  "noi-dung-tong-ket",
  "phuong-phap",
  "de-cuong",
] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

/**
 * Subjects shared by the 2019 report and the 2020 Đề án, so that their assessments of the same
 * thing sit side by side. The grouping is the editors'; the documents do not use these words.
 */
export const ASSESSMENT_TOPICS = [
  "lanh-dao-chi-dao",
  "nhan-thuc",
  "tuyen-truyen",
  "phoi-hop",
  "mo-hinh",
  "luc-luong",
  "an-toan-antt",
  "khen-thuong",
  "kinh-phi",
  "phap-ly",
  "tinh-hinh",
] as const;
export type AssessmentTopic = (typeof ASSESSMENT_TOPICS)[number];

/** Text copied from a document: never empty, never only spaces. */
const transcribed = (what: string) =>
  z
    .string({ error: `cần ${what}, chép từ văn bản, đặt trong dấu nháy kép` })
    .trim()
    .min(1, { error: `cần ${what}, chép từ văn bản` });

/** One assessment, direction or plan item, in the document's words. */
export const assessmentItemSchema = z.strictObject({
  /** What the item is: "uu-diem", "han-che", "nguyen-nhan", "bai-hoc", "kien-nghi", "phuong-huong"… */
  kind: z.enum(ASSESSMENT_KINDS, { error: `loại phải là một trong: ${ASSESSMENT_KINDS.join(", ")}` }),
  /** The item's number as the document writes it ("1", "2.1", "3.2"), when it has one. */
  label: z.string().min(1).optional(),
  /** Sub-heading the document puts the item under, e.g. "Nguyên nhân khách quan". */
  group: z.string().min(1).optional(),
  /** Shared subject, to compare documents; chosen by editors. */
  topic: z.enum(ASSESSMENT_TOPICS, { error: `chủ đề phải là một trong: ${ASSESSMENT_TOPICS.join(", ")}` }).optional(),
  /** Where in the document, e.g. "Phần thứ nhất, mục III.1". */
  section: z.string({ error: 'cần ghi mục của văn bản, ví dụ "Phần thứ nhất, mục III.1"' }).min(1, { error: "cần ghi mục của văn bản" }),
  /** The item, word for word (line breaks of the extract joined). */
  text: transcribed("nội dung"),
  /** Further paragraphs under the item, word for word (e.g. a task group's body). */
  details: z.array(transcribed("đoạn văn")).optional(),
  /** Editors' note: a slip in the document, how an unclear passage was read. Shown as "Ghi chú". */
  note: z.string().min(1).optional(),
});

/** All assessment and plan items of one document (content/assessments/<document>.json), in the document's order. */
export const assessmentFileSchema = z.strictObject({
  /** Still being written (see `draft` in common.ts). */
  draft,
  /** Id of the document the items come from (its file name in content/documents without .json). */
  document: slug,
  /** The items in the order the document gives them. */
  items: z.array(assessmentItemSchema).min(1, { error: "cần ít nhất một mục" }),
});

export type AssessmentItem = z.infer<typeof assessmentItemSchema>;
export type AssessmentFile = z.infer<typeof assessmentFileSchema>;
