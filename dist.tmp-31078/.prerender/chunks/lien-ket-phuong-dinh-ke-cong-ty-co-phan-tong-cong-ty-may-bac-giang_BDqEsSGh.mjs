// .astro/content-staged-31078/models/lien-ket-phuong-dinh-ke-cong-ty-co-phan-tong-cong-ty-may-bac-giang.mdx?astroPropagatedAssets
async function getMod() {
	return import("./lien-ket-phuong-dinh-ke-cong-ty-co-phan-tong-cong-ty-may-bac-giang_B2KEjCaT.mjs");
}
var defaultMod = {
	__astroPropagation: true,
	getMod,
	collectedLinks: [],
	collectedStyles: [],
	collectedScripts: []
};
export { defaultMod as default };
