/**
 * Writes a synthetic, plainly fictional content folder for the benchmark: every name says "hư cấu"
 * and carries a number, so nothing can be mistaken for a real unit or person. Deterministic, so two
 * runs build the same site.
 */
import { COLLECTIONS, COLLECTION_NAMES } from "../../../src/lib/content/registry.ts";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DISTRICTS, MODEL_KINDS, MODEL_STATUSES, type HostType, type ModelKind } from "../../../src/schemas/model.ts";
import { THEMES } from "../../../src/schemas/statistic.ts";
import { FAMILY, GIVEN, MIDDLE } from "../generate-recipients.ts";

export interface CorpusSize {
  /** Model profiles (content/models/*.mdx). */
  models: number;
  /** Named commendation rows, split into recipient lists of `rowsPerList`. */
  recipients: number;
  rowsPerList?: number;
}

const DOCUMENT_ID = "bao-cao-hu-cau-do-tai";
const AWARD_ID = "bang-khen-hu-cau";
const UPDATED = "2030-01-01";

const HOST_OF: Record<ModelKind, HostType> = {
  "truong-hoc-an-toan": "truong-hoc",
  "benh-vien-an-toan": "benh-vien",
  "cong-ty-an-toan": "doanh-nghiep",
  "tu-quan": "co-quan",
  "doi-cong-nhan-xung-kich": "doanh-nghiep",
  "lien-ket": "chinh-quyen",
};

const pad = (n: number) => String(n).padStart(5, "0");
const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The front matter and body of fictional model number `n` (1-based). */
export function syntheticModel(n: number): { id: string; text: string } {
  const kind = pick(MODEL_KINDS, n);
  const district = n % 7 === 0 ? null : pick(DISTRICTS, n);
  const host = `Đơn vị hư cấu số ${pad(n)}`;
  const frontMatter = [
    "---",
    `name: "Mô hình hư cấu số ${pad(n)} tại ${host}"`,
    `kind: ${kind}`,
    "hosts:",
    `  - name: "${host}"`,
    `    type: ${HOST_OF[kind]}`,
    "location:",
    `  district: ${district === null ? "null" : `"${district}"`}`,
    `  commune: ${n % 3 === 0 ? `"Xã hư cấu ${n % 200}"` : "null"}`,
    "  industrialPark: null",
    `launched: ${n % 5 === 0 ? "null" : 2014 + (n % 11)}`,
    `status: ${pick(MODEL_STATUSES, n)}`,
    `summary: "Mô hình hư cấu dùng để đo hiệu năng; không có thật. Số thứ tự ${n}."`,
    "sources:",
    `  - document: ${DOCUMENT_ID}`,
    `    section: "Mục ${1 + (n % 9)}"`,
    `updated: "${UPDATED}"`,
    "---",
  ];
  // About the length of a real profile body (1–2 KB), so page weight is realistic.
  const body = [
    `Mô hình hư cấu số ${n} chỉ tồn tại trong bộ đo hiệu năng. Các con số, tên đơn vị và địa danh ở đây đều không có thật.`,
    `Đoạn thứ hai mô tả cách tổ chức giả định: tổ tự quản hư cấu gồm ${3 + (n % 20)} thành viên, họp định kỳ hằng tháng, phối hợp với lực lượng Công an cơ sở trong việc tuyên truyền, nắm tình hình và giải quyết các vụ việc phức tạp về an ninh, trật tự ngay từ cơ sở.`,
    `Đoạn thứ ba nêu kết quả giả định để trang có độ dài gần với trang thật: trong năm, mô hình tổ chức ${n % 40} buổi tuyên truyền, cung cấp ${n % 15} tin có giá trị và phối hợp giải quyết ${n % 6} vụ việc. Những số này không dùng ở bất cứ đâu ngoài bộ đo.`,
  ];
  return { id: `mo-hinh-hu-cau-${pad(n)}`, text: `${frontMatter.join("\n")}\n\n${body.join("\n\n")}\n` };
}

