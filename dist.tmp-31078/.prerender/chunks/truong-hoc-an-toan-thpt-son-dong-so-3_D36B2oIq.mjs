// .astro/content-staged-31078/models/truong-hoc-an-toan-thpt-son-dong-so-3.mdx?astroPropagatedAssets
async function getMod() {
	return import("./truong-hoc-an-toan-thpt-son-dong-so-3_CPd5F_tv.mjs");
}
var defaultMod = {
	__astroPropagation: true,
	getMod,
	collectedLinks: [],
	collectedStyles: [],
	collectedScripts: []
};
export { defaultMod as default };
