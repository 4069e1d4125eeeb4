import { d as renderComponent, y as renderTemplate } from "./jsx-runtime_CgoVUPa1.mjs";
import { o as createComponent } from "./paths_pvcDhtkH.mjs";
import { n as createAstro } from "./PageHead_pw7aXI_g.mjs";
import { t as $$StatChart } from "./StatChart_Dqe_xUWR.mjs";
import { n as $$SumNote } from "./consistency_aR_5KRH0.mjs";
import { x as sumNotesForGroup } from "./content_BX0i433Z.mjs";
// src/components/statistics/ChartList.astro
createAstro("https://antq-cqdnnt.bacgiang.example");
var $$ChartList = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$ChartList;
	const { charts, figures, checks, headingLevel = 2 } = Astro.props;
	return renderTemplate`${charts.map((spec) => renderTemplate`${renderComponent($$result, "StatChart", $$StatChart, {
		"spec": spec,
		"headingLevel": headingLevel
	}, { "default": ($$result) => renderTemplate`${sumNotesForGroup(spec.id, figures, checks).map(({ check, total, partValues }) => renderTemplate`${renderComponent($$result, "SumNote", $$SumNote, {
		"check": check,
		"total": total,
		"partValues": partValues
	})}`)}` })}`)}`;
}, "/work/main/src/components/statistics/ChartList.astro", void 0);
export { $$ChartList as t };
