// .astro/content-staged-31078/models/truong-hoc-an-toan-thpt-luc-ngan-so-1.mdx?astroPropagatedAssets
async function getMod() {
	return import("./truong-hoc-an-toan-thpt-luc-ngan-so-1_CPaAQu3d.mjs");
}
var defaultMod = {
	__astroPropagation: true,
	getMod,
	collectedLinks: [],
	collectedStyles: [],
	collectedScripts: []
};
export { defaultMod as default };
