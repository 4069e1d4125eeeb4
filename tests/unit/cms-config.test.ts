import { describe, expect, it } from "vitest";
import { cmsConfig, figureChoices, type CmsField } from "../../src/lib/content/cms-config.ts";
import { COLLECTIONS, COLLECTION_NAMES } from "../../src/lib/content/registry.ts";
import { fieldInfo, type FieldInfo } from "../../src/lib/content/schema-fields.ts";
import { fieldHelp } from "../../src/schemas/labels.ts";
import { generateJsonSchemas } from "../../scripts/lib/json-schemas.ts";

const config = cmsConfig({ proxyUrl: "/quan-tri/api/", siteUrl: "http://localhost:4321", today: "2026-11-30" });
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)+$/;

/** Every field path of a schema, with what the schema says about it and its help scope (FIELD_HELP). */
function schemaFields(
  info: FieldInfo,
  prefix = "",
  inOptional = false,
  scope = "",
): { path: string; info: FieldInfo; inOptional: boolean; scope: string }[] {
  const optional = inOptional || (prefix !== "" && (info.optional || info.nullable));
  if (info.kind === "object")
    return Object.entries(info.fields).flatMap(([k, v]) => [
      { path: `${prefix}${k}`, info: v, inOptional: optional, scope },
      ...schemaFields(v, `${prefix}${k}.`, optional, k),
    ]);
  // A list may be empty, but an item in it is complete: its fields keep their own rule.
  if (info.kind === "list") return schemaFields(info.element, prefix, inOptional, scope);
  return [];
}

/** The form field at a dotted path of a Decap collection's fields (lists are looked through). */
function formField(fields: CmsField[], path: string): CmsField | undefined {
  const [head, ...rest] = path.split(".");
  const field = fields.find((f) => f.name === head);
  if (!field || rest.length === 0) return field;
  const inner = field.fields ?? field.field?.fields ?? [];
  return formField(inner, rest.join("."));
}

/** The Decap collections standing for a registry collection, with the schema each one edits. */
const cases = COLLECTION_NAMES.flatMap((name) => {
  const info = fieldInfo(COLLECTIONS[name].schema);
  if (info.kind === "union") {
    return info.options.map((option) => {
      const kind = option.kind === "object" && option.fields["kind"]?.kind === "literal" ? String(option.fields["kind"].value) : "?";
      return { name: `${name}-${kind}`, info: option };
    });
  }
  return [{ name, info }];
});

