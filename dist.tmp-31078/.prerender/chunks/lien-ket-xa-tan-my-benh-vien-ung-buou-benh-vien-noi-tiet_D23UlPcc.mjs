// .astro/content-staged-31078/models/lien-ket-xa-tan-my-benh-vien-ung-buou-benh-vien-noi-tiet.mdx?astroPropagatedAssets
async function getMod() {
	return import("./lien-ket-xa-tan-my-benh-vien-ung-buou-benh-vien-noi-tiet_BRPcsNVo.mjs");
}
var defaultMod = {
	__astroPropagation: true,
	getMod,
	collectedLinks: [],
	collectedStyles: [],
	collectedScripts: []
};
export { defaultMod as default };
