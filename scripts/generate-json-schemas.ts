/** `npm run schemas`: rewrites .vscode/schemas/*.json and .vscode/settings.json from src/schemas. */
import { mkdirSync, writeFileSync } from "node:fs";
import { generateJsonSchemas, vscodeSettings } from "./lib/json-schemas.ts";

mkdirSync(".vscode/schemas", { recursive: true });
for (const [name, text] of Object.entries(generateJsonSchemas())) writeFileSync(`.vscode/schemas/${name}.schema.json`, text);
writeFileSync(".vscode/settings.json", vscodeSettings());
console.log("Đã tạo lại .vscode/schemas/ và .vscode/settings.json.");