describe("the editing screen's configuration covers every field of every schema", () => {
  it.each(cases.map((c) => [c.name, c]))("%s", (_, { name, info }) => {
    const collection = config.collections.find((c) => c.name === name);
    expect(collection, `no Decap collection for ${name}`).toBeDefined();
    const missing: string[] = [];
    const registryName = name.replace(/-.*$/, "");
    for (const { path, info: field, inOptional, scope } of schemaFields(info, "", false, registryName)) {
      const form = formField(collection!.fields, path);
      if (!form) {
        missing.push(`${path}: not in the form`);
        continue;
      }
      // A Vietnamese label, never the raw field name.
      if (!form.label || form.label === form.name || !/[^\x00-\x7f]/.test(form.label))
        missing.push(`${path}: label "${form.label}" is not Vietnamese`);
      // Help text from the schema's field description (the JSON Schemas' words), in Vietnamese.
      const help = fieldHelp(scope, path.split(".").at(-1)!);
      if (!help || !/[^\x00-\x7f]/.test(help)) missing.push(`${path}: no Vietnamese description in FIELD_HELP (scope ${scope})`);
      else if (!form.hint?.startsWith(help)) missing.push(`${path}: hint "${form.hint}" is not the schema's description`);
      if (field.kind === "enum") {
        const values = (form.options ?? []).map((o) => o.value).sort();
        if (JSON.stringify(values) !== JSON.stringify([...field.values].sort())) missing.push(`${path}: choices differ from the schema`);
        for (const o of form.options ?? []) if (SLUG.test(o.label)) missing.push(`${path}: choice ${o.value} has no Vietnamese name`);
      }
      if (field.kind === "number" && !/1\.658/.test(form.hint ?? "")) missing.push(`${path}: number without the hint on typing 1.658`);
      // Inside an object that may be left out, the form cannot demand (Decap would block every save).
      const required = !(field.optional || field.nullable || inOptional);
      if (form.widget !== "hidden" && form.widget !== "boolean" && (form.required ?? true) !== required)
        missing.push(`${path}: required is ${form.required}, schema says ${required}`);
    }
    expect(missing).toEqual([]);
  });

  it("offers references as pickers of existing entries", () => {
    const models = config.collections.find((c) => c.name === "models")!;
    expect(formField(models.fields, "sources.document")).toMatchObject({
      widget: "relation",
      collection: "documents",
      value_field: "{{slug}}",
    });
    const stats = config.collections.find((c) => c.name === "statistics")!;
    expect(formField(stats.fields, "figures.partOf")).toMatchObject({
      widget: "relation",
      collection: "statistics",
      value_field: "figures.*.id",
    });
    const quota = config.collections.find((c) => c.name === "commendations-quota")!;
    expect(formField(quota.fields, "award")).toMatchObject({ widget: "relation", collection: "commendations-award" });
    expect(formField(models.fields, "images.src")).toMatchObject({ widget: "image" });
    expect(formField(models.fields, "images.alt")).toMatchObject({ required: true });
  });

  it("labels a document's type as the kind of document and a host's type as the kind of unit", () => {
    const documents = config.collections.find((c) => c.name === "documents")!;
    const models = config.collections.find((c) => c.name === "models")!;
    expect(formField(documents.fields, "type")!.label).toBe("Loại văn bản");
    expect(formField(models.fields, "hosts.type")!.label).toBe("Loại đơn vị");
  });

  it("names choices in Vietnamese and keeps each commendation kind apart by its filter", () => {
    const models = config.collections.find((c) => c.name === "models")!;
    expect(formField(models.fields, "kind")!.options).toContainEqual({ value: "tu-quan", label: "Tự quản về ANTT" });
    expect(formField(models.fields, "location.district")!.options).toContainEqual({ value: "Tân Yên", label: "Tân Yên" });
    const award = config.collections.find((c) => c.name === "commendations-award")!;
    expect(award.filter).toEqual({ field: "kind", value: "award" });
    expect(formField(award.fields, "kind")).toMatchObject({ widget: "hidden", default: "award" });
  });

  it("works offline in Vietnamese against our local backend, and dates the last change today", () => {
    expect(config.locale).toBe("vi");
    expect(config.backend).toMatchObject({ name: "proxy", proxy_url: "/quan-tri/api/" });
    const docs = config.collections.find((c) => c.name === "documents")!;
    expect(formField(docs.fields, "updated")).toBeUndefined();
    expect(formField(config.collections.find((c) => c.name === "models")!.fields, "updated")).toMatchObject({ default: "2026-11-30" });
  });
});