/** Writes the corpus into `dir` (emptied first). Returns how many files were written. */
export function writeBenchCorpus(dir: string, size: CorpusSize): number {
  rmSync(dir, { recursive: true, force: true });
  for (const c of COLLECTION_NAMES) mkdirSync(join(dir, COLLECTIONS[c].folder), { recursive: true });
  let files = 0;
  const write = (path: string, text: string) => {
    writeFileSync(join(dir, path), text);
    files++;
  };
  const source = (section: string) => ({ document: DOCUMENT_ID, section });

  write(
    `documents/${DOCUMENT_ID}.json`,
    json({
      number: "Số: 00/BC-HUCAU",
      type: "bao-cao",
      title: "Báo cáo hư cấu dùng cho bộ đo hiệu năng",
      shortTitle: "Báo cáo hư cấu (đo hiệu năng)",
      issuer: "Ban Chỉ đạo hư cấu",
      province: null,
      date: "2030-01",
      summary: "Văn bản hư cấu: mọi số liệu và tên trong bộ đo hiệu năng đều dẫn về đây. Không có thật.",
      sections: Array.from({ length: 9 }, (_, i) => `Mục ${i + 1}`),
      sourceFile: "khong-co.txt",
    }),
  );

  for (let n = 1; n <= size.models; n++) {
    const model = syntheticModel(n);
    write(`models/${model.id}.mdx`, model.text);
  }

  THEMES.forEach((theme, t) => {
    write(
      `statistics/so-lieu-hu-cau-${theme}.json`,
      json({
        title: `Số liệu hư cấu chủ đề ${theme}`,
        theme,
        description: "Nhóm số liệu hư cấu dùng để đo hiệu năng; không có thật.",
        period: { from: "2014", to: "2024" },
        source: source(`Mục ${1 + (t % 9)}`),
        chart: true,
        order: 10,
        updated: UPDATED,
        figures: Array.from({ length: 6 }, (_, i) => ({
          id: `hu-cau-${theme}-${i + 1}`,
          metric: `Chỉ số hư cấu ${i + 1}`,
          value: 1000 * (t + 1) + 137 * i,
          unit: "lượt",
          reportingBody: "Đơn vị hư cấu",
          headline: i === 0 && t < 4,
        })),
      }),
    );
  });

  for (let g = 1; g <= 10; g++) {
    write(
      `targets/muc-tieu-hu-cau-${g}.json`,
      json({
        number: `9.${g}`,
        text: `Mục tiêu hư cấu số ${g}: đến năm 2025 đạt tỷ lệ giả định.`,
        title: `Mục tiêu hư cấu ${g}`,
        goals: [{ description: "Tỷ lệ hư cấu", value: 50 + g, unit: "%", deadline: "2025" }],
        source: source(`Mục ${(g % 9) + 1}`),
        updated: UPDATED,
      }),
    );
  }

  write(
    `commendations/${AWARD_ID}.json`,
    json({
      kind: "award",
      title: "Bằng khen hư cấu",
      source: source("Mục 1"),
      form: "bang-khen",
      authority: "Cấp hư cấu",
      order: 10,
      updated: UPDATED,
    }),
  );
  const perList = size.rowsPerList ?? 5000;
  for (let start = 0, list = 1; start < size.recipients; start += perList, list++) {
    const count = Math.min(perList, size.recipients - start);
    const year = 2014 + (list % 11);
    write(
      `commendations/danh-sach-hu-cau-${pad(list)}.json`,
      json({
        kind: "recipients",
        title: `Danh sách khen thưởng hư cấu số ${list}`,
        source: source("Mục 2"),
        updated: UPDATED,
        award: AWARD_ID,
        decision: `Quyết định hư cấu số ${list}/QĐ-HUCAU`,
        decisionDate: `${year}-12`,
        rows: Array.from({ length: count }, (_, i) => {
          const n = start + i + 1;
          const individual = n % 4 !== 0;
          return {
            name: individual
              ? `${pick(FAMILY, n)} ${pick(MIDDLE, n >> 1)} ${pick(GIVEN, n >> 2)} (hư cấu ${pad(n)})`
              : `Tập thể hư cấu số ${pad(n)}`,
            recipientType: individual ? "ca-nhan" : "tap-the",
            organisation: `Đơn vị hư cấu số ${pad(1 + (n % 997))}`,
            district: pick(DISTRICTS, n),
            year,
          };
        }),
      }),
    );
  }
  return files;
}
