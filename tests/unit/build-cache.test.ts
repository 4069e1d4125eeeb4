import { linkSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { placeCachedFile } from "../../src/lib/build/build-cache.ts";

describe("placeCachedFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "antq-place-"));
  const cached = join(dir, "card.png");
  writeFileSync(cached, "PNG bytes");

  it("puts a cached file into the site as a hard link: the same file, no copy", () => {
    const target = join(dir, "linked.png");
    placeCachedFile(cached, target);
    expect(readFileSync(target, "utf8")).toBe("PNG bytes");
    expect(statSync(target).ino).toBe(statSync(cached).ino);
  });

  it("copies where the folders cannot share a file (another file system)", () => {
    const target = join(dir, "copied.png");
    placeCachedFile(cached, target, () => {
      throw Object.assign(new Error("cross-device link not permitted"), { code: "EXDEV" });
    });
    expect(readFileSync(target, "utf8")).toBe("PNG bytes");
    expect(statSync(target).ino).not.toBe(statSync(cached).ino);
  });

  it("replaces a file already at the target without writing into it: it may share its bytes with another cached card", () => {
    const other = join(dir, "other-card.png");
    writeFileSync(other, "other card");
    const linked = join(dir, "site-linked.png");
    linkSync(other, linked);
    placeCachedFile(cached, linked);
    const copied = join(dir, "site-copied.png");
    linkSync(other, copied);
    placeCachedFile(cached, copied, () => {
      throw Object.assign(new Error("cross-device link not permitted"), { code: "EXDEV" });
    });
    expect([readFileSync(linked, "utf8"), readFileSync(copied, "utf8")]).toEqual(["PNG bytes", "PNG bytes"]);
    expect(readFileSync(other, "utf8")).toBe("other card");
  });

  it("fails when the cached file is missing, rather than leaving a hole in the site", () => {
    expect(() => placeCachedFile(join(dir, "missing.png"), join(dir, "x.png"))).toThrow(/ENOENT/);
  });
});
