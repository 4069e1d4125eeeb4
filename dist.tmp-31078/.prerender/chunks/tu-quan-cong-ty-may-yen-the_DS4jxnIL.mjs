// .astro/content-staged-31078/models/tu-quan-cong-ty-may-yen-the.mdx?astroPropagatedAssets
async function getMod() {
	return import("./tu-quan-cong-ty-may-yen-the_QKOiMQ8T.mjs");
}
var defaultMod = {
	__astroPropagation: true,
	getMod,
	collectedLinks: [],
	collectedStyles: [],
	collectedScripts: []
};
export { defaultMod as default };
