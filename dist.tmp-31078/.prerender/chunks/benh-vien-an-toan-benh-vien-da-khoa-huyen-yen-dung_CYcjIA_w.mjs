// .astro/content-staged-31078/models/benh-vien-an-toan-benh-vien-da-khoa-huyen-yen-dung.mdx?astroPropagatedAssets
async function getMod() {
	return import("./benh-vien-an-toan-benh-vien-da-khoa-huyen-yen-dung_Depd0RJp.mjs");
}
var defaultMod = {
	__astroPropagation: true,
	getMod,
	collectedLinks: [],
	collectedStyles: [],
	collectedScripts: []
};
export { defaultMod as default };
