/** Turns validation problems into the Vietnamese report editors read in the terminal. */
import type { Problem } from "./validate.ts";
import { fieldLabel } from "../../src/schemas/labels.ts";

export function formatProblems(problems: readonly Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const lines = [`Nội dung có ${problems.length} lỗi trong ${byFile.size} tệp:`, ""];
  for (const [file, list] of byFile) {
    lines.push(file);
    for (const p of list) {
      const where = [
        p.line !== undefined ? `dòng ${p.line}${p.column !== undefined ? `, cột ${p.column}` : ""}` : "",
        p.field ? fieldName(p.field) : "toàn tệp",
      ]
        .filter(Boolean)
        .join(" · ");
      lines.push(`  • ${where}`, `      Đang ghi: ${p.found}`, `      Cần:      ${p.expected}`);
    }
    lines.push("");
  }
  lines.push("Sửa các lỗi trên rồi chạy lại `npm run check`. Hướng dẫn: docs/huong-dan-bien-tap.md (mục “Khi gặp lỗi”).");
  return lines.join("\n");
}

export function formatSummary(counts: Record<string, number>, fileCount: number): string {
  const parts = Object.entries(counts).map(([name, n]) => `${n} ${name}`);
  return `Nội dung hợp lệ: ${fileCount} tệp (${parts.join(", ")}).`;
}

/** "Số liệu thứ 1 › Giá trị [figures.0.value]": the field in the editor's words, then as written in the file. */
export function fieldName(field: string): string {
  const label = fieldLabel(field);
  return label === field ? `trường "${field}"` : `trường ${label} [${field}]`;
}