describe("help text, drafts and pickers", () => {
  it("gives the JSON Schemas the very words the screen shows under each field", () => {
    type Node = { properties?: Record<string, Node>; items?: Node; anyOf?: Node[]; description?: string };
    const undescribed: string[] = [];
    const walk = (node: Node, scope: string, path: string) => {
      for (const [name, property] of Object.entries(node.properties ?? {})) {
        if (property.description !== fieldHelp(scope, name) || !/[^\x00-\x7f]/.test(property.description ?? ""))
          undescribed.push(`${path}${name}`);
        walk(property, name, `${path}${name}.`);
      }
      if (node.items) walk(node.items, scope, path);
      for (const option of node.anyOf ?? []) walk(option, scope, path);
    };
    for (const [name, text] of Object.entries(generateJsonSchemas())) walk(JSON.parse(text) as Node, name, `${name}:`);
    expect(undescribed).toEqual([]);
    const figures = config.collections.find((c) => c.name === "statistics")!;
    const statistics = JSON.parse(generateJsonSchemas()["statistics"]!);
    expect(formField(figures.fields, "figures.value")!.hint).toContain(statistics.properties.figures.items.properties.value.description);
    expect(statistics.properties.figures.items.properties.period.description).toBe("Kỳ riêng của số này; bỏ trống thì dùng kỳ của nhóm.");
  });

  it("shows drafts as the unpublished entries: marked in the list, with a Bản nháp filter and group", () => {
    for (const collection of config.collections) {
      expect(collection.view_filters, collection.name).toEqual([{ label: "Bản nháp", field: "draft", pattern: true }]);
      expect(collection.view_groups, collection.name).toEqual([{ label: "Bản nháp", field: "draft" }]);
      expect(collection.summary, collection.name).toMatch(/^\{\{draft \| ternary\('\[Bản nháp\] ', ''\)\}\}\{\{\w+\}\}$/);
      expect(formField(collection.fields, "draft"), collection.name).toMatchObject({ widget: "boolean", label: "Bản nháp" });
    }
  });

  it("makes every reference a picker: documents, awards, figures, tally rows, statistics groups, models", () => {
    const find = (name: string, path: string) => formField(config.collections.find((c) => c.name === name)!.fields, path);
    expect(find("targets", "goals.figure")).toMatchObject({ widget: "relation", collection: "statistics", value_field: "figures.*.id" });
    expect(find("commendations-tally", "rows.partOf")).toMatchObject({
      widget: "relation",
      collection: "commendations-tally",
      value_field: "rows.*.id",
    });
    expect(find("commendations-tally", "rows.award")).toMatchObject({ widget: "relation", collection: "commendations-award" });
    expect(find("commendations-recipients", "rows.award")).toMatchObject({ widget: "relation", collection: "commendations-award" });
    expect(find("events", "items.produced.statistics")).toMatchObject({ widget: "relation", collection: "statistics", multiple: true });
    expect(find("events", "items.produced.models")).toMatchObject({ widget: "relation", collection: "models", multiple: true });
    for (const name of ["assessments", "responsibilities", "events", "models"]) {
      const path = name === "models" ? "sources.document" : "document";
      expect(find(name, path), name).toMatchObject({ widget: "relation", collection: "documents" });
    }
    // The body's "Số liệu" picker is the only component offered in the rich-text editor.
    expect(find("models", "body")).toMatchObject({ widget: "markdown", editor_components: ["so"] });
  });

  it("lists every figure a <So id> may cite with what it counts and its value written the Vietnamese way", () => {
    const choices = figureChoices([
      {
        collection: "statistics",
        data: { figures: [{ id: "bao-ve-gia-dinh", metric: "Nhân viên bảo vệ (giả định)", value: 1658, unit: "người", qualifier: "hơn" }] },
      },
      {
        collection: "commendations",
        data: { kind: "tally", title: "Khen thưởng giả định", rows: [{ id: "khen-gia-dinh", value: 12, unit: "tập thể" }] },
      },
      { collection: "commendations", data: { kind: "award", title: "Bằng khen" } },
      { collection: "models", data: { name: "x" } },
    ]);
    expect(choices).toEqual([
      { value: "bao-ve-gia-dinh", label: "Nhân viên bảo vệ (giả định): hơn 1.658 người (bao-ve-gia-dinh)" },
      { value: "khen-gia-dinh", label: "Khen thưởng giả định: 12 tập thể (khen-gia-dinh)" },
    ]);
  });
});

describe("the hosted variant (docs/deploy.md)", () => {
  it("always uses the editorial workflow, so each save is a pull/merge request that CI checks before merge", () => {
    const github = cmsConfig({
      proxyUrl: "",
      siteUrl: "https://antq.example",
      today: "2026-11-30",
      hosted: { name: "github", repo: "ban-chi-dao/antq", branch: "main", base_url: "https://dang-nhap.antq.example" },
    });
    expect(github.backend).toEqual({
      name: "github",
      repo: "ban-chi-dao/antq",
      branch: "main",
      base_url: "https://dang-nhap.antq.example",
    });
    expect(github.publish_mode).toBe("editorial_workflow");
    const gitlab = cmsConfig({
      proxyUrl: "",
      siteUrl: "https://antq.example",
      today: "2026-11-30",
      hosted: { name: "gitlab", repo: "ban-chi-dao/antq", branch: "main", auth_type: "pkce", app_id: "ma-ung-dung" },
    });
    expect(gitlab.publish_mode).toBe("editorial_workflow");
    // The local screen saves straight to the files, after our checker: no workflow there.
    expect(config.publish_mode).toBeUndefined();
  });
});
