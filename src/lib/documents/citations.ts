/** What cites a document: the models and figures whose sources name it. */
import type { SourceRef } from "../../schemas/common.ts";

/** Models citing a document, each with the sections it cites (in its own order, without repeats). */
export function modelsCiting<M extends { id: string; data: { sources: readonly SourceRef[] } }>(
  documentId: string,
  models: readonly M[],
): { model: M; sections: string[] }[] {
  return models.flatMap((model) => {
    const sections = [...new Set(model.data.sources.filter((s) => s.document === documentId).map((s) => s.section))];
    return sections.length > 0 ? [{ model, sections }] : [];
  });
}

/** Figures citing a document, in content order. */
export function figuresCiting<F extends { source: SourceRef }>(documentId: string, figures: readonly F[]): F[] {
  return figures.filter((f) => f.source.document === documentId);
}
