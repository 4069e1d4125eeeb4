/**
 * Astro content loader over the editors' own files: every collection of the registry is read from
 * content/ (or CONTENT_DIR) with the one reader, so pages see exactly what `npm run check` checked.
 * There is no staged copy: the dev server watches content/ itself.
 *
 * In `npm run dev` a file that cannot be read or does not match its schema keeps its last good
 * version in the store (a collection is never emptied by a slip); the Vietnamese report comes from
 * the check that the dev integration runs (scripts/lib/dev-content.ts). In a build a bad file stops
 * the build, though `npm run build` has refused it before Astro starts.
 */
import { createHash } from "node:crypto";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Loader, LoaderContext } from "astro/loaders";
import { COLLECTIONS, type CollectionName } from "../content/registry.ts";
import { entryPaths, isEntryName, readEntryFile } from "./content-reader.ts";
import { withStandIns } from "../content/starters.ts";
import { buildDay } from "./build-day.ts";
import { contentSyncEnded, contentSyncStarted } from "./dev-content-state.ts";

/** The content folder: CONTENT_DIR (tests, benchmark, fixture sites) or ./content. */
export function contentRoot(): string {
  return resolve(process.env["CONTENT_DIR"] ?? "content");
}

/** Loader of one registry collection. */
export function contentLoader(collection: CollectionName, dir = contentRoot()): Loader {
  const { folder, ext } = COLLECTIONS[collection];
  const folderPath = resolve(dir, folder);
  return {
    name: "antq-content",
    async load(context: LoaderContext): Promise<void> {
      const { store, watcher, config } = context;
      const root = fileURLToPath(config.root);
      for (const path of entryPaths(dir, collection)) await syncFile(context, collection, path, root, !watcher);
      // Entries whose file is gone since the last run go; in dev, entries whose file is broken stay.
      const present = new Set(entryPaths(dir, collection).map(idOf));
      for (const id of store.keys()) if (!present.has(id)) store.delete(id);
      if (!watcher) return;
      watcher.add(folderPath);
      const inFolder = (path: string) =>
        resolve(path, "..") === folderPath && isEntryName(path.split(/[\\/]/).pop()!) && path.endsWith(ext);
      // The live preview waits for these re-reads (and the store write they cause) before it
      // reloads the page, so a reload never shows the content of before the save.
      const onChange = (path: string) => {
        if (!inFolder(path)) return;
        contentSyncStarted();
        const before = store.get(idOf(path))?.digest;
        syncFile(context, collection, path, root, false).then(
          () => contentSyncEnded(store.get(idOf(path))?.digest !== before),
          () => contentSyncEnded(false),
        );
      };
      watcher.on("change", onChange);
      watcher.on("add", onChange);
      watcher.on("unlink", (path) => {
        if (!inFolder(path)) return;
        contentSyncStarted();
        const had = store.has(idOf(path));
        store.delete(idOf(path));
        contentSyncEnded(had);
      });
    },
  };
}

/**
 * An entry's digest in the store: SHA-1 (hex) of its file's place (relative to the project root, as
 * `filePath`) and normalised text. Ours rather than Astro's `generateDigest`, so a model's page can
 * tell that the file it compiles the body from is still the one the loader read (model-body.ts).
 */
export function entryDigest(filePath: string, text: string): string {
  return createHash("sha1").update(`${filePath}\n${text}`).digest("hex");
}

function idOf(path: string): string {
  const name = path.split(/[\\/]/).pop()!;
  return name.slice(0, name.lastIndexOf("."));
}

/** Reads one file into the store; returns its id when stored. Throws only when `strict`. */
async function syncFile(
  context: LoaderContext,
  collection: CollectionName,
  path: string,
  root: string,
  strict: boolean,
): Promise<string | undefined> {
  const { store, parseData } = context;
  let entry;
  try {
    entry = readEntryFile(collection, path, root);
  } catch (error) {
    // The file vanished between the listing and the read (an editor saving by rename).
    if (strict) throw error;
    return undefined;
  }
  if (entry.problem || entry.data === null || typeof entry.data !== "object" || Array.isArray(entry.data)) {
    if (strict) throw new Error(`${entry.file}: ${entry.problem?.message ?? "nội dung không đọc được"}`);
    return undefined;
  }
  const filePath = relative(root, path).split("\\").join("/");
  // The place is part of the digest: Astro keeps its store in .astro/ between runs and skips an
  // entry whose digest it has, so an entry last read from another folder (a test's copy of
  // content/) would keep pointing there and its page fail with "Cannot find module".
  const digest = entryDigest(filePath, entry.text ?? "");
  const existing = store.get(entry.id);
  if (existing?.digest === digest) return entry.id;
  let data: Record<string, unknown>;
  try {
    // `draft` says how far the editor is, not what to publish (drafts never reach a build).
    const { draft, ...raw } = entry.data as Record<string, unknown>;
    // A draft's «…» placeholders where a number, a year or a choice belongs are shown as stand-ins.
    const shown =
      draft === true
        ? (withStandIns(
            COLLECTIONS[collection].schema,
            raw,
            buildDay().slice(0, 4),
            entryPaths(resolve(path, "..", ".."), "documents").map(idOf),
          ) as Record<string, unknown>)
        : raw;
    data = await parseData({ id: entry.id, data: shown, filePath: path });
  } catch (error) {
    if (strict) throw error;
    return undefined;
  }
  // No `body` and no `deferredRender`: a model's page compiles its body from the file itself
  // (src/lib/build/model-body.ts), so neither the store, which Astro serialises, bundles and holds in
  // memory for the whole build, nor Vite's bundle holds a copy of each body.
  store.set({ id: entry.id, data, filePath, digest });
  return entry.id;
}
