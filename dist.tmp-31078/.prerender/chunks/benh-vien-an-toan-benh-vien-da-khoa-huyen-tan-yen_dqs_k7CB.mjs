// .astro/content-staged-31078/models/benh-vien-an-toan-benh-vien-da-khoa-huyen-tan-yen.mdx?astroPropagatedAssets
async function getMod() {
	return import("./benh-vien-an-toan-benh-vien-da-khoa-huyen-tan-yen_CSk7Z2tj.mjs");
}
var defaultMod = {
	__astroPropagation: true,
	getMod,
	collectedLinks: [],
	collectedStyles: [],
	collectedScripts: []
};
export { defaultMod as default };
