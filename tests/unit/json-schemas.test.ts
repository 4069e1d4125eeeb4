import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { generateJsonSchemas, vscodeSettings } from "../../scripts/lib/json-schemas.ts";

describe("VS Code JSON Schemas", () => {
  it("committed files match the zod schemas (run `npm run schemas` after changing src/schemas)", () => {
    for (const [name, text] of Object.entries(generateJsonSchemas())) {
      expect(readFileSync(`.vscode/schemas/${name}.schema.json`, "utf8"), name).toBe(text);
    }
    expect(readFileSync(".vscode/settings.json", "utf8")).toBe(vscodeSettings());
  });

  it("offer the allowed values for autocomplete", () => {
    const statistics = JSON.parse(generateJsonSchemas()["statistics"]!);
    expect(statistics.properties.theme.enum).toContain("tuyen-truyen");
  });
});
