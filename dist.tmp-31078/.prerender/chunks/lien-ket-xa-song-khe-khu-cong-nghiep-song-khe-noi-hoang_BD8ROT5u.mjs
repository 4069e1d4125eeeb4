// .astro/content-staged-31078/models/lien-ket-xa-song-khe-khu-cong-nghiep-song-khe-noi-hoang.mdx?astroPropagatedAssets
async function getMod() {
	return import("./lien-ket-xa-song-khe-khu-cong-nghiep-song-khe-noi-hoang_BgFrNnFc.mjs");
}
var defaultMod = {
	__astroPropagation: true,
	getMod,
	collectedLinks: [],
	collectedStyles: [],
	collectedScripts: []
};
export { defaultMod as default };
