import { t as createConsoleLogger } from "./console_CdBwB1iU.mjs";
import { A as unescapeHTML, D as createHeadAndContent, U as generateCspDigest, a as renderScriptElement, d as renderComponent, i as spreadAttributes, o as renderUniqueStylesheet, y as renderTemplate } from "./jsx-runtime_CgoVUPa1.mjs";
import { c as isRemotePath, d as removeBase, u as prependForwardSlash } from "./path_DPMd95WS.mjs";
import { B as RenderUndefinedEntryError, K as UnknownContentCollectionError, X as AstroError } from "./errors-data_BL4bSam6.mjs";
import { i as t, n as paths, o as createComponent, t as commendationPaths } from "./paths_pvcDhtkH.mjs";
import * as z$1 from "zod/v4";
import { escape } from "html-escaper";
import * as devalue from "devalue";
import { z } from "zod";
// node_modules/astro/dist/core/render-scope/scope.js
var SCOPE_KEY = /* @__PURE__ */ Symbol.for("astro:render-scope");
function getInstalledRenderScope() {
	return globalThis[SCOPE_KEY];
}
// node_modules/astro/dist/core/render-scope/record.js
function recordContentEntryRender(filePath) {
	if (!filePath) return;
	getInstalledRenderScope()?.getStore()?.contentEntries?.add(filePath);
}
// \0virtual:astro:logger
var level = "info";
// node_modules/astro/dist/assets/consts.js
var VALID_INPUT_FORMATS = [
	"jpeg",
	"jpg",
	"png",
	"apng",
	"tiff",
	"webp",
	"gif",
	"svg",
	"avif"
];
var VALID_SUPPORTED_FORMATS = [
	"jpeg",
	"jpg",
	"png",
	"tiff",
	"webp",
	"gif",
	"svg",
	"avif"
];
var DEFAULT_OUTPUT_FORMAT = "webp";
var DEFAULT_HASH_PROPS = [
	"src",
	"width",
	"height",
	"format",
	"quality",
	"fit",
	"position",
	"background"
];
// node_modules/astro/dist/assets/runtime.js
function createSvgComponent({ meta, attributes, children, styles }) {
	const hasStyles = styles.length > 0;
	const Component = createComponent({
		async factory(result, props) {
			const normalizedProps = normalizeProps(attributes, props);
			if (hasStyles && result.cspDestination) for (const style of styles) {
				const hash = await generateCspDigest(style, result.cspAlgorithm);
				result._metadata.extraStyleHashes.push(hash);
			}
			return renderTemplate`<svg${spreadAttributes(normalizedProps)}>${unescapeHTML(children)}</svg>`;
		},
		propagation: hasStyles ? "self" : "none"
	});
	Object.defineProperty(Component, "toJSON", {
		value: () => meta,
		enumerable: false
	});
	return Object.assign(Component, meta);
}
var ATTRS_TO_DROP = [
	"xmlns",
	"xmlns:xlink",
	"version"
];
var DEFAULT_ATTRS = {};
function dropAttributes(attributes) {
	for (const attr of ATTRS_TO_DROP) delete attributes[attr];
	return attributes;
}
function normalizeProps(attributes, props) {
	return dropAttributes({
		...DEFAULT_ATTRS,
		...attributes,
		...props
	});
}
// node_modules/astro/dist/content/consts.js
var CONTENT_IMAGE_FLAG = "astroContentImageFlag";
var IMAGE_IMPORT_PREFIX = "__ASTRO_IMAGE_";
// node_modules/astro/dist/assets/utils/resolveImports.js
function imageSrcToImportId(imageSrc, filePath) {
	imageSrc = removeBase(imageSrc, IMAGE_IMPORT_PREFIX);
	if (isRemotePath(imageSrc)) return;
	const ext = imageSrc.split(".").at(-1)?.toLowerCase();
	if (!ext || !VALID_INPUT_FORMATS.includes(ext)) return;
	const params = new URLSearchParams(CONTENT_IMAGE_FLAG);
	if (filePath) params.set("importer", filePath);
	return `${imageSrc}?${params.toString()}`;
}
// node_modules/astro/dist/content/data-store-source.js
var InMemorySource = class {
	#store;
	constructor(store) {
		this.#store = store;
	}
	hasCollection(collection) {
		return this.#store.hasCollection(collection);
	}
	get(collection, key) {
		return this.#store.get(collection, key);
	}
	entries(collection) {
		return this.#store.entries(collection);
	}
	values(collection) {
		return this.#store.values(collection);
	}
	keys(collection) {
		return this.#store.keys(collection);
	}
	has(collection, key) {
		return this.#store.has(collection, key);
	}
	collections() {
		return this.#store.collections();
	}
};
// node_modules/astro/dist/content/data-store.js
var ChunkedCollectionParser = class {
	#entries = /* @__PURE__ */ new Map();
	#remainder = "";
	add(part) {
		const records = (this.#remainder + part).split("\n");
		this.#remainder = records.pop();
		for (const record of records) {
			const parsed = devalue.parse(record);
			if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== "string") throw new Error("Invalid chunked data store entry");
			this.#entries.set(parsed[0], parsed[1]);
		}
	}
	finish() {
		if (this.#remainder) throw new Error("Invalid chunked data store entry");
		return this.#entries;
	}
};
var ImmutableDataStore = class ImmutableDataStore {
	_collections = /* @__PURE__ */ new Map();
	constructor() {
		this._collections = /* @__PURE__ */ new Map();
	}
	get(collectionName, key) {
		return this._collections.get(collectionName)?.get(String(key));
	}
	entries(collectionName) {
		return [...(this._collections.get(collectionName) ?? /* @__PURE__ */ new Map()).entries()];
	}
	values(collectionName) {
		return [...(this._collections.get(collectionName) ?? /* @__PURE__ */ new Map()).values()];
	}
	keys(collectionName) {
		return [...(this._collections.get(collectionName) ?? /* @__PURE__ */ new Map()).keys()];
	}
	has(collectionName, key) {
		const collection = this._collections.get(collectionName);
		if (collection) return collection.has(String(key));
		return false;
	}
	hasCollection(collectionName) {
		return this._collections.has(collectionName);
	}
	collections() {
		return this._collections;
	}
	/**
	* Rebuilds a collections map from a chunked-store manifest whose part file
	* names have already been swapped for their contents.
	*
	* Each collection maps to a list of parts. A part is either a raw string
	* (when the store is loaded from disk) or an ESM namespace from a virtual
	* chunk import (`{ default: string }`, when emitted at runtime). Each part
	* contains independently serialized entry records. This is the inverse of
	* {@link import('./data-store-writer.js').ChunkedWriter} and stays free of
	* Node built-ins so it can run at runtime.
	*/
	static manifestToMap(manifest) {
		const collections = /* @__PURE__ */ new Map();
		for (const [collectionName, parts] of Object.entries(manifest)) {
			const parser = new ChunkedCollectionParser();
			for (const part of parts) parser.add(typeof part === "string" ? part : part.default);
			collections.set(collectionName, parser.finish());
		}
		return collections;
	}
	/**
	* Attempts to load a DataStore from the virtual module.
	* This only works in Vite.
	*/
	static async fromModule() {
		try {
			const data = await import("./_astro_data-layer-content_Bn6_NkR5.mjs");
			if (data.default instanceof Map) return ImmutableDataStore.fromMap(data.default);
			if (Array.isArray(data.default)) {
				const map2 = devalue.unflatten(data.default);
				return ImmutableDataStore.fromMap(map2);
			}
			const map = ImmutableDataStore.manifestToMap(data.default);
			return ImmutableDataStore.fromMap(map);
		} catch {}
		return new ImmutableDataStore();
	}
	static async fromMap(data) {
		const store = new ImmutableDataStore();
		store._collections = data;
		return store;
	}
};
function dataStoreSingleton() {
	let instance = void 0;
	return {
		get: async () => {
			if (!instance) instance = ImmutableDataStore.fromModule().then((store) => new InMemorySource(store));
			return instance;
		},
		set: (store) => {
			instance = new InMemorySource(store);
		}
	};
}
var globalDataStore = dataStoreSingleton();
// node_modules/astro/dist/content/loaders/errors.js
function formatZodError(error) {
	return error.issues.map((issue) => `  **${issue.path.join(".")}**: ${issue.message}`);
}
var LiveCollectionError = class LiveCollectionError extends Error {
	collection;
	message;
	cause;
	constructor(collection, message, cause) {
		super(message);
		this.collection = collection;
		this.message = message;
		this.cause = cause;
		this.name = "LiveCollectionError";
		if (cause?.stack) this.stack = cause.stack;
	}
	static is(error) {
		return error instanceof LiveCollectionError;
	}
};
var LiveEntryNotFoundError = class extends LiveCollectionError {
	constructor(collection, entryFilter) {
		super(collection, `Entry ${collection} \u2192 ${typeof entryFilter === "string" ? entryFilter : JSON.stringify(entryFilter)} was not found.`);
		this.name = "LiveEntryNotFoundError";
	}
	static is(error) {
		return error?.name === "LiveEntryNotFoundError";
	}
};
var LiveCollectionValidationError = class extends LiveCollectionError {
	constructor(collection, entryId, error) {
		super(collection, [
			`**${collection} \u2192 ${entryId}** data does not match the collection schema.
`,
			...formatZodError(error),
			""
		].join("\n"));
		this.name = "LiveCollectionValidationError";
	}
	static is(error) {
		return error?.name === "LiveCollectionValidationError";
	}
};
var LiveCollectionCacheHintError = class extends LiveCollectionError {
	constructor(collection, entryId, error) {
		super(collection, [
			`**${String(collection)}${entryId ? ` \u2192 ${String(entryId)}` : ""}** returned an invalid cache hint.
`,
			...formatZodError(error),
			""
		].join("\n"));
		this.name = "LiveCollectionCacheHintError";
	}
	static is(error) {
		return error?.name === "LiveCollectionCacheHintError";
	}
};
// node_modules/astro/dist/content/runtime.js
var cacheHintSchema = z$1.object({
	tags: z$1.array(z$1.string()).optional(),
	lastModified: z$1.date().optional()
});
async function parseLiveEntry(entry, schema, collection) {
	try {
		const parsed = await z$1.safeParseAsync(schema, entry.data);
		if (!parsed.success) return { error: new LiveCollectionValidationError(collection, entry.id, parsed.error) };
		if (entry.cacheHint) {
			const cacheHint = cacheHintSchema.safeParse(entry.cacheHint);
			if (!cacheHint.success) return { error: new LiveCollectionCacheHintError(collection, entry.id, cacheHint.error) };
			entry.cacheHint = cacheHint.data;
		}
		return { entry: {
			...entry,
			data: parsed.data
		} };
	} catch (error) {
		return { error: new LiveCollectionError(collection, `Unexpected error parsing entry ${entry.id} in collection ${collection}`, error) };
	}
}
function createGetCollection({ liveCollections, logger }) {
	return async function getCollection(collection, filter) {
		if (collection in liveCollections) throw new AstroError({
			...UnknownContentCollectionError,
			message: `Collection "${collection}" is a live collection. Use getLiveCollection() instead of getCollection().`
		});
		const hasFilter = typeof filter === "function";
		const store = await globalDataStore.get();
		if (await store.hasCollection(collection)) {
			const { default: imageAssetMap } = await import("./content-assets_CLeMUEVR.mjs");
			const result = [];
			for (const rawEntry of await store.values(collection)) {
				const data = resolveEntryData(rawEntry, imageAssetMap);
				let entry = {
					...rawEntry,
					data,
					collection
				};
				if (hasFilter && !filter(entry)) continue;
				result.push(entry);
			}
			return result;
		} else {
			logger.warn("content", `The collection ${JSON.stringify(collection)} does not exist or is empty. Please check your content config file for errors.`);
			return [];
		}
	};
}
function createGetEntry({ liveCollections, logger }) {
	return async function getEntry(collectionOrLookupObject, lookup) {
		let collection, lookupId;
		if (typeof collectionOrLookupObject === "string") {
			collection = collectionOrLookupObject;
			if (!lookup) throw new AstroError({
				...UnknownContentCollectionError,
				message: "`getEntry()` requires an entry identifier as the second argument."
			});
			lookupId = lookup;
		} else {
			collection = collectionOrLookupObject.collection;
			lookupId = "id" in collectionOrLookupObject ? collectionOrLookupObject.id : collectionOrLookupObject.slug;
		}
		if (collection in liveCollections) throw new AstroError({
			...UnknownContentCollectionError,
			message: `Collection "${collection}" is a live collection. Use getLiveEntry() instead of getEntry().`
		});
		if (typeof lookupId === "object") throw new AstroError({
			...UnknownContentCollectionError,
			message: `The entry identifier must be a string. Received object.`
		});
		const store = await globalDataStore.get();
		if (await store.hasCollection(collection)) {
			const entry = await store.get(collection, lookupId);
			if (!entry) {
				logger.warn("content", `Entry ${collection} → ${lookupId} was not found.`);
				return;
			}
			const { default: imageAssetMap } = await import("./content-assets_CLeMUEVR.mjs");
			const data = resolveEntryData(entry, imageAssetMap);
			const result = {
				...entry,
				data,
				collection
			};
			warnForPropertyAccess(logger, result.data, "slug", `[content] Attempted to access deprecated property on "${collection}" entry.
The "slug" property is no longer automatically added to entries. Please use the "id" property instead.`);
			warnForPropertyAccess(logger, result, "render", `[content] Invalid attempt to access "render()" method on "${collection}" entry.
To render an entry, use "render(entry)" from "astro:content".`);
			return result;
		}
	};
}
function warnForPropertyAccess(logger, entry, prop, message) {
	if (!(prop in entry)) {
		let _value = void 0;
		Object.defineProperty(entry, prop, {
			get() {
				if (_value === void 0) logger.error("content", message);
				return _value;
			},
			set(v) {
				_value = v;
			},
			enumerable: false
		});
	}
}
function createGetLiveCollection({ liveCollections }) {
	return async function getLiveCollection(collection, filter) {
		if (!(collection in liveCollections)) return { error: new LiveCollectionError(collection, `Collection "${collection}" is not a live collection. Use getCollection() instead of getLiveCollection() to load regular content collections.`) };
		try {
			const context = {
				filter,
				collection
			};
			const response = await liveCollections[collection].loader?.loadCollection?.(context);
			if (response && "error" in response) return { error: response.error };
			const { schema } = liveCollections[collection];
			let processedEntries = response.entries;
			if (schema) {
				const entryResults = await Promise.all(response.entries.map((entry) => parseLiveEntry(entry, schema, collection)));
				for (const result of entryResults) if (result.error) return { error: result.error };
				processedEntries = entryResults.map((result) => result.entry);
			}
			let cacheHint = response.cacheHint;
			if (cacheHint) {
				const cacheHintResult = cacheHintSchema.safeParse(cacheHint);
				if (!cacheHintResult.success) return { error: new LiveCollectionCacheHintError(collection, void 0, cacheHintResult.error) };
				cacheHint = cacheHintResult.data;
			}
			if (processedEntries.length > 0) {
				const entryTags = /* @__PURE__ */ new Set();
				let latestModified;
				for (const entry of processedEntries) if (entry.cacheHint) {
					if (entry.cacheHint.tags) entry.cacheHint.tags.forEach((tag) => entryTags.add(tag));
					if (entry.cacheHint.lastModified instanceof Date) {
						if (latestModified === void 0 || entry.cacheHint.lastModified > latestModified) latestModified = entry.cacheHint.lastModified;
					}
				}
				if (entryTags.size > 0 || latestModified || cacheHint) {
					const mergedCacheHint = {};
					if (cacheHint?.tags || entryTags.size > 0) mergedCacheHint.tags = [.../* @__PURE__ */ new Set([...cacheHint?.tags || [], ...entryTags])];
					if (cacheHint?.lastModified && latestModified) mergedCacheHint.lastModified = cacheHint.lastModified > latestModified ? cacheHint.lastModified : latestModified;
					else if (cacheHint?.lastModified || latestModified) mergedCacheHint.lastModified = cacheHint?.lastModified ?? latestModified;
					cacheHint = mergedCacheHint;
				}
			}
			return {
				entries: processedEntries,
				cacheHint
			};
		} catch (error) {
			return { error: new LiveCollectionError(collection, `Unexpected error loading collection ${collection}${error instanceof Error ? `: ${error.message}` : ""}`, error) };
		}
	};
}
function createGetLiveEntry({ liveCollections }) {
	return async function getLiveEntry(collection, lookup) {
		if (!(collection in liveCollections)) return { error: new LiveCollectionError(collection, `Collection "${collection}" is not a live collection. Use getCollection() instead of getLiveEntry() to load regular content collections.`) };
		try {
			const lookupObject = {
				filter: typeof lookup === "string" ? { id: lookup } : lookup,
				collection
			};
			let entry = await liveCollections[collection].loader?.loadEntry?.(lookupObject);
			if (entry && "error" in entry) return { error: entry.error };
			if (!entry) return { error: new LiveEntryNotFoundError(collection, lookup) };
			const { schema } = liveCollections[collection];
			if (schema) {
				const result = await parseLiveEntry(entry, schema, collection);
				if (result.error) return { error: result.error };
				entry = result.entry;
			}
			return {
				entry,
				cacheHint: entry.cacheHint
			};
		} catch (error) {
			return { error: new LiveCollectionError(collection, `Unexpected error loading entry ${collection} → ${typeof lookup === "string" ? lookup : JSON.stringify(lookup)}`, error) };
		}
	};
}
var CONTENT_LAYER_IMAGE_REGEX = /__ASTRO_IMAGE_="([^"]+)"/g;
async function updateImageReferencesInBody(html, fileName) {
	const { default: imageAssetMap } = await import("./content-assets_CLeMUEVR.mjs");
	const imageObjects = /* @__PURE__ */ new Map();
	const { getImage } = await import("./_virtual_astro_get-image_W9au6_tP.mjs");
	for (const [_full, imagePath] of html.matchAll(CONTENT_LAYER_IMAGE_REGEX)) try {
		const decodedImagePath = JSON.parse(imagePath.replace(/&(?:#x22|quot);/g, "\"").replace(/&(?:#x27|apos);/g, "'").replace(/&(?:amp|#x26|#38);/g, "&"));
		let image;
		if (URL.canParse(decodedImagePath.src)) image = await getImage(decodedImagePath);
		else {
			const id = imageSrcToImportId(decodedImagePath.src, fileName);
			const imported = imageAssetMap.get(id);
			if (!id || imageObjects.has(id) || !imported) continue;
			image = await getImage({
				...decodedImagePath,
				src: imported
			});
		}
		imageObjects.set(imagePath, image);
	} catch {
		throw new Error(`Failed to parse image reference: ${imagePath}`);
	}
	return html.replaceAll(CONTENT_LAYER_IMAGE_REGEX, (full, imagePath) => {
		const image = imageObjects.get(imagePath);
		if (!image) return full;
		const { index, ...attributes } = image.attributes;
		return Object.entries({
			...attributes,
			src: image.src,
			...image.srcSet.values.length > 0 ? { srcset: image.srcSet.attribute } : {}
		}).filter(([, value]) => value != null).map(([key, value]) => value === "" ? `${key}=""` : `${key}="${escape(String(value))}"`).join(" ");
	});
}
function resolveImageAtPath(src, fileName, imageAssetMap) {
	const id = imageSrcToImportId(src, fileName);
	if (!id) return;
	const imported = imageAssetMap?.get(id);
	if (!imported) return;
	if (imported.__svgData) {
		const { __svgData: svgData, ...meta } = imported;
		return createSvgComponent({
			meta,
			...svgData
		});
	}
	return imported;
}
function setAtPathCopying(target, path, value) {
	if (path.length === 0) return target;
	const [key, ...rest] = path;
	const copy = Array.isArray(target) ? target.slice() : { ...target };
	copy[key] = rest.length === 0 ? value : setAtPathCopying(copy[key], rest, value);
	return copy;
}
function updateImageReferencesInData(data, fileName, imageAssetMap, imageImports) {
	if (!imageImports?.length) return data;
	let result = data;
	for (const path of imageImports) {
		let src = result;
		for (const key of path) src = src?.[key];
		if (typeof src !== "string") continue;
		const resolved = resolveImageAtPath(src, fileName, imageAssetMap);
		if (resolved !== void 0) result = setAtPathCopying(result, path, resolved);
	}
	return result;
}
function resolveEntryData(entry, imageAssetMap) {
	return updateImageReferencesInData(entry.data, entry.filePath, imageAssetMap, entry.imageImports);
}
function createRenderEntry({ logger }) {
	return async function renderEntry(entry) {
		if (!entry) throw new AstroError(RenderUndefinedEntryError);
		recordContentEntryRender(entry.filePath);
		if (entry.deferredRender) try {
			const { default: contentModules } = await import("./content-modules_BQ1wnWWK.mjs");
			const renderEntryImport = contentModules.get(entry.filePath);
			return render$1({
				collection: "",
				id: entry.id,
				renderEntryImport
			});
		} catch (e) {
			logger.error("content", `${e}`);
		}
		const html = entry?.rendered?.metadata?.imagePaths?.length && entry.filePath ? await updateImageReferencesInBody(entry.rendered.html, entry.filePath) : entry?.rendered?.html;
		return {
			Content: createComponent(() => renderTemplate`${unescapeHTML(html)}`),
			headings: entry?.rendered?.metadata?.headings ?? [],
			remarkPluginFrontmatter: entry?.rendered?.metadata?.frontmatter ?? {}
		};
	};
}
async function render$1({ collection, id, renderEntryImport }) {
	const UnexpectedRenderError = new AstroError({
		...UnknownContentCollectionError,
		message: `Unexpected error while rendering ${String(collection)} → ${String(id)}.`
	});
	if (typeof renderEntryImport !== "function") throw UnexpectedRenderError;
	const baseMod = await renderEntryImport();
	if (baseMod == null || typeof baseMod !== "object") throw UnexpectedRenderError;
	const { default: defaultMod } = baseMod;
	if (isPropagatedAssetsModule(defaultMod)) {
		const { collectedStyles, collectedLinks, collectedScripts, getMod } = defaultMod;
		if (typeof getMod !== "function") throw UnexpectedRenderError;
		const propagationMod = await getMod();
		if (propagationMod == null || typeof propagationMod !== "object") throw UnexpectedRenderError;
		return {
			Content: createComponent({
				factory(result, baseProps, slots) {
					let styles = "", links = "", scripts = "";
					if (Array.isArray(collectedStyles)) styles = collectedStyles.map((style) => {
						const content = typeof style === "string" ? style : style.content;
						const viteDevId = typeof style === "object" && style.id ? style.id : void 0;
						return renderUniqueStylesheet(result, {
							type: "inline",
							content,
							viteDevId
						});
					}).join("");
					if (Array.isArray(collectedLinks)) links = collectedLinks.map((link) => {
						return renderUniqueStylesheet(result, {
							type: "external",
							src: isRemotePath(link) ? link : prependForwardSlash(link)
						});
					}).join("");
					if (Array.isArray(collectedScripts)) scripts = collectedScripts.map((script) => renderScriptElement(script)).join("");
					let props = baseProps;
					if (id.endsWith("mdx")) props = {
						components: propagationMod.components ?? {},
						...baseProps
					};
					return createHeadAndContent(unescapeHTML(styles + links + scripts), renderTemplate`${renderComponent(result, "Content", propagationMod.Content, props, slots)}`);
				},
				propagation: "self"
			}),
			headings: propagationMod.getHeadings?.() ?? [],
			remarkPluginFrontmatter: propagationMod.frontmatter ?? {}
		};
	} else if (baseMod.Content && typeof baseMod.Content === "function") return {
		Content: baseMod.Content,
		headings: baseMod.getHeadings?.() ?? [],
		remarkPluginFrontmatter: baseMod.frontmatter ?? {}
	};
	else throw UnexpectedRenderError;
}
function isPropagatedAssetsModule(module) {
	return typeof module === "object" && module != null && "__astroPropagation" in module;
}
// \0astro:content
var liveCollections = {};
var logger = createConsoleLogger({ level });
var getCollection = createGetCollection({
	liveCollections,
	logger
});
createGetEntry({
	liveCollections,
	logger
});
var render = createRenderEntry({ logger });
createGetLiveCollection({ liveCollections });
createGetLiveEntry({ liveCollections });
// src/lib/figures.ts
/** Applies each group's defaults to its figures, keeping content order. */
function resolveFigures(groups) {
	return groups.flatMap(({ id, data }) => data.figures.map((figure) => ({
		...figure,
		period: figure.period ?? data.period,
		source: figure.source ?? data.source,
		groupId: id,
		groupTitle: data.title,
		theme: data.theme
	})));
}
/** Index of figures by id, for prose that cites a figure. */
function indexFigures(figures) {
	return new Map(figures.map((f) => [f.id, f]));
}
/** Headline figures in content order. */
function headlineFigures(figures) {
	return figures.filter((f) => f.headline);
}
/**
* The figure a page cites by id; an unknown id throws a message naming the id and the page, so a
* typo in prose stops the build instead of publishing a wrong or empty number.
*/
function figureById(figures, id, page) {
	const figure = figures.get(id);
	if (!figure) throw new Error(t("figure.unknown", {
		id,
		page
	}));
	return figure;
}
// src/lib/csv.ts
/** CSV as RFC 4180 describes it, with a UTF-8 byte order mark so Excel shows Vietnamese letters. */
var BOM = "﻿";
/** Quotes a field only when it holds a comma, a quote or a line break; quotes inside are doubled. */
function csvField(value) {
	if (value === null || value === void 0) return "";
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, "\"\"")}"` : text;
}
/** Header and rows joined with CRLF (RFC 4180), BOM first, ending with a line break. */
function toCsv(header, rows) {
	return `${BOM}${[header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}
// src/lib/format.ts
var numberFormat = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });
/** 137226 → "137.226"; 3843.93 → "3.843,93". */
function formatNumber(value) {
	return numberFormat.format(value);
}
/** Number with its qualifier and optional denominator: "trên 80.000", "199/199". */
function formatValue(value, options = {}) {
	const core = options.outOf === void 0 ? formatNumber(value) : `${formatNumber(value)}/${formatNumber(options.outOf)}`;
	return options.qualifier ? `${options.qualifier} ${core}` : core;
}
/** Figure with its unit: "137.226 buổi", "trên 80.000 lượt người", "14,66%". */
function formatFigure(figure) {
	const value = formatValue(figure.value, figure);
	return figure.unit === "%" ? `${value}%` : `${value} ${figure.unit}`;
}
/** "2014-08-15" → "15/8/2014"; "2019-09" → "9/2019"; "2020" → "2020" (vi-VN, no leading zeros). */
function formatDate(date) {
	const [y, m, d] = date.split("-").map(Number);
	if (m === void 0) return String(y);
	if (d === void 0) return `${m}/${y}`;
	return `${d}/${m}/${y}`;
}
/** A period as readers expect it: its own label when the document words it, else "15/8/2014 – 9/2019". */
function formatPeriod(period) {
	if (period.label) return period.label;
	if (period.from === period.to) return formatDate(period.from);
	return `${formatDate(period.from)} – ${formatDate(period.to)}`;
}
/** Signed difference for consistency notes: "+1", "−679" (true minus sign). */
function formatDifference(value) {
	if (value === 0) return "0";
	return value > 0 ? `+${formatNumber(value)}` : `−${formatNumber(-value)}`;
}
/** Byte size for download links: "12,3 kB". */
function formatBytes(bytes) {
	if (bytes < 1e3) return `${formatNumber(bytes)} B`;
	if (bytes < 1e6) return `${formatNumber(Math.round(bytes / 100) / 10)} kB`;
	return `${formatNumber(Math.round(bytes / 1e5) / 10)} MB`;
}
// src/lib/documents.ts
var documentPath = paths.document;
/** Link data for a source line; throws when the document is unknown (the validator prevents it). */
function sourceLink(source, documents) {
	const doc = documents.get(source.document);
	if (!doc) throw new Error(`Văn bản không tồn tại: ${source.document}`);
	return {
		href: documentPath(source.document),
		title: doc.shortTitle,
		section: source.section
	};
}
/** Splits a long label into lines so horizontal bars keep their labels readable on phones. */
function wrapLabel(text, width = 28) {
	const lines = [];
	let line = "";
	for (const word of text.split(/\s+/).filter(Boolean)) if (line && line.length + 1 + word.length > width) {
		lines.push(line);
		line = word;
	} else line = line ? `${line} ${word}` : word;
	if (line) lines.push(line);
	return lines;
}
/**
* Canvas height in CSS pixels. chart.js gives every bar the same slot, so each slot must hold the
* longest label (13 px text, about 16 px a line) or neighbouring labels overlap.
*/
function heightForLabels(labels) {
	const longest = labels.reduce((acc, l) => Math.max(acc, l.length), 1);
	return Math.max(160, 56 + labels.length * (12 + longest * 16));
}
// src/lib/charts.ts
/**
* Rows of a group. When every figure counts the same thing, the reporting body tells the rows
* apart; otherwise the metric does (with the body added when bodies differ too).
*/
function rowsFromFigures(figures, groupPeriod) {
	const sameMetric = new Set(figures.map((f) => f.metric)).size === 1 && figures.length > 1;
	const sameBody = new Set(figures.map((f) => f.reportingBody)).size === 1;
	const rows = figures.map((f) => {
		const label = sameMetric ? f.reportingBody : sameBody ? f.metric : `${f.metric} (${f.reportingBody})`;
		const ownPeriod = formatPeriod(f.period);
		const periodNote = groupPeriod !== void 0 && ownPeriod !== groupPeriod ? t("chart.row.period", { period: ownPeriod }) : void 0;
		const note = [f.note, periodNote].filter(Boolean).join(" ") || void 0;
		return {
			label,
			value: f.value,
			qualifier: f.qualifier,
			outOf: f.outOf,
			unit: f.unit,
			note,
			figureId: f.id
		};
	});
	return {
		labelHeading: t(sameMetric ? "chart.column.body" : "chart.column.metric"),
		rows
	};
}
/** Bars only make sense when every row counts in the same unit. */
function canChart(rows) {
	return rows.length > 0 && new Set(rows.map((r) => r.unit)).size === 1;
}
/** Builds the chart spec of one statistics group. */
function chartFromGroup(id, group, documents, homeHref) {
	const figures = resolveFigures([{
		id,
		data: group
	}]);
	const period = formatPeriod(group.period);
	const { labelHeading, rows } = rowsFromFigures(figures, period);
	const seen = /* @__PURE__ */ new Set();
	const sources = figures.map((f) => f.source).filter((s) => {
		const key = `${s.document}\u0000${s.section}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	}).map((s) => sourceLink(s, documents));
	return {
		id,
		title: group.title,
		summary: group.description,
		labelHeading,
		rows,
		sources,
		period,
		updated: group.updated,
		chart: group.chart && canChart(rows),
		homeHref
	};
}
/** Canvas height in CSS pixels for these rows, labels wrapped for a wide screen. */
function chartHeight(rows) {
	return heightForLabels(rows.map((r) => wrapLabel(r.label)));
}
/**
* The chart.js config of a horizontal bar chart, as plain JSON (colours, number formatting and
* motion are added in the browser, where the reader's scheme and preferences are known).
*/
function buildChartConfig(rows, datasetLabel) {
	return {
		type: "bar",
		data: {
			labels: rows.map((r) => wrapLabel(r.label)),
			datasets: [{
				label: datasetLabel,
				data: rows.map((r) => r.value),
				borderWidth: 0,
				maxBarThickness: 28
			}]
		},
		options: {
			indexAxis: "y",
			responsive: true,
			maintainAspectRatio: false,
			plugins: { legend: { display: false } },
			scales: {
				x: {
					beginAtZero: true,
					title: {
						display: true,
						text: datasetLabel
					}
				},
				y: { ticks: { autoSkip: false } }
			}
		}
	};
}
function chartPayload(spec) {
	const unit = spec.rows[0]?.unit ?? "";
	return {
		config: buildChartConfig(spec.rows, unit),
		tooltips: spec.rows.map((r) => formatFigure(r)),
		title: spec.title,
		source: `${t("source.label")}: ${spec.sources.map((s) => `${s.title}, ${s.section}`).join("; ")}`
	};
}
/** The CSV download: one line per row, numbers unformatted so spreadsheets read them as numbers. */
function chartCsv(spec) {
	return toCsv([
		spec.labelHeading,
		t("chart.column.value"),
		t("chart.column.qualifier"),
		t("chart.column.outOf"),
		t("chart.column.unit"),
		t("chart.column.note")
	], spec.rows.map((r) => [
		r.label,
		r.value,
		r.qualifier,
		r.outOf,
		r.unit,
		r.note
	]));
}
/** The JSON download: the rows plus what a reuser needs to cite them. */
function chartJson(spec, siteUrl) {
	const data = {
		id: spec.id,
		title: spec.title,
		summary: spec.summary,
		period: spec.period,
		updated: spec.updated,
		sources: spec.sources.map((s) => ({
			document: s.title,
			section: s.section,
			url: new URL(s.href, siteUrl).href
		})),
		rows: spec.rows.map((r) => ({
			label: r.label,
			value: r.value,
			...r.qualifier ? { qualifier: r.qualifier } : {},
			...r.outOf !== void 0 ? { outOf: r.outOf } : {},
			unit: r.unit,
			...r.note ? { note: r.note } : {}
		}))
	};
	return `${JSON.stringify(data, null, 2)}\n`;
}
/** The snippet a newsroom pastes to embed the chart. */
function embedSnippet(spec, embedUrl) {
	const height = chartHeight(spec.rows) + 260 + spec.rows.length * 40;
	return `<iframe src="${embedUrl}" title="${spec.title.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}
// src/schemas/common.ts
/** A date as precise as the document gives it: "2019", "2019-09" or "2019-09-15". */
var partialDate = z.string({ error: "cần một ngày dạng chuỗi, ví dụ \"2019-09\" hoặc \"2014-08-15\"" }).regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: "ngày phải có dạng NNNN, NNNN-TT hoặc NNNN-TT-NN (ví dụ 2014-08-15, 2019-09, 2020)" }).refine(isRealPartialDate, { error: "ngày không có thật trong lịch (kiểm tra tháng và ngày)" });
function isRealPartialDate(value) {
	const [y, m, d] = value.split("-").map(Number);
	if (m === void 0) return true;
	if (m < 1 || m > 12) return false;
	if (d === void 0) return true;
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
/** A full calendar date "YYYY-MM-DD" (used for "last changed"). */
var fullDate = z.string({ error: "cần một ngày dạng chuỗi NNNN-TT-NN" }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: "ngày phải đủ năm-tháng-ngày, ví dụ 2026-11-26" }).refine(isRealPartialDate, { error: "ngày không có thật trong lịch (kiểm tra tháng và ngày)" });
/** The span of time a figure or document covers. */
var period = z.strictObject({
	/** First day (or month, or year) covered. */
	from: partialDate,
	/** Last day (or month, or year) covered. */
	to: partialDate,
	/** How the document words the period, e.g. "Từ năm 2014 đến nay (9/2019)". */
	label: z.string().min(1).optional()
});
/** Lowercase ASCII words joined by hyphens: the form of every id and URL segment. */
var slug = z.string({ error: "cần một mã dạng chuỗi" }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "mã chỉ gồm chữ thường không dấu, số và dấu gạch ngang (ví dụ truong-thpt-ngo-sy-lien)" });
/** Where a fact comes from: a document of the `documents` collection and the place in it. */
var sourceRef = z.strictObject({
	/** Id of the document (its file name in content/documents without .json). */
	document: slug,
	/** Section, paragraph or footnote, as numbered in the document, e.g. "Phần I, mục II.2.1, chú thích 3". */
	section: z.string({ error: "cần ghi mục/chú thích của văn bản" }).min(1, { error: "cần ghi mục/chú thích của văn bản" })
});
/** Words the documents put before a number: "trên 80.000", "hơn 3.500", "gần 400". */
var qualifier = z.enum([
	"trên",
	"hơn",
	"gần",
	"khoảng"
], { error: "chỉ dùng một trong: \"trên\", \"hơn\", \"gần\", \"khoảng\" (hoặc bỏ trống)" });
/** A number as a document reports it. */
var reportedNumber = z.number({ error: "cần một số (không có dấu chấm phân cách nghìn, ví dụ 137226)" }).nonnegative({ error: "số không được âm" });
// src/schemas/statistic.ts
/** Themes of the statistics pages. Labels live in src/i18n/vi.ts ("theme.*"). */
var THEMES = [
	"tinh-hinh",
	"tuyen-truyen",
	"phoi-hop",
	"kiem-tra",
	"an-toan-antt",
	"mo-hinh",
	"luc-luong",
	"dau-tranh",
	"khen-thuong",
	"ho-so-tinh",
	"kinh-phi"
];
/**
* One reported figure, exactly as the document states it. Shared by statistics and commendation
* tallies so that sums are checked the same way everywhere.
*/
var figureSchema = z.strictObject({
	/** Id unique across all statistics and tallies, e.g. "tuyen-truyen-buoi". */
	id: slug,
	/** What is counted, in the document's words, e.g. "Buổi tuyên truyền". */
	metric: z.string().min(1),
	/** The number as reported (no thousands separators: 137226; decimals with a dot: 3843.93). */
	value: reportedNumber,
	/** Word before the number in the document: "trên", "hơn", "gần", "khoảng". */
	qualifier: qualifier.optional(),
	/** For "x/y" figures (e.g. 199/199 xã): the y. */
	outOf: reportedNumber.optional(),
	/** Unit as written: "buổi", "lượt người", "tờ", "vụ", "km²", "%". */
	unit: z.string().min(1),
	/** Who reported or carried out the activity, e.g. "Liên đoàn Lao động tỉnh". */
	reportingBody: z.string().min(1),
	/** Period the figure covers; defaults to the group's period. */
	period: period.optional(),
	/** Id of the reported total this figure is a reported part of. */
	partOf: slug.optional(),
	/** Where the figure is stated; defaults to the group's source. */
	source: sourceRef.optional(),
	/** Show this figure among the headline figures of the home page. */
	headline: z.boolean().default(false),
	/** Anything the reader needs to read the figure right, e.g. "văn bản ghi 'hơn 3.500 tập'". */
	note: z.string().min(1).optional()
});
z.strictObject({
	/** Heading of the group, e.g. "Tuyên truyền do các sở, ngành, đoàn thể báo cáo". */
	title: z.string().min(1),
	/** Theme page the group belongs to. */
	theme: z.enum(THEMES, { error: `chủ đề phải là một trong: ${THEMES.join(", ")}` }),
	/** One sentence saying what the group shows (also the chart's text summary). */
	description: z.string().min(1),
	/** Period the figures cover unless a figure says otherwise. */
	period,
	/** Source of the figures unless a figure says otherwise. */
	source: sourceRef,
	/** Whether the group is drawn as a bar chart (figures sharing a unit) or only tabled. */
	chart: z.boolean().default(false),
	/** Order on the theme page (smaller first). */
	order: z.number().int().default(100),
	/** Date the figures of this group last changed (NNNN-TT-NN). */
	updated: fullDate,
	/** The figures. */
	figures: z.array(figureSchema).min(1, { error: "nhóm số liệu cần ít nhất một số liệu" })
});
// src/lib/statistics.ts
/** Grouping of statistics into theme pages, and the period and "last changed" each page shows. */
/** The budget belongs with the 2020–2025 targets it pays for, so it lives on /muc-tieu/. */
var TARGETS_THEME = "kinh-phi";
/** Page a group of the given theme is shown on. */
function themeHome(theme) {
	return theme === "kinh-phi" ? paths.targets() : paths.theme(theme);
}
/** Themes that get a page under /so-lieu/, in the order of THEMES, only when they have groups. */
function statisticThemes(groups) {
	const present = new Set(groups.map((g) => g.data.theme));
	return THEMES.filter((theme) => theme !== "kinh-phi" && present.has(theme));
}
/** Groups of one theme, by `order` then id. */
function groupsOfTheme(groups, theme) {
	return groups.filter((g) => g.data.theme === theme).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}
var asStart = (d) => d.padEnd(10, d.length === 4 ? "-01-01" : "-01");
var asEnd = (d) => d.padEnd(10, d.length === 4 ? "-12-31" : "-31");
/** The span covered by several periods: earliest start to latest end (labels dropped). */
function spanOf(periods) {
	if (periods.length === 0) return void 0;
	let { from, to } = periods[0];
	for (const p of periods.slice(1)) {
		if (asStart(p.from) < asStart(from)) from = p.from;
		if (asEnd(p.to) > asEnd(to)) to = p.to;
	}
	return periods.every((p) => p.from === periods[0].from && p.to === periods[0].to && p.label === periods[0].label) ? periods[0] : {
		from,
		to
	};
}
/** Latest of several NNNN-TT-NN dates. */
function lastChanged(dates) {
	return dates.reduce((latest, d) => latest === void 0 || d > latest ? d : latest, void 0);
}
/** Notes for the totals of one group whose reported parts do not add up. */
function sumNotesForGroup(groupId, figures, checks) {
	const byId = new Map(figures.map((f) => [f.id, f]));
	return checks.filter((check) => !check.adds && byId.get(check.totalId)?.groupId === groupId).map((check) => ({
		check,
		total: byId.get(check.totalId),
		partValues: check.partIds.map((id) => byId.get(id)?.value ?? 0)
	}));
}
// src/lib/commendation-rules.ts
var byOrder = (a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, "vi");
/** Splits the commendations collection by kind; quotas follow their award's order, criteria and rules their own. */
function arrangeCommendations(entries) {
	const awards = /* @__PURE__ */ new Map();
	const quotas = [];
	const criteria = [];
	const tallies = [];
	const lists = [];
	const rules = {
		"doi-tuong": [],
		"loai-tru": [],
		"ho-so": [],
		"thoi-han": [],
		"luu-y": []
	};
	for (const { id, data } of entries) if (data.kind === "award") awards.set(id, data);
	else if (data.kind === "quota") quotas.push({
		id,
		data
	});
	else if (data.kind === "criteria") criteria.push({
		id,
		data
	});
	else if (data.kind === "rule") rules[data.topic].push({
		id,
		data
	});
	else if (data.kind === "tally") tallies.push({
		id,
		data
	});
	else lists.push({
		id,
		data
	});
	tallies.sort((a, b) => a.data.period.from.localeCompare(b.data.period.from) || a.id.localeCompare(b.id));
	lists.sort((a, b) => b.data.decisionDate.localeCompare(a.data.decisionDate) || a.id.localeCompare(b.id));
	const awardOrder = (q) => awards.get(q.data.award)?.order ?? 100;
	quotas.sort((a, b) => awardOrder(a) - awardOrder(b) || a.id.localeCompare(b.id));
	criteria.sort(byOrder);
	for (const list of Object.values(rules)) list.sort(byOrder);
	return {
		awards,
		awardList: [...awards].map(([id, data]) => ({
			id,
			data
		})).sort(byOrder),
		tallies,
		lists,
		quotas,
		criteria: ["tap-the", "ca-nhan"].map((recipientType) => ({
			recipientType,
			entries: criteria.filter((c) => c.data.recipientType === recipientType)
		})).filter((g) => g.entries.length > 0),
		rules
	};
}
// src/lib/tallies.ts
/** Flattens one tally entry into rows, filling award titles and authorities from the award entries. */
function tallyRows(tally, awards, labels) {
	return tally.rows.map((row) => {
		const award = row.award ? awards.get(row.award) : void 0;
		const type = row.recipientType ?? null;
		const who = type ? labels.recipientType[type] : labels.bothTypes;
		return {
			id: row.id,
			label: `${award?.title ?? labels.allAwards} — ${who}`,
			value: row.value,
			unit: row.unit,
			qualifier: row.qualifier,
			award: row.award ?? null,
			awardTitle: award?.title ?? null,
			authority: award?.authority ?? null,
			recipientType: type,
			partOf: row.partOf ?? null,
			note: row.note ?? null,
			period: tally.period,
			source: tally.source,
			reportingBody: tally.reportingBody
		};
	});
}
/** For every row that other rows name as their total, the sum of those parts and the difference. */
function checkParts(rows) {
	return rows.flatMap((total) => {
		const parts = rows.filter((r) => r.partOf === total.id);
		if (parts.length === 0) return [];
		const sum = parts.reduce((acc, p) => acc + p.value, 0);
		return [{
			total,
			parts,
			sum,
			difference: sum - total.value
		}];
	});
}
var columnOf = (row) => row.recipientType ?? "ca-hai";
var COLUMN_ORDER = [
	"tap-the",
	"ca-nhan",
	"ca-hai"
];
/** Award × recipient type table of one tally; award lines follow the awards' own order. */
function tallyMatrix(rows, awards) {
	const columns = COLUMN_ORDER.filter((c) => rows.some((r) => columnOf(r) === c));
	const byAward = /* @__PURE__ */ new Map();
	const totals = {};
	for (const row of rows) {
		if (row.award === null) {
			totals[columnOf(row)] = row;
			continue;
		}
		const cells = byAward.get(row.award) ?? {};
		cells[columnOf(row)] = row;
		byAward.set(row.award, cells);
	}
	const lines = [...byAward].map(([award, cells]) => {
		const data = awards.get(award);
		return {
			award,
			title: data?.title ?? award,
			authority: data?.authority ?? "",
			order: data?.order ?? 100,
			cells
		};
	});
	lines.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, "vi"));
	return {
		columns,
		awards: lines.map(({ award, title, authority, cells }) => ({
			award,
			title,
			authority,
			cells
		})),
		totals
	};
}
/** CSV of one tally: one line per reported row, with award, authority, period and source spelled out. */
function tallyCsv(rows, header, labels, documentTitle, formatPeriod) {
	return toCsv(header, rows.map((r) => [
		r.id,
		r.awardTitle ?? labels.allAwards,
		r.authority,
		r.recipientType ? labels.recipientType[r.recipientType] : labels.bothTypes,
		r.qualifier,
		r.value,
		r.unit,
		r.partOf,
		formatPeriod(r.period),
		r.reportingBody,
		documentTitle(r.source.document),
		r.source.section,
		r.note
	]));
}
/** The site's Vietnamese labels for tallies. */
var viTallyLabels = {
	allAwards: t("commendations.tally.allAwards"),
	recipientType: {
		"tap-the": t("recipient.tap-the"),
		"ca-nhan": t("recipient.ca-nhan")
	},
	bothTypes: t("commendations.tally.both")
};
/**
* The chart of one tally: one bar per award and recipient type, in the table's order. The reported
* totals are not bars (the bars are their parts; the table's last line shows them). Bars share one
* unit, the unit of the reported totals: rows the document counts otherwise ("01 tập thể" beside
* "lượt") stay in the table and are named under the chart, never converted.
*/
function tallyChart(input, matrix, rows) {
	const byAward = matrix.awards.flatMap((line) => matrix.columns.flatMap((c) => line.cells[c] ? [line.cells[c]] : []));
	const candidates = byAward.length > 0 ? byAward : [...rows];
	const unit = chartUnit(rows.filter((r) => r.award === null), candidates);
	const chartRows = candidates.filter((r) => r.unit === unit).map((r) => ({
		label: r.label,
		value: r.value,
		qualifier: r.qualifier,
		unit: r.unit,
		note: r.note ?? void 0,
		figureId: r.id
	}));
	return {
		spec: {
			id: input.id,
			title: input.title,
			summary: t("commendations.chart.summary", {
				body: input.reportingBody,
				unit
			}),
			labelHeading: t("commendations.chart.labelHeading"),
			rows: chartRows,
			sources: [input.source],
			period: input.period,
			updated: input.updated,
			chart: canChart(chartRows),
			homeHref: input.homeHref
		},
		notDrawn: candidates.filter((r) => r.unit !== unit)
	};
}
/** The unit of the reported totals when they share one, else the unit most rows use (first seen on a tie). */
function chartUnit(totals, candidates) {
	const totalUnits = new Set(totals.map((r) => r.unit));
	if (totalUnits.size === 1) return [...totalUnits][0];
	const counts = /* @__PURE__ */ new Map();
	for (const r of candidates) counts.set(r.unit, (counts.get(r.unit) ?? 0) + 1);
	let best = candidates[0]?.unit ?? "";
	for (const [unit, count] of counts) if (count > (counts.get(best) ?? 0)) best = unit;
	return best;
}
/** The tally CSV as the site publishes it (Vietnamese header, documents by short title). */
function siteTallyCsv(rows, documents) {
	return tallyCsv(rows, t("commendations.tally.csv.header").split("|"), viTallyLabels, (doc) => documents.get(doc)?.shortTitle ?? doc, formatPeriod);
}
/** Everything /khen-thuong/ and the tally's embed page show for one tally entry. */
function tallyFigure(id, tally, awards, documents) {
	const rows = tallyRows(tally, awards, viTallyLabels);
	const matrix = tallyMatrix(rows, awards);
	const chart = tallyChart({
		id,
		title: tally.title,
		reportingBody: tally.reportingBody,
		period: formatPeriod(tally.period),
		updated: tally.updated,
		source: sourceLink(tally.source, documents),
		homeHref: paths.commendations()
	}, matrix, rows);
	const csv = siteTallyCsv(rows, documents);
	return {
		...chart,
		matrix,
		rows,
		checks: checkParts(rows),
		downloads: {
			csv: commendationPaths.tallyCsv(id),
			json: commendationPaths.tallyJson(id),
			csvBytes: new TextEncoder().encode(csv).length
		}
	};
}
// src/data/content.ts
/**
* The only module that reads Astro's collections; everything it returns is plain data that the
* pure functions of src/lib work on.
*/
async function loadDocuments() {
	return (await getCollection("documents")).sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
}
async function loadDocumentMap() {
	return new Map((await loadDocuments()).map((d) => [d.id, d.data]));
}
async function loadFigures() {
	const groups = await getCollection("statistics");
	groups.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
	return resolveFigures(groups);
}
async function loadModels() {
	return (await getCollection("models")).sort((a, b) => a.data.name.localeCompare(b.data.name, "vi"));
}
async function loadStatisticGroups() {
	return (await getCollection("statistics")).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}
/** Every chart of the site (one per statistics group), for theme pages, embeds and downloads. */
async function loadCharts() {
	const [groups, documents] = await Promise.all([loadStatisticGroups(), loadDocumentMap()]);
	return groups.map(({ id, data }) => chartFromGroup(id, data, documents, themeHome(data.theme)));
}
/** Every commendation tally as a figure (chart, award × type table, checks), oldest period first. */
async function loadTallyFigures() {
	const [entries, documents] = await Promise.all([loadCommendations(), loadDocumentMap()]);
	const { awards, tallies } = arrangeCommendations(entries);
	return tallies.map(({ id, data }) => tallyFigure(id, data, awards, documents));
}
async function loadTargets() {
	const targets = await getCollection("targets");
	const key = (n) => n.split(".").map((p) => p.padStart(4, "0")).join(".");
	return targets.sort((a, b) => key(a.data.number).localeCompare(key(b.data.number)));
}
/** Every commendations entry (awards, tallies, quotas, criteria, rules, recipient lists), by id. */
async function loadCommendations() {
	return (await getCollection("commendations")).sort((a, b) => a.id.localeCompare(b.id)).map(({ id, data }) => ({
		id,
		data
	}));
}
/** Every collection as plain data, in a stable order, for the open data downloads and the feed. */
async function loadOpenDataSources() {
	const byId = (list) => list.sort((a, b) => a.id.localeCompare(b.id));
	const [documents, models, statistics, commendations, targets] = await Promise.all([
		getCollection("documents"),
		getCollection("models"),
		getCollection("statistics"),
		getCollection("commendations"),
		getCollection("targets")
	]);
	const plain = (list) => byId(list.map(({ id, data }) => ({
		id,
		data
	})));
	return {
		documents: plain(documents),
		models: plain(models),
		statistics: plain(statistics).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)),
		commendations: plain(commendations),
		targets: plain(targets)
	};
}
export { embedSnippet as A, toCsv as B, fullDate as C, chartHeight as D, chartCsv as E, formatDifference as F, DEFAULT_HASH_PROPS as G, headlineFigures as H, formatFigure as I, level as J, DEFAULT_OUTPUT_FORMAT as K, formatNumber as L, sourceLink as M, formatBytes as N, chartJson as O, formatDate as P, formatPeriod as R, themeHome as S, sourceRef as T, indexFigures as U, figureById as V, render as W, groupsOfTheme as _, loadFigures as a, statisticThemes as b, loadStatisticGroups as c, checkParts as d, siteTallyCsv as f, TARGETS_THEME as g, arrangeCommendations as h, loadDocuments as i, documentPath as j, chartPayload as k, loadTallyFigures as l, viTallyLabels as m, loadCommendations as n, loadModels as o, tallyRows as p, VALID_SUPPORTED_FORMATS as q, loadDocumentMap as r, loadOpenDataSources as s, loadCharts as t, loadTargets as u, lastChanged as v, slug as w, sumNotesForGroup as x, spanOf as y, formatValue as z };
