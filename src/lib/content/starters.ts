/**
 * Starter files for `npm run new`. A starter is a draft (`draft: true`): `npm run dev` shows it,
 * `npm run check` and `npm run build` refuse it. Every value the editor must take from the document
 * (texts, but also numbers, dates, years and list choices) is a «…» placeholder, so nothing in a
 * starter can pass for real content; the check refuses a placeholder left in a finished entry, and
 * its wording even when the « » were deleted. Only a model's kind and host type are filled, from
 * the model's name or the editor's answer. The preview shows a draft's placeholders through
 * stand-ins ({@link withStandIns}), which never reach the files.
 */
import type { z } from "zod";
import { slugify } from "../browser/slug.ts";
import type { CollectionName } from "./registry.ts";
import { MODEL_STATUSES, type HostType, type ModelKind } from "../../schemas/model.ts";
import { DOCUMENT_TYPES } from "../../schemas/document.ts";
import { THEMES } from "../../schemas/statistic.ts";
import { AWARD_FORMS } from "../../schemas/commendation.ts";
import { ASSESSMENT_KINDS } from "../../schemas/assessment.ts";
import { RESPONSIBILITY_ROLES } from "../../schemas/responsibility.ts";

export interface StarterInput {
  name: string;
  /** Today, NNNN-TT-NN. */
  today: string;
  /** Kind of model (models only), from the name or the editor's answer. */
  modelKind?: ModelKind;
  /** Type of the host unit (models only). */
  hostType?: HostType;
}

/** Words of a model's name that say its kind, most specific first. */
const KIND_CUES: [RegExp, ModelKind][] = [
  [/xung kích/i, "doi-cong-nhan-xung-kich"],
  [/tự quản/i, "tu-quan"],
  [/liên kết/i, "lien-ket"],
  [/trường học an toàn/i, "truong-hoc-an-toan"],
  [/bệnh viện an toàn/i, "benh-vien-an-toan"],
  [/(công ty|doanh nghiệp) an toàn/i, "cong-ty-an-toan"],
];

/** Words after "tại" that say what the host unit is. */
const HOST_CUES: [RegExp, HostType][] = [
  [/^(trường|học viện|đại học|cao đẳng)/i, "truong-hoc"],
  [/^(bệnh viện|trung tâm y tế)/i, "benh-vien"],
  [/^ngân hàng/i, "ngan-hang"],
  [/^(công ty|doanh nghiệp|tổng công ty|nhà máy|tập đoàn|hợp tác xã)/i, "doanh-nghiep"],
  [/^(ubnd|ủy ban|xã|phường|thị trấn)/i, "chinh-quyen"],
  [/^(sở|ban|cục|chi cục|văn phòng|cơ quan|kho bạc)/i, "co-quan"],
];

/** The model kind a name states ("Đội tự quản … tại Công ty ABC" → tu-quan), if it states one. */
export function guessModelKind(name: string): ModelKind | undefined {
  return KIND_CUES.find(([cue]) => cue.test(name))?.[1];
}

/** The host type the words after "tại" state ("… tại Công ty ABC" → doanh-nghiep), if they do. */
export function guessHostType(name: string): HostType | undefined {
  const host = /\btại\s+(.+)$/i.exec(name)?.[1] ?? name;
  return HOST_CUES.find(([cue]) => cue.test(host.trim()))?.[1];
}

/** The host's name as the model's name gives it (the words after "tại"), or a placeholder. */
function hostName(name: string): string {
  return /\btại\s+(.+)$/i.exec(name)?.[1]?.trim() ?? "«tên đơn vị như trong văn bản»";
}

/**
 * The `document` of a starter's source: how to find the id, never an id. The preview shows the
 * draft citing the first document instead ({@link withStandIns}'s `ids`).
 */
export const DOCUMENT_PLACEHOLDER =
  "«mã văn bản nguồn: tên tệp của văn bản trong content/documents/, bỏ đuôi .json; danh sách văn bản ở trang /van-ban/ của bản xem trước»";

