/**
 * Vietnamese alphabetical order. One collator for the whole build: `a.localeCompare(b, "vi")`
 * builds a new one on every call, which is slow enough to show at 10,000 profiles.
 */
const vietnamese = new Intl.Collator("vi");

export const compareVi = (a: string, b: string): number => vietnamese.compare(a, b);
