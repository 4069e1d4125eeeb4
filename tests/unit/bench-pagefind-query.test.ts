import { describe, expect, it } from "vitest";
import { benchResult } from "./helpers/bench-result.ts";
import { firstQueryLine, pagefindPart, type FirstQuery } from "../../scripts/lib/bench/pagefind-query.ts";
import { formatBenchReport } from "../../scripts/lib/bench/report.ts";

describe("pagefindPart", () => {
  it.each([
    ["/pagefind/pagefind.js", "script"],
    ["/pagefind/wasm.unknown.pagefind", "wasm"],
    ["/pagefind/wasm.vi.pagefind", "wasm"],
    ["/pagefind/pagefind-entry.json", "entry"],
    ["/pagefind/pagefind.vi_4fdbc044a1.pf_meta", "meta"],
    ["/pagefind/index/vi_1a2b3c.pf_index", "index"],
    ["/pagefind/filter/vi_9f8e.pf_filter", "filter"],
    ["/pagefind/fragment/vi_77aa.pf_fragment", "fragment"],
    ["/pagefind/pagefind-ui.css", "other"],
  ])("files %s under %s", (path, part) => expect(pagefindPart(path)).toBe(part));
});

const first: FirstQuery = {
  query: "mô hình",
  results: 1234,
  bytes: 150 * 1024 - 512 + 174,
  requests: 14,
  parts: { script: 32 * 1024, wasm: 53 * 1024, entry: 174, meta: 10 * 1024, index: 40 * 1024, fragment: 14 * 1024 + 512 },
};

describe("firstQueryLine", () => {
  it("says what the first query downloaded, part by part, in vi-VN numbers", () => {
    expect(firstQueryLine(first, "10.000 mô hình")).toBe(
      "Lần tìm đầu “mô hình” (10.000 mô hình): 150 KB trong 14 yêu cầu — mã Pagefind 32 KB, WebAssembly 53 KB, tệp vào < 1 KB, siêu dữ liệu 10 KB, chỉ mục 40 KB, đoạn trích kết quả 15 KB; trang báo 1.234 kết quả.",
    );
  });

  it("leaves the breakdown out when it was not measured", () => {
    expect(firstQueryLine({ query: "x", results: 0, bytes: 2048, requests: 3 }, "1.000 mô hình")).toBe(
      "Lần tìm đầu “x” (1.000 mô hình): 2 KB trong 3 yêu cầu; trang báo 0 kết quả.",
    );
  });

  it("is printed in the bench report under the corpus table", () => {
    const result = benchResult({ firstQuery: first, profile: null, kinds: ["/"] });
    const report = formatBenchReport({ results: [result], lighthouse: [], command: "npm run bench", machine: "máy thử" });
    expect(report.split("\n")).toContain(firstQueryLine(first, "10.000 mô hình"));
    expect(report).toContain("| Tải về cho lần tìm đầu | 10.000 mô hình | 150 KB | ≤ 200 KB | đạt | còn dư 25% |");
  });
});
