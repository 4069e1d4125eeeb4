import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";

// Docs that name files which no longer exist mislead whoever deploys: every repository path they cite must exist.
const cited = (file: string) =>
  [
    ...readFileSync(file, "utf8").matchAll(
      /[`(](?:\.\.\/)?((?:src|scripts|deploy|tests|docs|\.github|\.ci)\/[\w./-]*|urls\.manifest\.txt|astro\.config\.mjs)[`)]/g,
    ),
  ].map((m) => m[1]!);

describe.each(["docs/deploy.md", "docs/architecture.md", "docs/huong-dan-bien-tap.md", "README.md"])("%s", (file) => {
  it("cites only paths that exist", () => {
    const paths = cited(file);
    expect(paths.length).toBeGreaterThan(3);
    expect(paths.filter((p) => !existsSync(p))).toEqual([]);
  });
});
