import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { A as unescapeHTML, S as addAttribute, b as maybeRenderHead, d as renderComponent, p as Fragment, x as renderHead, y as renderTemplate } from "./jsx-runtime_CgoVUPa1.mjs";
import { n as createAstro } from "./PageHead_pw7aXI_g.mjs";
import { t as $$FigureValue } from "./FigureValue_BDsVeOP2.mjs";
import { t as renderScript } from "./script_D639hZJT.mjs";
import { L as formatNumber, M as sourceLink, P as formatDate, W as render, o as loadModels, r as loadDocumentMap } from "./content_BX0i433Z.mjs";
import { t as $$BaseLayout } from "./BaseLayout_DsKRAvPT.mjs";
import { i as t, n as paths, o as createComponent } from "./paths_pvcDhtkH.mjs";
import "./facets_CoSLIduA.mjs";
import { t as $$ModelCard } from "./ModelCard_DVQ4eA1v.mjs";
import { t as site } from "./site_CMuTqVf7.mjs";
import { t as OG_WIDTH } from "./og-image_DlU-VHjD.mjs";
import { n as jsonLdText, r as modelJsonLd, t as citationText } from "./model-profile_B1WMC6Ja.mjs";
// src/components/models/ModelFacts.astro
createAstro("https://antq-cqdnnt.bacgiang.example");
var $$ModelFacts = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$ModelFacts;
	const { data } = Astro.props;
	const unknown = t("model.unknown");
	const hostDetails = (host) => [
		t(`model.hostType.${host.type}`),
		host.ownership && t("model.host.ownership", { ownership: t(`model.ownership.${host.ownership}`) }),
		host.investorCountry && t("model.host.investor", { country: host.investorCountry }),
		host.foreignCapital && t("model.host.capital", { share: host.foreignCapital }),
		host.count !== void 0 && t("model.host.count", { count: formatNumber(host.count) })
	].filter((part) => typeof part === "string");
	return renderTemplate`${maybeRenderHead($$result)}<dl class="facts" data-astro-cid-cqcuigup><dt data-astro-cid-cqcuigup>${t("model.field.kind")}</dt><dd data-astro-cid-cqcuigup><a${addAttribute(paths.modelFacet("loai", data.kind), "href")} data-astro-cid-cqcuigup>${t(`model.kind.${data.kind}`)}</a></dd><dt data-astro-cid-cqcuigup>${t("model.field.hosts")}</dt><dd data-astro-cid-cqcuigup><ul class="hosts" data-astro-cid-cqcuigup>${data.hosts.map((host) => renderTemplate`<li data-astro-cid-cqcuigup><strong data-astro-cid-cqcuigup>${host.name}</strong><span class="muted" data-astro-cid-cqcuigup>${" "}(${hostDetails(host).join("; ")})</span>${host.ownership === "fdi" && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${" "}<a${addAttribute(paths.modelFacet("don-vi", "doanh-nghiep-fdi"), "href")} data-astro-cid-cqcuigup>${t("models.hostType.fdi")}</a>` })}`}</li>`)}</ul></dd><dt data-astro-cid-cqcuigup>${t("model.field.district")}</dt><dd data-astro-cid-cqcuigup>${data.location.district === null ? renderTemplate`<span class="unknown" data-astro-cid-cqcuigup>${unknown}</span>` : renderTemplate`<a${addAttribute(paths.modelFacet("huyen", data.location.district), "href")} data-astro-cid-cqcuigup>${data.location.district}</a>`}</dd><dt data-astro-cid-cqcuigup>${t("model.field.commune")}</dt><dd data-astro-cid-cqcuigup>${data.location.commune ?? renderTemplate`<span class="unknown" data-astro-cid-cqcuigup>${unknown}</span>`}</dd>${data.location.industrialPark !== null && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt data-astro-cid-cqcuigup>${t("model.field.industrialPark")}</dt><dd data-astro-cid-cqcuigup>${data.location.industrialPark}</dd>` })}`}<dt data-astro-cid-cqcuigup>${t("model.field.launched")}</dt><dd data-astro-cid-cqcuigup>${data.launched === null ? renderTemplate`<span class="unknown" data-astro-cid-cqcuigup>${unknown}</span>` : renderTemplate`<a${addAttribute(paths.modelFacet("nam", String(data.launched)), "href")} data-astro-cid-cqcuigup>${data.launched}</a>`}</dd><dt data-astro-cid-cqcuigup>${t("model.field.status")}</dt><dd data-astro-cid-cqcuigup><a${addAttribute(paths.modelFacet("trang-thai", data.status), "href")} data-astro-cid-cqcuigup>${t(`model.status.${data.status}`)}</a></dd></dl>`;
}, "/work/main/src/components/models/ModelFacts.astro", void 0);
// src/components/models/ModelImages.astro
createAstro("https://antq-cqdnnt.bacgiang.example");
var $$ModelImages = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$ModelImages;
	const { images } = Astro.props;
	return renderTemplate`${images.map((image) => renderTemplate`${maybeRenderHead($$result)}<figure class="model-image" data-astro-cid-5flmmpa6><img${addAttribute(image.src, "src")}${addAttribute(image.alt, "alt")} loading="lazy" decoding="async" data-astro-cid-5flmmpa6>${image.caption && renderTemplate`<figcaption data-astro-cid-5flmmpa6>${image.caption}</figcaption>`}</figure>`)}`;
}, "/work/main/src/components/models/ModelImages.astro", void 0);
// src/components/models/ModelSources.astro
createAstro("https://antq-cqdnnt.bacgiang.example");
var $$ModelSources = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$ModelSources;
	const { links } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<section aria-labelledby="van-ban-nguon" data-astro-cid-auigf5ix><h2 id="van-ban-nguon" data-astro-cid-auigf5ix>${t("model.sources")}</h2><p data-astro-cid-auigf5ix>${t("model.sources.lead")}</p><ul class="sources" data-astro-cid-auigf5ix>${links.map((link) => renderTemplate`<li data-astro-cid-auigf5ix><a${addAttribute(link.href, "href")} data-astro-cid-auigf5ix>${link.title}</a>, ${link.section}.</li>`)}</ul></section>`;
}, "/work/main/src/components/models/ModelSources.astro", void 0);
// src/components/models/RelatedModels.astro
createAstro("https://antq-cqdnnt.bacgiang.example");
var $$RelatedModels = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$RelatedModels;
	const { models } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<section class="no-print" aria-labelledby="lien-quan" data-astro-cid-epq4mg32><h2 id="lien-quan" data-astro-cid-epq4mg32>${t("model.related")}</h2>${models.length === 0 ? renderTemplate`<p data-astro-cid-epq4mg32>${t("model.related.none")}</p>` : renderTemplate`<ul class="related" data-astro-cid-epq4mg32>${models.map((m) => renderTemplate`${renderComponent($$result, "ModelCard", $$ModelCard, {
		"id": m.id,
		"data": m.data,
		"data-astro-cid-epq4mg32": true
	})}`)}</ul>`}</section>`;
}, "/work/main/src/components/models/RelatedModels.astro", void 0);
// src/components/models/CiteBlock.astro
createAstro("https://antq-cqdnnt.bacgiang.example");
var $$CiteBlock = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$CiteBlock;
	const { title, url, updated, citation } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<section class="cite" aria-labelledby="trich-dan" data-astro-cid-sqydj6sp><h2 id="trich-dan" data-astro-cid-sqydj6sp>${t("model.cite")}</h2><p data-astro-cid-sqydj6sp>${t("model.cite.lead")}</p><p class="citation" data-astro-cid-sqydj6sp>${citation}</p><dl class="facts" data-astro-cid-sqydj6sp><dt data-astro-cid-sqydj6sp>${t("model.cite.title")}</dt><dd data-astro-cid-sqydj6sp>${title}</dd><dt data-astro-cid-sqydj6sp>${t("model.cite.url")}</dt><dd data-astro-cid-sqydj6sp><code class="url" data-astro-cid-sqydj6sp>${url}</code></dd><dt data-astro-cid-sqydj6sp>${t("model.cite.date")}</dt><dd data-astro-cid-sqydj6sp><time${addAttribute(updated, "datetime")} data-astro-cid-sqydj6sp>${formatDate(updated)}</time></dd></dl><p class="no-print" data-astro-cid-sqydj6sp><button type="button" class="copy-link"${addAttribute(url, "data-copy-url")}${addAttribute(t("model.copy.done"), "data-done")}${addAttribute(t("model.copy.failed"), "data-failed")} hidden data-astro-cid-sqydj6sp>${t("model.copy")}</button><span class="copy-status" role="status" data-astro-cid-sqydj6sp></span></p></section>${renderScript($$result, "/work/main/src/components/models/CiteBlock.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/main/src/components/models/CiteBlock.astro", void 0);
// src/components/models/ShareMeta.astro
createAstro("https://antq-cqdnnt.bacgiang.example");
var $$ShareMeta = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$ShareMeta;
	const { title, description, url, image, updated, jsonLd } = Astro.props;
	const imageAlt = t("model.ogAlt", { name: title });
	return renderTemplate`<meta property="og:type" content="article"><meta property="og:locale" content="vi_VN"><meta property="og:site_name"${addAttribute(site.shortName, "content")}><meta property="og:title"${addAttribute(title, "content")}><meta property="og:description"${addAttribute(description, "content")}><meta property="og:url"${addAttribute(url, "content")}><meta property="og:image"${addAttribute(image, "content")}><meta property="og:image:type" content="image/png"><meta property="og:image:width"${addAttribute(String(OG_WIDTH), "content")}><meta property="og:image:height"${addAttribute(String(630), "content")}><meta property="og:image:alt"${addAttribute(imageAlt, "content")}><meta property="article:modified_time"${addAttribute(updated, "content")}><meta name="twitter:card" content="summary_large_image"><meta name="twitter:title"${addAttribute(title, "content")}><meta name="twitter:description"${addAttribute(description, "content")}><meta name="twitter:image"${addAttribute(image, "content")}><meta name="twitter:image:alt"${addAttribute(imageAlt, "content")}><script type="application/ld+json">${unescapeHTML(jsonLdText(jsonLd))}<\/script>`;
}, "/work/main/src/components/models/ShareMeta.astro", void 0);
// src/components/models/RedirectPage.astro
createAstro("https://antq-cqdnnt.bacgiang.example");
var $$RedirectPage = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$RedirectPage;
	const { to, name } = Astro.props;
	const canonical = new URL(to, site.baseUrl).href;
	return renderTemplate`<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t("redirect.title")} — ${site.shortName}</title><meta name="robots" content="noindex"><link rel="canonical"${addAttribute(canonical, "href")}><meta http-equiv="refresh"${addAttribute(`0; url=${to}`, "content")}>${renderHead($$result)}</head><body><main><h1>${t("redirect.title")}</h1><p>${t("redirect.body")}${" "}<a${addAttribute(to, "href")}>${name}</a></p></main></body></html>`;
}, "/work/main/src/components/models/RedirectPage.astro", void 0);
// src/lib/related.ts
/**
* Models sharing both kind and district first, then the same kind, then the same district; ties by
* name (Vietnamese order) then id, so the list is the same on every build.
*/
function relatedModels(model, all, limit = 6) {
	const district = model.data.location.district;
	const score = (other) => (other.data.kind === model.data.kind ? 2 : 0) + (district !== null && other.data.location.district === district ? 1 : 0);
	return all.filter((other) => other.id !== model.id && score(other) > 0).sort((a, b) => score(b) - score(a) || a.data.name.localeCompare(b.data.name, "vi") || a.id.localeCompare(b.id)).slice(0, limit);
}
// src/lib/redirects.ts
/** Former slugs (aliases) of model profiles keep working: one redirect page and one host rule each. */
/** Every alias of every model, sorted by old URL so the output is stable. */
function modelRedirects(models) {
	return models.flatMap((m) => [...new Set(m.data.aliases)].map((alias) => ({
		alias,
		target: m.id,
		from: paths.model(alias),
		to: paths.model(m.id)
	}))).sort((a, b) => a.from.localeCompare(b.from));
}
// src/pages/mo-hinh/[id].astro
var _id__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Id,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://antq-cqdnnt.bacgiang.example");
var getStaticPaths = (async () => {
	const models = await loadModels();
	const documents = await loadDocumentMap();
	const byId = new Map(models.map((m) => [m.id, m]));
	const profiles = models.map((entry) => ({
		params: { id: entry.id },
		props: {
			page: "profile",
			entry,
			related: relatedModels(entry, models),
			sources: entry.data.sources.map((s) => sourceLink(s, documents)),
			jsonLd: modelJsonLd({
				id: entry.id,
				data: entry.data,
				documents,
				baseUrl: site.baseUrl,
				publisher: site.publisher
			})
		}
	}));
	const redirects = modelRedirects(models).map((r) => ({
		params: { id: r.alias },
		props: {
			page: "redirect",
			to: r.to,
			name: byId.get(r.target).data.name
		}
	}));
	return [...profiles, ...redirects];
});
var $$Id = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Id;
	const props = Astro.props;
	const profile = props.page === "profile" ? props : null;
	const Content = profile ? (await render(profile.entry)).Content : null;
	const url = profile ? new URL(paths.model(profile.entry.id), site.baseUrl).href : "";
	return renderTemplate`${props.page === "redirect" && renderTemplate`${renderComponent($$result, "RedirectPage", $$RedirectPage, {
		"to": props.to,
		"name": props.name
	})}`}${profile && Content && renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": profile.entry.data.name,
		"description": profile.entry.data.summary
	}, {
		"default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<p class="muted"><a${addAttribute(paths.models(), "href")}>${t("models.title")}</a></p><h1>${profile.entry.data.name}</h1><p class="lead">${profile.entry.data.summary}</p><p class="muted">${t("model.field.updated")}: <time${addAttribute(profile.entry.data.updated, "datetime")}>${formatDate(profile.entry.data.updated)}</time></p><h2>${t("model.facts")}</h2>${renderComponent($$result, "ModelFacts", $$ModelFacts, { "data": profile.entry.data })}<h2>${t("model.narrative")}</h2>${renderComponent($$result, "ModelImages", $$ModelImages, { "images": profile.entry.data.images })}<div class="prose">${renderComponent($$result, "Content", Content, { "components": { So: $$FigureValue } })}</div>${renderComponent($$result, "ModelSources", $$ModelSources, { "links": profile.sources })}${renderComponent($$result, "RelatedModels", $$RelatedModels, { "models": profile.related })}${renderComponent($$result, "CiteBlock", $$CiteBlock, {
			"title": profile.entry.data.name,
			"url": url,
			"updated": profile.entry.data.updated,
			"citation": citationText({
				name: profile.entry.data.name,
				siteName: site.name,
				url,
				updated: profile.entry.data.updated
			})
		})}`,
		"head": ($$result) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, { "slot": "head" }, { "default": ($$result) => renderTemplate`${renderComponent($$result, "ShareMeta", $$ShareMeta, {
			"title": profile.entry.data.name,
			"description": profile.entry.data.summary,
			"url": url,
			"image": new URL(paths.modelOgImage(profile.entry.id), site.baseUrl).href,
			"updated": profile.entry.data.updated,
			"jsonLd": profile.jsonLd
		})}` })}`
	})}`}`;
}, "/work/main/src/pages/mo-hinh/[id].astro", void 0);
var $$file = "/work/main/src/pages/mo-hinh/[id].astro";
var $$url = "/mo-hinh/[id]/";
// \0virtual:astro:page:src/pages/mo-hinh/[id]@_@astro
var page = () => _id__exports;
export { page };
