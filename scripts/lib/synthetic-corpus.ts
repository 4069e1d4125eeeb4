/**
 * A large, plainly fictional ("hư cấu") corpus of model profiles for measuring search and build
 * at scale. Deterministic: the same count always gives the same files. Every file passes the
 * validator, so the full build can run on it.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DISTRICTS, MODEL_KINDS, type ModelKind } from "../../src/schemas/model.ts";

/** Id of the one fictional document every synthetic model cites. */
export const SYNTHETIC_DOCUMENT_ID = "van-ban-hu-cau-tong-hop";

const HOSTS: Record<ModelKind, { prefix: string; type: string }> = {
  "truong-hoc-an-toan": { prefix: "Trường THPT", type: "truong-hoc" },
  "benh-vien-an-toan": { prefix: "Bệnh viện", type: "benh-vien" },
  "cong-ty-an-toan": { prefix: "Công ty TNHH", type: "doanh-nghiep" },
  "tu-quan": { prefix: "Công ty cổ phần", type: "doanh-nghiep" },
  "doi-cong-nhan-xung-kich": { prefix: "Công ty", type: "doanh-nghiep" },
  "lien-ket": { prefix: "Ngân hàng", type: "ngan-hang" },
};
const LABELS: Record<ModelKind, string> = {
  "truong-hoc-an-toan": "Trường học an toàn về ANTT",
  "benh-vien-an-toan": "Bệnh viện an toàn về ANTT",
  "cong-ty-an-toan": "Công ty an toàn về ANTT",
  "tu-quan": "Tự quản về ANTT",
  "doi-cong-nhan-xung-kich": "Đội công nhân xung kích bảo đảm ANTT",
  "lien-ket": "Liên kết bảo đảm ANTT",
};
// Fictional syllables: combined they make names no real unit carries, yet index like Vietnamese.
const SYLLABLES = ["Hư", "Cấu", "Thử", "Nghiệm", "Mẫu", "Giả", "Định", "Đào", "Ảo", "Mộng", "Tưởng", "Tượng", "Minh", "Họa", "Phỏng", "Lập", "Đông", "Tây", "Hoà", "Thuý"];
const WORDS = ["tuyên truyền", "phối hợp", "tuần tra", "đơn vị", "bảo vệ", "tài sản", "phòng cháy", "chữa cháy", "ma túy", "công nhân", "học sinh", "sinh viên", "người bệnh", "hội nghị", "tập huấn", "vụ việc", "hòa giải", "an ninh", "trật tự", "địa bàn"];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Writes `count` fictional model files into `<dir>/models` and their source into `<dir>/documents`. */
export function writeSyntheticModels(dir: string, count: number): void {
  mkdirSync(join(dir, "models"), { recursive: true });
  mkdirSync(join(dir, "documents"), { recursive: true });
  writeFileSync(
    join(dir, "documents", `${SYNTHETIC_DOCUMENT_ID}.json`),
    JSON.stringify({
      number: null,
      type: "bao-cao",
      title: "Báo cáo hư cấu tổng hợp mô hình (dữ liệu giả để đo hiệu năng)",
      shortTitle: "Báo cáo hư cấu tổng hợp",
      issuer: "Ban Chỉ đạo hư cấu",
      province: null,
      date: "2030-01",
      summary: "Văn bản hư cấu; mọi mô hình trích dẫn nó đều là dữ liệu giả.",
      sections: ["I. Danh sách mô hình hư cấu"],
      sourceFile: "khong-co.txt",
    }, null, 2),
  );
  const next = random(count);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  for (let i = 1; i <= count; i++) {
    const kind = MODEL_KINDS[i % MODEL_KINDS.length]!;
    const host = `${HOSTS[kind].prefix} ${pick(SYLLABLES)} ${pick(SYLLABLES)} số ${i}`;
    const district = pick(DISTRICTS);
    const sentences = Array.from({ length: 6 }, () => `Mô hình ${pick(WORDS)}, ${pick(WORDS)} và ${pick(WORDS)} tại ${pick(SYLLABLES)} ${pick(SYLLABLES)}.`);
    const text = [
      "---",
      `name: "${LABELS[kind]} tại ${host} (hư cấu)"`,
      `kind: ${kind}`,
      "hosts:",
      `  - name: "${host}"`,
      `    type: ${HOSTS[kind].type}`,
      "location:",
      `  district: "${district}"`,
      "launched: null",
      "status: chua-ro",
      `summary: "Mô hình hư cấu số ${i}, dữ liệu giả để đo hiệu năng."`,
      "sources:",
      `  - document: ${SYNTHETIC_DOCUMENT_ID}`,
      `    section: "Mục I, dòng ${i}"`,
      'updated: "2030-01-01"',
      "---",
      "",
      sentences.join(" "),
      "",
    ].join("\n");
    writeFileSync(join(dir, "models", `mo-hinh-hu-cau-${String(i).padStart(5, "0")}.mdx`), text);
  }
}
