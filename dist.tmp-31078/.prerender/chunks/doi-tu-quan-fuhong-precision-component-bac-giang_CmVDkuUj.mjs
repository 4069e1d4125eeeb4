// .astro/content-staged-31078/models/doi-tu-quan-fuhong-precision-component-bac-giang.mdx?astroPropagatedAssets
async function getMod() {
	return import("./doi-tu-quan-fuhong-precision-component-bac-giang_Bhe3X923.mjs");
}
var defaultMod = {
	__astroPropagation: true,
	getMod,
	collectedLinks: [],
	collectedStyles: [],
	collectedScripts: []
};
export { defaultMod as default };
