/**
 * The Decap CMS configuration of the editing screen (/quan-tri/), generated from the collection
 * registry and the zod schemas, so every field the checker knows is a form field with its
 * Vietnamese label (src/schemas/labels.ts), choices carry their Vietnamese names (src/i18n/vi.ts),
 * and references are pickers of existing entries. Nothing here is hand-listed per field: a field
 * added to a schema appears in the form, and tests/unit/cms-config.test.ts fails if it has no label.
 */
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from "./registry.ts";
import { FIELD_LABELS, fieldHelp } from "../../schemas/labels.ts";
import { fieldInfo, type FieldInfo } from "./schema-fields.ts";
import { vi, t, type MessageKey } from "../../i18n/vi.ts";
import { paths } from "../site/public-urls.ts";
import { formatFigure } from "../browser/format.ts";
import type { Qualifier } from "../../schemas/common.ts";

/** One field of a Decap collection (the subset of Decap's field options we use). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  fields?: CmsField[];
  field?: CmsField;
  options?: { label: string; value: string }[];
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  options_length?: number;
  multiple?: boolean;
  collapsed?: boolean;
  /** Markdown widget: editing modes, toolbar buttons and editor components offered. */
  modes?: string[];
  buttons?: string[];
  editor_components?: string[];
}

export interface CmsCollection {
  name: string;
  label: string;
  label_singular: string;
  folder: string;
  extension: string;
  format: "json" | "frontmatter";
  create: boolean;
  delete: boolean;
  identifier_field: string;
  slug: string;
  filter?: { field: string; value: string };
  fields: CmsField[];
  preview_path?: string;
  summary?: string;
  view_filters?: { label: string; field: string; pattern: boolean | string }[];
  view_groups?: { label: string; field: string }[];
}

export interface CmsConfig {
  backend: { name: "proxy"; proxy_url: string; branch: string } | HostedBackend;
  /** Set with a hosted backend: every save becomes a pull/merge request that CI checks. */
  publish_mode?: "editorial_workflow";
  load_config_file: false;
  locale: "vi";
  media_folder: string;
  public_folder: string;
  site_url: string;
  display_url: string;
  slug: { encoding: "ascii"; clean_accents: true; sanitize_replacement: "-" };
  collections: CmsCollection[];
}

/**
 * Decap's GitHub or GitLab backend, for running the screen against the hosted repository
 * (docs/deploy.md). GitHub signs in through an OAuth app and a small OAuth relay at `base_url`;
 * GitLab can sign in from the browser alone (`auth_type: "pkce"` with the application's `app_id`).
 */
export type HostedBackend =
  | { name: "github"; repo: string; branch: string; base_url: string; auth_endpoint?: string }
  | { name: "gitlab"; repo: string; branch: string; auth_type: "pkce"; app_id: string; api_root?: string; base_url?: string };

export interface CmsOptions {
  /**
   * The hosted repository instead of our local backend. Its saves cannot go through our checker
   * first, so the configuration then always uses the editorial workflow: each save is a branch and
   * a pull/merge request, merged only when the repository's CI (`npm run check`, `npm test`) passed.
   */
  hosted?: HostedBackend;
  /** Address of our local backend (scripts/lib/editor/backend.ts), e.g. "/quan-tri/api/". */
  proxyUrl: string;
  /** Origin of the dev preview, for "Xem trước" links. */
  siteUrl: string;
  /** Today as NNNN-TT-NN, the default of "Ngày cập nhật". */
  today: string;
}

/** Prefixes of src/i18n/vi.ts under which choice values have their Vietnamese names. */
const CHOICE_PREFIXES = ["document.type.", "model.kind.", "model.hostType.", "model.ownership.", "model.status.", "theme.", "award.form.", "rules.topic.", "recipient.", "plan.kind.", "plan.topic.", "responsibilities.role."];

/**
 * Vietnamese name of each value of a choice: from the first vi.ts group naming every value;
 * values that are Vietnamese words already (districts, "trên", "hơn"…) are shown as written.
 */