/** File name and text of a starter entry. */
export function starter(collection: CollectionName, input: StarterInput): { id: string; text: string } {
  const id = slugify(input.name);
  // Never a real document's id: an unedited one would publish the figure citing the wrong document.
  const source = { document: DOCUMENT_PLACEHOLDER, section: "«mục, chú thích trong văn bản»" };
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  switch (collection) {
    case "models":
      return {
        id,
        text: [
          "---",
          "draft: true",
          `name: ${JSON.stringify(input.name)}`,
          `kind: ${input.modelKind}`,
          "hosts:",
          `  - name: ${JSON.stringify(hostName(input.name))}`,
          `    type: ${input.hostType}`,
          "location:",
          '  district: "«huyện/thành phố như văn bản ghi, hoặc null nếu văn bản không nêu»"',
          '  commune: "«xã/phường như văn bản ghi, hoặc null nếu văn bản không nêu»"',
          '  industrialPark: "«khu công nghiệp như văn bản ghi, hoặc null nếu không có»"',
          'launched: "«năm bắt đầu như văn bản ghi, hoặc null nếu văn bản không nêu»"',
          `status: "«trạng thái theo văn bản, một trong: ${MODEL_STATUSES.join(", ")}»"`,
          'summary: "«một hoặc hai câu tóm tắt, chỉ điều văn bản nguồn nêu»"',
          "sources:",
          `  - document: ${JSON.stringify(source.document)}`,
          `    section: ${JSON.stringify(source.section)}`,
          "images: []",
          "aliases: []",
          `updated: "${input.today}"`,
          "---",
          "",
          "«Nội dung giới thiệu mô hình: chỉ gồm những gì văn bản nguồn nêu; dẫn số liệu bằng thẻ So như hướng dẫn biên tập.»",
          "",
        ].join("\n"),
      };
    case "documents":
      return {
        id,
        text: json({
          draft: true,
          number: "«số, ký hiệu như trên văn bản, hoặc null nếu không có»",
          type: `«loại văn bản, một trong: ${DOCUMENT_TYPES.join(", ")}»`,
          title: input.name,
          shortTitle: "«tên ngắn để dẫn nguồn»",
          issuer: "«cơ quan ban hành như trong văn bản»",
          province: "«tỉnh ban hành như trong văn bản, hoặc null nếu văn bản không nêu»",
          date: "«ngày ban hành dạng NNNN-TT-NN, NNNN-TT hoặc NNNN»",
          summary: "«tóm tắt nội dung văn bản»",
          sections: [],
          sourceFile: "«tên tệp bản trích trong thư mục nguồn»",
        }),
      };
    case "statistics":
      return {
        id,
        text: json({
          draft: true,
          title: input.name,
          theme: `«chủ đề, một trong: ${THEMES.join(", ")}»`,
          description: "«một câu nói nhóm số liệu cho thấy điều gì»",
          period: { from: "«đầu kỳ số liệu, dạng NNNN hoặc NNNN-TT»", to: "«cuối kỳ số liệu, dạng NNNN hoặc NNNN-TT»", label: "«kỳ số liệu như văn bản ghi»" },
          source,
          chart: false,
          order: 100,
          updated: input.today,
          figures: [{ id: `${id}-1`, metric: "«tên chỉ số như trong văn bản»", value: "«số như văn bản ghi, không dấu chấm phân cách»", unit: "«đơn vị tính»", reportingBody: "«đơn vị báo cáo»" }],
        }),
      };
    case "commendations":
      return {
        id,
        text: json({ draft: true, kind: "award", title: input.name, form: `«hình thức khen, một trong: ${AWARD_FORMS.join(", ")}»`, authority: "«cấp khen như trong văn bản»", order: 100, source, updated: input.today }),
      };
    case "targets":
      return {
        id,
        text: json({
          draft: true,
          number: "«số mục tiêu như văn bản ghi, ví dụ 2.6»",
          title: input.name,
          text: "«nguyên văn mục tiêu»",
          goals: [{ description: "«chỉ tiêu như văn bản ghi»", value: "«con số của chỉ tiêu, hoặc null nếu mục tiêu không nêu số»", unit: "«đơn vị tính»", deadline: "«hạn: năm như văn bản ghi, \"hằng năm\", hoặc null nếu không nêu hạn»" }],
          source,
          updated: input.today,
        }),
      };
    // One file per document, named after it: the name given to `npm run new` is the document's id.
    case "assessments":
      return {
        id,
        text: json({ draft: true, document: id, items: [{ kind: `«loại, một trong: ${ASSESSMENT_KINDS.join(", ")}»`, section: "«mục của văn bản, ví dụ Phần thứ nhất, mục III.1»", text: "«chép nguyên văn nội dung từ văn bản»" }] }),
      };
    case "responsibilities":
      return {
        id,
        text: json({
          draft: true,
          document: id,
          items: [{ bodies: [{ name: "«tên cơ quan như trong văn bản»", role: `«vai trò, một trong: ${RESPONSIBILITY_ROLES.join(", ")}»` }], task: "«chép nguyên văn nhiệm vụ»", when: "«thời hạn như văn bản ghi: { \"text\": \"…\" }, hoặc null nếu văn bản không nêu»", section: "«mục của văn bản»" }],
        }),
      };
    case "events":
      return {
        id,
        text: json({ draft: true, document: id, items: [{ date: "«ngày dạng NNNN-TT-NN, NNNN-TT hoặc NNNN»", dateText: "«ngày như văn bản ghi, ví dụ 15/8/2014»", text: "«chép nguyên văn câu nêu mốc này»", section: "«mục của văn bản»" }] }),
      };
  }
}

/** A value that is only a starter's placeholder, e.g. "«năm bắt đầu…»". */
const WHOLE_PLACEHOLDER = /^«[^»\n]*»$/;

