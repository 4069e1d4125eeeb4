import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type { LoaderContext } from "astro/loaders";
import { contentLoader } from "../../src/lib/build/astro-content-loader.ts";

interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
  digest?: string;
  body?: string;
}

/** The parts of Astro's loader context the content loader uses, over a plain Map; like Astro's
 * store, `set` ignores an entry whose digest it already has. */
function fakeContext(entries: Map<string, StoredEntry>) {
  const context = {
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: StoredEntry) => {
        if (entry.digest && entries.get(entry.id)?.digest === entry.digest) return false;
        entries.set(entry.id, entry);
        return true;
      },
      keys: () => [...entries.keys()],
      delete: (id: string) => void entries.delete(id),
      has: (id: string) => entries.has(id),
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (text: string) => createHash("sha256").update(text).digest("hex"),
    config: { root: pathToFileURL(`${process.cwd()}/`) },
    watcher: undefined,
  };
  return { context: context as unknown as LoaderContext };
}

const name = readdirSync(resolve("content/models")).find((f) => f.endsWith(".mdx"))!;
const id = name.replace(/\.mdx$/, "");

describe("content loader", () => {
  it("reads an entry again when Astro's kept store has it from another folder, though its text is the same", async () => {
    // `.astro/` keeps the store between runs; the live-preview test runs on a copy in /tmp.
    const copy = mkdtempSync(join(tmpdir(), "antq-loader-"));
    try {
      cpSync(resolve("content"), join(copy, "content"), { recursive: true });
      const entries = new Map<string, StoredEntry>();
      await contentLoader("models", join(copy, "content")).load(fakeContext(entries).context);
      expect(entries.get(id)?.filePath).toBe(relative(process.cwd(), join(copy, "content/models", name)));
      await contentLoader("models", resolve("content")).load(fakeContext(entries).context);
      expect(entries.get(id)?.filePath).toBe(`content/models/${name}`);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it("keeps an entry whose text and place are unchanged, and drops one whose file is gone", async () => {
    const entries = new Map<string, StoredEntry>();
    await contentLoader("models", resolve("content")).load(fakeContext(entries).context);
    const kept = entries.get(id);
    entries.set("da-xoa", { id: "da-xoa", data: {}, filePath: "content/models/da-xoa.mdx" });
    await contentLoader("models", resolve("content")).load(fakeContext(entries).context);
    expect(entries.get(id)).toBe(kept);
    expect(kept?.data).toHaveProperty("name");
    expect(entries.has("da-xoa")).toBe(false);
  });

  it("stores a profile's fields and where its file is, but not its MDX text, which its page compiles from the file", async () => {
    // The store is serialised, bundled into the build and held in memory while pages are made: at
    // 10,000 profiles their texts were megabytes that nothing read. `deferredRender` would make
    // every body a module of Vite's bundle (src/lib/build/model-body.ts says why not).
    const entries = new Map<string, StoredEntry>();
    await contentLoader("models", resolve("content")).load(fakeContext(entries).context);
    const stored = entries.get(id)!;
    expect(stored.data).toHaveProperty("name");
    expect(stored.filePath).toBe(`content/models/${name}`);
    expect(stored).not.toHaveProperty("deferredRender");
    expect(stored).not.toHaveProperty("body");
  });
});
