import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type { LoaderContext } from "astro/loaders";
import { contentLoader, normalisedMdxPlugin } from "../../src/lib/build/astro-content-loader.ts";
import { readEntryFile } from "../../src/lib/build/content-reader.ts";

interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
  digest?: string;
  deferredRender?: boolean;
  body?: string;
}

/** The parts of Astro's loader context the content loader uses, over a plain Map; like Astro's
 * store, `set` ignores an entry whose digest it already has. */
function fakeContext(entries: Map<string, StoredEntry>) {
  const moduleImports: string[] = [];
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
      addModuleImport: (path: string) => void moduleImports.push(path),
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (text: string) => createHash("sha256").update(text).digest("hex"),
    config: { root: pathToFileURL(`${process.cwd()}/`) },
    watcher: undefined,
  };
  return { context: context as unknown as LoaderContext, moduleImports };
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
    const { context, moduleImports } = fakeContext(entries);
    await contentLoader("models", resolve("content")).load(context);
    expect(entries.get(id)).toBe(kept);
    expect(kept?.data).toHaveProperty("name");
    expect(moduleImports).toContain(`content/models/${name}`);
    expect(entries.has("da-xoa")).toBe(false);
  });

  it("stores a profile's fields but not its MDX text, which pages render from the compiled file", async () => {
    // The store is serialised, bundled into the build and held in memory while pages are made: at
    // 10,000 profiles their texts were megabytes that nothing read.
    const entries = new Map<string, StoredEntry>();
    await contentLoader("models", resolve("content")).load(fakeContext(entries).context);
    const stored = entries.get(id)!;
    expect(stored.data).toHaveProperty("name");
    expect(stored.deferredRender).toBe(true);
    expect(stored).not.toHaveProperty("body");
  });

  it("gives the MDX compiler a profile's body at its own lines, without the fields the loader read", () => {
    const path = resolve("content/models", name);
    const entry = readEntryFile("models", path);
    const compiled = normalisedMdxPlugin(resolve("content")).load(path)!;
    expect(compiled.split("\n")).toHaveLength(entry.text!.split("\n").length);
    expect(
      compiled
        .split("\n")
        .slice(entry.bodyLine! - 1)
        .join("\n"),
    ).toBe(entry.body);
    expect(compiled).not.toContain(String((entry.data as { name: string }).name));
  });
});
