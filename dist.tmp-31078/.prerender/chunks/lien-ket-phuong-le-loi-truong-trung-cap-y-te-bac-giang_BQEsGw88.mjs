// .astro/content-staged-31078/models/lien-ket-phuong-le-loi-truong-trung-cap-y-te-bac-giang.mdx?astroPropagatedAssets
async function getMod() {
	return import("./lien-ket-phuong-le-loi-truong-trung-cap-y-te-bac-giang_C0vHwybz.mjs");
}
var defaultMod = {
	__astroPropagation: true,
	getMod,
	collectedLinks: [],
	collectedStyles: [],
	collectedScripts: []
};
export { defaultMod as default };
