import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as addAttribute, b as maybeRenderHead, d as renderComponent, p as Fragment, y as renderTemplate } from "./jsx-runtime_CgoVUPa1.mjs";
import { n as createAstro } from "./PageHead_pw7aXI_g.mjs";
import { t as $$BaseLayout } from "./BaseLayout_DsKRAvPT.mjs";
import { t as $$ChartList } from "./ChartList_BEQGRGVz.mjs";
import { t as $$PageFacts } from "./PageFacts_D6CzLzTJ.mjs";
import { t as $$SourceLine } from "./SourceLine_BmAv0ymE.mjs";
import { i as t, o as createComponent } from "./paths_pvcDhtkH.mjs";
import { I as formatFigure, L as formatNumber, M as sourceLink, P as formatDate, _ as groupsOfTheme, a as loadFigures, c as loadStatisticGroups, g as TARGETS_THEME, r as loadDocumentMap, t as loadCharts, u as loadTargets, v as lastChanged, y as spanOf } from "./content_BX0i433Z.mjs";
import { t as checkSums } from "./consistency_aR_5KRH0.mjs";
// src/lib/targets.ts
/**
* Goals are levels to reach ("ít nhất"): reached when the reported achievement is at least the
* goal (the lower end of a range). A goal without a number, or without a reported achievement,
* has no data to judge by.
*/
function goalStatus(goal) {
	if (goal.achievement === void 0 || goal.value === null) return "chua-co-so-lieu";
	return goal.achievement.value >= goal.value ? "dat" : "chua-dat";
}
/** The goal as the document states it: "100%", "156/184 xã", "5–10%", "trên 80 chuyên trang". */
function formatGoal(goal) {
	if (goal.value === null) return void 0;
	if (goal.valueMax !== void 0) {
		const range = `${formatNumber(goal.value)}–${formatNumber(goal.valueMax)}`;
		const withUnit = goal.unit === "%" ? `${range}%` : `${range} ${goal.unit}`;
		return goal.qualifier ? `${goal.qualifier} ${withUnit}` : withUnit;
	}
	return formatFigure({
		value: goal.value,
		unit: goal.unit,
		qualifier: goal.qualifier,
		outOf: goal.outOf
	});
}
/** Count of goals per status, for the summary line above the targets table. */
function countStatuses(goals) {
	const counts = {
		dat: 0,
		"chua-dat": 0,
		"chua-co-so-lieu": 0
	};
	for (const goal of goals) counts[goalStatus(goal)] += 1;
	return counts;
}
// src/components/statistics/TargetGoals.astro
createAstro("https://antq-cqdnnt.bacgiang.example");
var $$TargetGoals = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$TargetGoals;
	const { id, target, documents } = Astro.props;
	const headingId = `muc-tieu-${id}`;
	return renderTemplate`${maybeRenderHead($$result)}<section class="target"${addAttribute(id, "id")}${addAttribute(headingId, "aria-labelledby")} data-astro-cid-yel2qpt5><h2${addAttribute(headingId, "id")} data-astro-cid-yel2qpt5>${target.number}. ${target.title}</h2><details data-astro-cid-yel2qpt5><summary data-astro-cid-yel2qpt5>${t("targets.text")}</summary><p class="prose" data-astro-cid-yel2qpt5>${target.text}</p></details><ul class="goals" data-astro-cid-yel2qpt5>${target.goals.map((goal) => {
		const status = goalStatus(goal);
		const link = goal.achievement && sourceLink(goal.achievement.source, documents);
		return renderTemplate`<li class="goal"${addAttribute(status, "data-status")} data-astro-cid-yel2qpt5><p class="goal-text" data-astro-cid-yel2qpt5>${goal.description}</p><dl data-astro-cid-yel2qpt5><div data-astro-cid-yel2qpt5><dt data-astro-cid-yel2qpt5>${t("targets.goal.value")}</dt><dd data-field="value" data-astro-cid-yel2qpt5>${formatGoal(goal) ?? t("targets.goal.noValue")}</dd></div><div data-astro-cid-yel2qpt5><dt data-astro-cid-yel2qpt5>${t("targets.deadline")}</dt><dd data-field="deadline" data-astro-cid-yel2qpt5>${goal.deadline === "hằng năm" ? goal.deadline : formatDate(goal.deadline)}</dd></div><div data-astro-cid-yel2qpt5><dt data-astro-cid-yel2qpt5>${t("targets.achievement")}</dt><dd data-field="achievement" data-astro-cid-yel2qpt5>${goal.achievement && link ? renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${formatFigure({
			value: goal.achievement.value,
			unit: goal.unit
		})}${" "}(${t("targets.achievement.asOf", { date: formatDate(goal.achievement.asOf) })};${" "}<a${addAttribute(link.href, "href")} data-astro-cid-yel2qpt5>${link.title}</a>, ${link.section})` })}` : t("targets.achievement.none")}</dd></div><div data-astro-cid-yel2qpt5><dt data-astro-cid-yel2qpt5>${t("targets.status")}</dt><dd data-field="status" data-astro-cid-yel2qpt5><span${addAttribute(`status status-${status}`, "class")} data-astro-cid-yel2qpt5>${t(`targets.status.${status}`)}</span></dd></div></dl></li>`;
	})}</ul>${target.appendix && renderTemplate`<p data-astro-cid-yel2qpt5>${t("targets.appendix", { appendix: target.appendix })}</p>`}${renderComponent($$result, "SourceLine", $$SourceLine, {
		"link": sourceLink(target.source, documents),
		"data-astro-cid-yel2qpt5": true
	})}</section>`;
}, "/work/main/src/components/statistics/TargetGoals.astro", void 0);
// src/pages/muc-tieu/index.astro
var muc_tieu_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const targets = await loadTargets();
	const documents = await loadDocumentMap();
	const budgetGroups = groupsOfTheme(await loadStatisticGroups(), TARGETS_THEME);
	const budgetIds = new Set(budgetGroups.map((g) => g.id));
	const budget = (await loadCharts()).filter((c) => budgetIds.has(c.id));
	const figures = await loadFigures();
	const counts = countStatuses(targets.flatMap((target) => target.data.goals));
	const total = counts.dat + counts["chua-dat"] + counts["chua-co-so-lieu"];
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": t("targets.title"),
		"description": t("targets.lead")
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1>${t("targets.title")}</h1><p class="lead">${t("targets.lead")}</p>${renderComponent($$result, "PageFacts", $$PageFacts, {
		"period": spanOf(budgetGroups.map((g) => g.data.period)),
		"updated": lastChanged([...targets.map((x) => x.data.updated), ...budgetGroups.map((g) => g.data.updated)])
	})}${targets.length === 0 ? renderTemplate`<p>${t("targets.none")}</p>` : renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<p data-status-summary>${t("targets.summary", {
		total,
		dat: counts.dat,
		chuaDat: counts["chua-dat"],
		none: counts["chua-co-so-lieu"]
	})}</p>${targets.map((target) => renderTemplate`${renderComponent($$result, "TargetGoals", $$TargetGoals, {
		"id": target.id,
		"target": target.data,
		"documents": documents
	})}`)}` })}`}${budget.length > 0 && renderTemplate`<section aria-labelledby="kinh-phi"><h2 id="kinh-phi">${t("targets.budget")}</h2>${renderComponent($$result, "ChartList", $$ChartList, {
		"charts": budget,
		"figures": figures,
		"checks": checkSums(figures),
		"headingLevel": 3
	})}</section>`}` })}`;
}, "/work/main/src/pages/muc-tieu/index.astro", void 0);
var $$file = "/work/main/src/pages/muc-tieu/index.astro";
var $$url = "/muc-tieu/";
// \0virtual:astro:page:src/pages/muc-tieu/index@_@astro
var page = () => muc_tieu_exports;
export { page };
