import { describe, expect, it } from "vitest";
import { figureById, indexFigures, resolveFigures } from "../../src/lib/statistics/figures.ts";
import { formatFigure } from "../../src/lib/browser/format.ts";
import { readStatistics } from "../helpers/content.ts";

describe("figureById (figures cited in prose)", () => {
  const figures = indexFigures(resolveFigures(readStatistics("content")));
  it("finds every figure of the real content by its id", () => {
    for (const [id, figure] of figures) expect(figureById(figures, id, "/so-lieu/")).toBe(figure);
  });
  it("renders the figure with its qualifier and unit as the content states it", () => {
    const withQualifier = [...figures.values()].find((f) => f.qualifier);
    expect(withQualifier).toBeDefined();
    expect(formatFigure(figureById(figures, withQualifier!.id, "/"))).toMatch(new RegExp(`^${withQualifier!.qualifier} `));
  });
  it("stops the build with a message naming the unknown id and the page", () => {
    expect(() => figureById(figures, "mo-hinh-diem-tong-sai", "/so-lieu/")).toThrow(
      'Không có số liệu mã "mo-hinh-diem-tong-sai" trong content/statistics. Kiểm tra lại mã (trường "id" của số liệu) trong trang /so-lieu/.',
    );
  });
});
