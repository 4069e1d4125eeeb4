/**
 * Validates all content at once and returns every problem (never only the first), each with the
 * file, the field, what was found and what is expected, in Vietnamese.
 */
import { z } from "zod";
import { LineCounter, parseDocument, isNode, type Node } from "yaml";
import {
  documentSchema,
  modelSchema,
  statisticGroupSchema,
  commendationSchema,
  targetSchema,
  slug,
  assessmentFileSchema,
  responsibilityFileSchema,
  eventFileSchema,
} from "../../src/schemas/index.ts";
import { checkPlanReferences } from "./validate-plan.ts";
import { findUrlConflicts, RESERVED_MODEL_SEGMENTS } from "../../src/lib/urls.ts";
import { paths } from "../../src/lib/paths.ts";
import { readContent, type CollectionName, type RawEntry } from "./content-files.ts";
import { vietnameseError } from "./zod-messages.ts";

z.config({ customError: vietnameseError });

export interface Problem {
  file: string;
  line?: number;
  column?: number;
  /** Dotted path of the field, e.g. "hosts.0.type"; "" for the whole file. */
  field: string;
  found: string;
  expected: string;
}

const schemas: Record<CollectionName, z.ZodType> = {
  documents: documentSchema,
  models: modelSchema,
  statistics: statisticGroupSchema,
  commendations: commendationSchema,
  targets: targetSchema,
  assessments: assessmentFileSchema,
  responsibilities: responsibilityFileSchema,
  events: eventFileSchema,
};

export interface ValidEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, unknown>;
  /** MDX body of a model, for checks on the figures it cites. */
  body?: string;
}

export interface ValidationResult {
  problems: Problem[];
  entries: ValidEntry[];
  fileCount: number;
}

/** Reads and checks everything under `contentDir`. */
export function validateContent(contentDir: string, root = process.cwd()): ValidationResult {
  const raw = readContent(contentDir, root);
  const problems: Problem[] = [];
  const entries: ValidEntry[] = [];
  // References are checked on every readable entry, valid or not, so one run reports everything.
  const readable: ValidEntry[] = [];
  for (const entry of raw) {
    if (entry.problem) {
      problems.push({
        file: entry.file,
        ...(entry.problem.line !== undefined ? { line: entry.problem.line } : {}),
        ...(entry.problem.column !== undefined ? { column: entry.problem.column } : {}),
        field: "",
        found: entry.problem.kind === "extension" ? `tệp ${entry.file}` : "nội dung không đọc được",
        expected: entry.problem.message,
      });
      continue;
    }
    const idCheck = slug.safeParse(entry.id);
    if (!idCheck.success) {
      problems.push({ file: entry.file, field: "(tên tệp)", found: entry.id, expected: "tên tệp chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ truong-thpt-ngo-sy-lien.mdx" });
    }
    if (entry.data !== null && typeof entry.data === "object" && !Array.isArray(entry.data)) {
      readable.push({ collection: entry.collection, id: entry.id, file: entry.file, data: entry.data as Record<string, unknown>, ...(entry.body !== undefined ? { body: entry.body } : {}) });
    }
    const result = schemas[entry.collection].safeParse(entry.data);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(issueToProblem(entry, issue));
      continue;
    }
    entries.push({ collection: entry.collection, id: entry.id, file: entry.file, data: result.data as Record<string, unknown> });
  }
  const byFile = new Map(raw.map((entry) => [entry.file, entry]));
  for (const problem of checkReferences(readable)) {
    const entry = byFile.get(problem.file);
    const path = problem.field.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    problems.push(entry && problem.line === undefined ? { ...problem, ...locate(entry, path) } : problem);
  }
  return { problems, entries, fileCount: raw.length };
}

function issueToProblem(entry: RawEntry, issue: z.core.$ZodIssue): Problem {
  const path = issue.path.map(String);
  const field = issue.code === "unrecognized_keys" ? [...path, issue.keys.join(", ")].join(".") : path.join(".");
  const value = valueAt(entry.data, issue.path);
  const found = issue.code === "unrecognized_keys" ? `trường lạ "${issue.keys.join("\", \"")}"` : describeValue(value);
  const at = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0]!] : issue.path;
  return { file: entry.file, ...locate(entry, at), field, found, expected: issue.message };
}

const list = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => v !== null && typeof v === "object") : [];

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Short, readable rendering of what the editor wrote. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "(không có)";
  if (value === null) return "null (để trống)";
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** Line of the field (or of its nearest existing parent) in the file. */
function locate(entry: RawEntry, path: PropertyKey[]): { line?: number } {
  if (!entry.dataText) return {};
  const lineCounter = new LineCounter();
  const doc = parseDocument(entry.dataText, { lineCounter, keepSourceTokens: false });
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as (string | number)[], true);
    if (isNode(node) && (node as Node).range) {
      const { line } = lineCounter.linePos((node as Node).range![0]);
      return { line: line + entry.dataLineOffset };
    }
  }
  return {};
}

interface Located {
  file: string;
  field: string;
}

