/**
 * Validates all content at once and returns every problem (never only the first), each with the
 * file, the field, what was found and what is expected, in Vietnamese.
 */
import { z } from "zod";
import { LineCounter, parseDocument, isMap, isNode, isPair, isScalar, visit, type Node } from "yaml";
import { slug } from "../../src/schemas/index.ts";
import { COLLECTIONS } from "../../src/lib/content/registry.ts";
import { checkPlanReferences } from "./validate-plan.ts";
import { findUrlConflicts, RESERVED_MODEL_SEGMENTS } from "../../src/lib/models/model-url-claims.ts";
import { paths } from "../../src/lib/site/public-urls.ts";
import { readContent, type CollectionName, type RawEntry } from "../../src/lib/build/content-reader.ts";
import { vietnameseError } from "./zod-messages.ts";
import { cachedMdxBodyChecker, type BodyReference } from "./mdx-body.ts";
import { isPublicFile, linkSlip, siteAddresses } from "./site-addresses.ts";
import {
  describeCodePoint,
  findForbidden,
  HIDDEN_FIX,
  HIDDEN_IN_TEXT,
  INVISIBLE_CHARACTERS,
  makeVisible,
} from "../../src/lib/content/hidden-characters.ts";
import { lineColumn } from "../../src/lib/build/content-reader.ts";
import { slugify } from "../../src/lib/browser/slug.ts";
import { isAfter, isCountingUnit, PLACEHOLDER, wholeCountMessage, zeroFractionGuess } from "../../src/schemas/common.ts";
import { closestName, knownKeysAt } from "./field-names.ts";
import { buildDay } from "../../src/lib/build/build-day.ts";
import { existsSync, readFileSync } from "node:fs";
import { relative } from "node:path";
import { manifestFor } from "./url-manifest.ts";
import { cachedSourceTexts, datedInText, missingQuotes, seedsDir } from "./source-text.ts";
import { planQuotes } from "../../src/lib/plan/plan-quotes.ts";
import { datesInText, type AssessmentRow, type EventRow, type ResponsibilityRow } from "../../src/lib/plan/plan-items.ts";
import { allowedValues, leftInstruction, mayHoldInstruction, withStandIns } from "../../src/lib/content/starters.ts";
import { foldWord } from "../../src/lib/browser/search-folding.ts";

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

export interface ValidateOptions {
  /** Accept `draft: true` entries (the live preview); the check and the build refuse them. */
  allowDrafts?: boolean;
  /** Today as NNNN-TT-NN: things that already happened cannot be dated later. Default: CONTENT_TODAY, else today in Việt Nam. */
  today?: string;
}

/** The build day (src/lib/build/build-day.ts: Asia/Ho_Chi_Minh, SOURCE_DATE_EPOCH) as NNNN-TT-NN, or CONTENT_TODAY (the fictional test sites are dated 2030). */
export function contentToday(): string {
  return process.env["CONTENT_TODAY"] ?? buildDay();
}

