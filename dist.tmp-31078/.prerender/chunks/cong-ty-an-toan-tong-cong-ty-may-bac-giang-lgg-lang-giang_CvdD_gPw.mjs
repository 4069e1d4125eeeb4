// .astro/content-staged-31078/models/cong-ty-an-toan-tong-cong-ty-may-bac-giang-lgg-lang-giang.mdx?astroPropagatedAssets
async function getMod() {
	return import("./cong-ty-an-toan-tong-cong-ty-may-bac-giang-lgg-lang-giang_Cksvrjbp.mjs");
}
var defaultMod = {
	__astroPropagation: true,
	getMod,
	collectedLinks: [],
	collectedStyles: [],
	collectedScripts: []
};
export { defaultMod as default };
