/** What a model profile says beyond its raw fields: place wording, citation, JSON-LD. */
import type { DocumentData } from "../../schemas/document.ts";
import type { ModelData } from "../../schemas/model.ts";
import { formatDate } from "../browser/format.ts";
import { paths } from "../site/public-urls.ts";
import type { OgCardInput } from "../share-cards/model-card-layout.ts";
import { t } from "../../i18n/vi.ts";

type Location = ModelData["location"];

/** "huyện Việt Yên" / "Thành phố Bắc Giang": the district as it reads in a sentence. */
export function districtLabel(district: string): string {
  return /^thành phố/i.test(district) ? district : `huyện ${district}`;
}

/** Place from the most to the least precise part the documents give, or null when they give none. */
export function placeLabel(location: Location): string | null {
  const parts = [location.industrialPark, location.commune, location.district === null ? null : districtLabel(location.district)].filter(
    (p): p is string => p !== null,
  );
  return parts.length > 0 ? parts.join(", ") : null;
}

/** What a model's share card shows: name, kind as readers know it, place. One function for the card route and the pre-renderer, so both hit the same cache key. */
export function ogCardInput(data: Pick<ModelData, "name" | "kind" | "location">): OgCardInput {
  return { name: data.name, kind: t(`model.kind.${data.kind}`), place: placeLabel(data.location) };
}

/**
 * "Đơn vị công bố. Tên mô hình. Tên trang. https://…/mo-hinh/x/ (cập nhật 26/11/2026)." — how to
 * cite a profile: publisher first, as Vietnamese citations of an organisation's page do. The access
 * date follows it on the page (it is the reader's day, not the build's).
 */
export function citationText(input: { name: string; siteName: string; publisher: string; url: string; updated: string }): string {
  return `${input.publisher}. ${input.name}. ${input.siteName}. ${input.url} (cập nhật ${formatDate(input.updated)}).`;
}

export interface JsonLdInput {
  id: string;
  data: ModelData;
  documents: ReadonlyMap<string, DocumentData>;
  baseUrl: string;
  publisher: string;
}

/**
 * schema.org description of a model: a Project (a kind of Organization) whose members are the
 * host units, located at the place the documents give, published by the steering committee.
 */
export function modelJsonLd({ id, data, documents, baseUrl, publisher }: JsonLdInput): Record<string, unknown> {
  const absolute = (path: string) => new URL(path, baseUrl).href;
  const sourceDocs = [...new Set(data.sources.map((s) => s.document))];
  const province = sourceDocs.map((d) => documents.get(d)?.province).find((p): p is string => typeof p === "string");
  const address: Record<string, string> = { "@type": "PostalAddress", addressCountry: "VN" };
  if (province) address["addressRegion"] = province;
  if (data.location.district) address["addressLocality"] = data.location.district;
  if (data.location.commune) address["streetAddress"] = data.location.commune;
  const place = placeLabel(data.location);
  return {
    "@context": "https://schema.org",
    "@type": "Project",
    "@id": absolute(paths.model(id)),
    name: data.name,
    description: data.summary,
    url: absolute(paths.model(id)),
    image: absolute(paths.modelOgImage(id)),
    dateModified: data.updated,
    ...(data.launched === null ? {} : { foundingDate: String(data.launched) }),
    member: data.hosts.map((h) => ({ "@type": "Organization", name: h.name })),
    location: { "@type": "Place", ...(place ? { name: place } : {}), address },
    publisher: { "@type": "GovernmentOrganization", name: publisher },
    isBasedOn: sourceDocs.map((d) => absolute(paths.document(d))),
    inLanguage: "vi",
  };
}
