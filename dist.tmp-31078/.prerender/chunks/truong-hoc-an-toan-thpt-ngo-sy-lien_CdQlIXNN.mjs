// .astro/content-staged-31078/models/truong-hoc-an-toan-thpt-ngo-sy-lien.mdx?astroPropagatedAssets
async function getMod() {
	return import("./truong-hoc-an-toan-thpt-ngo-sy-lien_Bch1kp-N.mjs");
}
var defaultMod = {
	__astroPropagation: true,
	getMod,
	collectedLinks: [],
	collectedStyles: [],
	collectedScripts: []
};
export { defaultMod as default };
