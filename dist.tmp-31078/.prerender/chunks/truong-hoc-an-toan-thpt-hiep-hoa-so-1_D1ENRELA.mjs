// .astro/content-staged-31078/models/truong-hoc-an-toan-thpt-hiep-hoa-so-1.mdx?astroPropagatedAssets
async function getMod() {
	return import("./truong-hoc-an-toan-thpt-hiep-hoa-so-1_h_1ZRhJV.mjs");
}
var defaultMod = {
	__astroPropagation: true,
	getMod,
	collectedLinks: [],
	collectedStyles: [],
	collectedScripts: []
};
export { defaultMod as default };
