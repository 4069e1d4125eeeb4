// src/lib/citations.ts
/** Models citing a document, each with the sections it cites (in its own order, without repeats). */
function modelsCiting(documentId, models) {
	return models.flatMap((model) => {
		const sections = [...new Set(model.data.sources.filter((s) => s.document === documentId).map((s) => s.section))];
		return sections.length > 0 ? [{
			model,
			sections
		}] : [];
	});
}
/** Figures citing a document, in content order. */
function figuresCiting(documentId, figures) {
	return figures.filter((f) => f.source.document === documentId);
}
export { modelsCiting as n, figuresCiting as t };
