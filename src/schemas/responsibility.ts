import { z } from "zod";
import { draft, partialDate, slug } from "./common.ts";

/** How a body takes part in a task, in the documents' words: chủ trì, phối hợp, or simply carries it out. */
export const RESPONSIBILITY_ROLES = ["chu-tri", "phoi-hop", "thuc-hien"] as const;
export type ResponsibilityRole = (typeof RESPONSIBILITY_ROLES)[number];

/** A body named for a task. */
export const responsibleBodySchema = z.strictObject({
  /** The body's name; the same name for the same body in every file, since it makes the body's page /trach-nhiem/co-quan/<name>/. */
  name: z.string({ error: "cần tên cơ quan, đơn vị" }).trim().min(1, { error: "cần tên cơ quan, đơn vị" }),
  /**
   * The body this one is an internal unit of, when the document says so: its Phòng Tổ chức - Hành
   * chính - Quản trị and "các phòng, ban … thuộc Văn phòng" are units of "Văn phòng UBND tỉnh".
   * The filter lists the unit under that body, whose page gathers the units' tasks too.
   */
  unitOf: z.string().trim().min(1, { error: "cần tên cơ quan mà đơn vị này trực thuộc, hoặc bỏ hẳn unitOf" }).optional(),
  /** "chu-tri" (chủ trì), "phoi-hop" (phối hợp) or "thuc-hien" (được giao thực hiện). */
  role: z.enum(RESPONSIBILITY_ROLES, { error: `vai trò phải là một trong: ${RESPONSIBILITY_ROLES.join(", ")}` }),
});

/** When a task is due, as the document writes it. */
export const dueSchema = z.strictObject({
  /** The words of the document, e.g. "trước ngày 08/9/2020", "Năm 2024", "Hằng năm". */
  text: z.string().trim().min(1, { error: "cần ghi thời hạn như văn bản viết" }),
  /** The last day (or month, or year) the task is due by, when the text gives one: 2020-09-08. */
  by: partialDate.optional(),
  /** true for tasks the document asks for every year ("Hằng năm"). */
  recurring: z.literal(true).optional(),
});

/** One task assigned to one or more bodies. */
export const responsibilityItemSchema = z.strictObject({
  /** Bodies named for the task and their roles. */
  bodies: z.array(responsibleBodySchema).min(1, { error: "cần ít nhất một cơ quan, đơn vị" }),
  /** true when the document requests rather than assigns ("Đề nghị …"): bodies outside the issuer's authority. */
  requested: z.literal(true).optional(),
  /** The task, word for word. */
  task: z.string({ error: "cần nội dung nhiệm vụ chép từ văn bản" }).trim().min(1, { error: "cần nội dung nhiệm vụ chép từ văn bản" }),
  /** Deadline or period as written; null when the document gives none. */
  when: dueSchema.nullable(),
  /** Where in the document, e.g. "Phần 3, mục I.5". */
  section: z.string({ error: "cần ghi mục của văn bản" }).min(1, { error: "cần ghi mục của văn bản" }),
  /** Editors' note: a slip in the document, how an unclear date was read. */
  note: z.string().min(1).optional(),
});

/** Every task one document assigns (content/responsibilities/<document>.json), in the document's order. */
export const responsibilityFileSchema = z.strictObject({
  /** Still being written (see `draft` in common.ts). */
  draft,
  /** Id of the document (its file name in content/documents without .json). */
  document: slug,
  items: z.array(responsibilityItemSchema).min(1, { error: "cần ít nhất một nhiệm vụ" }),
});

export type ResponsibleBody = z.infer<typeof responsibleBodySchema>;
export type Due = z.infer<typeof dueSchema>;
export type ResponsibilityItem = z.infer<typeof responsibilityItemSchema>;
export type ResponsibilityFile = z.infer<typeof responsibilityFileSchema>;