/** Checks between entries: sources exist, totals exist, ids and URLs are unique. */
export function checkReferences(entries: ValidEntry[]): Problem[] {
  const problems: Problem[] = [];
  const ids = (collection: CollectionName) => new Set(entries.filter((e) => e.collection === collection).map((e) => e.id));
  const documents = ids("documents");
  const awards = new Set(entries.filter((e) => e.collection === "commendations" && e.data["kind"] === "award").map((e) => e.id));

  const refs: (Located & { document: string })[] = [];
  const figures: (Located & { id: string; partOf?: string })[] = [];
  const awardRefs: (Located & { award: string })[] = [];

  for (const entry of entries) {
    const d = entry.data;
    const src = (value: unknown, field: string) => {
      const document = (value as { document?: string } | undefined)?.document;
      if (document) refs.push({ file: entry.file, field, document });
    };
    src(d["source"], "source.document");
    list(d["sources"]).forEach((s, i) => src(s, `sources.${i}.document`));
    if (entry.collection === "statistics") {
      list(d["figures"]).forEach((f, i) => {
        if (typeof f["id"] === "string") figures.push({ file: entry.file, field: `figures.${i}`, id: f["id"], ...(typeof f["partOf"] === "string" ? { partOf: f["partOf"] } : {}) });
        src(f["source"], `figures.${i}.source.document`);
      });
    }
    if (entry.collection === "targets") {
      list(d["goals"]).forEach((g, i) => src((g["achievement"] as Record<string, unknown> | undefined)?.["source"], `goals.${i}.achievement.source.document`));
    }
    if (entry.collection === "commendations") {
      if (typeof d["award"] === "string") awardRefs.push({ file: entry.file, field: "award", award: d["award"] });
      if (d["kind"] === "tally") {
        list(d["rows"]).forEach((r, i) => {
          if (typeof r["id"] === "string") figures.push({ file: entry.file, field: `rows.${i}`, id: r["id"], ...(typeof r["partOf"] === "string" ? { partOf: r["partOf"] } : {}) });
          if (typeof r["award"] === "string") awardRefs.push({ file: entry.file, field: `rows.${i}.award`, award: r["award"] });
        });
      }
      if (d["kind"] === "recipients") {
        list(d["rows"]).forEach((r, i) => {
          if (typeof r["award"] === "string") awardRefs.push({ file: entry.file, field: `rows.${i}.award`, award: r["award"] });
        });
      }
    }
  }

  for (const ref of refs) {
    if (!documents.has(ref.document)) {
      problems.push({ ...ref, found: `"${ref.document}"`, expected: `mã của một văn bản có trong content/documents/ (${[...documents].join(", ") || "chưa có văn bản nào"})` });
    }
  }
  for (const ref of awardRefs) {
    if (!awards.has(ref.award)) {
      problems.push({ file: ref.file, field: ref.field, found: `"${ref.award}"`, expected: `mã của một hình thức khen thưởng (tệp kind "award") trong content/commendations/: ${[...awards].join(", ") || "chưa có"}` });
    }
  }
  const seen = new Map<string, Located>();
  for (const figure of figures) {
    const first = seen.get(figure.id);
    if (first) {
      problems.push({ file: figure.file, field: `${figure.field}.id`, found: `"${figure.id}" (đã dùng ở ${first.file}, ${first.field})`, expected: "mã số liệu không trùng với số liệu khác" });
    } else seen.set(figure.id, figure);
  }
  // Statistics groups and commendation tallies share the embed pages /nhung/<file name>/.
  const groupFiles = new Map(entries.filter((e) => e.collection === "statistics").map((e) => [e.id, e.file]));
  for (const entry of entries) {
    if (entry.collection !== "commendations" || entry.data["kind"] !== "tally" || !groupFiles.has(entry.id)) continue;
    problems.push({ file: entry.file, field: "(tên tệp)", found: `"${entry.id}", trùng tên tệp nhóm số liệu ${groupFiles.get(entry.id)}`, expected: `tên tệp khác với mọi nhóm số liệu, vì cả hai có trang nhúng ${paths.embed(entry.id)}` });
  }
  // Figures cited in model prose as <So id="…" /> must exist, or the page would show nothing.
  for (const entry of entries) {
    if (entry.collection !== "models" || typeof entry.body !== "string") continue;
    for (const match of entry.body.matchAll(/<So\s+id="([^"]*)"/g)) {
      if (!seen.has(match[1]!)) {
        problems.push({ file: entry.file, field: "(nội dung bài viết)", found: `<So id="${match[1]}" />`, expected: "mã (id) của một số liệu có trong content/statistics/" });
      }
    }
  }
  for (const figure of figures) {
    if (figure.partOf && !seen.has(figure.partOf)) {
      problems.push({ file: figure.file, field: `${figure.field}.partOf`, found: `"${figure.partOf}"`, expected: "mã của một số liệu tổng có thật (trường id của số liệu tổng)" });
    }
  }
  const models = entries
    .filter((e) => e.collection === "models")
    .map((e) => ({ id: e.id, file: e.file, aliases: Array.isArray(e.data["aliases"]) ? e.data["aliases"].filter((a): a is string => typeof a === "string") : [] }));
  for (const conflict of findUrlConflicts(models)) {
    if (conflict.reserved) {
      for (const claimant of conflict.claimants) {
        problems.push({
          file: claimant.file,
          field: claimant.asAlias ? "aliases" : "(tên tệp)",
          found: `địa chỉ ${conflict.url} đã dành cho trang lọc mô hình của trang web`,
          expected: `tên tệp và bí danh (aliases) của mô hình không được là ${RESERVED_MODEL_SEGMENTS.join(", ")}: hãy đặt tên khác`,
        });
      }
      continue;
    }
    problems.push({
      file: conflict.claimants[1]!.file,
      field: conflict.claimants[1]!.asAlias ? "aliases" : "(tên tệp)",
      found: `địa chỉ ${conflict.url} đã thuộc về ${conflict.claimants[0]!.file}`,
      expected: "mỗi địa chỉ chỉ thuộc một mô hình: đổi tên tệp hoặc bỏ bí danh (aliases) trùng",
    });
  }
  problems.push(...checkPlanReferences(entries));
  return problems;
}
