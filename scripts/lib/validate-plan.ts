/**
 * Checks between the issue-17 collections (assessments, responsibilities, events) and the rest:
 * each file names an existing document and is named after it, each item cites a section the
 * document has, a deadline's date is one the deadline's words give, and what a step "produced"
 * exists. Runs on readable entries, valid or not, so one run reports everything.
 */
import { datesInText, sectionExists } from "../../src/lib/plan/plan-items.ts";
import { PLACEHOLDER } from "../../src/schemas/common.ts";
import type { Problem, ValidEntry } from "./validate.ts";

const PLAN_COLLECTIONS = new Set(["assessments", "responsibilities", "events"]);

const records = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => v !== null && typeof v === "object") : [];

/** Problems with file, dotted field and Vietnamese fix; lines are located by the caller. */
export function checkPlanReferences(entries: readonly ValidEntry[], unreadable: ReadonlySet<string> = new Set()): Problem[] {
  const problems: Problem[] = [];
  const documents = new Map(
    entries
      .filter((e) => e.collection === "documents")
      .map((e) => [
        e.id,
        Array.isArray(e.data["sections"]) ? (e.data["sections"] as unknown[]).filter((s): s is string => typeof s === "string") : [],
      ]),
  );
  const ids = (collection: string) => new Set(entries.filter((e) => e.collection === collection).map((e) => e.id));
  const statistics = ids("statistics");
  const models = ids("models");
  // A renamed model keeps its old id in `aliases`: a step naming the old id is told the new one.
  const renamed = new Map(
    entries
      .filter((e) => e.collection === "models")
      .flatMap((e) =>
        (Array.isArray(e.data["aliases"]) ? e.data["aliases"] : [])
          .filter((a): a is string => typeof a === "string")
          .map((a) => [a, e.id] as const),
      ),
  );
  for (const entry of entries) {
    if (!PLAN_COLLECTIONS.has(entry.collection)) continue;
    const document = entry.data["document"];
    if (typeof document !== "string") continue;
    const sections = documents.get(document);
    if (!sections) {
      if (unreadable.has("documents")) continue;
      problems.push({
        file: entry.file,
        field: "document",
        found: `"${document}"`,
        expected: `mã của một văn bản có trong content/documents/ (${[...documents.keys()].join(", ")})`,
      });
      continue;
    }
    if (entry.id !== document) {
      problems.push({
        file: entry.file,
        field: "(tên tệp)",
        found: entry.id,
        expected: `mỗi văn bản một tệp, đặt tên theo mã văn bản: ${document}.json`,
      });
    }
    records(entry.data["items"]).forEach((item, i) => {
      const section = item["section"];
      // A starter's «…» section is the draft check's to report, not a wrong section.
      if (typeof section === "string" && !PLACEHOLDER.test(section) && !sectionExists(sections, section)) {
        problems.push({
          file: entry.file,
          field: `items.${i}.section`,
          found: `"${section}"`,
          expected: `một mục có trong văn bản ${document} (các mục: ${sections.join("; ")}), hoặc "Phần mở đầu"`,
        });
      }
      // The timeline quotes `text` under the instrument `number` names: words that do not name it would be another step's.
      const number = item["number"];
      const text = item["text"];
      if (
        typeof number === "string" &&
        typeof text === "string" &&
        !PLACEHOLDER.test(text) &&
        !text.replace(/\s+/g, "").includes(number.replace(/\s+/g, ""))
      ) {
        problems.push({
          file: entry.file,
          field: `items.${i}.text`,
          found: `"${text.slice(0, 60)}…"`,
          expected: `câu văn bản nêu chính số hiệu "${number}" (chép từ chỗ văn bản nêu văn bản này)`,
        });
      }
      const when = item["when"] as Record<string, unknown> | null | undefined;
      if (when && typeof when["by"] === "string" && typeof when["text"] === "string" && !datesInText(when["text"]).includes(when["by"])) {
        problems.push({
          file: entry.file,
          field: `items.${i}.when.by`,
          found: `"${when["by"]}"`,
          expected: `một ngày mà thời hạn "${when["text"]}" ghi (${datesInText(when["text"]).join(", ") || "thời hạn này không ghi ngày: bỏ trường by"})`,
        });
      }
      const produced = item["produced"] as Record<string, unknown> | undefined;
      if (produced) {
        (Array.isArray(produced["statistics"]) ? produced["statistics"] : []).forEach((id: unknown, j: number) => {
          if (typeof id === "string" && !unreadable.has("statistics") && !statistics.has(id))
            problems.push({
              file: entry.file,
              field: `items.${i}.produced.statistics.${j}`,
              found: `"${id}"`,
              expected: "tên tệp (không có .json) của một nhóm số liệu trong content/statistics/",
            });
        });
        (Array.isArray(produced["models"]) ? produced["models"] : []).forEach((id: unknown, j: number) => {
          if (typeof id !== "string" || models.has(id) || unreadable.has("models")) return;
          const now = renamed.get(id);
          problems.push({
            file: entry.file,
            field: `items.${i}.produced.models.${j}`,
            found: `"${id}"`,
            expected: now
              ? `mô hình này đã đổi tên thành "${now}" (tên cũ nằm trong aliases của content/models/${now}.mdx): sửa thành "${now}"`
              : "tên tệp (không có .mdx) của một mô hình trong content/models/",
          });
        });
      }
    });
  }
  return problems;
}
