/**
 * The check's compile cache (scripts/lib/mdx-body.ts) may only skip work, never a problem: a body
 * that compiled before is trusted only while every figure it cites exists, and a broken body is
 * never remembered.
 */
import { describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cachedMdxBodyChecker } from "../../scripts/lib/mdx-body.ts";

const good = 'Mô hình đạt <So id="so-mo-hinh" /> buổi.\n';
const broken = "Có <!-- ghi chú --> trong bài.\n";

describe("the MDX compile cache of npm run check", () => {
  it("remembers only bodies that compiled, and still reports a figure that has since gone", () => {
    const dir = mkdtempSync(join(tmpdir(), "antq-check-cache-"));
    const figures = new Set(["so-mo-hinh"]);
    const first = cachedMdxBodyChecker(process.cwd(), dir);
    expect(first.check(good, 5, figures)).toEqual([]);
    expect(first.check(broken, 5, figures)).toHaveLength(1);
    first.save();
    const [file] = readdirSync(dir);
    expect(Object.values(JSON.parse(readFileSync(join(dir, file!), "utf8")))).toEqual([{ cited: ["so-mo-hinh"], refs: [] }]);

    const next = cachedMdxBodyChecker(process.cwd(), dir);
    expect(next.check(good, 5, figures)).toEqual([]);
    expect(next.check(broken, 5, figures)).toEqual([expect.objectContaining({ line: 5, column: 4 })]);
    expect(next.check(good, 5, new Set())).toEqual([expect.objectContaining({ line: 5, found: expect.stringContaining("<So") })]);
  });

  it("hands a remembered body's links and images to the caller again, so they are checked against this run's pages", () => {
    const dir = mkdtempSync(join(tmpdir(), "antq-check-cache-"));
    const linked = "Xem [trang khác](/mo-hinh/khong-co/) và ![ảnh](/images/khong-co.png).\n";
    const seen = (checker: ReturnType<typeof cachedMdxBodyChecker>) => {
      const refs: unknown[] = [];
      expect(checker.check(linked, 7, new Set(), (ref) => refs.push(ref))).toEqual([]);
      return refs;
    };
    const first = cachedMdxBodyChecker(process.cwd(), dir);
    const compiled = seen(first);
    first.save();
    expect(compiled).toEqual([
      expect.objectContaining({ kind: "link", url: "/mo-hinh/khong-co/", line: 7 }),
      expect.objectContaining({ kind: "image", url: "/images/khong-co.png", line: 7 }),
    ]);
    expect(seen(cachedMdxBodyChecker(process.cwd(), dir))).toEqual(compiled);
  });
});
