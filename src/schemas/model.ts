import { z } from "zod";
import { draft, fullDate, slug, sourceRef } from "./common.ts";

/** Kinds of model unit named in the documents. Labels live in src/i18n/vi.ts ("model.kind.*"). */
export const MODEL_KINDS = [
  "truong-hoc-an-toan",
  "benh-vien-an-toan",
  "cong-ty-an-toan",
  "tu-quan",
  "doi-cong-nhan-xung-kich",
  "lien-ket",
] as const;

/** What a host unit is. "chinh-quyen" is the local authority of a liaison model. */
export const HOST_TYPES = ["truong-hoc", "benh-vien", "doanh-nghiep", "ngan-hang", "co-quan", "chinh-quyen"] as const;

/** Ownership of an enterprise host, where the document says. */
export const OWNERSHIPS = ["nha-nuoc", "co-phan", "tu-nhan", "fdi"] as const;

/** District-level units of Bắc Giang province (09 huyện, 01 thành phố). */
export const DISTRICTS = [
  "Thành phố Bắc Giang",
  "Hiệp Hòa",
  "Lạng Giang",
  "Lục Nam",
  "Lục Ngạn",
  "Sơn Động",
  "Tân Yên",
  "Việt Yên",
  "Yên Dũng",
  "Yên Thế",
] as const;

/** Status of a model as last reported. */
export const MODEL_STATUSES = ["da-xay-dung", "dang-hoat-dong", "ngung-hoat-dong", "chua-ro"] as const;

/** A unit that hosts or takes part in a model. */
export const hostSchema = z.strictObject({
  /** Name as written in the document. */
  name: z.string().min(1),
  /** What the unit is. */
  type: z.enum(HOST_TYPES, { error: `loại đơn vị phải là một trong: ${HOST_TYPES.join(", ")}` }),
  /** Ownership of an enterprise (omit when the document does not say). */
  ownership: z.enum(OWNERSHIPS, { error: `hình thức sở hữu phải là một trong: ${OWNERSHIPS.join(", ")}` }).optional(),
  /** Investor country of an FDI enterprise, as written, e.g. "Hàn Quốc". */
  investorCountry: z.string().min(1).optional(),
  /** Share of foreign capital as written, e.g. "100%". */
  foreignCapital: z.string().min(1).optional(),
  /** How many units this entry stands for, when the document counts them ("12 doanh nghiệp"). */
  count: z.number().int().positive().optional(),
});

/** Where the model is, as far as the document or the unit's own name says. */
export const locationSchema = z.strictObject({
  /** District (huyện/thành phố); null when the document does not say. */
  district: z
    .enum(DISTRICTS, { error: `huyện/thành phố phải là một trong: ${DISTRICTS.join(", ")} (hoặc null nếu văn bản không nêu)` })
    .nullable(),
  /** Commune or ward, e.g. "Phường Hoàng Văn Thụ"; null when unknown. */
  commune: z.string().min(1).nullable().default(null),
  /** Industrial park, e.g. "Khu công nghiệp Quang Châu"; null when none or unknown. */
  industrialPark: z.string().min(1).nullable().default(null),
});

/** An image of the model, stored under public/images/models/. */
export const imageSchema = z.strictObject({
  /** Path under public/, starting with /images/. */
  src: z.string().regex(/^\/images\/[\w./-]+\.(png|jpe?g|webp|avif|svg)$/, {
    error: "ảnh phải nằm trong public/images/ và có đuôi png, jpg, webp, avif hoặc svg",
  }),
  /** Text alternative describing the image for people who cannot see it (bắt buộc). */
  alt: z
    .string({ error: "ảnh bắt buộc có mô tả thay thế (alt)" })
    .trim()
    .min(5, { error: "mô tả ảnh (alt) quá ngắn: hãy tả nội dung ảnh" }),
  /** Caption or credit, optional. */
  caption: z.string().min(1).optional(),
});

/** Front matter of a model unit profile (content/models/<slug>.mdx). The slug is the file name. */
export const modelSchema = z.strictObject({
  /** Still being written (see `draft` in common.ts). */
  draft,
  /** Name of the model as written, e.g. "Trường học an toàn về ANTT tại Trường THPT Ngô Sỹ Liên". */
  name: z.string().min(1),
  /** Kind of model. */
  kind: z.enum(MODEL_KINDS, { error: `loại mô hình phải là một trong: ${MODEL_KINDS.join(", ")}` }),
  /** Units that host or take part in the model. */
  hosts: z.array(hostSchema).min(1, { error: "cần ít nhất một đơn vị tham gia" }),
  /** Location. */
  location: locationSchema,
  /** Year launched; null when the documents do not give it. */
  launched: z.number().int().min(1990).max(2100).nullable(),
  /** Status as last reported. */
  status: z.enum(MODEL_STATUSES, { error: `trạng thái phải là một trong: ${MODEL_STATUSES.join(", ")}` }),
  /** One or two sentences for listings and share cards. */
  summary: z.string().min(1),
  /** Where the facts about this model come from (at least one). */
  sources: z.array(sourceRef).min(1, { error: "cần ít nhất một nguồn (văn bản và mục)" }),
  /** Images, each with required alt text. */
  images: z.array(imageSchema).default([]),
  /** Former slugs of this profile: each keeps working as a redirect. */
  aliases: z.array(slug).default([]),
  /** Date this profile last changed (NNNN-TT-NN). */
  updated: fullDate,
});

export type ModelData = z.infer<typeof modelSchema>;
export type ModelKind = (typeof MODEL_KINDS)[number];
export type HostType = (typeof HOST_TYPES)[number];
export type District = (typeof DISTRICTS)[number];
