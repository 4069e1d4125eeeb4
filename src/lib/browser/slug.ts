/** Removes Vietnamese marks, folding đ/Đ to d/D (Unicode decomposition leaves đ alone). */
export function stripMarks(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

/** URL slug from a Vietnamese name: lowercase ASCII words joined by hyphens. */
export function slugify(name: string): string {
  return stripMarks(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
