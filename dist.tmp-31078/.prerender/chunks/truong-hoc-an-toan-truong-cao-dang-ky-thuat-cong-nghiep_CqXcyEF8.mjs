// .astro/content-staged-31078/models/truong-hoc-an-toan-truong-cao-dang-ky-thuat-cong-nghiep.mdx?astroPropagatedAssets
async function getMod() {
	return import("./truong-hoc-an-toan-truong-cao-dang-ky-thuat-cong-nghiep_BZ6w6ciF.mjs");
}
var defaultMod = {
	__astroPropagation: true,
	getMod,
	collectedLinks: [],
	collectedStyles: [],
	collectedScripts: []
};
export { defaultMod as default };
