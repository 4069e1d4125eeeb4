/**
 * A deterministic, plainly fictional ("hư cấu") named recipient list of any size, for testing how
 * the site pages and filters very long lists. Same seed, same list, byte for byte.
 */
import { DISTRICTS } from "../../src/schemas/model.ts";
import type { RecipientListData } from "../../src/schemas/commendation.ts";

/** Small fast PRNG (mulberry32): enough for varied, repeatable fixture data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Parts of the fictional people's names, shared with the benchmark corpus (bench/corpus.ts). */
export const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý"];
export const MIDDLE = ["Văn", "Thị", "Minh", "Quốc", "Thu", "Đức", "Ngọc", "Hữu"];
export const GIVEN = [
  "An",
  "Bình",
  "Châu",
  "Dũng",
  "Giang",
  "Hà",
  "Hải",
  "Hoa",
  "Khánh",
  "Lan",
  "Long",
  "Mai",
  "Nam",
  "Phúc",
  "Quân",
  "Sơn",
  "Thảo",
  "Trang",
  "Tú",
  "Yến",
];
const ORG_KINDS = ["Công ty TNHH Hư Cấu", "Trường Thử Nghiệm", "Bệnh viện Hư Cấu", "Ngân hàng Thử Nghiệm", "Xí nghiệp Hư Cấu"];

export interface GenerateOptions {
  count: number;
  seed: number;
  /** Award ids to spread over the rows; the first is the list's award. */
  awards: readonly [string, ...string[]];
  /** Source document id (a fixture document). */
  document: string;
}

/** A recipients entry of `count` fictional rows. */
export function generateRecipientList({ count, seed, awards, document }: GenerateOptions): RecipientListData & { kind: "recipients" } {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const rows = Array.from({ length: count }, (_, i) => {
    const organisation = `${pick(ORG_KINDS)} số ${1 + Math.floor(next() * 400)}`;
    const collective = next() < 0.3;
    const district = next() < 0.05 ? null : pick(DISTRICTS);
    const award = pick(awards);
    return {
      name: collective ? organisation : `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)} (${i + 1})`,
      recipientType: collective ? ("tap-the" as const) : ("ca-nhan" as const),
      organisation,
      district,
      year: 2014 + Math.floor(next() * 11),
      ...(award === awards[0] ? {} : { award }),
    };
  });
  return {
    kind: "recipients",
    title: `Danh sách hư cấu ${count.toLocaleString("vi-VN")} dòng (dữ liệu thử nghiệm)`,
    source: { document, section: "Mục I" },
    updated: "2030-12-31",
    award: awards[0],
    decision: "Số 99/QĐ-HC (hư cấu)",
    decisionDate: "2030-12-31",
    rows,
  };
}