/** Reads and checks everything under `contentDir`. */
export function validateContent(contentDir: string, root = process.cwd(), options: ValidateOptions = {}): ValidationResult {
  const today = options.today ?? contentToday();
  const raw = readContent(contentDir, root);
  const problems: Problem[] = [];
  const entries: ValidEntry[] = [];
  // References are checked on every readable entry, valid or not, so one run reports everything.
  const readable: ValidEntry[] = [];
  // Files holding a forbidden character are reported for it alone (their bodies are not compiled either).
  const withForbidden = new Set<string>();
  for (const entry of raw) {
    const forbidden = entry.text ? findForbidden(entry.text) : [];
    if (forbidden.length > 0) {
      withForbidden.add(entry.file);
      // Reported at their exact place; parsing such a file only gives misleading messages.
      for (const { offset, char } of forbidden) problems.push(forbiddenProblem(entry, offset, char));
      continue;
    }
    if (entry.problem) {
      problems.push({
        file: entry.file,
        ...(entry.problem.line !== undefined ? { line: entry.problem.line } : {}),
        ...(entry.problem.column !== undefined ? { column: entry.problem.column } : {}),
        field: "",
        found:
          entry.problem.kind === "extension"
            ? `tệp ${entry.file}`
            : (excerptAt(entry.text, entry.problem.line, entry.problem.column) ?? "nội dung không đọc được"),
        expected: entry.problem.message,
      });
      continue;
    }
    const idCheck = slug.safeParse(entry.id);
    if (!idCheck.success) {
      problems.push({
        file: entry.file,
        field: "(tên tệp)",
        found: entry.id,
        expected: "tên tệp chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ truong-thpt-ngo-sy-lien.mdx",
      });
    }
    if (entry.data !== null && typeof entry.data === "object" && !Array.isArray(entry.data)) {
      readable.push({
        collection: entry.collection,
        id: entry.id,
        file: entry.file,
        data: entry.data as Record<string, unknown>,
        ...(entry.body !== undefined ? { body: entry.body } : {}),
      });
    }
    const hidden = hiddenCharacterProblems(entry);
    problems.push(...hidden);
    problems.push(...curlyQuotedYaml(entry));
    // A starter's «…» placeholders (also where a number, a year or a choice belongs) are the draft
    // check's to report; the preview shows a draft with stand-ins in their place.
    problems.push(...draftProblems(entry, options.allowDrafts ?? false));
    const isDraft = (entry.data as Record<string, unknown> | null)?.["draft"] === true;
    const schema = COLLECTIONS[entry.collection].schema;
    const result = schema.safeParse(
      isDraft && options.allowDrafts ? withStandIns(schema, entry.data, today.slice(0, 4), documentIds(raw)) : entry.data,
    );
    if (!result.success) {
      // A value refused for a hidden character is not reported a second time as "not allowed".
      const explained = new Set(hidden.map((p) => p.field));
      const isPlaceholder = (issue: z.core.$ZodIssue) => {
        const value = valueAt(entry.data, issue.path);
        return typeof value === "string" && (PLACEHOLDER.test(value) || leftInstruction(value) !== undefined);
      };
      const fileProblems = result.error.issues
        .filter((issue) => !explained.has(issue.path.join(".")) && !isPlaceholder(issue))
        .map((issue) => issueToProblem(entry, issue));
      // "sumary" is reported as a misspelling of summary, not also as summary missing.
      const guessed = new Set(fileProblems.flatMap((p) => (p.guess ? [p.guess] : [])));
      for (const { guess: _, ...p } of fileProblems) if (!(p.found === "(không có)" && guessed.has(p.field))) problems.push(p);
      continue;
    }
    problems.push(...futureDateProblems(entry, today));
    problems.push(...zeroFractionCounts(entry));
    if (entry.collection === "events") problems.push(...dateTextDisagreements(entry));
    entries.push({
      collection: entry.collection,
      id: entry.id,
      file: entry.file,
      data: result.data as Record<string, unknown>,
      ...(entry.body !== undefined ? { body: entry.body } : {}),
    });
  }
  const byFile = new Map(raw.map((entry) => [entry.file, entry]));
  const readableFiles = new Set(readable.map((r) => r.file));
  const unreadableFiles = raw.filter((e) => !readableFiles.has(e.file));
  const unreadableDocuments = unreadableFiles.filter((e) => e.collection === "documents").map((e) => e.id);
  // One unreadable file is reported once, in itself: while a file holding figures (or models) cannot
  // be read, references to figures (or models) are not checked, or every citing file would be blamed.
  const unreadable = new Set(unreadableFiles.map((e) => e.collection));
  for (const problem of checkReferences(readable, unreadableDocuments, unreadable)) {
    const entry = byFile.get(problem.file);
    const path = problem.field.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    // A starter's «mã văn bản» placeholder is the draft check's to report, as a placeholder.
    const value = entry ? valueAt(entry.data, path) : undefined;
    if (typeof value === "string" && PLACEHOLDER.test(value)) continue;
    problems.push(entry && problem.line === undefined ? { ...problem, ...locate(entry, path) } : problem);
  }
  problems.push(...bodyNameClashes(readable, byFile));
  if (!unreadable.has("models")) problems.push(...lostModelAddresses(contentDir, root, raw, readable));
  const figureIds = new Set(
    readable
      .flatMap((e) => [...list(e.data["figures"]), ...(e.collection === "commendations" ? list(e.data["rows"]) : [])])
      .map((f) => f["id"])
      .filter((id): id is string => typeof id === "string"),
  );
  const figuresUnknown = unreadable.has("statistics") || unreadable.has("commendations");
  // Computed once, on the first link of a run, and only if some file has one.
  let addresses: Set<string> | undefined;
  const bodies = cachedMdxBodyChecker();
  for (const entry of raw) {
    if (entry.collection !== "models" || entry.body === undefined || entry.bodyLine === undefined || entry.problem) continue;
    if (withForbidden.has(entry.file)) continue;
    const refs: BodyReference[] = [];
    for (const p of bodies.check(entry.body, entry.bodyLine, figuresUnknown ? ANY_ID : figureIds, (ref) => refs.push(ref)))
      problems.push({
        file: entry.file,
        line: p.line,
        column: p.column,
        field: "(nội dung bài viết)",
        found: p.found,
        expected: p.expected,
      });
    problems.push(...referenceProblems(entry, refs, root, () => (addresses ??= siteAddresses(entries, root))));
  }
  problems.push(...transcriptionProblems(entries, byFile, root));
  // Images declared in a model's `images` field: the file must be in public/.
  for (const entry of entries) {
    if (entry.collection !== "models") continue;
    list(entry.data["images"]).forEach((image, i) => {
      const src = image["src"];
      const raw = byFile.get(entry.file);
      if (typeof src === "string" && !isPublicFile(src, root) && raw) {
        problems.push({
          file: entry.file,
          ...locate(raw, ["images", i, "src"]),
          field: `images.${i}.src`,
          found: `"${src}" (không thấy tệp public${src})`,
          expected: IMAGE_FIX,
        });
      }
    });
  }
  bodies.save();
  return { problems, entries, fileCount: raw.length };
}

/**
 * Dates, instrument numbers and quoted passages of assessments, responsibilities and events must
 * occur in the cited document's extract (scripts/lib/source-text.ts; the seeds folder, or
 * SEEDS_DIR): a typo in "15/8/2014" is reported at the editor's line. Without the seeds folder
 * nothing is compared. With it, a cited document whose `sourceFile` names no extract there, or
 * whose quotes are mostly missing from the extract it names (the wrong extract), is reported once
 * at its `sourceFile`.
 */
