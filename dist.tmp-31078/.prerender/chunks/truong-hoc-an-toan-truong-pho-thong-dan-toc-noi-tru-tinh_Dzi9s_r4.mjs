// .astro/content-staged-31078/models/truong-hoc-an-toan-truong-pho-thong-dan-toc-noi-tru-tinh.mdx?astroPropagatedAssets
async function getMod() {
	return import("./truong-hoc-an-toan-truong-pho-thong-dan-toc-noi-tru-tinh_m6UGQMfd.mjs");
}
var defaultMod = {
	__astroPropagation: true,
	getMod,
	collectedLinks: [],
	collectedStyles: [],
	collectedScripts: []
};
export { defaultMod as default };
