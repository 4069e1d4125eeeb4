/**
 * Starter files for `npm run new`. A starter is a draft (`draft: true`): `npm run dev` shows it,
 * `npm run check` and `npm run build` refuse it. Every text the editor must write is a «…»
 * placeholder, which the check refuses in a finished entry; values that must be valid for the
 * preview to show (a model's kind, a host's type) are taken from the name, never guessed blindly.
 */
import { slugify } from "./slug.ts";
import type { CollectionName } from "./content-registry.ts";
import type { HostType, ModelKind } from "../schemas/model.ts";

export interface StarterInput {
  name: string;
  /** Id of an existing document, only so the draft shows in the preview; its section says to check it. */
  document: string;
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

/** File name and text of a starter entry. */
export function starter(collection: CollectionName, input: StarterInput): { id: string; text: string } {
  const id = slugify(input.name);
  const year = input.today.slice(0, 4);
  const source = { document: input.document, section: `«mục, chú thích trong văn bản; kiểm tra mã văn bản (đang tạm ghi ${input.document})»` };
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
          "  district: null",
          "  commune: null",
          "  industrialPark: null",
          "launched: null",
          "status: chua-ro",
          'summary: "«một hoặc hai câu tóm tắt, chỉ điều văn bản nguồn nêu»"',
          "sources:",
          `  - document: ${source.document}`,
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
          type: "bao-cao",
          title: input.name,
          shortTitle: "«tên ngắn để dẫn nguồn»",
          issuer: "«cơ quan ban hành như trong văn bản»",
          province: null,
          date: year,
          summary: "«tóm tắt nội dung văn bản; kiểm tra loại văn bản (type) và ngày (date)»",
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
          theme: "tuyen-truyen",
          description: "«một câu nói nhóm số liệu cho thấy điều gì; kiểm tra chủ đề (theme)»",
          period: { from: year, to: year, label: "«kỳ số liệu như văn bản ghi; sửa from, to cho đúng»" },
          source,
          chart: false,
          order: 100,
          updated: input.today,
          figures: [{ id: `${id}-1`, metric: "«tên chỉ số như trong văn bản»", value: 0, unit: "«đơn vị tính»", reportingBody: "«đơn vị báo cáo»", note: "«ghi số của văn bản vào value (đang là 0), rồi xóa ghi chú này»" }],
        }),
      };
    case "commendations":
      return {
        id,
        text: json({ draft: true, kind: "award", title: input.name, form: "bang-khen", authority: "«cấp khen như trong văn bản; kiểm tra hình thức (form)»", order: 100, source, updated: input.today }),
      };
    case "targets":
      return {
        id,
        text: json({
          draft: true,
          number: "1",
          title: input.name,
          text: "«nguyên văn mục tiêu; sửa số mục tiêu (number)»",
          goals: [{ description: "«chỉ tiêu như văn bản ghi»", value: null, unit: "«đơn vị tính»", deadline: year }],
          source,
          updated: input.today,
        }),
      };
  }
}
