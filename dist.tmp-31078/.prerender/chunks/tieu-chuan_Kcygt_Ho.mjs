import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as addAttribute, b as maybeRenderHead, d as renderComponent, p as Fragment, y as renderTemplate } from "./jsx-runtime_CgoVUPa1.mjs";
import { n as createAstro } from "./PageHead_pw7aXI_g.mjs";
import { t as $$BaseLayout } from "./BaseLayout_DsKRAvPT.mjs";
import { t as $$SourceLine } from "./SourceLine_BmAv0ymE.mjs";
import { i as t, n as paths, o as createComponent } from "./paths_pvcDhtkH.mjs";
import { L as formatNumber, M as sourceLink, P as formatDate, h as arrangeCommendations, n as loadCommendations, r as loadDocumentMap } from "./content_BX0i433Z.mjs";
// src/components/commendations/QuotaTable.astro
createAstro("https://antq-cqdnnt.bacgiang.example");
var $$QuotaTable = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$QuotaTable;
	const { id, award, lines } = Astro.props;
	const counts = (line) => [
		line.collectives === void 0 ? null : t("rules.quota.collectives", { count: formatNumber(line.collectives) }),
		line.individuals === void 0 ? null : t("rules.quota.individuals", { count: formatNumber(line.individuals) }),
		line.collectivesOrIndividuals === void 0 ? null : t("rules.quota.either", { count: formatNumber(line.collectivesOrIndividuals) })
	].filter((part) => part !== null).join(", ");
	const rows = lines.flatMap((line) => [{
		line,
		depth: 0
	}, ...line.breakdown.map((sub) => ({
		line: sub,
		depth: 1
	}))]);
	return renderTemplate`${maybeRenderHead($$result)}<div class="table-wrap" role="region"${addAttribute(`${id}-caption`, "aria-labelledby")} tabindex="0" data-astro-cid-qj5ljplr><table class="quota" data-astro-cid-qj5ljplr><caption${addAttribute(`${id}-caption`, "id")} data-astro-cid-qj5ljplr>${t("rules.quota.caption", { award })}</caption><thead data-astro-cid-qj5ljplr><tr data-astro-cid-qj5ljplr><th scope="col" data-astro-cid-qj5ljplr>${t("rules.quota.bloc")}</th><th scope="col" data-astro-cid-qj5ljplr>${t("rules.quota.count")}</th></tr></thead><tbody data-astro-cid-qj5ljplr>${rows.map(({ line, depth }) => renderTemplate`<tr${addAttribute(depth === 1 ? "sub" : void 0, "class")}${addAttribute(line.bloc, "data-bloc")} data-astro-cid-qj5ljplr><th scope="row" data-astro-cid-qj5ljplr>${depth === 1 && renderTemplate`<span class="visually-hidden" data-astro-cid-qj5ljplr>${t("rules.quota.breakdown")}:${" "}</span>`}${line.bloc}${line.units.length > 0 && renderTemplate`<span class="units" data-astro-cid-qj5ljplr>${t("rules.quota.units", { units: line.units.join("; ") })}</span>`}</th><td data-astro-cid-qj5ljplr>${counts(line) && renderTemplate`<strong class="count" data-astro-cid-qj5ljplr>${counts(line)}${line.perUnit && ` (${t("rules.quota.perUnit")})`}</strong>`}${line.note && renderTemplate`<span class="note" data-astro-cid-qj5ljplr>${line.note}</span>`}</td></tr>`)}</tbody></table></div>`;
}, "/work/main/src/components/commendations/QuotaTable.astro", void 0);
// src/components/commendations/RuleEntry.astro
createAstro("https://antq-cqdnnt.bacgiang.example");
var $$RuleEntry = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$RuleEntry;
	const { rule, source } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<article class="rule" data-astro-cid-y7hogwnb><h3 data-astro-cid-y7hogwnb>${rule.title}</h3><ul class="prose" data-astro-cid-y7hogwnb>${rule.items.map((item) => renderTemplate`<li data-astro-cid-y7hogwnb>${item.date && renderTemplate`<strong class="date" data-astro-cid-y7hogwnb>${t("rules.date", { date: formatDate(item.date) })}.${" "}</strong>`}${item.text}</li>`)}</ul>${renderComponent($$result, "SourceLine", $$SourceLine, {
		"link": source,
		"data-astro-cid-y7hogwnb": true
	})}</article>`;
}, "/work/main/src/components/commendations/RuleEntry.astro", void 0);
// src/pages/khen-thuong/tieu-chuan.astro
var tieu_chuan_exports = /* @__PURE__ */ __exportAll({
	default: () => $$TieuChuan,
	file: () => $$file,
	url: () => $$url
});
var $$TieuChuan = createComponent(async ($$result, $$props, $$slots) => {
	const documents = await loadDocumentMap();
	const { awards, quotas, criteria, rules } = arrangeCommendations(await loadCommendations());
	const after = [
		"loai-tru",
		"ho-so",
		"thoi-han",
		"luu-y"
	];
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": t("rules.title"),
		"description": t("rules.lead"),
		"data-astro-cid-ylbs7ubu": true
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<p class="muted" data-astro-cid-ylbs7ubu><a${addAttribute(paths.commendations(), "href")} data-astro-cid-ylbs7ubu>${t("commendations.title")}</a></p><h1 data-astro-cid-ylbs7ubu>${t("rules.title")}</h1><p class="lead" data-astro-cid-ylbs7ubu>${t("rules.lead")}</p>${rules["doi-tuong"].length > 0 && renderTemplate`<section aria-labelledby="doi-tuong" data-astro-cid-ylbs7ubu><h2 id="doi-tuong" data-astro-cid-ylbs7ubu>${t("rules.topic.doi-tuong")}</h2>${rules["doi-tuong"].map(({ data }) => renderTemplate`${renderComponent($$result, "RuleEntry", $$RuleEntry, {
		"rule": data,
		"source": sourceLink(data.source, documents),
		"data-astro-cid-ylbs7ubu": true
	})}`)}</section>`}${quotas.length > 0 && renderTemplate`<section aria-labelledby="so-luong" data-astro-cid-ylbs7ubu><h2 id="so-luong" data-astro-cid-ylbs7ubu>${t("rules.quotas")}</h2>${quotas.map(({ id, data }) => {
		const award = awards.get(data.award);
		return renderTemplate`<article class="quota-entry"${addAttribute(id, "data-quota")} data-astro-cid-ylbs7ubu><h3 data-astro-cid-ylbs7ubu>${award?.title ?? data.title}</h3>${award && renderTemplate`<p class="muted" data-astro-cid-ylbs7ubu>${t("rules.authority", { authority: award.authority })}</p>`}${data.total !== void 0 && renderTemplate`<p data-astro-cid-ylbs7ubu><strong data-astro-cid-ylbs7ubu>${t("rules.quota.total", { total: formatNumber(data.total) })}</strong></p>`}${data.rule && renderTemplate`<p class="prose" data-astro-cid-ylbs7ubu>${data.rule}</p>`}${data.lines.length > 0 && renderTemplate`${renderComponent($$result, "QuotaTable", $$QuotaTable, {
			"id": id,
			"award": award?.title ?? data.title,
			"lines": data.lines,
			"data-astro-cid-ylbs7ubu": true
		})}`}${renderComponent($$result, "SourceLine", $$SourceLine, {
			"link": sourceLink(data.source, documents),
			"data-astro-cid-ylbs7ubu": true
		})}</article>`;
	})}</section>`}${criteria.length > 0 && renderTemplate`<section aria-labelledby="tieu-chuan" data-astro-cid-ylbs7ubu><h2 id="tieu-chuan" data-astro-cid-ylbs7ubu>${t("rules.criteria")}</h2>${criteria.map((group) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<h3 data-astro-cid-ylbs7ubu>${t(`rules.criteria.${group.recipientType}`)}</h3>${group.entries.map(({ id, data }) => renderTemplate`<article class="criteria"${addAttribute(id, "data-criteria")} data-astro-cid-ylbs7ubu><h4 data-astro-cid-ylbs7ubu>${data.title}</h4><ol class="prose" data-astro-cid-ylbs7ubu>${data.requirements.map((requirement) => renderTemplate`<li data-astro-cid-ylbs7ubu>${requirement}</li>`)}</ol>${renderComponent($$result, "SourceLine", $$SourceLine, {
		"link": sourceLink(data.source, documents),
		"data-astro-cid-ylbs7ubu": true
	})}</article>`)}` })}`)}</section>`}${after.filter((topic) => rules[topic].length > 0).map((topic) => renderTemplate`<section${addAttribute(topic, "aria-labelledby")} data-astro-cid-ylbs7ubu><h2${addAttribute(topic, "id")} data-astro-cid-ylbs7ubu>${t(`rules.topic.${topic}`)}</h2>${rules[topic].map(({ data }) => renderTemplate`${renderComponent($$result, "RuleEntry", $$RuleEntry, {
		"rule": data,
		"source": sourceLink(data.source, documents),
		"data-astro-cid-ylbs7ubu": true
	})}`)}</section>`)}` })}`;
}, "/work/main/src/pages/khen-thuong/tieu-chuan.astro", void 0);
var $$file = "/work/main/src/pages/khen-thuong/tieu-chuan.astro";
var $$url = "/khen-thuong/tieu-chuan/";
// \0virtual:astro:page:src/pages/khen-thuong/tieu-chuan@_@astro
var page = () => tieu_chuan_exports;
export { page };
