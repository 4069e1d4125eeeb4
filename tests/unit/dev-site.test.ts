import { mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDevArgs, portNotice } from "../../scripts/dev-site.ts";
import { isSiteRequest, problemPage, saveLine, saveQueue, waitForStore, type SaveQueueEffects } from "../../scripts/lib/dev-content.ts";
import { quietForEditors } from "../../scripts/lib/dev-logger.ts";
import type { Problem } from "../../scripts/lib/validate.ts";
import {
  contentProblems,
  contentSyncEnded,
  contentSyncStarted,
  setContentProblems,
  throwIfContentBroken,
} from "../../src/lib/build/dev-content-state.ts";

describe("npm run dev: port", () => {
  it("takes --port, then PORT, then 4321, and refuses what it does not know in Vietnamese", () => {
    expect(parseDevArgs([], {})).toEqual({ port: 4321 });
    expect(parseDevArgs([], { PORT: "4400" })).toEqual({ port: 4400 });
    expect(parseDevArgs(["--port", "4500"], { PORT: "4400" })).toEqual({ port: 4500 });
    expect(parseDevArgs(["--port=4501", "--host", "--open"], {})).toEqual({ port: 4501, host: true, open: true });
    expect(parseDevArgs(["--host", "0.0.0.0"], {})).toEqual({ port: 4321, host: "0.0.0.0" });
    expect(() => parseDevArgs(["--prot", "4400"], {})).toThrow("Không hiểu tùy chọn “--prot”");
    expect(() => parseDevArgs(["--port", "abc"], {})).toThrow("Cổng phải là một số từ 1 đến 65535");
  });

  it("names the busy port and the one the server listens on, and says nothing when it got the one asked for", () => {
    expect(portNotice(4321, 4322, "http://localhost:4322/")).toBe(
      "Cổng 4321 đang bận (có thể một bản xem trước khác đang chạy), nên bản xem trước này dùng cổng 4322: http://localhost:4322/",
    );
    expect(portNotice(4321, 4321)).toBeUndefined();
  });
});

describe("npm run dev: terminal", () => {
  it("prints one short line per save", () => {
    const at = new Date(2026, 10, 30, 9, 5, 7);
    expect(saveLine(at, ["content/models/a.mdx"], 0)).toBe("09:05:07 ✓ đã lưu content/models/a.mdx: nội dung hợp lệ, trang đã cập nhật");
    expect(saveLine(at, ["content/models/a.mdx", "content/models/b.mdx"], 2)).toBe(
      "09:05:07 ✗ đã lưu 2 tệp: nội dung có 2 lỗi (xem dưới đây và trên trình duyệt)",
    );
    expect(saveLine(at, ["content/models/a.mdx"], 1, true)).toBe(
      "09:05:07 ✗ đã lưu content/models/a.mdx: nội dung có 1 lỗi (vẫn như báo cáo ở trên và trên trình duyệt)",
    );
  });

  it("leaves out Astro's per-request and per-file lines and Vite's English port line, keeps the rest", () => {
    expect(quietForEditors({ label: "vite", level: "info", message: "Port 4321 is in use, trying another one..." })).toBe(true);
    expect(quietForEditors({ label: null, level: "info", message: "\x1b[34m[200]\x1b[39m /mo-hinh/ \x1b[2m24ms\x1b[22m" })).toBe(true);
    expect(quietForEditors({ label: "watch", level: "info", message: "content/models/a.mdx" })).toBe(true);
    expect(quietForEditors({ label: "vite", level: "info", message: "connected." })).toBe(true);
    expect(quietForEditors({ label: null, level: "info", message: "[404] /khong-co/ 3ms" })).toBe(false);
    expect(quietForEditors({ label: "watch", level: "info", message: "src/pages/index.astro" })).toBe(false);
    expect(quietForEditors({ label: "content", level: "error", message: "Failed to create data store" })).toBe(false);
  });
});

const problem: Problem = {
  file: "content/models/a.mdx",
  line: 24,
  column: 7,
  field: "",
  found: "“<!-- x -->”",
  expected: "MDX không nhận ghi chú HTML",
};

