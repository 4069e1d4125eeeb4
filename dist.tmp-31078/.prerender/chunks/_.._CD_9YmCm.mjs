import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as addAttribute, b as maybeRenderHead, d as renderComponent, p as Fragment, y as renderTemplate } from "./jsx-runtime_CgoVUPa1.mjs";
import { n as createAstro } from "./PageHead_pw7aXI_g.mjs";
import { t as $$BaseLayout } from "./BaseLayout_DsKRAvPT.mjs";
import { t as renderScript } from "./script_D639hZJT.mjs";
import { t as $$SourceLine } from "./SourceLine_BmAv0ymE.mjs";
import { i as t, n as paths, o as createComponent, t as commendationPaths } from "./paths_pvcDhtkH.mjs";
import { o as pageWindow, s as modelMatcher, t as listRoutes } from "./recipient-lists_F5OqMQ3y.mjs";
import { L as formatNumber, M as sourceLink, P as formatDate, h as arrangeCommendations, n as loadCommendations, o as loadModels, r as loadDocumentMap } from "./content_BX0i433Z.mjs";
// src/components/commendations/DownloadLinks.astro
createAstro("https://antq-cqdnnt.bacgiang.example");
var $$DownloadLinks = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$DownloadLinks;
	const { links, heading } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<p class="downloads" data-astro-cid-ub4ptou6><span data-astro-cid-ub4ptou6>${heading}:</span>${links.map((link) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${" "}<a${addAttribute(link.href, "href")} download${addAttribute(link.label, "aria-label")} data-astro-cid-ub4ptou6>${link.text}</a>` })}`)}</p>`;
}, "/work/main/src/components/commendations/DownloadLinks.astro", void 0);
// src/components/commendations/Pager.astro
createAstro("https://antq-cqdnnt.bacgiang.example");
var $$Pager = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Pager;
	const { page, pages, href, label = t("list.pager") } = Astro.props;
	return renderTemplate`${pages > 1 && renderTemplate`${maybeRenderHead($$result)}<nav class="pager"${addAttribute(label, "aria-label")} data-pager data-astro-cid-hya24mnp><p class="status" data-astro-cid-hya24mnp>${t("list.pager.status", {
		page,
		pages
	})}</p><ul data-astro-cid-hya24mnp>${page > 1 && renderTemplate`<li data-astro-cid-hya24mnp><a${addAttribute(href(page - 1), "href")} rel="prev" data-astro-cid-hya24mnp>${t("list.pager.prev")}</a></li>`}${pageWindow(page, pages).map((p) => p === null ? renderTemplate`<li aria-hidden="true" data-astro-cid-hya24mnp>…</li>` : renderTemplate`<li data-astro-cid-hya24mnp><a${addAttribute(href(p), "href")}${addAttribute(p === page ? "page" : void 0, "aria-current")}${addAttribute(t("list.pager.page", { page: p }), "aria-label")} data-astro-cid-hya24mnp>${p}</a></li>`)}${page < pages && renderTemplate`<li data-astro-cid-hya24mnp><a${addAttribute(href(page + 1), "href")} rel="next" data-astro-cid-hya24mnp>${t("list.pager.next")}</a></li>`}</ul></nav>`}`;
}, "/work/main/src/components/commendations/Pager.astro", void 0);
// src/components/commendations/RecipientRows.astro
createAstro("https://antq-cqdnnt.bacgiang.example");
var $$RecipientRows = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$RecipientRows;
	const { rows, awardTitles } = Astro.props;
	return renderTemplate`${rows.map((r) => renderTemplate`${maybeRenderHead($$result)}<tr><td class="num">${r.year}</td><td>${awardTitles[r.award] ?? r.award}</td><td>${t(`recipient.${r.recipientType}`)}</td><td>${r.name}</td><td>${r.model ? renderTemplate`<a${addAttribute(r.model, "href")}>${r.organisation}</a>` : r.organisation}</td><td>${r.district ?? t("list.district.none")}</td></tr>`)}`;
}, "/work/main/src/components/commendations/RecipientRows.astro", void 0);
// src/components/commendations/RecipientTable.astro
createAstro("https://antq-cqdnnt.bacgiang.example");
var $$RecipientTable = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$RecipientTable;
	const { title, rows, first, count, json, awardTitles, options } = Astro.props;
	const columns = [
		{
			key: "year",
			label: t("list.col.year"),
			numeric: true
		},
		{
			key: "award",
			label: t("list.col.award")
		},
		{
			key: "recipientType",
			label: t("list.col.recipientType")
		},
		{
			key: "name",
			label: t("list.col.name")
		},
		{
			key: "organisation",
			label: t("list.col.organisation")
		},
		{
			key: "district",
			label: t("list.col.district")
		}
	];
	const messages = {
		loading: t("list.status.loading"),
		error: t("list.status.error"),
		result: t("list.status.result"),
		capped: t("list.status.capped"),
		sortBy: t("list.sort.by"),
		none: t("list.district.none"),
		"tap-the": t("recipient.tap-the"),
		"ca-nhan": t("recipient.ca-nhan")
	};
	return renderTemplate`${maybeRenderHead($$result)}<div class="recipients" data-recipient-table${addAttribute(json, "data-json")}${addAttribute(title, "data-title")}${addAttribute(count, "data-count")}${addAttribute(500, "data-cap")}${addAttribute(JSON.stringify(messages), "data-messages")}${addAttribute(JSON.stringify(awardTitles), "data-awards")} data-astro-cid-mqzludrb><form class="filters" hidden data-astro-cid-mqzludrb><fieldset data-astro-cid-mqzludrb><legend data-astro-cid-mqzludrb>${t("list.filter.legend")}</legend><p class="scope" data-astro-cid-mqzludrb>${t("list.filter.scope", { count: formatNumber(count) })}</p><div class="controls" data-astro-cid-mqzludrb><label data-astro-cid-mqzludrb>${t("list.col.year")}<select name="year" data-astro-cid-mqzludrb><option value="" data-astro-cid-mqzludrb>${t("list.filter.all")}</option>${options.years.map((y) => renderTemplate`<option${addAttribute(y, "value")} data-astro-cid-mqzludrb>${y}</option>`)}</select></label><label data-astro-cid-mqzludrb>${t("list.col.award")}<select name="award" data-astro-cid-mqzludrb><option value="" data-astro-cid-mqzludrb>${t("list.filter.all")}</option>${options.awards.map((a) => renderTemplate`<option${addAttribute(a, "value")} data-astro-cid-mqzludrb>${awardTitles[a] ?? a}</option>`)}</select></label><label data-astro-cid-mqzludrb>${t("list.col.recipientType")}<select name="recipientType" data-astro-cid-mqzludrb><option value="" data-astro-cid-mqzludrb>${t("list.filter.all")}</option>${options.recipientTypes.map((r) => renderTemplate`<option${addAttribute(r, "value")} data-astro-cid-mqzludrb>${t(`recipient.${r}`)}</option>`)}</select></label><label data-astro-cid-mqzludrb>${t("list.col.district")}<select name="district" data-astro-cid-mqzludrb><option value="" data-astro-cid-mqzludrb>${t("list.filter.all")}</option>${options.districts.map((d) => renderTemplate`<option${addAttribute(d, "value")} data-astro-cid-mqzludrb>${d}</option>`)}</select></label><label class="wide" data-astro-cid-mqzludrb>${t("list.filter.organisation")}<input type="search" name="organisation" autocomplete="off" data-astro-cid-mqzludrb></label></div><button type="reset" data-astro-cid-mqzludrb>${t("list.filter.reset")}</button></fieldset></form><p class="status" role="status" aria-live="polite" data-status data-astro-cid-mqzludrb></p><div class="table-wrap" role="region" aria-labelledby="danh-sach-caption" tabindex="0" data-astro-cid-mqzludrb><table data-astro-cid-mqzludrb><caption id="danh-sach-caption" data-astro-cid-mqzludrb><span data-caption data-astro-cid-mqzludrb>${t("list.caption", {
		title,
		from: formatNumber(first),
		to: formatNumber(first + rows.length - 1),
		count: formatNumber(count)
	})}</span></caption><thead data-astro-cid-mqzludrb><tr data-astro-cid-mqzludrb>${columns.map((c) => renderTemplate`<th scope="col"${addAttribute(c.numeric ? "num" : void 0, "class")}${addAttribute(c.key, "data-sort-key")} data-astro-cid-mqzludrb>${c.label}</th>`)}</tr></thead><tbody data-rows data-astro-cid-mqzludrb>${renderComponent($$result, "RecipientRows", $$RecipientRows, {
		"rows": rows,
		"awardTitles": awardTitles,
		"data-astro-cid-mqzludrb": true
	})}</tbody></table></div></div>${renderScript($$result, "/work/main/src/components/commendations/RecipientTable.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/main/src/components/commendations/RecipientTable.astro", void 0);
// src/pages/khen-thuong/danh-sach/[id]/[...page].astro
var ____page__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Component,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://antq-cqdnnt.bacgiang.example");
var getStaticPaths = (async () => {
	const entries = await loadCommendations();
	const models = await loadModels();
	const matcher = modelMatcher(models.map((m) => ({
		id: m.id,
		hosts: m.data.hosts
	})));
	return listRoutes(arrangeCommendations(entries).lists, matcher);
});
var $$Component = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Component;
	const { id, list, page, count, options } = Astro.props;
	const documents = await loadDocumentMap();
	const { awards } = arrangeCommendations(await loadCommendations());
	const award = awards.get(list.award);
	const awardTitles = Object.fromEntries(options.awards.map((a) => [a, awards.get(a)?.title ?? a]));
	const title = page.page === 1 ? list.title : t("list.pageTitle", {
		title: list.title,
		page: page.page
	});
	const description = t("commendations.lists.item", {
		title: award?.title ?? list.award,
		decision: list.decision,
		date: formatDate(list.decisionDate),
		count: formatNumber(count)
	});
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": title,
		"description": description
	}, {
		"default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<p class="muted"><a${addAttribute(paths.commendations(), "href")}>${t("commendations.title")}</a></p><h1>${title}</h1><dl class="facts"><dt>${t("list.award")}</dt><dd>${award?.title ?? list.award}</dd><dt>${t("list.authority")}</dt><dd>${award?.authority}</dd><dt>${t("list.decision")}</dt><dd>${list.decision}</dd><dt>${t("list.decisionDate")}</dt><dd>${formatDate(list.decisionDate)}</dd><dt>${t("list.count")}</dt><dd>${formatNumber(count)}</dd></dl>${renderComponent($$result, "SourceLine", $$SourceLine, { "link": sourceLink(list.source, documents) })}${renderComponent($$result, "DownloadLinks", $$DownloadLinks, {
			"heading": t("commendations.download"),
			"links": [{
				href: commendationPaths.recipientListCsv(id),
				text: "CSV",
				label: t("list.download.csv", { count: formatNumber(count) })
			}, {
				href: commendationPaths.recipientListJson(id),
				text: "JSON",
				label: t("list.download.json", { count: formatNumber(count) })
			}]
		})}${renderComponent($$result, "Pager", $$Pager, {
			"page": page.page,
			"pages": page.pages,
			"href": ((p) => paths.recipientList(id, p))
		})}${renderComponent($$result, "RecipientTable", $$RecipientTable, {
			"title": list.title,
			"rows": page.rows,
			"first": page.first,
			"count": count,
			"json": commendationPaths.recipientListFilterData(id),
			"awardTitles": awardTitles,
			"options": options
		})}${renderComponent($$result, "Pager", $$Pager, {
			"page": page.page,
			"pages": page.pages,
			"href": ((p) => paths.recipientList(id, p)),
			"label": t("list.pager.bottom")
		})}`,
		"head": ($$result) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, { "slot": "head" }, { "default": ($$result) => renderTemplate`${page.page > 1 && renderTemplate`<link rel="prev"${addAttribute(paths.recipientList(id, page.page - 1), "href")}>`}${page.page < page.pages && renderTemplate`<link rel="next"${addAttribute(paths.recipientList(id, page.page + 1), "href")}>`}` })}`
	})}`;
}, "/work/main/src/pages/khen-thuong/danh-sach/[id]/[...page].astro", void 0);
var $$file = "/work/main/src/pages/khen-thuong/danh-sach/[id]/[...page].astro";
var $$url = "/khen-thuong/danh-sach/[id]/[...page]/";
// \0virtual:astro:page:src/pages/khen-thuong/danh-sach/[id]/[...page]@_@astro
var page = () => ____page__exports;
export { page };