function transcriptionProblems(entries: readonly ValidEntry[], byFile: ReadonlyMap<string, RawEntry>, root: string): Problem[] {
  const plan = entries.filter((e) => e.collection === "assessments" || e.collection === "responsibilities" || e.collection === "events");
  if (plan.length === 0) return [];
  const dir = seedsDir(root);
  if (!existsSync(dir)) return [];
  const documents = new Map(
    entries
      .filter((e) => e.collection === "documents" && typeof e.data["sourceFile"] === "string")
      .map((e) => [e.id, { sourceFile: e.data["sourceFile"] as string }]),
  );
  const texts = cachedSourceTexts(documents, dir);
  const problems: Problem[] = [];
  // Per cited document: how many of its quotes were compared, and how many were not found.
  const tally = new Map<string, { total: number; missing: number }>();
  const documentFile = (id: string) => byFile.get(entries.find((e) => e.collection === "documents" && e.id === id)?.file ?? "");
  // A sourceFile naming no extract switches off every comparison for the document: said once, at its sourceFile.
  // Drafts aside: the preview shows a draft citing a fictional document, and the check refuses it as a draft anyway.
  for (const document of new Set(plan.filter((e) => e.data["draft"] !== true).map((e) => e.data["document"] as string))) {
    const sourceFile = documents.get(document)?.sourceFile;
    const raw = documentFile(document);
    if (sourceFile === undefined || texts.has(document) || !raw) continue;
    problems.push({
      file: raw.file,
      ...locate(raw, ["sourceFile"]),
      field: "sourceFile",
      found: `"${makeVisible(sourceFile)}" (không có tệp này trong thư mục bản trích ${dir})`,
      expected: `tên một tệp bản trích có trong thư mục văn bản nguồn (xem README.md của thư mục đó): khi tên sai, không mục nào của văn bản ${document} được so với văn bản nguồn`,
    });
  }
  for (const entry of plan) {
    const document = entry.data["document"] as string;
    const text = texts.get(document);
    const raw = byFile.get(entry.file);
    if (text === undefined || !raw) continue;
    const rows = list(entry.data["items"]).map((item, i) => ({ ...item, id: `${i}`, document }));
    const quotes = planQuotes(
      entry.collection === "assessments" ? (rows as unknown as AssessmentRow[]) : [],
      entry.collection === "responsibilities" ? (rows as unknown as ResponsibilityRow[]) : [],
      entry.collection === "events" ? (rows as unknown as EventRow[]) : [],
    );
    // "undated": true claims the document gives no date; the extract may disprove it (datedInText).
    if (entry.collection === "events")
      list(entry.data["items"]).forEach((item, i) => {
        const name = (item["number"] ?? item["instrument"]) as string | undefined;
        if (item["undated"] !== true || name === undefined || !datedInText(text, name)) return;
        problems.push({
          file: entry.file,
          ...locate(raw, ["items", i, "undated"]),
          field: `items.${i}.undated`,
          found: `"undated": true, nhưng văn bản ${document} có ghi ngày sau “${makeVisible(name)}” (bản trích ${documents.get(document)!.sourceFile})`,
          expected: 'văn bản có ghi ngày của văn bản được dẫn này: bỏ "undated", ghi date và dateText đúng như văn bản ghi',
        });
      });
    const missing = missingQuotes(quotes, texts);
    const counts = tally.get(document) ?? { total: 0, missing: 0 };
    tally.set(document, { total: counts.total + quotes.length, missing: counts.missing + missing.length });
    for (const quote of missing) {
      const [index, field] = [
        quote.where.slice(0, quote.where.indexOf(" ")),
        quote.where.slice(quote.where.indexOf(" ") + 1).replace(" (ngày)", ""),
      ];
      const path = ["items", Number(index), ...field.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p))];
      const at = locate(raw, path);
      // Point at the date or number itself when it is on the line the value starts on.
      const lineText = at.line !== undefined ? (raw.text ?? "").split("\n")[at.line - 1] : undefined;
      const inside = lineText?.indexOf(quote.text, (at.column ?? 1) - 1) ?? -1;
      const kind = quote.kind === "date" ? "ngày" : quote.kind === "number" ? "số, ký hiệu văn bản" : "đoạn chép";
      problems.push({
        file: entry.file,
        ...at,
        ...(inside >= 0 ? { column: inside + 1 } : {}),
        field: path.join("."),
        found: `${kind} “${makeVisible(quote.text.length > 60 ? `${quote.text.slice(0, 57)}…` : quote.text)}” không có trong văn bản ${document} (bản trích ${documents.get(document)!.sourceFile})`,
        expected: `${kind} chép đúng như văn bản ghi: so lại với văn bản nguồn, thường là gõ nhầm một chữ số hoặc một chữ`,
      });
    }
  }
  // Most quotes of a document missing from its extract: the extract itself is most likely the wrong one.
  for (const [document, { total, missing }] of tally) {
    const raw = documentFile(document);
    if (total < WRONG_EXTRACT_MIN_QUOTES || missing * 2 <= total || !raw) continue;
    problems.push({
      file: raw.file,
      ...locate(raw, ["sourceFile"]),
      field: "sourceFile",
      found: `"${makeVisible(documents.get(document)!.sourceFile)}": ${missing}/${total} ngày, số và đoạn chép của văn bản ${document} không có trong bản trích này`,
      expected:
        "có lẽ sourceFile ghi nhầm sang bản trích của một văn bản khác: mở các tệp trong thư mục văn bản nguồn và ghi đúng tên tệp của văn bản này",
    });
  }
  return problems;
}

/**
 * Every model address published in urls.manifest.txt (/mo-hinh/<id>/, listing segments such as
 * /mo-hinh/loai/ aside) must still be a model's file name or one of its `aliases`: a model renamed
 * without its old id in `aliases` otherwise fails the build only at its very end. Reported at the
 * manifest's line. The manifest is the build's own (manifestFor), read once.
 */
