import { describe, expect, it } from "vitest";
import { nuArgs, parseNuReport, runNuChecker, type ProcessResult } from "../../scripts/lib/quality/nu-checker.ts";

const folder = "/tmp/site";

describe("parseNuReport", () => {
  it.each([
    ["no messages", { messages: [] }, []],
    [
      "an error with place and markup",
      {
        messages: [
          {
            type: "error",
            url: "file:/tmp/site/mo-hinh/a/index.html",
            lastLine: 12,
            firstColumn: 5,
            lastColumn: 9,
            message: "Duplicate ID “a”.",
            extract: "<p id=a>",
          },
        ],
      },
      [{ file: "mo-hinh/a/index.html", line: 12, column: 5, message: "Duplicate ID “a”.", extract: "<p id=a>" }],
    ],
    [
      "a file vnu could not read",
      { messages: [{ type: "non-document-error", subType: "io", url: "file:/tmp/site/x.html", message: "Không đọc được" }] },
      [{ file: "x.html", message: "Không đọc được" }],
    ],
    [
      "warnings and info are not errors",
      { messages: [{ type: "info", subType: "warning", url: "file:/tmp/site/x.html", message: "Consider" }] },
      [],
    ],
  ])("%s", (_name, report, expected) => {
    expect(parseNuReport(JSON.stringify(report), folder)).toEqual(expected);
  });
});

describe("runNuChecker with effects passed in", () => {
  const fake = (result: ProcessResult) => {
    const calls: string[][] = [];
    return {
      calls,
      effects: { jar: "/vnu.jar", run: (command: string, args: readonly string[]) => (calls.push([command, ...args]), result) },
    };
  };

  it("runs one Java process over the whole folder with errors only, as JSON", () => {
    const { calls, effects } = fake({ status: 0, stdout: "", stderr: '{"messages":[]}' });
    expect(runNuChecker(folder, effects)).toEqual([]);
    expect(calls).toEqual([["java", ...nuArgs("/vnu.jar", folder)]]);
    expect(calls[0]).toEqual(expect.arrayContaining(["--errors-only", "--format", "json", folder]));
  });

  it("throws, rather than passing, when Java is missing", () => {
    const { effects } = fake({ status: null, stdout: "", stderr: "", error: new Error("spawn java ENOENT") });
    expect(() => runNuChecker(folder, effects)).toThrow(/Java/);
  });

  it("throws when vnu answers something other than its JSON report", () => {
    const { effects } = fake({ status: 1, stdout: "", stderr: "Error: Unable to access jarfile" });
    expect(() => runNuChecker(folder, effects)).toThrow(/không trả về JSON/);
  });
});
