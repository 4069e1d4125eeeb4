import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type { LoaderContext } from "astro/loaders";
import { contentLoader } from "../../src/lib/content-loader.ts";
import { readEntryFile } from "../../src/lib/content-reader.ts";

interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
  digest?: string;
  deferredRender?: boolean;
}

/** The parts of Astro's loader context the content loader uses, over a plain Map. */
function fakeContext(entries: Map<string, StoredEntry>) {
  const moduleImports: string[] = [];
  const context = {
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: StoredEntry) => (entries.set(entry.id, entry), true),
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

describe("content loader", () => {
  it("reads an entry again when Astro's kept store has it from another folder, even with the same text", async () => {
    // `.astro/` keeps the store between runs; the live-preview test runs on a copy in /tmp.
    const name = readdirSync(resolve("content/models")).find((f) => f.endsWith(".mdx"))!;
    const id = name.replace(/\.mdx$/, "");
    const text = readEntryFile("models", resolve("content/models", name), process.cwd()).text ?? "";
    const entries = new Map<string, StoredEntry>([[id, { id, data: {}, filePath: `../../tmp/antq-dev-x/content/models/${name}`, digest: createHash("sha256").update(text).digest("hex"), deferredRender: true }]]);
    const { context } = fakeContext(entries);
    await contentLoader("models", resolve("content")).load(context);
    expect(entries.get(id)?.filePath).toBe(`content/models/${name}`);
    expect(entries.get(id)?.data).toHaveProperty("name");
  });

  it("keeps an entry whose text and place are unchanged, and drops one whose file is gone", async () => {
    const name = readdirSync(resolve("content/models")).find((f) => f.endsWith(".mdx"))!;
    const id = name.replace(/\.mdx$/, "");
    const text = readEntryFile("models", resolve("content/models", name), process.cwd()).text ?? "";
    const kept: StoredEntry = { id, data: { kept: true }, filePath: `content/models/${name}`, digest: createHash("sha256").update(text).digest("hex"), deferredRender: true };
    const entries = new Map<string, StoredEntry>([
      [id, kept],
      ["da-xoa", { id: "da-xoa", data: {}, filePath: "content/models/da-xoa.mdx" }],
    ]);
    const { context, moduleImports } = fakeContext(entries);
    await contentLoader("models", resolve("content")).load(context);
    expect(entries.get(id)).toBe(kept);
    expect(moduleImports).toContain(`content/models/${name}`);
    expect(entries.has("da-xoa")).toBe(false);
  });
});