/** Files in memory; every write is a new write (as a new modification time on disk), even of the same text. */
function fakeDisk(files: Record<string, string>) {
  const texts = new Map(Object.entries(files));
  const writes = new Map([...texts.keys()].map((file) => [file, 1]));
  return {
    write(file: string, text: string) {
      texts.set(file, text);
      writes.set(file, (writes.get(file) ?? 0) + 1);
    },
    text: (file: string) => texts.get(file),
    fingerprint: (file: string) => (texts.has(file) ? `${writes.get(file)} ${texts.get(file)}` : undefined),
  };
}

function fakeEffects(problems: () => readonly Problem[], storeMs = 0, fingerprint?: (file: string) => string | undefined) {
  const log: string[] = [];
  const errors: string[] = [];
  let checks = 0;
  let reloads = 0;
  const effects: SaveQueueEffects = {
    check: () => (checks++, problems()),
    storeSettled: () => new Promise((r) => setTimeout(r, storeMs)),
    reload: () => void reloads++,
    log: (line) => void log.push(line),
    error: (text) => void errors.push(text),
    now: () => new Date(2026, 10, 30, 9, 5, 7),
    settleMs: 20,
    ...(fingerprint ? { fingerprint } : {}),
  };
  return { effects, log, errors, counts: () => ({ checks, reloads }) };
}