function lostModelAddresses(contentDir: string, root: string, raw: readonly RawEntry[], readable: readonly ValidEntry[]): Problem[] {
  const manifest = manifestFor(contentDir);
  if (!manifest || !existsSync(manifest)) return [];
  const known = new Set([...RESERVED_MODEL_SEGMENTS, ...raw.filter((e) => e.collection === "models").map((e) => e.id)]);
  for (const entry of readable) {
    if (entry.collection !== "models" || !Array.isArray(entry.data["aliases"])) continue;
    for (const alias of entry.data["aliases"]) if (typeof alias === "string") known.add(alias);
  }
  const file = relative(root, manifest);
  const problems: Problem[] = [];
  readFileSync(manifest, "utf8")
    .split(/\r?\n/)
    .forEach((line, i) => {
      const id = /^\/mo-hinh\/([^/#\s]+)\/\s*(#.*)?$/.exec(line.trim())?.[1];
      if (id === undefined || known.has(id)) return;
      problems.push({
        file,
        line: i + 1,
        column: 1,
        field: "(địa chỉ đã công bố)",
        found: `${paths.model(id)} đã công bố, nhưng không còn mô hình nào có tên tệp hay bí danh “${id}”`,
        expected: `địa chỉ đã công bố không được mất: nếu đã đổi tên tệp mô hình, thêm "aliases": ["${id}"] vào tệp mô hình mới; nếu đã xóa mô hình, khôi phục tệp ${id}.mdx`,
      });
    });
  return problems;
}

/**
 * Body names of responsibilities (`bodies[].name`, `bodies[].unitOf`) that differ only by case,
 * marks or spacing ("Ban Chỉ đạo cấp huyện", "Ban chỉ đạo cấp huyện") make the same page address
 * /trach-nhiem/co-quan/<slug>/, and one page would overwrite the other. Each place a less used
 * spelling is written is reported, naming the most used spelling and where it is first written.
 */
function bodyNameClashes(readable: readonly ValidEntry[], byFile: ReadonlyMap<string, RawEntry>): Problem[] {
  const places = new Map<string, Map<string, { file: string; path: (string | number)[] }[]>>();
  for (const entry of readable) {
    if (entry.collection !== "responsibilities") continue;
    list(entry.data["items"]).forEach((item, i) =>
      list(item["bodies"]).forEach((body, j) => {
        for (const key of ["name", "unitOf"] as const) {
          const name = body[key];
          if (typeof name !== "string" || name.trim() === "") continue;
          const spellings = places.get(slugify(name)) ?? new Map();
          places.set(slugify(name), spellings);
          const at = spellings.get(name.trim()) ?? [];
          spellings.set(name.trim(), [...at, { file: entry.file, path: ["items", i, "bodies", j, key] }]);
        }
      }),
    );
  }
  const problems: Problem[] = [];
  for (const [slugged, spellings] of places) {
    if (spellings.size < 2) continue;
    const [most, ...others] = [...spellings].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
    const [usual, usualPlaces] = most!;
    const first = usualPlaces[0]!;
    const firstRaw = byFile.get(first.file);
    const firstLine = firstRaw ? locate(firstRaw, first.path).line : undefined;
    for (const [spelling, at] of others) {
      for (const place of at) {
        const raw = byFile.get(place.file);
        problems.push({
          file: place.file,
          ...(raw ? locate(raw, place.path) : {}),
          field: place.path.join("."),
          found: `“${makeVisible(spelling)}” và “${makeVisible(usual)}” (${first.file}${firstLine !== undefined ? `, dòng ${firstLine}` : ""}) là hai cách viết tên của cùng một cơ quan: chung một trang ${paths.responsibilityBody(slugged)}, trang này sẽ đè trang kia`,
          expected: `mỗi cơ quan một cách viết tên ở mọi tệp: ghi “${usual}” (cách viết dùng ${usualPlaces.length} lần, “${spelling}” ${at.length} lần)`,
        });
      }
    }
  }
  return problems;
}

/** Fewer quotes than this are too few to blame the extract rather than the quotes. */
const WRONG_EXTRACT_MIN_QUOTES = 4;

const IMAGE_FIX =
  "ảnh phải có tệp trong thư mục public/ (đường dẫn /images/x.jpg là tệp public/images/x.jpg): chép ảnh vào đó, hoặc sửa đường dẫn cho đúng tên tệp (phân biệt chữ hoa, chữ thường)";

/** Links and images of a model's text: an internal link must lead to a page the site will have, an image to a file. */
function referenceProblems(entry: RawEntry, refs: readonly BodyReference[], root: string, addresses: () => ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  for (const ref of refs) {
    const where = { file: entry.file, line: ref.line, column: ref.column, field: "(nội dung bài viết)" };
    if (ref.kind === "image") {
      if (/^[a-z]+:/i.test(ref.url)) continue;
      if (!ref.url.startsWith("/") || !isPublicFile(ref.url.replace(/[?#].*$/, ""), root))
        problems.push({
          ...where,
          found: `ảnh “${makeVisible(ref.url)}” (không thấy tệp ${ref.url.startsWith("/") ? `public${ref.url}` : ref.url})`,
          expected: IMAGE_FIX,
        });
      continue;
    }
    const slip = linkSlip(ref.url, addresses, (path) => isPublicFile(path, root));
    if (slip) problems.push({ ...where, ...slip });
  }
  return problems;
}

/**
 * A draft cannot be published; a finished entry cannot keep a starter's «…» text. In the live
 * preview drafts are fine and their placeholders expected.
 */
function draftProblems(entry: RawEntry, allowDrafts: boolean): Problem[] {
  const isDraft = (entry.data as Record<string, unknown> | null)?.["draft"] === true;
  if (isDraft) {
    return allowDrafts
      ? []
      : [
          {
            file: entry.file,
            ...locateKey(entry, [], "draft"),
            field: "draft",
            found: "draft: true (bản nháp)",
            expected:
              "bản nháp không được xuất bản: điền xong theo văn bản nguồn rồi xóa dòng draft: true (xem trước bản nháp bằng npm run dev)",
          },
        ];
  }
  const problems: Problem[] = [];
  const instructions = entry.text === undefined || mayHoldInstruction(entry.text);
  const visit = (value: unknown, path: (string | number)[]) => {
    if (typeof value === "string") {
      const left = PLACEHOLDER.exec(value);
      const instruction = left || !instructions ? undefined : leftInstruction(value);
      if (left)
        problems.push({
          file: entry.file,
          ...locate(entry, path),
          field: path.join("."),
          found: `chữ mẫu ${left[0]}`,
          expected: PLACEHOLDER_FIX,
        });
      else if (instruction)
        problems.push({
          file: entry.file,
          ...locate(entry, path),
          field: path.join("."),
          found: `${describeValue(value)}, lời dặn của tệp mẫu đã bỏ dấu « »`,
          expected: INSTRUCTION_FIX,
        });
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(entry.data, []);
  if (entry.body !== undefined && entry.text !== undefined) {
    const left = PLACEHOLDER.exec(entry.body);
    if (left) {
      const offset = entry.text.length - entry.body.length + left.index;
      problems.push({
        file: entry.file,
        ...lineColumn(entry.text, offset),
        field: "(nội dung bài viết)",
        found: `chữ mẫu ${left[0]}`,
        expected: PLACEHOLDER_FIX,
      });
    } else {
      // The body's instruction with its « » deleted: found paragraph by paragraph.
      let offset = entry.text.length - entry.body.length;
      for (const paragraph of instructions ? entry.body.split("\n") : []) {
        if (paragraph.trim() && leftInstruction(paragraph)) {
          problems.push({
            file: entry.file,
            ...lineColumn(entry.text, offset),
            field: "(nội dung bài viết)",
            found: `“${makeVisible(paragraph.trim().slice(0, 60))}…”, lời dặn của tệp mẫu đã bỏ dấu « »`,
            expected: INSTRUCTION_FIX,
          });
        }
        offset += paragraph.length + 1;
      }
    }
  }
  return problems;
}

const PLACEHOLDER_FIX = "còn chữ mẫu «…» của tệp mẫu: thay bằng nội dung theo văn bản nguồn (hoặc thêm lại draft: true nếu chưa xong)";
const INSTRUCTION_FIX =
  "còn lời dặn của tệp mẫu (chỉ bỏ dấu « » là chưa đủ): thay bằng nội dung, con số hoặc giá trị theo văn bản nguồn (hoặc thêm lại draft: true nếu chưa xong)";

/**
 * An event's `date` is its `dateText` read plainly, so the two must name the same day, or the same
 * month or year at the coarser of their precisions ("2019-09" and "tháng 9 năm 2019" agree). Text
 * with no readable date ("đầu năm 2026" is read as 2026; "ngày 10/6" is not read) is left alone;
 * text naming several dates agrees with any of them. Readings are plan-items' datesInText.
 */
function dateTextDisagreements(entry: RawEntry): Problem[] {
  const problems: Problem[] = [];
  list((entry.data as Record<string, unknown>)["items"]).forEach((item, i) => {
    const [date, dateText] = [item["date"], item["dateText"]];
    // A starter's «…» is the draft check's to report, and the preview shows it with a stand-in date.
    if (typeof date !== "string" || typeof dateText !== "string" || PLACEHOLDER.test(dateText)) return;
    const readings = datesInText(dateText);
    const agrees = (reading: string) => {
      const n = Math.min(reading.length, date.length);
      return reading.slice(0, n) === date.slice(0, n);
    };
    if (readings.length === 0 || readings.some(agrees)) return;
    problems.push({
      file: entry.file,
      ...locate(entry, ["items", i, "date"]),
      field: `items.${i}.date`,
      found: `"${date}", nhưng dateText ghi “${makeVisible(dateText)}” (tức ${readings.join(", ")})`,
      expected: `date và dateText phải cùng một ngày: ghi "date": "${readings[0]}" nếu văn bản ghi đúng “${makeVisible(dateText)}”, hoặc sửa dateText cho đúng văn bản`,
    });
  });
  return problems;
}

/** Dates of things that already happened (a document's date, a last change, the end of a reported period) cannot be after today. */
function futureDateProblems(entry: RawEntry, today: string): Problem[] {
  const problems: Problem[] = [];
  const check = (value: unknown, path: (string | number)[], what: string) => {
    if (typeof value === "string" && /^\d{4}/.test(value) && isAfter(value, today)) {
      problems.push({
        file: entry.file,
        ...locate(entry, path),
        field: path.join("."),
        found: `"${value}", sau hôm nay (${today})`,
        expected: `${what} đã xảy ra nên không thể ở sau hôm nay: kiểm tra lại năm, tháng`,
      });
    }
  };
  const d = entry.data as Record<string, unknown>;
  check(d["updated"], ["updated"], "ngày cập nhật");
  // Years (numbers) of things that already happened: a model's launch, the year an award was given.
  const year = Number(today.slice(0, 4));
  const checkYear = (value: unknown, path: (string | number)[], what: string, hint = "") => {
    if (typeof value === "number" && value > year)
      problems.push({
        file: entry.file,
        ...locate(entry, path),
        field: path.join("."),
        found: `${value}, sau năm nay (${year})`,
        expected: `${what} đã qua nên không thể sau năm nay: kiểm tra lại năm${hint}`,
      });
  };
  if (entry.collection === "models") checkYear(d["launched"], ["launched"], "năm mô hình bắt đầu", " (hoặc null nếu văn bản không nêu)");
  if (entry.collection === "commendations" && d["kind"] === "recipients")
    list(d["rows"]).forEach((r, i) => checkYear(r["year"], ["rows", i, "year"], "năm được khen thưởng"));
  if (entry.collection === "documents") check(d["date"], ["date"], "ngày ban hành văn bản");
  const periodEnd = (p: unknown, path: (string | number)[]) =>
    check((p as { to?: unknown } | undefined)?.to, [...path, "to"], "kỳ số liệu đã báo cáo");
  if (entry.collection === "statistics" || entry.collection === "commendations") periodEnd(d["period"], ["period"]);
  if (entry.collection === "statistics") list(d["figures"]).forEach((f, i) => periodEnd(f["period"], ["figures", i, "period"]));
  if (entry.collection === "commendations") check(d["decisionDate"], ["decisionDate"], "ngày quyết định khen thưởng");
  if (entry.collection === "targets")
    list(d["goals"]).forEach((g, i) =>
      check((g["achievement"] as { asOf?: unknown } | undefined)?.asOf, ["goals", i, "achievement", "asOf"], "kết quả đạt được"),
    );
  return problems;
}

/**
 * `summary: “Mô hình …”`: in front matter, curly quotes do not delimit text, so YAML keeps them
 * and the site would publish them as part of the text. A value that opens and closes with curly
 * quotes is refused with the line rewritten in straight quotes.
 */
function curlyQuotedYaml(entry: RawEntry): Problem[] {
  if (!entry.dataText || !entry.file.endsWith(".mdx")) return [];
  const problems: Problem[] = [];
  entry.dataText.split("\n").forEach((text, i) => {
    const match = /^(\s*(?:- )?(?:[\w.-]+:\s+)?)([“”‘’„])(.*)([“”‘’])\s*$/.exec(text);
    if (!match || (!match[1]!.includes(":") && !match[1]!.includes("-"))) return;
    const key = /([\w.-]+):/.exec(match[1]!)?.[1];
    problems.push({
      file: entry.file,
      line: i + 1 + entry.dataLineOffset,
      column: match[1]!.length + 1,
      field: key ?? "",
      found: `${makeVisible(text.trim())} (dấu nháy cong sẽ hiện trên trang như một phần nội dung)`,
      expected: `phần thông tin (YAML): đoạn chữ đặt trong dấu nháy thẳng ", không dùng dấu nháy cong “ ” (Word tự đổi): ${match[1]!.trim()} "${match[3]!.replace(/"/g, '\\"')}"`,
    });
  });
  return problems;
}

/** The text around a line and column, hidden characters shown: what the editor sees there. */
function excerptAt(text: string | undefined, line: number | undefined, column: number | undefined): string | undefined {
  if (text === undefined || line === undefined) return undefined;
  const lineText = text.split("\n")[line - 1];
  if (lineText === undefined || lineText.trim() === "") return undefined;
  const start = Math.max(0, (column ?? 1) - 1 - 20);
  const piece = lineText.slice(start, (column ?? 1) - 1 + 30).trimEnd();
  return `“${start > 0 ? "…" : ""}${makeVisible(piece)}${(column ?? 1) - 1 + 30 < lineText.length ? "…" : ""}”`;
}

/** Ids of the documents read, the preview's stand-in for a starter's «mã văn bản» placeholder. */
const documentIds = (raw: readonly RawEntry[]) => raw.filter((e) => e.collection === "documents").map((e) => e.id);

function forbiddenProblem(entry: RawEntry, offset: number, char: string): Problem {
  const { line, column } = lineColumn(entry.text!, offset);
  const lineText = entry.text!.split("\n")[line - 1] ?? "";
  const around = makeVisible(lineText.slice(Math.max(0, column - 21), column + 20));
  return {
    file: entry.file,
    line,
    column,
    field: "",
    found: `ký tự điều khiển ${describeCodePoint(char)} trong “${around}”`,
    expected:
      "chỉ chữ, số, dấu câu, dấu cách, tab và xuống dòng: xóa ký tự này (thường lẫn vào khi chép từ PDF) rồi gõ lại chữ bên cạnh nếu cần",
  };
}

/**
 * Fields whose value is compared, not just shown: a hidden character there makes the value differ.
 * Every name field is refused the same way, never normalised silently: a host's name is matched
 * with recipients' `organisation` (src/lib/commendations/recipient-model-match.ts), an investor country makes a facet page.
 */
const EXACT_FIELDS = new Set([
  "name",
  "organisation",
  "investorCountry",
  "district",
  "commune",
  "industrialPark",
  "id",
  "document",
  "award",
  "partOf",
  "aliases",
  "kind",
  "type",
  "theme",
  "status",
  "unit",
  "form",
  "recipientType",
]);

/** Control characters written as escapes (\f, \u0002) and hidden characters in compared fields, wherever they are in the data. */
function hiddenCharacterProblems(entry: RawEntry): Problem[] {
  const problems: Problem[] = [];
  const visit = (value: unknown, path: (string | number)[], exact: boolean) => {
    if (typeof value === "string") {
      const bad = findForbidden(value)[0];
      if (bad) {
        problems.push({
          file: entry.file,
          ...locate(entry, path),
          field: path.join("."),
          found: `ký tự điều khiển ${describeCodePoint(bad.char)} trong ${describeValue(value)}`,
          expected: "xóa ký tự này (trong JSON thường là \\f, \\b hoặc \\u0002…): nó làm hỏng nguồn tin RSS và sơ đồ trang",
        });
        return;
      }
      const hidden = value.match(exact ? INVISIBLE_CHARACTERS : HIDDEN_IN_TEXT)?.[0];
      if (hidden) {
        problems.push({
          file: entry.file,
          ...locate(entry, path),
          field: path.join("."),
          found: `${describeValue(value)} (có ký tự ẩn ${describeCodePoint(hidden)})`,
          expected: exact ? "gõ lại giá trị này bằng bàn phím: ký tự ẩn làm giá trị khác với giá trị trông giống hệt" : HIDDEN_FIX,
        });
      }
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i], exact));
    else if (value !== null && typeof value === "object")
      for (const [k, v] of Object.entries(value)) visit(v, [...path, k], EXACT_FIELDS.has(k));
  };
  visit(entry.data, [], false);
  return problems;
}

function issueToProblem(entry: RawEntry, issue: z.core.$ZodIssue): Problem & { guess?: string } {
  const path = issue.path.map(String);
  const field = issue.code === "unrecognized_keys" ? [...path, issue.keys.join(", ")].join(".") : path.join(".");
  const value = valueAt(entry.data, issue.path);
  const found = issue.code === "unrecognized_keys" ? `trường lạ "${issue.keys.join('", "')}"` : describeValue(value);
  const at = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0]!] : issue.path;
  let expected: string = issue.message;
  if (issue.code === "unrecognized_keys") {
    const known = knownKeysAt(COLLECTIONS[entry.collection].schema, issue.path, entry.data);
    const present = new Set(Object.keys((valueAt(entry.data, issue.path) ?? {}) as object));
    const guess = closestName(
      issue.keys[0]!,
      known.filter((k) => !present.has(k)),
    );
    if (guess) {
      expected = `có phải ý bạn là \`${guess}\`? Sửa tên trường cho đúng (tên trường viết như trong hướng dẫn biên tập)`;
      return {
        file: entry.file,
        ...locateKey(entry, issue.path, issue.keys[0]!),
        field,
        found,
        expected,
        guess: [...issue.path, guess].join("."),
      };
    }
    return { file: entry.file, ...locateKey(entry, issue.path, issue.keys[0]!), field, found, expected };
  }
  if (/\.mdx?$/.test(entry.file)) expected = inYamlWords(issue, value) ?? expected;
  if (value === undefined && !expected.startsWith("trường bắt buộc")) expected = `trường bắt buộc chưa có; ${expected}`;
  // "Hằng năm" for "hằng năm": the value is right but for its capitals.
  const sameButCase =
    typeof value === "string"
      ? (allowedValues(issue).find(
          (v): v is string => typeof v === "string" && v !== value && v.toLowerCase() === value.trim().toLowerCase(),
        ) ?? acceptedInLowerCase(entry, issue, value))
      : undefined;
  if (sameButCase)
    expected = `chữ hoa, chữ thường khác với giá trị được phép: viết đúng "${sameButCase}" (giá trị trong danh sách phải viết y hệt)`;
  // "Tan Yen", "Viet Yen" for "Tân Yên", "Việt Yên": the value without its marks (đ typed as d).
  const withoutMarks =
    typeof value === "string" && !sameButCase
      ? allowedValues(issue).filter((v): v is string => typeof v === "string" && foldWord(v) === foldWord(value.trim()))
      : [];
  if (withoutMarks.length === 1) expected = `có phải ý bạn là "${withoutMarks[0]}"? Giá trị phải viết đủ dấu, y hệt danh sách; ${expected}`;
  return { file: entry.file, ...locate(entry, at), field, found, expected };
}

/**
 * zod's generic wording speaks JSON ("trong dấu [ ]"); front matter is YAML, where a list is lines
 * starting with "- " and a group is indented lines. Undefined where the generic wording fits both.
 */
function inYamlWords(issue: z.core.$ZodIssue, value: unknown): string | undefined {
  if (issue.code !== "invalid_type" || value === undefined) return undefined;
  const field = String(issue.path.at(-1) ?? "trường");
  if (issue.expected === "array") {
    const forgotDash = value !== null && typeof value === "object";
    return `${forgotDash ? "thiếu dấu - ở đầu mục: " : ""}cần một danh sách, mỗi mục bắt đầu bằng dấu gạch ngang và dấu cách ở dòng dưới tên trường, ví dụ “${field}:” rồi “  - …”; danh sách rỗng viết ${field}: []`;
  }
  if (issue.expected === "object") return `cần một nhóm trường: “${field}:” rồi mỗi trường con trên một dòng, thụt vào hai dấu cách`;
  return undefined;
}

/** `value` in lower case when the schema takes it so at the issue's place (a union's "hằng năm" is not listed in the issue). */
function acceptedInLowerCase(entry: RawEntry, issue: z.core.$ZodIssue, value: string): string | undefined {
  const lower = value.trim().toLowerCase();
  if (lower === value || issue.path.length === 0) return undefined;
  const copy = structuredClone(entry.data) as Record<PropertyKey, unknown>;
  let parent: Record<PropertyKey, unknown> = copy;
  for (const key of issue.path.slice(0, -1)) parent = parent[key] as Record<PropertyKey, unknown>;
  parent[issue.path.at(-1)!] = lower;
  const again = COLLECTIONS[entry.collection].schema.safeParse(copy);
  const same = (i: z.core.$ZodIssue) => i.path.length === issue.path.length && i.path.every((p, k) => p === issue.path[k]);
  return again.success || !again.error.issues.some(same) ? lower : undefined;
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
  const text = makeVisible(JSON.stringify(value));
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** Number fields of a row whose `unit` says what they measure (statistics, tallies, targets). */
const UNIT_NUMBER_KEYS = new Set(["value", "valueMax", "outOf"]);

/**
 * Counts typed with a fractional part of only zeros ("value": 2.000, count: 1.000, 159.0): the
 * parser reads 2, 1, 159 and the schema sees a whole number, so the literal is looked at in the
 * file's text. Flagged where the row's unit counts things (isCountingUnit), in every tally row and
 * in a host's `count`; the message is the schema's own (wholeCountMessage). Files without such a
 * literal are not parsed again, which keeps the check fast.
 */
function zeroFractionCounts(entry: RawEntry): Problem[] {
  const text = entry.dataText;
  if (!text || !/\d\.0+(?![\d.])/.test(text)) return [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const isTally = entry.collection === "commendations" && (entry.data as Record<string, unknown>)["kind"] === "tally";
  const problems: Problem[] = [];
  visit(doc, {
    Scalar(key, node, ancestors) {
      if (key !== "value" || typeof node.value !== "number" || !node.range) return;
      const pair = ancestors.at(-1);
      const map = ancestors.at(-2);
      if (!isPair(pair) || !isScalar(pair.key) || !isMap(map)) return;
      const name = String(pair.key.value);
      const literal = text.slice(node.range[0], node.range[1]);
      const guess = zeroFractionGuess(literal);
      if (guess === undefined) return;
      const unitValue = map.get("unit");
      const unit = typeof unitValue === "string" ? unitValue : undefined;
      const inTallyRow = isTally && ancestors.some((a) => isPair(a) && isScalar(a.key) && a.key.value === "rows");
      const counted = name === "count" || (UNIT_NUMBER_KEYS.has(name) && (inTallyRow || (unit !== undefined && isCountingUnit(unit))));
      if (!counted) return;
      const { line, col } = lineCounter.linePos(node.range[0]);
      problems.push({
        file: entry.file,
        line: line + entry.dataLineOffset,
        column: col,
        field: fieldPath(ancestors, node),
        found: literal,
        expected: `${wholeCountMessage(unit, guess)}: ghi ${guess} (không dấu chấm, không phần lẻ)`,
      });
    },
  });
  return problems;
}

/** Dotted path ("figures.2.value") of `node` from the visitor's ancestors (document, maps, seqs, pairs). */
function fieldPath(ancestors: readonly unknown[], node: unknown): string {
  const parts: string[] = [];
  const chain = [...ancestors, node];
  for (let i = 0; i < chain.length - 1; i++) {
    const here = chain[i];
    const next = chain[i + 1];
    if (isPair(here) && isScalar(here.key)) parts.push(String(here.key.value));
    else if (here && typeof here === "object" && "items" in here && !isMap(here)) {
      const index = (here as { items: unknown[] }).items.indexOf(next);
      if (index >= 0) parts.push(String(index));
    }
  }
  return parts.join(".");
}

/** Line of the field (or of its nearest existing parent) in the file. */
function locate(entry: RawEntry, path: PropertyKey[]): { line?: number; column?: number } {
  if (!entry.dataText) return {};
  const lineCounter = new LineCounter();
  const doc = parseDocument(entry.dataText, { lineCounter, keepSourceTokens: false });
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as (string | number)[], true);
    if (isNode(node) && (node as Node).range) {
      const { line, col } = lineCounter.linePos((node as Node).range![0]);
      return { line: line + entry.dataLineOffset, column: col };
    }
  }
  return {};
}

/** Line and column of the key `key` in the object at `path` (where a misspelt name is). */
function locateKey(entry: RawEntry, path: PropertyKey[], key: string): { line?: number; column?: number } {
  if (!entry.dataText) return {};
  const lineCounter = new LineCounter();
  const doc = parseDocument(entry.dataText, { lineCounter });
  const parent = path.length === 0 ? doc.contents : doc.getIn(path as (string | number)[], true);
  const pair = isMap(parent) ? parent.items.find((item) => isScalar(item.key) && item.key.value === key) : undefined;
  const range = isScalar(pair?.key) ? pair.key.range : undefined;
  if (!range) return locate(entry, [...path, key]);
  const { line, col } = lineCounter.linePos(range[0]);
  return { line: line + entry.dataLineOffset, column: col };
}

interface Located {
  file: string;
  field: string;
}

/** Checks between entries: sources exist, totals exist, ids and URLs are unique. */
/** Stands for the figure ids while a file holding figures cannot be read: every id passes. */
const ANY_ID: ReadonlySet<string> = { has: () => true } as unknown as ReadonlySet<string>;

export function checkReferences(
  entries: ValidEntry[],
  unreadableDocuments: readonly string[] = [],
  unreadable: ReadonlySet<string> = new Set(),
): Problem[] {
  const problems: Problem[] = [];
  const ids = (collection: CollectionName) => new Set(entries.filter((e) => e.collection === collection).map((e) => e.id));
  // A document whose file exists but cannot be read is reported once, in its own file, not again
  // in every entry citing it.
  const documents = new Set([...ids("documents"), ...unreadableDocuments]);
  const awards = new Set(entries.filter((e) => e.collection === "commendations" && e.data["kind"] === "award").map((e) => e.id));

  const refs: (Located & { document: string })[] = [];
  const figures: (Located & { id: string; partOf?: string })[] = [];
  const awardRefs: (Located & { award: string })[] = [];
  const goalFigures: (Located & { id: string })[] = [];

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
        if (typeof f["id"] === "string")
          figures.push({
            file: entry.file,
            field: `figures.${i}`,
            id: f["id"],
            ...(typeof f["partOf"] === "string" ? { partOf: f["partOf"] } : {}),
          });
        src(f["source"], `figures.${i}.source.document`);
      });
    }
    if (entry.collection === "targets") {
      list(d["goals"]).forEach((g, i) => {
        src((g["achievement"] as Record<string, unknown> | undefined)?.["source"], `goals.${i}.achievement.source.document`);
        if (typeof g["figure"] === "string") goalFigures.push({ file: entry.file, field: `goals.${i}.figure`, id: g["figure"] });
      });
    }
    if (entry.collection === "commendations") {
      if (typeof d["award"] === "string") awardRefs.push({ file: entry.file, field: "award", award: d["award"] });
      if (d["kind"] === "tally") {
        list(d["rows"]).forEach((r, i) => {
          if (typeof r["id"] === "string")
            figures.push({
              file: entry.file,
              field: `rows.${i}`,
              id: r["id"],
              ...(typeof r["partOf"] === "string" ? { partOf: r["partOf"] } : {}),
            });
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
      problems.push({
        ...ref,
        found: `"${ref.document}"`,
        expected: `mã của một văn bản có trong content/documents/ (${[...documents].join(", ") || "chưa có văn bản nào"})`,
      });
    }
  }
  for (const ref of awardRefs) {
    if (!awards.has(ref.award)) {
      problems.push({
        file: ref.file,
        field: ref.field,
        found: `"${ref.award}"`,
        expected: `mã của một hình thức khen thưởng (tệp kind "award") trong content/commendations/: ${[...awards].join(", ") || "chưa có"}`,
      });
    }
  }
  const seen = new Map<string, Located>();
  for (const figure of figures) {
    const first = seen.get(figure.id);
    if (first) {
      problems.push({
        file: figure.file,
        field: `${figure.field}.id`,
        found: `"${figure.id}" (đã dùng ở ${first.file}, ${first.field})`,
        expected: "mã số liệu không trùng với số liệu khác",
      });
    } else seen.set(figure.id, figure);
  }
  // Statistics groups and commendation tallies share the embed pages /nhung/<file name>/.
  const groupFiles = new Map(entries.filter((e) => e.collection === "statistics").map((e) => [e.id, e.file]));
  for (const entry of entries) {
    if (entry.collection !== "commendations" || entry.data["kind"] !== "tally" || !groupFiles.has(entry.id)) continue;
    problems.push({
      file: entry.file,
      field: "(tên tệp)",
      found: `"${entry.id}", trùng tên tệp nhóm số liệu ${groupFiles.get(entry.id)}`,
      expected: `tên tệp khác với mọi nhóm số liệu, vì cả hai có trang nhúng ${paths.embed(entry.id)}`,
    });
  }
  // Figures cited in model prose as <So id="…" /> are checked with the MDX body (mdx-body.ts).
  const figuresKnown = !unreadable.has("statistics") && !unreadable.has("commendations");
  for (const ref of figuresKnown ? goalFigures : []) {
    if (!seen.has(ref.id))
      problems.push({ ...ref, found: `"${ref.id}"`, expected: "mã (id) của một số liệu có trong content/statistics/ đo cùng chỉ tiêu" });
  }
  for (const figure of figuresKnown ? figures : []) {
    if (figure.partOf && !seen.has(figure.partOf)) {
      problems.push({
        file: figure.file,
        field: `${figure.field}.partOf`,
        found: `"${figure.partOf}"`,
        expected: "mã của một số liệu tổng có thật (trường id của số liệu tổng)",
      });
    }
  }
  const models = entries
    .filter((e) => e.collection === "models")
    .map((e) => ({
      id: e.id,
      file: e.file,
      aliases: Array.isArray(e.data["aliases"]) ? e.data["aliases"].filter((a): a is string => typeof a === "string") : [],
    }));
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
    // Each claimant is told, in its own file and at its own line (the alias; a file name has no
    // line), which other file claims the address: the editor decides which one gives it up.
    const segment = conflict.url.split("/").filter(Boolean).pop()!;
    for (const claimant of conflict.claimants) {
      const others = conflict.claimants
        .filter((c) => c !== claimant)
        .map((c) => `${c.file} (${c.asAlias ? "bí danh trong aliases" : "tên tệp"})`);
      const aliases = models.find((m) => m.file === claimant.file)?.aliases ?? [];
      problems.push({
        file: claimant.file,
        field: claimant.asAlias ? `aliases.${aliases.indexOf(segment)}` : "(tên tệp)",
        found: `địa chỉ ${conflict.url} (${claimant.asAlias ? `bí danh "${segment}"` : "tên tệp này"}) cũng thuộc về ${others.join(", ")}`,
        expected: "mỗi địa chỉ chỉ thuộc một mô hình: đổi tên tệp hoặc bỏ bí danh (aliases) trùng",
      });
    }
  }
  problems.push(...checkPlanReferences(entries, unreadable));
  return problems;
}