function setAt(data: unknown, path: readonly PropertyKey[], value: unknown): void {
  let current = data as Record<PropertyKey, unknown>;
  for (const key of path.slice(0, -1)) current = current[key] as Record<PropertyKey, unknown>;
  current[path.at(-1)!] = value;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Allowed literals a refused value could take, from an enum or union issue (also for the check's "chữ hoa" hint). */
export function allowedValues(issue: z.core.$ZodIssue): unknown[] {
  if (issue.code === "invalid_value") return [...issue.values];
  if (issue.code === "invalid_union") return issue.errors.flat().flatMap((sub) => allowedValues(sub));
  return [];
}

/**
 * A copy of a draft's data in which every «…» placeholder the schema refuses (a number, a year, a
 * choice from a list) is replaced by a stand-in the schema takes: null where allowed, else the
 * first allowed value, 0, the first of `ids` that fits (an existing document's id, for
 * the starter's DOCUMENT_PLACEHOLDER), or `year`. Only for showing a draft in the preview: the check refuses
 * the placeholders themselves, and nothing is written back.
 */
export function withStandIns(schema: z.ZodType, data: unknown, year = "2000", ids: readonly string[] = []): unknown {
  const copy = structuredClone(data);
  for (let round = 0; round < 20; round++) {
    const result = schema.safeParse(copy);
    if (result.success) return copy;
    const issue = result.error.issues.find((i) => typeof valueAt(copy, i.path) === "string" && WHOLE_PLACEHOLDER.test(valueAt(copy, i.path) as string));
    if (!issue) return copy;
    const same = (i: z.core.$ZodIssue) => i.path.length === issue.path.length && i.path.every((p, k) => p === issue.path[k]);
    const fits = [null, ...allowedValues(issue), 0, ...ids, year].find((candidate) => {
      setAt(copy, issue.path, candidate);
      const again = schema.safeParse(copy);
      return again.success || !again.error.issues.some(same);
    });
    // Nothing fits: leave the placeholder, the preview reports the entry like any slip.
    if (fits === undefined) return copy;
  }
  return copy;
}

/**
 * The fixed wording of every starter's «…» instructions (lower case, without the « »), each piece
 * at least 10 characters, for recognising an instruction whose « » marks were deleted but whose
 * words were left. Derived from the starters themselves, so a new instruction is covered at once.
 */
export const STARTER_INSTRUCTIONS: readonly string[] = (() => {
  const name = "\u0001";
  const pieces = new Set<string>();
  for (const collection of ["documents", "models", "statistics", "commendations", "targets", "assessments", "responsibilities", "events"] as const) {
    const { text } = starter(collection, { name, today: "2000-01-01", modelKind: "tu-quan", hostType: "co-quan" });
    for (const [placeholder] of text.matchAll(/«[^»\n]*»/g)) {
      for (const piece of JSON.parse(`"${placeholder.slice(1, -1).replace(/\\?"/g, '\\"')}"`).split("\u0001")) {
        const words = instructionKey(piece);
        if (words.length >= 10) pieces.add(words);
      }
    }
  }
  return [...pieces];
})();

/** The form instructions are compared in: lower case, single spaces, no « » or surrounding punctuation. */
export function instructionKey(text: string): string {
  let key = text.toLowerCase();
  if (key.includes("«") || key.includes("»")) key = key.replace(/[«»]/g, "");
  if (/\s\s|[\t\n\r\u00a0]/.test(key)) key = key.replace(/\s+/g, " ");
  // Punctuation and spaces at the ends, by hand: an end-anchored regex rescans every position.
  let start = 0;
  let end = key.length;
  while (start < end && " .,;:()".includes(key[start]!)) start++;
  while (end > start && " .,;:()".includes(key[end - 1]!)) end--;
  return key.slice(start, end);
}

/**
 * The starter instruction `text` still is or contains (its « » deleted), if any: the whole text is
 * an instruction, or it contains one of 25 characters or more (shorter ones, like "đơn vị tính",
 * could be real words inside real text).
 */
export function leftInstruction(text: string): string | undefined {
  // Called on every string of every entry (50,000-row recipient lists): one Set lookup and one regex.
  if (text.length < 10) return undefined;
  const key = instructionKey(text);
  if (WHOLE_INSTRUCTIONS.has(key)) return key;
  return INSTRUCTION_INSIDE.exec(key)?.[0];
}

/**
 * Whether a file's text may hold a starter instruction at all: one scan of the file, so the
 * per-value comparison runs only on the few files that do (a 50,000-row list never does).
 */
export function mayHoldInstruction(fileText: string): boolean {
  return INSTRUCTION_ANYWHERE.test(fileText.toLowerCase());
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const INSTRUCTION_ANYWHERE = new RegExp(STARTER_INSTRUCTIONS.map(escapeRegExp).join("|"));
const WHOLE_INSTRUCTIONS = new Set(STARTER_INSTRUCTIONS);
const INSTRUCTION_INSIDE = new RegExp(
  STARTER_INSTRUCTIONS.filter((piece) => piece.length >= 25)
    .map(escapeRegExp)
    .join("|"),
);
