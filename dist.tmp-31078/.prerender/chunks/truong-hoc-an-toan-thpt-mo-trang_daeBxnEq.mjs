// .astro/content-staged-31078/models/truong-hoc-an-toan-thpt-mo-trang.mdx?astroPropagatedAssets
async function getMod() {
	return import("./truong-hoc-an-toan-thpt-mo-trang_Cp8uDN5w.mjs");
}
var defaultMod = {
	__astroPropagation: true,
	getMod,
	collectedLinks: [],
	collectedStyles: [],
	collectedScripts: []
};
export { defaultMod as default };
