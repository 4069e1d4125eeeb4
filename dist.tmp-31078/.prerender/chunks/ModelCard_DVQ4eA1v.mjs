import { S as addAttribute, b as maybeRenderHead, i as spreadAttributes, y as renderTemplate } from "./jsx-runtime_CgoVUPa1.mjs";
import { n as createAstro } from "./PageHead_pw7aXI_g.mjs";
import { i as t, n as paths, o as createComponent } from "./paths_pvcDhtkH.mjs";
import { i as placeLabel } from "./model-profile_B1WMC6Ja.mjs";
// src/components/models/ModelCard.astro
createAstro("https://antq-cqdnnt.bacgiang.example");
var $$ModelCard = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$ModelCard;
	const { id, data, keys } = Astro.props;
	const place = placeLabel(data.location);
	const dataAttributes = keys ? Object.fromEntries(Object.entries(keys).map(([facet, values]) => [`data-${facet}`, values.join(" ")])) : {};
	return renderTemplate`${maybeRenderHead($$result)}<li class="model-card"${spreadAttributes(dataAttributes)} data-astro-cid-v7ux3vth><a class="model-name"${addAttribute(paths.model(id), "href")} data-astro-cid-v7ux3vth>${data.name}</a><p class="model-meta" data-astro-cid-v7ux3vth>${t(`model.kind.${data.kind}`)} · ${place ?? t("model.unknown")}</p></li>`;
}, "/work/main/src/components/models/ModelCard.astro", void 0);
export { $$ModelCard as t };
