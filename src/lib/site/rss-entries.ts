/** Feed entries for source documents and model units. */
import type { DocumentData } from "../../schemas/document.ts";
import type { ModelData } from "../../schemas/model.ts";
import type { MessageKey } from "../../i18n/vi.ts";
import type { FeedItem } from "./xml-writers.ts";
import { paths } from "./public-urls.ts";
import { formatDate } from "../browser/format.ts";

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** Documents dated by issue, models by their last change: both are what a reader calls "new". */
export function feedItems(
  documents: readonly { id: string; data: DocumentData }[],
  models: readonly { id: string; data: ModelData }[],
  t: Translate,
): FeedItem[] {
  return [
    ...documents.map(({ id, data }) => ({
      title: data.shortTitle,
      path: paths.document(id),
      // The feed needs a full date; the description keeps the precision the document gives. Notes on a
      // missing day or number stay on the document's page.
      description: `${t("document.field.date")}: ${formatDate(data.date)}. ${data.summary}`,
      date: data.date,
      category: t("feed.category.document"),
    })),
    ...models.map(({ id, data }) => ({
      title: data.name,
      path: paths.model(id),
      description: data.summary,
      date: data.updated,
      category: t(`model.kind.${data.kind}`),
    })),
  ];
}

/**
 * One entry per issue-17 page (assessments, directions, responsibilities, timeline), dated by the
 * newest document it draws on: the page changes when such a document is added.
 */
export function planFeedItems(
  pages: readonly { path: string; title: MessageKey; description: MessageKey; documents: readonly string[] }[],
  documents: ReadonlyMap<string, DocumentData>,
  t: Translate,
): FeedItem[] {
  return pages.flatMap((page) => {
    const dates = page.documents.flatMap((id) => documents.get(id)?.date ?? []).sort();
    const newest = dates[dates.length - 1];
    return newest
      ? [{ title: t(page.title), path: page.path, description: t(page.description), date: newest, category: t("feed.category.plan") }]
      : [];
  });
}
