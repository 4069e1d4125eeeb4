/** The reader's JSON messages (src/lib/build/content-reader.ts): each slip named as the editor made it. */
import { describe, expect, it } from "vitest";
import { parseJson } from "../../src/lib/build/content-reader.ts";

describe("parseJson", () => {
  it("names a doubled comma at the second comma", () => {
    expect(parseJson('{"a": ["x",, "y"]}').problem).toMatchObject({
      message: expect.stringContaining("hai dấu phẩy liền nhau"),
      line: 1,
      column: 12,
    });
  });

  it("does not call a trailing comma a doubled comma because a list of quoted values came before it", () => {
    const { problem } = parseJson('{"a": ["x", "y", "z"],}');
    expect(problem).toBeDefined();
    expect(problem!.message).not.toContain("hai dấu phẩy liền nhau");
  });
});
