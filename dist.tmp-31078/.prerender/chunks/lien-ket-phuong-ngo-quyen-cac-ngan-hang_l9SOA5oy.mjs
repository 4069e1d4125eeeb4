// .astro/content-staged-31078/models/lien-ket-phuong-ngo-quyen-cac-ngan-hang.mdx?astroPropagatedAssets
async function getMod() {
	return import("./lien-ket-phuong-ngo-quyen-cac-ngan-hang_BDf8AiaP.mjs");
}
var defaultMod = {
	__astroPropagation: true,
	getMod,
	collectedLinks: [],
	collectedStyles: [],
	collectedScripts: []
};
export { defaultMod as default };
