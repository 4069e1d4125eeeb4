// .astro/content-staged-31078/models/benh-vien-an-toan-benh-vien-san-nhi-bac-giang.mdx?astroPropagatedAssets
async function getMod() {
	return import("./benh-vien-an-toan-benh-vien-san-nhi-bac-giang_Ma1xgPEX.mjs");
}
var defaultMod = {
	__astroPropagation: true,
	getMod,
	collectedLinks: [],
	collectedStyles: [],
	collectedScripts: []
};
export { defaultMod as default };
