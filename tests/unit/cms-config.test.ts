import { describe, expect, it } from "vitest";
import { cmsConfig, type CmsField } from "../../src/lib/cms-config.ts";
import { COLLECTIONS, COLLECTION_NAMES } from "../../src/lib/content-registry.ts";
import { fieldInfo, type FieldInfo } from "../../src/lib/schema-fields.ts";

const config = cmsConfig({ proxyUrl: "/quan-tri/api/", siteUrl: "http://localhost:4321", today: "2026-11-30" });
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)+$/;

/** Every field path of a schema, with what the schema says about it. */
function schemaFields(info: FieldInfo, prefix = "", inOptional = false): { path: string; info: FieldInfo; inOptional: boolean }[] {
  const optional = inOptional || (prefix !== "" && (info.optional || info.nullable));
  if (info.kind === "object") return Object.entries(info.fields).flatMap(([k, v]) => [{ path: `${prefix}${k}`, info: v, inOptional: optional }, ...schemaFields(v, `${prefix}${k}.`, optional)]);
  // A list may be empty, but an item in it is complete: its fields keep their own rule.
  if (info.kind === "list") return schemaFields(info.element, prefix, inOptional);
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
    for (const { path, info: field, inOptional } of schemaFields(info)) {
      const form = formField(collection!.fields, path);
      if (!form) {
        missing.push(`${path}: not in the form`);
        continue;
      }
      // A Vietnamese label, never the raw field name.
      if (!form.label || form.label === form.name || !/[^\x00-\x7f]/.test(form.label)) missing.push(`${path}: label "${form.label}" is not Vietnamese`);
      if (field.kind === "enum") {
        const values = (form.options ?? []).map((o) => o.value).sort();
        if (JSON.stringify(values) !== JSON.stringify([...field.values].sort())) missing.push(`${path}: choices differ from the schema`);
        for (const o of form.options ?? []) if (SLUG.test(o.label)) missing.push(`${path}: choice ${o.value} has no Vietnamese name`);
      }
      if (field.kind === "number" && !/1\.658/.test(form.hint ?? "")) missing.push(`${path}: number without the hint on typing 1.658`);
      // Inside an object that may be left out, the form cannot demand (Decap would block every save).
      const required = !(field.optional || field.nullable || inOptional);
      if (form.widget !== "hidden" && form.widget !== "boolean" && (form.required ?? true) !== required) missing.push(`${path}: required is ${form.required}, schema says ${required}`);
    }
    expect(missing).toEqual([]);
  });

  it("offers references as pickers of existing entries", () => {
    const models = config.collections.find((c) => c.name === "models")!;
    expect(formField(models.fields, "sources.document")).toMatchObject({ widget: "relation", collection: "documents", value_field: "{{slug}}" });
    const stats = config.collections.find((c) => c.name === "statistics")!;
    expect(formField(stats.fields, "figures.partOf")).toMatchObject({ widget: "relation", collection: "statistics", value_field: "figures.*.id" });
    const quota = config.collections.find((c) => c.name === "commendations-quota")!;
    expect(formField(quota.fields, "award")).toMatchObject({ widget: "relation", collection: "commendations-award" });
    expect(formField(models.fields, "images.src")).toMatchObject({ widget: "image" });
    expect(formField(models.fields, "images.alt")).toMatchObject({ required: true });
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
