import { describe, expect, it } from "vitest";
import { buildMemo } from "../../src/lib/build/build-memo.ts";

describe("buildMemo", () => {
  it("in a build, works out each key once and hands every route the same value", () => {
    const once = buildMemo(true);
    let runs = 0;
    const rows = () => once("rows", () => ({ run: ++runs }));
    expect(rows()).toBe(rows());
    expect(runs).toBe(1);
    expect(once("other", () => "x")).toBe("x");
  });
  it("shares one promise between routes that ask at the same time", async () => {
    const once = buildMemo(true);
    let runs = 0;
    const load = () => once("lists", async () => ++runs);
    expect(await Promise.all([load(), load()])).toEqual([1, 1]);
  });
  it("in the live preview, recomputes every time so an edit shows at once", () => {
    const once = buildMemo(false);
    let value = "trước";
    const read = () => once("rows", () => value);
    expect(read()).toBe("trước");
    value = "sau khi sửa";
    expect(read()).toBe("sau khi sửa");
  });
});
