import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { newEntry } from "../../scripts/new-entry.ts";
import { validateContent } from "../../scripts/lib/validate.ts";
import { fixtureSite } from "./helpers/fixture-site.ts";

const effects = () => {
  const out: string[] = [];
  return { out, log: (t: string) => out.push(t), error: (t: string) => out.push(t), today: () => "2026-11-26" };
};

describe("npm run new", () => {
  it.each([
    ["model", "Trường học an toàn về ANTT tại Trường THPT Ngô Sỹ Liên", "models/truong-hoc-an-toan-ve-antt-tai-truong-thpt-ngo-sy-lien.mdx"],
    ["mo-hinh", "Đội tự quản Đình Trám", "models/doi-tu-quan-dinh-tram.mdx"],
    ["document", "Báo cáo tổng kết 10 năm", "documents/bao-cao-tong-ket-10-nam.json"],
    ["statistic", "Tuyên truyền năm 2024", "statistics/tuyen-truyen-nam-2024.json"],
    ["commendation", "Bằng khen của Chủ tịch UBND tỉnh", "commendations/bang-khen-cua-chu-tich-ubnd-tinh.json"],
    ["target", "Mục tiêu camera an ninh", "targets/muc-tieu-camera-an-ninh.json"],
    ["danh-gia", "van-ban-thu-nghiem", "assessments/van-ban-thu-nghiem.json"],
    ["responsibility", "van-ban-thu-nghiem", "responsibilities/van-ban-thu-nghiem.json"],
    ["moc-thoi-gian", "van-ban-thu-nghiem", "events/van-ban-thu-nghiem.json"],
  ])("%s %s writes a valid starter %s", (kind, name, file) => {
    const dir = fixtureSite();
    const fx = effects();
    expect(newEntry([kind, name], dir, fx)).toBe(0);
    expect(existsSync(join(dir, file))).toBe(true);
    expect(validateContent(dir).problems).toEqual([]);
  });

  it("refuses to overwrite an existing file", () => {
    const dir = fixtureSite();
    const fx = effects();
    expect(newEntry(["model", "Mô hình mới hư cấu"], dir, fx)).toBe(0);
    const before = readFileSync(join(dir, "models/mo-hinh-moi-hu-cau.mdx"), "utf8");
    expect(before).toContain("Mô hình mới hư cấu");
    expect(newEntry(["model", "Mô hình mới hư cấu"], dir, fx)).toBe(1);
    expect(fx.out.at(-1)).toMatch(/đã có\. Không ghi đè/);
  });

  it("explains usage in Vietnamese when the kind is unknown", () => {
    const fx = effects();
    expect(newEntry(["bai-viet", "X"], fixtureSite(), fx)).toBe(2);
    expect(fx.out[0]).toMatch(/Cách dùng/);
  });
});
