/** The real Nu Html Checker (a JVM) on the deliberately broken page: its report is read as the gate expects. */
import { describe, expect, it } from "vitest";
import { resolve } from "node:path";
import { formatNuMessages, runNuChecker } from "../../scripts/lib/quality/nu-checker.ts";

describe("the real Nu Html Checker on the deliberately broken page", () => {
  // Starting the JVM takes seconds, many more on a shared, busy machine.
  it("reports the duplicate id and the stray end tag with their lines", { timeout: 120_000 }, () => {
    const messages = runNuChecker(resolve("tests/fixtures/broken-pages/nu"));
    expect(messages.map((m) => [m.file, m.line])).toEqual([
      ["index.html", 10],
      ["index.html", 11],
    ]);
    expect(formatNuMessages(messages)).toMatch(/^index\.html:10:\d+ Duplicate ID “tieu-de”\./);
  });
});
