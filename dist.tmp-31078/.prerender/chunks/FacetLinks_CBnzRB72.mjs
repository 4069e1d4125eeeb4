import { S as addAttribute, b as maybeRenderHead, y as renderTemplate } from "./jsx-runtime_CgoVUPa1.mjs";
import { n as createAstro } from "./PageHead_pw7aXI_g.mjs";
import { i as t, o as createComponent } from "./paths_pvcDhtkH.mjs";
import { L as formatNumber } from "./content_BX0i433Z.mjs";
// src/components/models/FacetLinks.astro
createAstro("https://antq-cqdnnt.bacgiang.example");
var $$FacetLinks = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$FacetLinks;
	const { facets, current } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<nav class="facet-links" aria-labelledby="loc-theo" data-astro-cid-6udqflyc><h2 id="loc-theo" data-astro-cid-6udqflyc>${t("models.facets")}</h2><p class="muted" data-astro-cid-6udqflyc>${t("models.facets.lead")}</p><div class="facet-grid" data-astro-cid-6udqflyc>${facets.map((facet) => renderTemplate`<section${addAttribute(`facet-${facet.name}`, "aria-labelledby")} data-astro-cid-6udqflyc><h3${addAttribute(`facet-${facet.name}`, "id")} data-astro-cid-6udqflyc>${facet.label}</h3>${facet.values.length === 0 ? renderTemplate`<p class="muted" data-astro-cid-6udqflyc>${t("model.unknown")}</p>` : renderTemplate`<ul data-astro-cid-6udqflyc>${facet.values.map((value) => renderTemplate`<li data-astro-cid-6udqflyc><a${addAttribute(value.href, "href")}${addAttribute(value.href === current ? "page" : void 0, "aria-current")} data-astro-cid-6udqflyc>${value.label}</a>${" "}<span class="muted" data-astro-cid-6udqflyc>(${formatNumber(value.ids.length)})</span></li>`)}</ul>`}</section>`)}</div></nav>`;
}, "/work/main/src/components/models/FacetLinks.astro", void 0);
export { $$FacetLinks as t };