export function choiceLabels(values: readonly string[], field = ""): { label: string; value: string }[] {
  const keys = vi as Record<string, string>;
  // The same values ("tap-the", "ca-nhan") may be named in several groups; a field's own group wins.
  const own = field === "type" ? ["document.type.", "model.hostType."] : [];
  const prefix = [...own, ...CHOICE_PREFIXES].find((p) => values.every((v) => `${p}${v}` in keys));
  return values.map((value) => ({ value, label: prefix ? keys[`${prefix}${value}`]! : value }));
}

const TEXT_AREAS = new Set(["summary", "description", "text", "note", "rule", "title"]);
const PARTIAL_DATES = new Set(["date", "from", "to", "decisionDate", "asOf"]);

/** Reference fields: which entries a value must name. `partOf` of a figure names another figure. */
function relationOf(name: string, collection: string, scope: string): Partial<CmsField> | undefined {
  if (name === "document") return { widget: "relation", collection: "documents", value_field: "{{slug}}", search_fields: ["shortTitle", "title"], display_fields: ["shortTitle"], options_length: 50 };
  if (name === "award") return { widget: "relation", collection: "commendations-award", value_field: "{{slug}}", search_fields: ["title"], display_fields: ["title"], options_length: 50 };
  // A figure's total is another figure; a tally row's total is another row of a tally.
  if (name === "partOf" && collection === "statistics") return { widget: "relation", collection: "statistics", value_field: "figures.*.id", search_fields: ["figures.*.id", "figures.*.metric"], display_fields: ["figures.*.id"], options_length: 500 };
  if (name === "partOf" && collection === "commendations") return { widget: "relation", collection: "commendations-tally", value_field: "rows.*.id", search_fields: ["rows.*.id", "rows.*.unit"], display_fields: ["rows.*.id"], options_length: 500 };
  if (name === "figure" && scope === "goals") return { widget: "relation", collection: "statistics", value_field: "figures.*.id", search_fields: ["figures.*.id", "figures.*.metric"], display_fields: ["figures.*.id"], options_length: 500 };
  if (scope === "produced" && name === "statistics") return { widget: "relation", collection: "statistics", value_field: "{{slug}}", search_fields: ["title"], display_fields: ["title"], options_length: 200, multiple: true };
  if (scope === "produced" && name === "models") return { widget: "relation", collection: "models", value_field: "{{slug}}", search_fields: ["name"], display_fields: ["name"], options_length: 200, multiple: true };
  return undefined;
}

/**
 * Help text under a field: what the field is for, from the schema's field descriptions
 * (FIELD_HELP in src/schemas/labels.ts, also the JSON Schemas' `description`), then how to type
 * it in this form (numbers the Vietnamese way, dates, ids). Throws when the field has none.
 */
export function hintFor(name: string, info: FieldInfo, collection: string, scope: string): string {
  const help = fieldHelp(scope, name);
  if (!help) throw new Error(`cms-config: field "${scope}.${name}" (${collection}) has no Vietnamese help text in FIELD_HELP (src/schemas/labels.ts)`);
  const hints = [help];
  if (info.kind === "number") hints.push(t("editor.hint.number"));
  if (name === "updated") hints.push(t("editor.hint.fullDate"));
  else if (PARTIAL_DATES.has(name) || name === "deadline") hints.push(t("editor.hint.partialDate"));
  if ((name === "id" || name === "aliases") && info.kind !== "number") hints.push(t("editor.hint.slug"));
  return hints.join(" ");
}

/**
 * The Decap field for schema field `name`; throws when the name has no Vietnamese label.
 * `inOptional`: the field belongs to an object that may be left out (a figure's own period or
 * source). Decap would demand its fields even when the object is left empty, so there they are
 * not required in the form; the checker still requires them when the object is filled in.
 */
