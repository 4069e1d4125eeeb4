/**
 * The only module that reads Astro's collections; everything it returns is plain data that the
 * pure functions of src/lib work on.
 */
import { getCollection } from "astro:content";
import { resolveFigures } from "../lib/figures.ts";
import { chartFromGroup, type ChartSpec } from "../lib/charts.ts";
import { themeHome } from "../lib/statistics.ts";
import { arrangeCommendations } from "../lib/commendation-rules.ts";
import { tallyFigure, type TallyFigureData } from "../lib/tallies.ts";
import type { DocumentData } from "../schemas/document.ts";
import { compareVi } from "../lib/collate.ts";
import { throwIfContentBroken } from "../lib/dev-content-state.ts";

export async function loadDocuments(): Promise<{ id: string; data: DocumentData }[]> {
  const docs = await getCollection("documents");
  return docs.sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
}

export async function loadDocumentMap(): Promise<Map<string, DocumentData>> {
  throwIfContentBroken();
  return new Map((await loadDocuments()).map((d) => [d.id, d.data]));
}

export async function loadFigures() {
  throwIfContentBroken();
  const groups = await getCollection("statistics");
  groups.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  return resolveFigures(groups);
}

export async function loadModels() {
  throwIfContentBroken();
  const models = await getCollection("models");
  return models.sort((a, b) => compareVi(a.data.name, b.data.name));
}

export async function loadStatisticGroups() {
  throwIfContentBroken();
  const groups = await getCollection("statistics");
  return groups.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** Every chart of the site (one per statistics group), for theme pages, embeds and downloads. */
export async function loadCharts(): Promise<ChartSpec[]> {
  throwIfContentBroken();
  const [groups, documents] = await Promise.all([loadStatisticGroups(), loadDocumentMap()]);
  return groups.map(({ id, data }) => chartFromGroup(id, data, documents, themeHome(data.theme)));
}

/** Every commendation tally as a figure (chart, award × type table, checks), oldest period first. */
export async function loadTallyFigures(): Promise<TallyFigureData[]> {
  throwIfContentBroken();
  const [entries, documents] = await Promise.all([loadCommendations(), loadDocumentMap()]);
  const { awards, tallies } = arrangeCommendations(entries);
  return tallies.map(({ id, data }) => tallyFigure(id, data, awards, documents));
}

export async function loadTargets() {
  throwIfContentBroken();
  const targets = await getCollection("targets");
  const key = (n: string) => n.split(".").map((p) => p.padStart(4, "0")).join(".");
  return targets.sort((a, b) => key(a.data.number).localeCompare(key(b.data.number)));
}

/** Every commendations entry (awards, tallies, quotas, criteria, rules, recipient lists), by id. */
export async function loadCommendations() {
  throwIfContentBroken();
  const entries = await getCollection("commendations");
  return entries.sort((a, b) => a.id.localeCompare(b.id)).map(({ id, data }) => ({ id, data }));
}

/** Every collection as plain data, in a stable order, for the open data downloads and the feed. */
export async function loadOpenDataSources() {
  throwIfContentBroken();
  const byId = <T extends { id: string }>(list: T[]) => list.sort((a, b) => a.id.localeCompare(b.id));
  const [documents, models, statistics, commendations, targets] = await Promise.all([
    getCollection("documents"),
    getCollection("models"),
    getCollection("statistics"),
    getCollection("commendations"),
    getCollection("targets"),
  ]);
  const plain = <D>(list: { id: string; data: D }[]) => byId(list.map(({ id, data }) => ({ id, data })));
  return {
    documents: plain(documents),
    models: plain(models),
    statistics: plain(statistics).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)),
    commendations: plain(commendations),
    targets: plain(targets),
  };
}
