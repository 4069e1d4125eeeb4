/** Starter content for `npm run new`: valid as written, with Vietnamese hints in the text fields. */
import { slugify } from "./slug.ts";
import type { CollectionName } from "./content-registry.ts";

export interface StarterInput {
  name: string;
  /** Id of an existing document to cite; the editor replaces the section. */
  document: string;
  /** Today, NNNN-TT-NN. */
  today: string;
}

/** File name and text of a starter entry. */
export function starter(collection: CollectionName, input: StarterInput): { id: string; text: string } {
  const id = slugify(input.name);
  const source = { document: input.document, section: "Ghi mục, chú thích của văn bản" };
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  switch (collection) {
    case "models":
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
    case "documents":
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
    case "statistics":
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
    case "commendations":
      return {
        id,
        text: json({ kind: "award", title: input.name, form: "bang-khen", authority: "Ghi cấp có thẩm quyền", order: 100, source, updated: input.today }),
      };
    case "targets":
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
  }
}