export function cmsField(name: string, info: FieldInfo, collection: string, today: string, inOptional = false, scope: string = collection): CmsField {
  // A name meaning something else in one place has a scoped label, as FIELD_HELP has ("documents.type").
  const label = FIELD_LABELS[`${scope}.${name}`] ?? FIELD_LABELS[name];
  if (!label) throw new Error(`cms-config: field "${name}" (${collection}) has no Vietnamese label in src/schemas/labels.ts`);
  const field: CmsField = {
    name,
    label,
    widget: "string",
    // Nullable fields are never required in the form: left empty, the save step writes null.
    required: !(info.optional || info.nullable || inOptional),
    hint: hintFor(name, info, collection, scope),
    ...(info.defaultValue !== undefined && !Array.isArray(info.defaultValue) ? { default: info.defaultValue } : {}),
  };
  if (name === "updated") return { ...field, default: today };
  const relation = relationOf(name, collection, scope);
  // A list of ids is one picker that takes several entries (Decap's relation with multiple: true).
  if (relation && (info.kind === "string" || (info.kind === "list" && info.element.kind === "string" && relation.multiple))) return { ...field, ...relation };
  switch (info.kind) {
    case "object": {
      const optional = inOptional || info.optional || info.nullable;
      return { ...field, widget: "object", fields: Object.entries(info.fields).map(([k, v]) => cmsField(k, v, collection, today, optional, name)) };
    }
    case "list": {
      const element = info.element;
      if (element.kind === "object") return { ...field, widget: "list", collapsed: false, fields: Object.entries(element.fields).map(([k, v]) => cmsField(k, v, collection, today, inOptional, name)) };
      const inner = cmsField(name, element, collection, today, inOptional, scope);
      return { ...field, widget: "list", field: { ...inner, required: true } };
    }
    case "enum":
      return { ...field, widget: "select", options: choiceLabels(info.values, name) };
    case "literal":
      return { ...field, widget: "hidden", default: info.value };
    case "boolean":
      return { ...field, widget: "boolean", required: false };
    case "number":
      // A text box, not <input type=number>: Chromium reads "1.658" there as 1.658; the save step
      // reads it the Vietnamese way (src/lib/browser/format.ts parseVietnameseNumber).
      return { ...field, widget: "string" };
    case "union":
    case "string":
      if (name === "src") return { ...field, widget: "image" };
      return { ...field, widget: TEXT_AREAS.has(name) && name !== "title" ? "text" : "string" };
  }
}

const IDENTIFIER: Record<CollectionName, string> = { documents: "shortTitle", models: "name", statistics: "title", commendations: "title", targets: "title", assessments: "document", responsibilities: "document", events: "document" };

/** Where an entry shows in the dev preview, for "Xem trước" (Decap fills {{slug}}). */
const PREVIEW_PATHS: Partial<Record<CollectionName, string>> = { models: paths.model("{{slug}}").slice(1), documents: paths.document("{{slug}}").slice(1) };

/** Id of the body editor's "Số liệu" component (registered by scripts/lib/editor/client.js). */
export const SO_COMPONENT = "so";

/**
 * Drafts (`draft: true`) are the screen's unpublished entries: marked in the list, a "Bản nháp"
 * filter and group, for every collection whose schema has the field.
 */
function draftViews(info: FieldInfo, identifier: string): Pick<CmsCollection, "summary" | "view_filters" | "view_groups"> {
  const hasDraft = (o: FieldInfo) => o.kind === "object" && "draft" in o.fields;
  if (!(hasDraft(info) || (info.kind === "union" && info.options.some(hasDraft)))) return {};
  const label = t("editor.draft.filter");
  return {
    summary: `{{draft | ternary('${t("editor.draft.mark")} ', '')}}{{${identifier}}}`,
    view_filters: [{ label, field: "draft", pattern: true }],
    // Without a pattern Decap titles a yes/no group by the label ("Bản nháp") and the rest "Khác".
    view_groups: [{ label, field: "draft" }],
  };
}

