import { describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { pageWeight, treeRss } from "../../scripts/lib/bench/measure.ts";

function fakeProc(processes: [pid: number, ppid: number, pages: number, comm: string][]): string {
  const proc = mkdtempSync(join(tmpdir(), "antq-proc-"));
  for (const [pid, ppid, pages, comm] of processes) {
    mkdirSync(join(proc, String(pid)));
    const after = ["S", String(ppid), ...Array.from({ length: 19 }, () => "0"), String(pages)];
    writeFileSync(join(proc, String(pid), "stat"), `${pid} (${comm}) ${after.join(" ")} 0 0\n`);
  }
  mkdirSync(join(proc, "self"));
  return proc;
}

describe("treeRss", () => {
  const proc = fakeProc([
    [100, 1, 1000, "node"],
    [101, 100, 2000, "astro build (vite)"],
    [102, 101, 500, "pagefind"],
    [200, 1, 9000, "khác"],
  ]);
  it.each([
    [100, (1000 + 2000 + 500) * 4096, 2000 * 4096],
    [101, (2000 + 500) * 4096, 2000 * 4096],
    [102, 500 * 4096, 500 * 4096],
    [300, 0, 0],
  ])("sums resident memory of process %i and its descendants only, and finds the largest of them", (pid, total, largest) => {
    expect(treeRss(pid, proc)).toEqual({ total, largest });
  });
});

describe("pageWeight", () => {
  it("counts external, preloaded and inline scripts but not JSON data, and gzips the HTML", () => {
    const dist = mkdtempSync(join(tmpdir(), "antq-dist-"));
    mkdirSync(join(dist, "_astro"));
    mkdirSync(join(dist, "mo-hinh/a"), { recursive: true });
    writeFileSync(join(dist, "_astro/bieu-do.js"), "x".repeat(1200));
    writeFileSync(join(dist, "_astro/chung.js"), "y".repeat(300));
    const html = `<!doctype html><html lang="vi"><head><link rel="modulepreload" href="/_astro/chung.js"><script type="application/ld+json">{"@type":"Organization"}</script></head><body><h1>Trường THPT Ngô Sỹ Liên</h1><script type="module" src="/_astro/bieu-do.js"></script><script>let a=1;</script></body></html>`;
    writeFileSync(join(dist, "mo-hinh/a/index.html"), html);
    const weight = pageWeight(dist, "mo-hinh/a/index.html", "/mo-hinh/a/", "https://hu-cau.example");
    expect(weight.jsBytes).toBe(1200 + 300 + "let a=1;".length);
    expect(weight.htmlBytes).toBe(Buffer.byteLength(html));
    expect(weight.htmlGzipBytes).toBe(gzipSync(html).length);
  });

  it("is zero for a page without scripts", () => {
    const dist = mkdtempSync(join(tmpdir(), "antq-dist-"));
    writeFileSync(join(dist, "index.html"), '<!doctype html><html lang="vi"><title>Trang chủ</title><p>Không có script.</p></html>');
    expect(pageWeight(dist, "index.html", "/", "https://hu-cau.example").jsBytes).toBe(0);
  });
});
