// .astro/content-staged-31078/models/truong-hoc-an-toan-thpt-viet-yen-so-2.mdx?astroPropagatedAssets
async function getMod() {
	return import("./truong-hoc-an-toan-thpt-viet-yen-so-2_nro2tXTO.mjs");
}
var defaultMod = {
	__astroPropagation: true,
	getMod,
	collectedLinks: [],
	collectedStyles: [],
	collectedScripts: []
};
export { defaultMod as default };