/**
 * The choices of the body's "Số liệu" picker: every id a `<So id="…" />` may cite (the figures of
 * content/statistics/ and the rows of commendation tallies, as mdx-body.ts accepts them), in
 * content order, each shown with what it counts and its value the Vietnamese way.
 */
export function figureChoices(entries: readonly { collection: string; data?: unknown }[]): { value: string; label: string }[] {
  const out: { value: string; label: string }[] = [];
  const add = (row: unknown, what: string) => {
    const r = row as { id?: unknown; value?: unknown; unit?: unknown; qualifier?: Qualifier; outOf?: number };
    if (typeof r?.id !== "string" || typeof r.value !== "number" || typeof r.unit !== "string") return;
    out.push({ value: r.id, label: `${what}: ${formatFigure({ value: r.value, unit: r.unit, qualifier: r.qualifier, outOf: r.outOf })} (${r.id})` });
  };
  for (const entry of entries) {
    const data = entry.data as { figures?: unknown; rows?: unknown; kind?: unknown; title?: unknown } | undefined;
    if (entry.collection === "statistics" && Array.isArray(data?.figures)) for (const f of data.figures) add(f, String((f as { metric?: unknown }).metric ?? ""));
    if (entry.collection === "commendations" && data?.kind === "tally" && Array.isArray(data.rows)) for (const r of data.rows) add(r, String(data.title ?? ""));
  }
  return out;
}

/** The whole Decap configuration: one Decap collection per registry collection, one per kind of commendation. */
export function cmsConfig(options: CmsOptions): CmsConfig {
  const collections: CmsCollection[] = [];
  for (const name of COLLECTION_NAMES) {
    const spec = COLLECTIONS[name];
    const info = fieldInfo(spec.schema);
    const common = {
      folder: `content/${spec.folder}`,
      extension: spec.ext.slice(1),
      format: spec.ext === ".mdx" ? ("frontmatter" as const) : ("json" as const),
      create: true,
      delete: true,
      identifier_field: IDENTIFIER[name],
      slug: "{{slug}}",
      ...(PREVIEW_PATHS[name] ? { preview_path: PREVIEW_PATHS[name] } : {}),
      ...draftViews(info, IDENTIFIER[name]),
    };
    const objectFields = (o: FieldInfo) => (o.kind === "object" ? Object.entries(o.fields).map(([k, v]) => cmsField(k, v, name, options.today)) : []);
    if (info.kind === "union") {
      // Commendations share one folder; each kind is its own list, told apart by "kind".
      for (const option of info.options) {
        if (option.kind !== "object" || option.fields["kind"]?.kind !== "literal") continue;
        const kind = String(option.fields["kind"].value);
        collections.push({ ...common, name: `${name}-${kind}`, label: t(`editor.commendation.${kind}` as MessageKey), label_singular: spec.label, filter: { field: "kind", value: kind }, fields: objectFields(option) });
      }
      continue;
    }
    const fields = objectFields(info);
    // The body in Decap's rich-text editor, for its "Số liệu" picker (client.js registers it) that
    // writes <So id="…" /> where the cursor is. No raw mode: its switch has no state for screen
    // readers (aria-required-attr), and a figure shows there only as code.
    if (spec.ext === ".mdx") fields.push({ name: "body", label: t("editor.body"), widget: "markdown", modes: ["rich_text"], buttons: [], editor_components: [SO_COMPONENT], hint: t("editor.body.hint"), required: true });
    collections.push({ ...common, name, label: t(`editor.collection.${name}` as MessageKey), label_singular: spec.label, fields });
  }
  return {
    ...(options.hosted ? { backend: options.hosted, publish_mode: "editorial_workflow" as const } : { backend: { name: "proxy" as const, proxy_url: options.proxyUrl, branch: "main" } }),
    load_config_file: false,
    locale: "vi",
    media_folder: "public/images/models",
    public_folder: "/images/models",
    site_url: options.siteUrl,
    display_url: options.siteUrl,
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
    collections,
  };
}
