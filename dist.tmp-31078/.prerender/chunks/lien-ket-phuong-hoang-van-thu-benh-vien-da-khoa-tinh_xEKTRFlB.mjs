// .astro/content-staged-31078/models/lien-ket-phuong-hoang-van-thu-benh-vien-da-khoa-tinh.mdx?astroPropagatedAssets
async function getMod() {
	return import("./lien-ket-phuong-hoang-van-thu-benh-vien-da-khoa-tinh_B7q83D7W.mjs");
}
var defaultMod = {
	__astroPropagation: true,
	getMod,
	collectedLinks: [],
	collectedStyles: [],
	collectedScripts: []
};
export { defaultMod as default };
