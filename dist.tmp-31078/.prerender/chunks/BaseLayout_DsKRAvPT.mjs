import { S as addAttribute, b as maybeRenderHead, d as renderComponent, g as renderSlot, x as renderHead, y as renderTemplate } from "./jsx-runtime_CgoVUPa1.mjs";
import { n as createAstro, t as $$PageHead } from "./PageHead_pw7aXI_g.mjs";
import { t as site } from "./site_CMuTqVf7.mjs";
import { i as t, n as paths, o as createComponent } from "./paths_pvcDhtkH.mjs";
// src/lib/nav.ts
var navItems = [
	{
		href: paths.home(),
		label: "site.nav.home"
	},
	{
		href: paths.models(),
		label: "site.nav.models"
	},
	{
		href: paths.statistics(),
		label: "site.nav.statistics"
	},
	{
		href: paths.targets(),
		label: "site.nav.targets"
	},
	{
		href: paths.commendations(),
		label: "site.nav.commendations"
	},
	{
		href: paths.documents(),
		label: "site.nav.documents"
	},
	{
		href: paths.openData(),
		label: "site.nav.data"
	},
	{
		href: paths.search(),
		label: "site.nav.search"
	}
];
/** Whether a nav link is the current section (home only matches itself). */
function isCurrent(href, path) {
	if (href === "/") return path === "/";
	return path === href || path.startsWith(href);
}
// src/components/search/HeaderSearch.astro
var $$HeaderSearch = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${maybeRenderHead($$result)}<form class="header-search" role="search"${addAttribute(paths.search(), "action")} method="get"${addAttribute(t("search.header.label"), "aria-label")} data-astro-cid-3af3prxe><label class="visually-hidden" for="tim-kiem-dau-trang" data-astro-cid-3af3prxe>${t("search.header.label")}</label><input id="tim-kiem-dau-trang" name="q" type="search" enterkeyhint="search" autocomplete="off" data-astro-cid-3af3prxe><button type="submit" data-astro-cid-3af3prxe>${t("search.submit")}</button></form>`;
}, "/work/main/src/components/search/HeaderSearch.astro", void 0);
// src/components/site/Header.astro
createAstro("https://antq-cqdnnt.bacgiang.example");
var $$Header = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Header;
	const { path } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<header class="site-header"><div class="container"><a class="site-title" href="/">${site.shortName}</a><nav class="site-nav"${addAttribute(t("site.nav.label"), "aria-label")}><ul>${navItems.map((item) => renderTemplate`<li><a${addAttribute(item.href, "href")}${addAttribute(isCurrent(item.href, path) ? "page" : void 0, "aria-current")}>${t(item.label)}</a></li>`)}</ul></nav>${renderComponent($$result, "HeaderSearch", $$HeaderSearch, {})}${renderSlot($$result, $$slots["default"])}</div></header>`;
}, "/work/main/src/components/site/Header.astro", void 0);
// src/components/site/Footer.astro
var $$Footer = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${maybeRenderHead($$result)}<footer class="site-footer"><div class="container"><p><strong>${t("site.footer.publisher")}:</strong> ${site.publisher}.</p><p>${t("site.footer.directive")} ${site.directive}.</p><p>${t("site.footer.sources")} <a href="/van-ban/">${t("site.footer.documents")}</a>.</p><p><a${addAttribute(paths.openData(), "href")}>${t("site.footer.data")}</a> · <a${addAttribute(paths.feed(), "href")}>${t("site.footer.feed")}</a> · <a${addAttribute(paths.sitemap(), "href")}>${t("site.footer.sitemap")}</a></p></div></footer>`;
}, "/work/main/src/components/site/Footer.astro", void 0);
// src/layouts/BaseLayout.astro
createAstro("https://antq-cqdnnt.bacgiang.example");
var $$BaseLayout = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$BaseLayout;
	const { title, description, noindex = false } = Astro.props;
	const path = Astro.url.pathname;
	const canonical = new URL(path, site.baseUrl).href;
	const fullTitle = path === "/" ? site.name : `${title} — ${site.shortName}`;
	return renderTemplate`<html lang="vi"><head>${renderComponent($$result, "PageHead", $$PageHead, {
		"title": fullTitle,
		"description": description,
		"canonical": noindex ? void 0 : canonical
	})}<link rel="alternate" type="application/rss+xml"${addAttribute(t("site.footer.feed"), "title")}${addAttribute(paths.feed(), "href")}>${renderSlot($$result, $$slots["head"])}${renderHead($$result)}</head><body><a class="skip-link" href="#noi-dung">${t("site.skip")}</a>${renderComponent($$result, "Header", $$Header, { "path": path }, { "default": ($$result) => renderTemplate`${renderSlot($$result, $$slots["header"])}` })}<main id="noi-dung" tabindex="-1"><div class="container">${renderSlot($$result, $$slots["default"])}</div></main>${renderComponent($$result, "Footer", $$Footer, {})}</body></html>`;
}, "/work/main/src/layouts/BaseLayout.astro", void 0);
export { $$BaseLayout as t };
