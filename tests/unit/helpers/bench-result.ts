/** A fictional 10,000-profile bench measurement for the report's tests; `overrides` replace whole fields. */
import type { CorpusResult } from "../../../scripts/lib/bench/report.ts";

export const MB = 1024 * 1024;

export function benchResult(overrides: Partial<CorpusResult> = {}): CorpusResult {
  return {
    models: 10000,
    recipients: 50000,
    pages: 10240,
    buildSeconds: 180,
    rebuildSeconds: 165,
    peakBytes: 5 * 1024 * MB,
    peakProcessBytes: 1.2 * 1024 * MB,
    peer: { pages: 10000, runs: [160, 140, 150], peakBytes: 1.5 * 1024 * MB, peakProcessBytes: 1024 * MB },
    bareSeconds: 20,
    barePeakBytes: 1024 * MB,
    checkSeconds: 3.2,
    distFiles: 20500,
    distBytes: 900 * MB,
    pagefindBytes: 40 * MB,
    firstQuery: { query: "trường học", results: 812, bytes: 260 * 1024, requests: 9 },
    profile: { url: "/mo-hinh/mo-hinh-hu-cau-00001/", htmlBytes: 40_000, htmlGzipBytes: 9 * 1024, jsBytes: 0 },
    kinds: ["/", "/mo-hinh/", "/mo-hinh/*/"],
    ...overrides,
  };
}
