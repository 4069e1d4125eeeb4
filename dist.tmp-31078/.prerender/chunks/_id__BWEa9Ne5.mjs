import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { o as loadModels } from "./content_BX0i433Z.mjs";
import { n as loadOgFonts, r as renderOgPng } from "./og-image_DlU-VHjD.mjs";
import { i as placeLabel } from "./model-profile_B1WMC6Ja.mjs";
import { t as site } from "./site_CMuTqVf7.mjs";
import { i as t } from "./paths_pvcDhtkH.mjs";
// src/lib/og-card.ts
/**
* Layout of a model's share card (1200×630): the name wrapped into a few lines, shrunk when long,
* cut with "…" only when even the small size cannot hold it. Satori wraps text itself but cannot
* limit the number of lines, so we decide the lines here.
*/
/** Greedy word wrap into at most `maxLines` lines of at most `maxChars` characters; the last line ends with "…" when text was cut. */
function wrapText(text, maxChars, maxLines) {
	const words = text.trim().split(/\s+/).filter(Boolean).flatMap((word) => chunk(word, maxChars));
	const lines = [];
	let index = 0;
	while (index < words.length && lines.length < maxLines) {
		let line = words[index++];
		while (index < words.length && line.length + 1 + words[index].length <= maxChars) line += ` ${words[index++]}`;
		lines.push(line);
	}
	if (index < words.length) {
		const last = lines.pop() ?? "";
		const room = maxChars - 1;
		const cut = last.length <= room ? last : last.slice(0, last.lastIndexOf(" ", room) > 0 ? last.lastIndexOf(" ", room) : room);
		lines.push(`${cut.replace(/[\s,.;:–-]+$/, "")}…`);
	}
	return lines;
}
function chunk(word, size) {
	if (word.length <= size) return [word];
	const parts = [];
	for (let i = 0; i < word.length; i += size) parts.push(word.slice(i, i + size));
	return parts;
}
var NAME_SIZES = [
	{
		size: 64,
		maxChars: 27,
		maxLines: 3
	},
	{
		size: 54,
		maxChars: 33,
		maxLines: 4
	},
	{
		size: 46,
		maxChars: 39,
		maxLines: 5
	}
];
/** Chooses the largest name size whose wrap holds the whole name. */
function layoutOgCard(input) {
	const whole = input.name.trim().split(/\s+/).join(" ");
	const { size, maxChars, maxLines } = NAME_SIZES.find(({ maxChars, maxLines }) => wrapText(input.name, maxChars, maxLines).join(" ") === whole) ?? NAME_SIZES[NAME_SIZES.length - 1];
	return {
		nameLines: wrapText(input.name, maxChars, maxLines),
		nameSize: size,
		kind: wrapText(input.kind, 60, 1)[0] ?? "",
		place: input.place === null ? null : wrapText(input.place, 60, 1)[0] ?? null
	};
}
// src/pages/og/mo-hinh/[id].png.ts
var _id__png_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
var getStaticPaths = (async () => {
	return (await loadModels()).map((m) => ({
		params: { id: m.id },
		props: {
			name: m.data.name,
			kind: t(`model.kind.${m.data.kind}`),
			place: placeLabel(m.data.location)
		}
	}));
});
var fonts;
var GET = async ({ props }) => {
	fonts ??= loadOgFonts();
	const png = await renderOgPng(layoutOgCard(props), site.shortName, fonts);
	return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
// \0virtual:astro:page:src/pages/og/mo-hinh/[id].png@_@ts
var page = () => _id__png_exports;
export { page };
