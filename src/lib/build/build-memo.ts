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
