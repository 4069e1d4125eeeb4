/** Model front matter for unit tests: real names from the source documents, defaults filled in. */
import type { ModelData } from "../../../src/schemas/model.ts";

export function model(
  id: string,
  overrides: Partial<ModelData> & { district?: ModelData["location"]["district"] } = {},
): { id: string; data: ModelData } {
  const { district = null, ...rest } = overrides;
  return {
    id,
    data: {
      name: id,
      kind: "truong-hoc-an-toan",
      hosts: [{ name: "Trường THPT Ngô Sỹ Liên", type: "truong-hoc" }],
      location: { district, commune: null, industrialPark: null },
      launched: null,
      status: "da-xay-dung",
      summary: "Tóm tắt.",
      sources: [{ document: "bao-cao-so-ket-5-nam-chi-thi-07-2019", section: "Phần thứ nhất, mục II.2.5, chú thích 4" }],
      images: [],
      aliases: [],
      updated: "2026-11-26",
      ...rest,
    },
  };
}
