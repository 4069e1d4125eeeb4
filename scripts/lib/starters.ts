/** Starter content for `npm run new`: valid as written, with Vietnamese hints in the text fields. */
import { slugify } from "../../src/lib/slug.ts";

export const ENTRY_KINDS = {
  model: { collection: "models", ext: ".mdx", aliases: ["mo-hinh"] },
  document: { collection: "documents", ext: ".json", aliases: ["van-ban"] },
  statistic: { collection: "statistics", ext: ".json", aliases: ["so-lieu"] },
  commendation: { collection: "commendations", ext: ".json", aliases: ["khen-thuong"] },
  target: { collection: "targets", ext: ".json", aliases: ["muc-tieu"] },
  // Issue 17: one file per document, named after it (`npm run new -- assessment <mã văn bản>`).
  assessment: { collection: "assessments", ext: ".json", aliases: ["danh-gia"] },
  responsibility: { collection: "responsibilities", ext: ".json", aliases: ["trach-nhiem"] },
  event: { collection: "events", ext: ".json", aliases: ["moc-thoi-gian"] },
} as const;
export type EntryKind = keyof typeof ENTRY_KINDS;

export function resolveKind(word: string): EntryKind | undefined {
  const lower = word.toLowerCase();
  return (Object.keys(ENTRY_KINDS) as EntryKind[]).find((kind) => kind === lower || (ENTRY_KINDS[kind].aliases as readonly string[]).includes(lower));
}

export interface StarterInput {
  name: string;
  /** Id of an existing document to cite; the editor replaces the section. */
  document: string;
  /** Today, NNNN-TT-NN. */
  today: string;
}

/** File name and text of a starter entry. */
export function starter(kind: EntryKind, input: StarterInput): { id: string; text: string } {
  const id = slugify(input.name);
  const source = { document: input.document, section: "Ghi mục, chú thích của văn bản" };
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  switch (kind) {
    case "model":
      return {
        id,
        text: [
          "---",
          `name: ${JSON.stringify(input.name)}`,
          "kind: truong-hoc-an-toan",
          "hosts:",
          `  - name: ${JSON.stringify(input.name)}`,
          "    type: truong-hoc",
          "location:",
          "  district: null",
          "  commune: null",
          "  industrialPark: null",
          "launched: null",
          "status: chua-ro",
          `summary: ${JSON.stringify(`Mô hình ${input.name}.`)}`,
          "sources:",
          `  - document: ${source.document}`,
          `    section: ${JSON.stringify(source.section)}`,
          "images: []",
          "aliases: []",
          `updated: "${input.today}"`,
          "---",
          "",
          "Viết nội dung giới thiệu mô hình tại đây, chỉ gồm những gì văn bản nguồn nêu.",
          "",
        ].join("\n"),
      };
    case "document":
      return {
        id,
        text: json({
          number: null,
          type: "bao-cao",
          title: input.name,
          shortTitle: input.name,
          issuer: "Ghi cơ quan ban hành như trong văn bản",
          province: null,
          date: input.today.slice(0, 4),
          summary: "Tóm tắt nội dung văn bản.",
          sections: [],
          sourceFile: "ghi-ten-tep-ban-trich.txt",
        }),
      };
    case "statistic":
      return {
        id,
        text: json({
          title: input.name,
          theme: "tuyen-truyen",
          description: "Một câu nói nhóm số liệu này cho thấy điều gì.",
          period: { from: input.today.slice(0, 4), to: input.today.slice(0, 4) },
          source,
          chart: false,
          order: 100,
          updated: input.today,
          figures: [{ id: `${id}-1`, metric: "Tên chỉ số như trong văn bản", value: 0, unit: "lượt", reportingBody: "Đơn vị báo cáo" }],
        }),
      };
    case "commendation":
      return {
        id,
        text: json({ kind: "award", title: input.name, form: "bang-khen", authority: "Ghi cấp có thẩm quyền", order: 100, source, updated: input.today }),
      };
    case "target":
      return {
        id,
        text: json({
          number: "1",
          title: input.name,
          text: "Ghi nguyên văn mục tiêu.",
          goals: [{ description: "Ghi chỉ tiêu", value: null, unit: "%", deadline: input.today.slice(0, 4) }],
          source,
          updated: input.today,
        }),
      };
    // The name given is the document's id: these files hold one document's items and carry its name.
    case "assessment":
      return {
        id,
        text: json({ document: id, items: [{ kind: "uu-diem", section: "Phần mở đầu", text: "Chép nguyên văn nội dung từ văn bản, rồi sửa mục (section), ví dụ Phần thứ nhất, mục III.1." }] }),
      };
    case "responsibility":
      return {
        id,
        text: json({
          document: id,
          items: [{ bodies: [{ name: "Công an tỉnh", role: "chu-tri" }], task: "Chép nguyên văn nhiệm vụ từ văn bản.", when: null, section: "Phần mở đầu" }],
        }),
      };
    case "event":
      return {
        id,
        text: json({ document: id, items: [{ date: input.today, dateText: "Ghi ngày như văn bản, ví dụ 15/8/2014", text: "Chép nguyên văn câu nêu mốc này.", section: "Phần mở đầu" }] }),
      };
  }
}
