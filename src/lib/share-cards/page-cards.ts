/**
 * Share cards for every page kind besides model profiles (which have their own, /og/mo-hinh/<id>.png):
 * home, statistics and each theme, each chart's embed page, targets, commendations, each recipient
 * list, documents and each document, models, open data, search, the glossary, and the pages of
 * assessments, directions, responsibilities and the timeline. Each card is the
 * same 1200×630 layout as a profile's (src/lib/share-cards/model-card-layout.ts), drawn and cached the same way, at
 * /og/trang/<key>.png where the key is the page's path as a slug.
 */
import type { OgCardInput } from "./model-card-layout.ts";
import { paths } from "../site/public-urls.ts";
import { slugify } from "../browser/slug.ts";
import { fill } from "../../i18n/vi.ts";

/** One page's card: the page's path and what the card says. */
export interface PageCard {
  path: string;
  input: OgCardInput;
}

/** "/" → "trang-chu"; "/so-lieu/tuyen-truyen/" → "so-lieu-tuyen-truyen". */
export function pageCardKey(path: string): string {
  return slugify(path) || "trang-chu";
}

/** Address of a page's card image. */
export function pageCardImage(path: string): string {
  return `/og/trang/${pageCardKey(path)}.png`;
}

/**
 * The page whose card a page shares: itself, or for pages that are views of another (model
 * filters, later pages of a recipient list) that page. Model profiles return null: they carry
 * their own card.
 */
export function sharedCardPath(path: string): string | null {
  const segments = path.split("/").filter(Boolean);
  if (segments[0] === "mo-hinh") return segments.length === 1 || isFacet(segments[1]!) ? paths.models() : null;
  if (segments[0] === "khen-thuong" && segments[1] === "danh-sach" && segments[2]) return paths.recipientList(segments[2]);
  // A body's or a deadline's tasks are views of the responsibilities table.
  if (segments[0] === "trach-nhiem" && segments.length > 1) return paths.responsibilities();
  return path;
}

const FACETS = new Set(["loai", "huyen", "don-vi", "nam", "trang-thai", "nha-dau-tu"]);
const isFacet = (segment: string) => FACETS.has(segment);

export interface PageCardContent {
  siteName: string;
  /** Every theme with its title and the period its figures cover (already formatted). */
  themes: { theme: string; title: string; period: string | null }[];
  /** Every chart with an embed page (statistics groups and tallies). */
  charts: { id: string; title: string; period: string }[];
  documents: { id: string; shortTitle: string; kind: string; date: string }[];
  lists: { id: string; title: string; decision: string }[];
  targetCount: number;
}

/** Kinds shown above each card's title, in Vietnamese (from src/i18n/vi.ts). */
export interface PageCardWords {
  home: string;
  statistics: string;
  theme: string;
  chart: string;
  targets: string;
  targetsTitle: string;
  targetsPlace: string;
  commendations: string;
  commendationsTitle: string;
  rulesTitle: string;
  list: string;
  documents: string;
  documentsTitle: string;
  models: string;
  modelsTitle: string;
  data: string;
  dataTitle: string;
  search: string;
  searchTitle: string;
  glossary: string;
  glossaryTitle: string;
  statisticsTitle: string;
  assessments: string;
  assessmentsTitle: string;
  directions: string;
  directionsTitle: string;
  responsibilities: string;
  responsibilitiesTitle: string;
  timeline: string;
  timelineTitle: string;
}

/** Every page card of the site, in a stable order. */
export function pageCards(content: PageCardContent, words: PageCardWords): PageCard[] {
  const card = (path: string, name: string, kind: string, place: string | null = null): PageCard => ({
    path,
    input: { name, kind, place },
  });
  return [
    card(paths.home(), content.siteName, words.home),
    card(paths.statistics(), words.statisticsTitle, words.statistics),
    ...content.themes.map((x) => card(paths.theme(x.theme), x.title, words.theme, x.period)),
    ...content.charts.map((x) => card(paths.embed(x.id), x.title, words.chart, x.period)),
    card(paths.targets(), words.targetsTitle, words.targets, fill(words.targetsPlace, { count: content.targetCount })),
    card(paths.commendations(), words.commendationsTitle, words.commendations),
    card(paths.commendationRules(), words.rulesTitle, words.commendations),
    ...content.lists.map((x) => card(paths.recipientList(x.id), x.title, words.list, x.decision)),
    card(paths.documents(), words.documentsTitle, words.documents),
    ...content.documents.map((x) => card(paths.document(x.id), x.shortTitle, x.kind, x.date)),
    card(paths.models(), words.modelsTitle, words.models),
    card(paths.openData(), words.dataTitle, words.data),
    card(paths.search(), words.searchTitle, words.search),
    card(paths.glossary(), words.glossaryTitle, words.glossary),
    card(paths.assessments(), words.assessmentsTitle, words.assessments),
    card(paths.directions(), words.directionsTitle, words.directions),
    card(paths.responsibilities(), words.responsibilitiesTitle, words.responsibilities),
    card(paths.timeline(), words.timelineTitle, words.timeline),
  ];
}
