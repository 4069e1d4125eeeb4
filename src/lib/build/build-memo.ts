/**
 * Work derived from the collections, done once per `astro build` and shared by every route that
 * needs it. In a build the collections never change, yet a dozen routes each rebuilt the same 50,000
 * recipient rows, open datasets and download texts (issue 19). The live preview must see every
 * edit, so there (`enabled` false) each call computes afresh, exactly as before.
 */

/**
 * A memo keyed by name: `once(key, compute)` returns `compute()`'s value, computed on the first call
 * with that key and reused after (a promise is kept as it is, so concurrent callers share one run).
 * With `enabled` false it calls `compute()` every time.
 */
export function buildMemo(enabled: boolean): <T>(key: string, compute: () => T) => T {
  const done = new Map<string, unknown>();
  return <T>(key: string, compute: () => T): T => {
    if (!enabled) return compute();
    if (!done.has(key)) done.set(key, compute());
    return done.get(key) as T;
  };
}

/**
 * A download text that one page lists with its size (in UTF-8 bytes) and one route serves. Each is
 * made once: `size` keeps the text until `take` serves it, and `take` then lets it go (a 50,000-row
 * JSON file is tens of megabytes) keeping only its size. With `enabled` false both make it afresh.
 */
export function servedTexts(enabled: boolean): {
  size(key: string, make: () => string): number;
  take(key: string, make: () => string): string;
} {
  const texts = new Map<string, string>();
  const sizes = new Map<string, number>();
  return {
    size(key, make) {
      const known = enabled ? sizes.get(key) : undefined;
      if (known !== undefined) return known;
      const text = make();
      const bytes = Buffer.byteLength(text, "utf8");
      if (enabled) {
        texts.set(key, text);
        sizes.set(key, bytes);
      }
      return bytes;
    },
    take(key, make) {
      const text = texts.get(key) ?? make();
      texts.delete(key);
      if (enabled) sizes.set(key, Buffer.byteLength(text, "utf8"));
      return text;
    },
  };
}
