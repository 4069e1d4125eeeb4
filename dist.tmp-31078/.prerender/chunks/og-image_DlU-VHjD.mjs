import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import satori from "satori";
import { Resvg } from "@resvg/resvg-js";
// src/lib/og-image.ts
/**
* Renders a share card to PNG at build time: satori lays the card out as SVG with the bundled
* Noto Sans (latin + vietnamese subsets, so every Vietnamese mark has a glyph), resvg rasterises it.
* No network: the fonts are read from node_modules.
*/
var OG_WIDTH = 1200;
var FAMILIES = {
	latin: "Noto Sans Latin",
	vietnamese: "Noto Sans Vietnamese"
};
/** Noto Sans 400 and 700, latin and vietnamese subsets; satori reads woff but not woff2. */
function loadOgFonts(root = process.cwd()) {
	const file = (subset, weight) => readFileSync(resolve(root, `node_modules/@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`));
	return ["latin", "vietnamese"].flatMap((subset) => [400, 700].map((weight) => ({
		name: FAMILIES[subset],
		data: file(subset, weight),
		weight,
		style: "normal"
	})));
}
var h = (type, style, children) => ({
	type,
	props: {
		style,
		...children === void 0 ? {} : { children }
	}
});
var colours = {
	bg: "#ffffff",
	text: "#1b1c1e",
	soft: "#3d4148",
	accent: "#a3161a",
	band: "#f4f5f7"
};
/** The card as satori elements: kind above, the name large, place and site name below. */
function ogCardElement(layout, siteName) {
	return h("div", {
		width: OG_WIDTH,
		height: 630,
		display: "flex",
		flexDirection: "column",
		backgroundColor: colours.bg,
		fontFamily: `"${FAMILIES.latin}", "${FAMILIES.vietnamese}"`,
		borderTop: `16px solid ${colours.accent}`
	}, [h("div", {
		display: "flex",
		flexDirection: "column",
		flexGrow: 1,
		padding: "56px 80px 0 80px"
	}, [
		h("div", {
			fontSize: 32,
			fontWeight: 700,
			color: colours.accent,
			marginBottom: 28
		}, layout.kind),
		h("div", {
			display: "flex",
			flexDirection: "column",
			fontSize: layout.nameSize,
			fontWeight: 700,
			color: colours.text,
			lineHeight: 1.2
		}, layout.nameLines.map((line) => h("div", {}, line))),
		layout.place === null ? null : h("div", {
			fontSize: 32,
			color: colours.soft,
			marginTop: 28
		}, layout.place)
	]), h("div", {
		display: "flex",
		backgroundColor: colours.band,
		padding: "24px 80px",
		fontSize: 26,
		color: colours.soft
	}, siteName)]);
}
/** PNG bytes of a share card. */
async function renderOgPng(layout, siteName, fonts) {
	const svg = await satori(ogCardElement(layout, siteName), {
		width: OG_WIDTH,
		height: 630,
		fonts
	});
	return new Resvg(svg, {
		fitTo: {
			mode: "width",
			value: OG_WIDTH
		},
		font: { loadSystemFonts: false }
	}).render().asPng();
}
export { loadOgFonts as n, renderOgPng as r, OG_WIDTH as t };
