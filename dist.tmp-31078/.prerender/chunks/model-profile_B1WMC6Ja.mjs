import { P as formatDate } from "./content_BX0i433Z.mjs";
import { n as paths } from "./paths_pvcDhtkH.mjs";
// src/lib/model-profile.ts
/** "huyện Việt Yên" / "Thành phố Bắc Giang": the district as it reads in a sentence. */
function districtLabel(district) {
	return /^thành phố/i.test(district) ? district : `huyện ${district}`;
}
/** Place from the most to the least precise part the documents give, or null when they give none. */
function placeLabel(location) {
	const parts = [
		location.industrialPark,
		location.commune,
		location.district === null ? null : districtLabel(location.district)
	].filter((p) => p !== null);
	return parts.length > 0 ? parts.join(", ") : null;
}
/** "Tên mô hình. Tên trang. https://…/mo-hinh/x/ (cập nhật 26/11/2026)." — how to cite a profile. */
function citationText(input) {
	return `${input.name}. ${input.siteName}. ${input.url} (cập nhật ${formatDate(input.updated)}).`;
}
/**
* schema.org description of a model: a Project (a kind of Organization) whose members are the
* host units, located at the place the documents give, published by the steering committee.
*/
function modelJsonLd({ id, data, documents, baseUrl, publisher }) {
	const absolute = (path) => new URL(path, baseUrl).href;
	const sourceDocs = [...new Set(data.sources.map((s) => s.document))];
	const province = sourceDocs.map((d) => documents.get(d)?.province).find((p) => typeof p === "string");
	const address = {
		"@type": "PostalAddress",
		addressCountry: "VN"
	};
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
		...data.launched === null ? {} : { foundingDate: String(data.launched) },
		member: data.hosts.map((h) => ({
			"@type": "Organization",
			name: h.name
		})),
		location: {
			"@type": "Place",
			...place ? { name: place } : {},
			address
		},
		publisher: {
			"@type": "GovernmentOrganization",
			name: publisher
		},
		isBasedOn: sourceDocs.map((d) => absolute(paths.document(d))),
		inLanguage: "vi"
	};
}
/** JSON for a `<script type="application/ld+json">`: "<" escaped so text can never close the element. */
function jsonLdText(value) {
	return JSON.stringify(value).replace(/</g, "\\u003c");
}
export { placeLabel as i, jsonLdText as n, modelJsonLd as r, citationText as t };
