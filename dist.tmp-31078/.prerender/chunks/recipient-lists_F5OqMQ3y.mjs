import { n as paths } from "./paths_pvcDhtkH.mjs";
import { B as toCsv } from "./content_BX0i433Z.mjs";
// src/lib/model-match.ts
/**
* Links a recipient organisation to the model unit it hosts. Names are compared after Unicode NFC
* and case folding, because editors type the same name with composed or decomposed accents and
* with different capitals; anything looser (dropping accents) would confuse distinct Vietnamese names.
*/
/** Comparison key of an organisation name: NFC, lower case, single spaces, trimmed. */
function organisationKey(name) {
	return name.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}
/**
* Returns a lookup from organisation name to the ids of models it hosts (sorted, so the link
* chosen for a name hosting several models is always the same).
*/
function modelMatcher(models) {
	const index = /* @__PURE__ */ new Map();
	for (const model of models) for (const host of model.hosts) {
		const key = organisationKey(host.name);
		index.set(key, (index.get(key) ?? /* @__PURE__ */ new Set()).add(model.id));
	}
	return (organisation) => [...index.get(organisationKey(organisation)) ?? []].sort();
}
/** Number of static pages a list of `count` rows needs (at least one). */
function pageCount(count, size = 500) {
	return Math.max(1, Math.ceil(count / size));
}
/** Rows of page `page` (1-based). */
function pageRows(rows, page, size = 500) {
	return rows.slice((page - 1) * size, page * size);
}
/** Page links to show: first, last and a window around the current page; null marks a gap. */
function pageWindow(current, total, radius = 2) {
	const pages = [];
	for (let p = 1; p <= total; p++) if (p === 1 || p === total || Math.abs(p - current) <= radius) pages.push(p);
	else if (pages.at(-1) !== null) pages.push(null);
	return pages;
}
var collator = new Intl.Collator("vi", {
	sensitivity: "base",
	numeric: true
});
/** Values offered by the filter selects: years newest first, the rest in table order. */
function filterOptions(rows) {
	const years = /* @__PURE__ */ new Set();
	const awards = /* @__PURE__ */ new Set();
	const types = /* @__PURE__ */ new Set();
	const districts = /* @__PURE__ */ new Set();
	for (const r of rows) {
		years.add(r.year);
		awards.add(r.award);
		types.add(r.recipientType);
		if (r.district) districts.add(r.district);
	}
	return {
		years: [...years].sort((a, b) => b - a),
		awards: [...awards],
		recipientTypes: ["tap-the", "ca-nhan"].filter((t) => types.has(t)),
		districts: [...districts].sort((a, b) => collator.compare(a, b))
	};
}
/** Packs rows for the table's filters; expandRecipients gives back exactly the same rows. */
function compactRecipients(rows) {
	const tables = {
		awards: /* @__PURE__ */ new Map(),
		organisations: /* @__PURE__ */ new Map(),
		districts: /* @__PURE__ */ new Map(),
		models: /* @__PURE__ */ new Map()
	};
	const index = (map, key) => {
		if (!map.has(key)) map.set(key, map.size);
		return map.get(key);
	};
	const packed = rows.map((r) => [
		r.year,
		index(tables.awards, r.award),
		r.recipientType === "tap-the" ? 0 : 1,
		r.name,
		index(tables.organisations, r.organisation),
		index(tables.districts, r.district),
		index(tables.models, r.model ?? null)
	]);
	return {
		awards: [...tables.awards.keys()],
		organisations: [...tables.organisations.keys()],
		districts: [...tables.districts.keys()],
		models: [...tables.models.keys()],
		rows: packed
	};
}
// src/lib/recipient-lists.ts
/** Rows of a list as published: the list's award filled in, organisations linked to model profiles. */
function recipientRows(list, modelsOf) {
	return list.rows.map((r) => {
		const [model] = modelsOf(r.organisation);
		return {
			year: r.year,
			award: r.award ?? list.award,
			recipientType: r.recipientType,
			name: r.name,
			organisation: r.organisation,
			district: r.district,
			...model ? { model: paths.model(model) } : {}
		};
	});
}
/** The static pages of one list. */
function listPages(rows, size = 500) {
	const pages = pageCount(rows.length, size);
	return Array.from({ length: pages }, (_, i) => ({
		page: i + 1,
		pages,
		rows: pageRows(rows, i + 1, size),
		first: i * size + 1
	}));
}
/** CSV of a whole list, columns as in the table, plus the model profile address when there is one. */
function recipientCsv(rows, awards, labels, siteUrl) {
	return toCsv(labels.header, rows.map((r) => [
		r.year,
		awards.get(r.award)?.title ?? r.award,
		labels.recipientType[r.recipientType],
		r.name,
		r.organisation,
		r.district,
		r.model ? new URL(r.model, siteUrl).href : null
	]));
}
/** JSON download of a list: the decision, its awards, and every row. */
function recipientJson(id, list, rows, awards) {
	const used = /* @__PURE__ */ new Set([list.award, ...rows.map((r) => r.award)]);
	return {
		id,
		title: list.title,
		award: list.award,
		decision: list.decision,
		decisionDate: list.decisionDate,
		source: list.source,
		updated: list.updated,
		awards: Object.fromEntries([...used].map((a) => [a, {
			title: awards.get(a)?.title ?? a,
			authority: awards.get(a)?.authority ?? null
		}])),
		count: rows.length,
		rows
	};
}
/** Route segment of a list page: none for page 1, "trang-N" after, matching paths.recipientList. */
function pageParam(page) {
	return page <= 1 ? void 0 : `trang-${page}`;
}
/** Every static page of every list, ready for getStaticPaths. */
function listRoutes(lists, modelsOf, size = 500) {
	return lists.flatMap(({ id, data }) => {
		const rows = recipientRows(data, modelsOf);
		const options = filterOptions(rows);
		return listPages(rows, size).map((page) => ({
			params: {
				id,
				page: pageParam(page.page)
			},
			props: {
				id,
				list: data,
				page,
				count: rows.length,
				options
			}
		}));
	});
}
export { compactRecipients as a, recipientRows as i, recipientCsv as n, pageWindow as o, recipientJson as r, modelMatcher as s, listRoutes as t };
