/** Faceting of model units: which facet values exist, which models each one lists. */
import { DISTRICTS, HOST_TYPES, MODEL_KINDS, MODEL_STATUSES, type ModelData } from "../../schemas/model.ts";
import { t, type MessageKey } from "../../i18n/vi.ts";
import { paths } from "../site/public-urls.ts";
import { slugify } from "../browser/slug.ts";
import { MODEL_FACETS, type FacetKeys, type FacetName } from "../browser/filter-selection.ts";
import { compareVi } from "../browser/vietnamese-order.ts";

export type FacetModel = { id: string; data: Pick<ModelData, "name" | "kind" | "hosts" | "location" | "launched" | "status"> };

/** Value key of FDI enterprises in the host-type facet, beside the schema's host types. */
export const FDI_HOST_KEY = "doanh-nghiep-fdi";

export interface FacetValue {
  facet: FacetName;
  /** URL segment and query value. */
  key: string;
  label: string;
  href: string;
  /** Ids of the models listed under this value, in the order given. */
  ids: string[];
}

export interface Facet {
  name: FacetName;
  label: string;
  values: FacetValue[];
}

const facetLabels: Record<FacetName, MessageKey> = {
  loai: "models.facet.loai",
  huyen: "models.facet.huyen",
  "don-vi": "models.facet.don-vi",
  nam: "models.facet.nam",
  "trang-thai": "models.facet.trang-thai",
  "nha-dau-tu": "models.facet.nha-dau-tu",
};

interface KeyedValue {
  key: string;
  label: string;
}

/** The facet values of one model, each with its label. */
export function modelFacetValues(model: FacetModel): Record<FacetName, KeyedValue[]> {
  const { kind, hosts, location, launched, status } = model.data;
  const unique = (values: KeyedValue[]) => [...new Map(values.map((v) => [v.key, v])).values()];
  const hostTypes: KeyedValue[] = hosts.map((h) => ({ key: h.type, label: t(`model.hostType.${h.type}`) }));
  if (hosts.some((h) => h.ownership === "fdi")) hostTypes.push({ key: FDI_HOST_KEY, label: t("models.hostType.fdi") });
  return {
    loai: [{ key: kind, label: t(`model.kind.${kind}`) }],
    huyen: location.district === null ? [] : [{ key: slugify(location.district), label: location.district }],
    "don-vi": unique(hostTypes),
    nam: launched === null ? [] : [{ key: String(launched), label: String(launched) }],
    "trang-thai": [{ key: status, label: t(`model.status.${status}`) }],
    "nha-dau-tu": unique(hosts.flatMap((h) => (h.investorCountry ? [{ key: slugify(h.investorCountry), label: h.investorCountry }] : []))),
  };
}

/** Value keys only, for the index page's data attributes and the filter script. */
export function modelFacetKeys(model: FacetModel): FacetKeys {
  const values = modelFacetValues(model);
  return Object.fromEntries(MODEL_FACETS.map((f) => [f, values[f].map((v) => v.key)])) as unknown as FacetKeys;
}

// Fixed orders from the schema, so facet lists do not reshuffle when content changes.
const fixedOrder: Partial<Record<FacetName, readonly string[]>> = {
  loai: MODEL_KINDS,
  huyen: DISTRICTS.map(slugify),
  "don-vi": [...HOST_TYPES.flatMap((type) => (type === "doanh-nghiep" ? [type, FDI_HOST_KEY] : [type]))],
  "trang-thai": MODEL_STATUSES,
};

function compareValues(facet: FacetName, a: KeyedValue, b: KeyedValue): number {
  const order = fixedOrder[facet];
  if (order) return order.indexOf(a.key) - order.indexOf(b.key);
  if (facet === "nam") return Number(a.key) - Number(b.key);
  return compareVi(a.label, b.label);
}

/** Every facet with the values that at least one model has; a value with no model gets no page. */
export function buildFacets(models: readonly FacetModel[]): Facet[] {
  return MODEL_FACETS.map((name) => {
    const byKey = new Map<string, FacetValue & KeyedValue>();
    for (const model of models) {
      for (const value of modelFacetValues(model)[name]) {
        const entry = byKey.get(value.key) ?? {
          facet: name,
          key: value.key,
          label: value.label,
          href: paths.modelFacet(name, value.key),
          ids: [],
        };
        entry.ids.push(model.id);
        byKey.set(value.key, entry);
      }
    }
    const values = [...byKey.values()].sort((a, b) => compareValues(name, a, b));
    return { name, label: t(facetLabels[name]), values };
  });
}

/** Every facet value, flattened: one static listing page each. */
export function facetPages(models: readonly FacetModel[]): { facet: Facet; value: FacetValue }[] {
  return buildFacets(models).flatMap((facet) => facet.values.map((value) => ({ facet, value })));
}

export interface DistrictGroup<M extends FacetModel = FacetModel> {
  /** District name, or null for models whose district the documents do not give. */
  district: string | null;
  label: string;
  models: M[];
}

/** Models grouped by district in the schema's order; models without a district come last, under "Chưa rõ". */
export function groupByDistrict<M extends FacetModel>(models: readonly M[]): DistrictGroup<M>[] {
  const groups: DistrictGroup<M>[] = [];
  for (const district of [...DISTRICTS, null]) {
    const members = models.filter((m) => m.data.location.district === district);
    if (members.length > 0) groups.push({ district, label: district ?? t("models.district.unknown"), models: members });
  }
  return groups;
}
