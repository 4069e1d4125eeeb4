import { C as fullDate, T as sourceRef, w as slug } from "./content_BX0i433Z.mjs";
import { i as t, n as paths, r as slugify } from "./paths_pvcDhtkH.mjs";
import { z } from "zod";
// src/schemas/model.ts
/** Kinds of model unit named in the documents. Labels live in src/i18n/vi.ts ("model.kind.*"). */
var MODEL_KINDS = [
	"truong-hoc-an-toan",
	"benh-vien-an-toan",
	"cong-ty-an-toan",
	"tu-quan",
	"doi-cong-nhan-xung-kich",
	"lien-ket"
];
/** What a host unit is. "chinh-quyen" is the local authority of a liaison model. */
var HOST_TYPES = [
	"truong-hoc",
	"benh-vien",
	"doanh-nghiep",
	"ngan-hang",
	"co-quan",
	"chinh-quyen"
];
/** Ownership of an enterprise host, where the document says. */
var OWNERSHIPS = [
	"nha-nuoc",
	"co-phan",
	"tu-nhan",
	"fdi"
];
/** District-level units of Bắc Giang province (09 huyện, 01 thành phố). */
var DISTRICTS = [
	"Thành phố Bắc Giang",
	"Hiệp Hòa",
	"Lạng Giang",
	"Lục Nam",
	"Lục Ngạn",
	"Sơn Động",
	"Tân Yên",
	"Việt Yên",
	"Yên Dũng",
	"Yên Thế"
];
/** Status of a model as last reported. */
var MODEL_STATUSES = [
	"da-xay-dung",
	"dang-hoat-dong",
	"ngung-hoat-dong",
	"chua-ro"
];
/** A unit that hosts or takes part in a model. */
var hostSchema = z.strictObject({
	/** Name as written in the document. */
	name: z.string().min(1),
	/** What the unit is. */
	type: z.enum(HOST_TYPES, { error: `loại đơn vị phải là một trong: ${HOST_TYPES.join(", ")}` }),
	/** Ownership of an enterprise (omit when the document does not say). */
	ownership: z.enum(OWNERSHIPS, { error: `hình thức sở hữu phải là một trong: ${OWNERSHIPS.join(", ")}` }).optional(),
	/** Investor country of an FDI enterprise, as written, e.g. "Hàn Quốc". */
	investorCountry: z.string().min(1).optional(),
	/** Share of foreign capital as written, e.g. "100%". */
	foreignCapital: z.string().min(1).optional(),
	/** How many units this entry stands for, when the document counts them ("12 doanh nghiệp"). */
	count: z.number().int().positive().optional()
});
/** Where the model is, as far as the document or the unit's own name says. */
var locationSchema = z.strictObject({
	/** District (huyện/thành phố); null when the document does not say. */
	district: z.enum(DISTRICTS, { error: `huyện/thành phố phải là một trong: ${DISTRICTS.join(", ")} (hoặc null nếu văn bản không nêu)` }).nullable(),
	/** Commune or ward, e.g. "Phường Hoàng Văn Thụ"; null when unknown. */
	commune: z.string().min(1).nullable().default(null),
	/** Industrial park, e.g. "Khu công nghiệp Quang Châu"; null when none or unknown. */
	industrialPark: z.string().min(1).nullable().default(null)
});
/** An image of the model, stored under public/images/models/. */
var imageSchema = z.strictObject({
	/** Path under public/, starting with /images/. */
	src: z.string().regex(/^\/images\/[\w./-]+\.(png|jpe?g|webp|avif|svg)$/, { error: "ảnh phải nằm trong public/images/ và có đuôi png, jpg, webp, avif hoặc svg" }),
	/** Text alternative describing the image for people who cannot see it (bắt buộc). */
	alt: z.string({ error: "ảnh bắt buộc có mô tả thay thế (alt)" }).trim().min(5, { error: "mô tả ảnh (alt) quá ngắn: hãy tả nội dung ảnh" }),
	/** Caption or credit, optional. */
	caption: z.string().min(1).optional()
});
z.strictObject({
	/** Name of the model as written, e.g. "Trường học an toàn về ANTT tại Trường THPT Ngô Sỹ Liên". */
	name: z.string().min(1),
	/** Kind of model. */
	kind: z.enum(MODEL_KINDS, { error: `loại mô hình phải là một trong: ${MODEL_KINDS.join(", ")}` }),
	/** Units that host or take part in the model. */
	hosts: z.array(hostSchema).min(1, { error: "cần ít nhất một đơn vị tham gia" }),
	/** Location. */
	location: locationSchema,
	/** Year launched; null when the documents do not give it. */
	launched: z.number().int().min(1990).max(2100).nullable(),
	/** Status as last reported. */
	status: z.enum(MODEL_STATUSES, { error: `trạng thái phải là một trong: ${MODEL_STATUSES.join(", ")}` }),
	/** One or two sentences for listings and share cards. */
	summary: z.string().min(1),
	/** Where the facts about this model come from (at least one). */
	sources: z.array(sourceRef).min(1, { error: "cần ít nhất một nguồn (văn bản và mục)" }),
	/** Images, each with required alt text. */
	images: z.array(imageSchema).default([]),
	/** Former slugs of this profile: each keeps working as a redirect. */
	aliases: z.array(slug).default([]),
	/** Date this profile last changed (NNNN-TT-NN). */
	updated: fullDate
});
// src/lib/facet-filter.ts
/** URL segment and query parameter of each facet, in the order filters are shown. */
var MODEL_FACETS = [
	"loai",
	"huyen",
	"don-vi",
	"nam",
	"trang-thai",
	"nha-dau-tu"
];
// src/lib/facets.ts
/** Faceting of model units: which facet values exist, which models each one lists. */
/** Value key of FDI enterprises in the host-type facet, beside the schema's host types. */
var FDI_HOST_KEY = "doanh-nghiep-fdi";
var facetLabels = {
	loai: "models.facet.loai",
	huyen: "models.facet.huyen",
	"don-vi": "models.facet.don-vi",
	nam: "models.facet.nam",
	"trang-thai": "models.facet.trang-thai",
	"nha-dau-tu": "models.facet.nha-dau-tu"
};
/** The facet values of one model, each with its label. */
function modelFacetValues(model) {
	const { kind, hosts, location, launched, status } = model.data;
	const unique = (values) => [...new Map(values.map((v) => [v.key, v])).values()];
	const hostTypes = hosts.map((h) => ({
		key: h.type,
		label: t(`model.hostType.${h.type}`)
	}));
	if (hosts.some((h) => h.ownership === "fdi")) hostTypes.push({
		key: FDI_HOST_KEY,
		label: t("models.hostType.fdi")
	});
	return {
		loai: [{
			key: kind,
			label: t(`model.kind.${kind}`)
		}],
		huyen: location.district === null ? [] : [{
			key: slugify(location.district),
			label: location.district
		}],
		"don-vi": unique(hostTypes),
		nam: launched === null ? [] : [{
			key: String(launched),
			label: String(launched)
		}],
		"trang-thai": [{
			key: status,
			label: t(`model.status.${status}`)
		}],
		"nha-dau-tu": unique(hosts.flatMap((h) => h.investorCountry ? [{
			key: slugify(h.investorCountry),
			label: h.investorCountry
		}] : []))
	};
}
/** Value keys only, for the index page's data attributes and the filter script. */
function modelFacetKeys(model) {
	const values = modelFacetValues(model);
	return Object.fromEntries(MODEL_FACETS.map((f) => [f, values[f].map((v) => v.key)]));
}
var fixedOrder = {
	loai: MODEL_KINDS,
	huyen: DISTRICTS.map(slugify),
	"don-vi": [...HOST_TYPES.flatMap((type) => type === "doanh-nghiep" ? [type, FDI_HOST_KEY] : [type])],
	"trang-thai": MODEL_STATUSES
};
function compareValues(facet, a, b) {
	const order = fixedOrder[facet];
	if (order) return order.indexOf(a.key) - order.indexOf(b.key);
	if (facet === "nam") return Number(a.key) - Number(b.key);
	return a.label.localeCompare(b.label, "vi");
}
/** Every facet with the values that at least one model has; a value with no model gets no page. */
function buildFacets(models) {
	return MODEL_FACETS.map((name) => {
		const byKey = /* @__PURE__ */ new Map();
		for (const model of models) for (const value of modelFacetValues(model)[name]) {
			const entry = byKey.get(value.key) ?? {
				facet: name,
				key: value.key,
				label: value.label,
				href: paths.modelFacet(name, value.key),
				ids: []
			};
			entry.ids.push(model.id);
			byKey.set(value.key, entry);
		}
		const values = [...byKey.values()].sort((a, b) => compareValues(name, a, b));
		return {
			name,
			label: t(facetLabels[name]),
			values
		};
	});
}
/** Every facet value, flattened: one static listing page each. */
function facetPages(models) {
	return buildFacets(models).flatMap((facet) => facet.values.map((value) => ({
		facet,
		value
	})));
}
/** Models grouped by district in the schema's order; models without a district come last, under "Chưa rõ". */
function groupByDistrict(models) {
	const groups = [];
	for (const district of [...DISTRICTS, null]) {
		const members = models.filter((m) => m.data.location.district === district);
		if (members.length > 0) groups.push({
			district,
			label: district ?? t("models.district.unknown"),
			models: members
		});
	}
	return groups;
}
export { modelFacetKeys as a, groupByDistrict as i, buildFacets as n, facetPages as r, FDI_HOST_KEY as t };
