import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { frameOrigin, readAstroProfile, summariseProfile, type CpuProfile } from "../../scripts/lib/bench/cpu-profile.ts";
import { profileTables } from "../../scripts/lib/bench/report.ts";

const frame = (id: number, functionName: string, url: string) => ({ id, callFrame: { functionName, url, lineNumber: 0 } });

/** A fictional profile: one sample a millisecond, starting at 10 s (V8 counts in microseconds). */
function profile(samples: number[]): CpuProfile {
  return {
    nodes: [
      frame(1, "(root)", ""),
      frame(2, "splitHtml", "file:///site/.astro/.prerender/chunks/page-cards_x.mjs"),
      frame(3, "evaluate", "file:///site/node_modules/satteri/dist/compile.js"),
      frame(4, "(garbage collector)", ""),
      frame(5, "(idle)", ""),
      frame(6, "generatePages", "file:///site/node_modules/astro/dist/core/build/generate.js"),
      frame(7, "writeFile", "node:fs"),
      frame(8, "scope", "file:///site/node_modules/@astrojs/markdown-satteri/dist/index.js"),
    ],
    startTime: 10_000_000,
    endTime: 10_000_000 + samples.length * 1000,
    samples,
    timeDeltas: samples.map(() => 1000),
  };
}

describe("CPU profile of page generation", () => {
  it("names where each frame's code comes from", () => {
    expect(frameOrigin("file:///site/.astro/.prerender/chunks/_id__a.mjs", "Content")).toMatch(/mã của trang/);
    expect(frameOrigin("file:///site/node_modules/@astrojs/markdown-satteri/dist/index.js", "x")).toBe("@astrojs/markdown-satteri");
    expect(frameOrigin("node:fs", "writeFile")).toBe("Node.js");
    expect(frameOrigin("", "(garbage collector)")).toMatch(/GC/);
    expect(frameOrigin("", "(idle)")).toMatch(/chờ/);
  });

  it("counts self time by origin and by function, only inside the window", () => {
    // Samples at 1, 2, … 13 ms: two before the window (startup), nine in it, two after.
    const samples = [6, 6, 2, 2, 2, 3, 4, 5, 5, 7, 8, 6, 6];
    const summary = summariseProfile(profile(samples), 0.0025, 0.0115);
    expect(summary.totalMs).toBe(9);
    expect(summary.functions[0]).toEqual({ name: "splitHtml", origin: frameOrigin("file:///x/.prerender/a.mjs", ""), ms: 3 });
    expect(summary.origins.map((o) => [o.origin, o.ms])).toContainEqual(["satteri", 1]);
    expect(summary.origins.map((o) => [o.origin, o.ms])).toContainEqual(["chờ (đọc, ghi tệp)", 2]);
    expect(summary.origins.find((o) => o.origin === "astro")).toBeUndefined();
  });

  it("finds Astro's profile among those every process of the build wrote", () => {
    const dir = mkdtempSync(join(tmpdir(), "antq-cpuprof-"));
    try {
      const other = profile([2]);
      other.nodes = other.nodes.filter((n) => n.id !== 6);
      writeFileSync(join(dir, "CPU.1.cpuprofile"), JSON.stringify(other));
      writeFileSync(join(dir, "CPU.2.cpuprofile"), JSON.stringify(profile([6])));
      expect(readAstroProfile(dir)?.samples).toEqual([6]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reports shares of page generation, sources under 1 % together", () => {
    const samples = [...Array(200).fill(2), 8, ...Array(99).fill(5)];
    const lines = profileTables([{ models: 10_000, pageGenerationProfile: summariseProfile(profile(samples), 0, 1) } as never]).join("\n");
    expect(lines).toContain("### CPU khi Astro sinh trang (10.000 mô hình, dựng lại, hồ sơ CPU)");
    expect(lines).toMatch(/\| mã của trang và thời chạy Astro \(đóng gói\) \| 0,20 \| 66,\d%/);
    expect(lines).toContain("| 1 nguồn khác, mỗi nguồn dưới 1% |");
    expect(lines).toContain("| `splitHtml` |");
  });
});
