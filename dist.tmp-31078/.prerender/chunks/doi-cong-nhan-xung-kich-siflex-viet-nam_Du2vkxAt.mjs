// .astro/content-staged-31078/models/doi-cong-nhan-xung-kich-siflex-viet-nam.mdx?astroPropagatedAssets
async function getMod() {
	return import("./doi-cong-nhan-xung-kich-siflex-viet-nam_2QmfWbNu.mjs");
}
var defaultMod = {
	__astroPropagation: true,
	getMod,
	collectedLinks: [],
	collectedStyles: [],
	collectedScripts: []
};
export { defaultMod as default };