describe("npm run dev: saves", () => {
  it("checks once per save however many files it wrote, prints one line, reloads the pages once", async () => {
    const fake = fakeEffects(() => []);
    const queue = saveQueue(fake.effects, "/x");
    queue.saved("content/models/a.mdx");
    queue.saved("content/models/a.mdx");
    queue.saved("content/models/b.mdx");
    expect(queue.busy).toBe(true);
    await queue.idle();
    expect(fake.counts()).toEqual({ checks: 1, reloads: 1 });
    expect(fake.log).toEqual(["09:05:07 ✓ đã lưu 2 tệp: nội dung hợp lệ, trang đã cập nhật"]);
    expect(queue.busy).toBe(false);
    // Pages made before this count are out of date (they ask for it once connected).
    expect(queue.round).toBe(1);
  });

  it("holds pages until the store has the save, and a save arriving meanwhile gets its own round and the one reload", async () => {
    const fake = fakeEffects(() => [], 80);
    const queue = saveQueue(fake.effects, "/x");
    queue.saved("content/models/a.mdx");
    let idle = false;
    const waiting = queue.idle().then(() => (idle = true));
    await new Promise((r) => setTimeout(r, 60));
    queue.saved("content/models/b.mdx");
    await new Promise((r) => setTimeout(r, 70));
    expect(idle).toBe(false);
    await waiting;
    expect(fake.log).toHaveLength(2);
    expect(fake.counts()).toEqual({ checks: 2, reloads: 1 });
  });

  it("drops the watcher's second report of a write the check already read: one line, one reload", async () => {
    const disk = fakeDisk({ "content/models/a.mdx": "v1" });
    const fake = fakeEffects(() => [], 80, disk.fingerprint);
    const queue = saveQueue(fake.effects, "/x");
    queue.saved("content/models/a.mdx");
    await new Promise((r) => setTimeout(r, 60));
    // The watcher reports the same write a second time while the save is being checked.
    queue.saved("content/models/a.mdx");
    await queue.idle();
    expect(fake.log).toEqual(["09:05:07 ✓ đã lưu content/models/a.mdx: nội dung hợp lệ, trang đã cập nhật"]);
    expect(fake.counts()).toEqual({ checks: 1, reloads: 1 });
    expect(queue.round).toBe(1);

    // A new write arriving while a save is checked still gets its own round and line.
    disk.write("content/models/a.mdx", "v2");
    queue.saved("content/models/a.mdx");
    await new Promise((r) => setTimeout(r, 60));
    disk.write("content/models/a.mdx", "v3");
    queue.saved("content/models/a.mdx");
    await queue.idle();
    expect(fake.log).toHaveLength(3);
    expect(fake.counts()).toEqual({ checks: 3, reloads: 2 });

    // Saving the same text again is a new write: the editor gets a line.
    disk.write("content/models/a.mdx", "v3");
    queue.saved("content/models/a.mdx");
    await queue.idle();
    expect(fake.log).toHaveLength(4);
    expect(fake.counts()).toEqual({ checks: 4, reloads: 3 });
  });

  it("checks again a write that came between a save and its check, even when it restores the bytes seen before", async () => {
    const file = "content/models/a.mdx";
    const disk = fakeDisk({ [file]: "good" });
    let queue!: ReturnType<typeof saveQueue>;
    let checks = 0;
    let stores = 0;
    const fake = fakeEffects(
      () => {
        // The editor's next save, a broken one, lands after the round began and before the check reads the file.
        if (++checks === 1) {
          disk.write(file, "broken");
          queue.saved(file);
        }
        return disk.text(file) === "broken" ? [problem] : [];
      },
      0,
      // The bytes alone: even a digest that cannot tell two writes of the same text apart.
      disk.text,
    );
    fake.effects.storeSettled = async () => {
      // ...and they undo it, saving the earlier text again, while the round waits for the store.
      if (++stores === 1) {
        disk.write(file, "good");
        queue.saved(file);
      }
      await new Promise((r) => setTimeout(r, 40));
    };
    queue = saveQueue(fake.effects, "/x");
    try {
      queue.saved(file);
      await queue.idle();
      expect(queue.report).toBeUndefined();
      expect(fake.log.at(-1)).toContain("✓ đã lưu content/models/a.mdx");
    } finally {
      setContentProblems(undefined);
    }
  });

  it("names only the files really saved: a second report of one file beside a save of another", async () => {
    const disk = fakeDisk({ "content/models/a.mdx": "a1", "content/models/b.mdx": "b1" });
    let queue!: ReturnType<typeof saveQueue>;
    let stores = 0;
    const fake = fakeEffects(() => [], 0, disk.fingerprint);
    fake.effects.storeSettled = async () => {
      if (++stores === 1) {
        queue.saved("content/models/a.mdx");
        disk.write("content/models/b.mdx", "b2");
        queue.saved("content/models/b.mdx");
      }
      await new Promise((r) => setTimeout(r, 40));
    };
    queue = saveQueue(fake.effects, "/x");
    queue.saved("content/models/a.mdx");
    await queue.idle();
    expect(fake.log).toEqual([
      "09:05:07 ✓ đã lưu content/models/a.mdx: nội dung hợp lệ, trang đã cập nhật",
      "09:05:07 ✓ đã lưu content/models/b.mdx: nội dung hợp lệ, trang đã cập nhật",
    ]);
  });

  it("prints the check's report when content breaks, once while it stays the same, and recovers", async () => {
    let problems: Problem[] = [problem];
    const fake = fakeEffects(() => problems);
    const queue = saveQueue(fake.effects, "/x");
    try {
      queue.saved("content/models/a.mdx");
      await queue.idle();
      expect(fake.errors).toHaveLength(1);
      expect(fake.errors[0]).toContain("content/models/a.mdx\n  • dòng 24, cột 7 · toàn tệp");
      expect(contentProblems()?.first).toEqual({ file: "/x/content/models/a.mdx", line: 24, column: 7 });
      queue.saved("content/models/a.mdx");
      await queue.idle();
      expect(fake.errors).toHaveLength(1);
      expect(fake.log[1]).toContain("vẫn như báo cáo ở trên");
      problems = [];
      queue.saved("content/models/a.mdx");
      await queue.idle();
      expect(queue.report).toBeUndefined();
      expect(contentProblems()).toBeUndefined();
      expect(fake.log[2]).toContain("✓ đã lưu content/models/a.mdx");
      expect(fake.counts().reloads).toBe(3);
    } finally {
      setContentProblems(undefined);
    }
  });

  it("waits for Astro's store file to be written after the loader changed an entry", async () => {
    const dir = mkdtempSync(join(tmpdir(), "antq-store-"));
    const store = join(dir, "data-store.json");
    writeFileSync(store, "{}");
    utimesSync(store, new Date(2020, 0, 1), new Date(2020, 0, 1));
    try {
      // Nothing changed since the save: no wait.
      let at = Date.now();
      await waitForStore(store, Date.now() + 1000, 2_000);
      expect(Date.now() - at).toBeLessThan(500);
      // The loader stored an entry; the store file is written 150 ms later.
      const since = Date.now();
      contentSyncStarted();
      contentSyncEnded(true);
      setTimeout(() => writeFileSync(store, "{ }"), 150);
      at = Date.now();
      await waitForStore(store, since, 2_000);
      expect(Date.now() - at).toBeGreaterThanOrEqual(140);
      expect(Date.now() - at).toBeLessThan(1_500);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("npm run dev: pages while content is broken", () => {
  const report = {
    text: "Nội dung có 1 lỗi trong 1 tệp:\n\ncontent/models/a.mdx\n  • dòng 2, cột 7 · toàn tệp\n      Đang ghi: “<b>”\n\nSửa các lỗi trên rồi chạy lại `npm run check`.",
    first: { file: "/x/content/models/a.mdx", line: 2, column: 7 },
  };

  it("answer with the check's report, readable without JavaScript, and an overlay at the editor's line, without stack", () => {
    const html = problemPage(report, "---\nname: <b>\n---\n");
    expect(html).toContain(
      '<pre style="white-space: pre-wrap">Nội dung có 1 lỗi trong 1 tệp:\n\ncontent/models/a.mdx\n  • dòng 2, cột 7 · toàn tệp\n      Đang ghi: “&lt;b&gt;”',
    );
    // In the overlay's data, "<" is written \u003c so the report can never end the script early.
    expect(html).toContain('\\u003cspan class=\\"line error-line\\">name: &lt;b&gt;\\u003c/span>');
    expect(html).toContain('"stack":""');
    expect(html).toContain('shadow.querySelector("#stack").style.display = "none"');
    expect(html).toContain("\\u003ccode>npm run check\\u003c/code>");
    expect(html).not.toMatch(/<b>/);
  });

  it("are the site's pages and files, not Vite's modules, public files or the editing screen", () => {
    const publicDir = join(process.cwd(), "public");
    expect(isSiteRequest("GET", "/mo-hinh/", publicDir)).toBe(true);
    expect(isSiteRequest("GET", "/rss.xml", publicDir)).toBe(true);
    expect(isSiteRequest("HEAD", "/", publicDir)).toBe(true);
    expect(isSiteRequest("POST", "/mo-hinh/", publicDir)).toBe(false);
    expect(isSiteRequest("GET", "/@vite/client", publicDir)).toBe(false);
    expect(isSiteRequest("GET", "/node_modules/.vite/deps/x.js", publicDir)).toBe(false);
    expect(isSiteRequest("GET", "/quan-tri/", publicDir)).toBe(false);
    expect(isSiteRequest("GET", "/src/styles/global.css?direct", publicDir)).toBe(false);
    expect(isSiteRequest("GET", "/favicon.svg", publicDir)).toBe(false);
    expect(isSiteRequest("GET", "/mo-hinh/%E0%A4%A/", publicDir)).toBe(true);
  });

  it("fail with the check's own report, pointing at the editor's file, if one is rendered all the same", () => {
    setContentProblems({ text: "Nội dung có 1 lỗi trong 1 tệp: …", first: { file: "/x/content/models/a.mdx", line: 24, column: 7 } });
    try {
      expect(() => throwIfContentBroken()).toThrow("Nội dung có 1 lỗi trong 1 tệp: …");
      try {
        throwIfContentBroken();
      } catch (error) {
        expect((error as Error).stack).toBe("    at /x/content/models/a.mdx:24:7");
        expect((error as { loc?: unknown }).loc).toEqual({ file: "/x/content/models/a.mdx", line: 24, column: 7 });
      }
    } finally {
      setContentProblems(undefined);
    }
    expect(contentProblems()).toBeUndefined();
    expect(() => throwIfContentBroken()).not.toThrow();
  });
});
