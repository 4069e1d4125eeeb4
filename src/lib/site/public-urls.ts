/**
 * Every public URL of the site is built here, so pages, feeds, the search index, the sitemap and
 * the URL manifest agree. Changing a function here changes published URLs: add a redirect.
 */
import { slugify } from "../browser/slug.ts";
import { embedSegment } from "../../config/security.ts";

export const paths = {
  home: () => "/",
  documents: () => "/van-ban/",
  document: (id: string) => `/van-ban/${id}/`,
  models: () => "/mo-hinh/",
  model: (id: string) => `/mo-hinh/${id}/`,
  /** Static facet listing, e.g. /mo-hinh/loai/truong-hoc-an-toan/, /mo-hinh/huyen/viet-yen/. */
  modelFacet: (facet: "loai" | "huyen" | "don-vi" | "nam" | "trang-thai" | "nha-dau-tu", value: string) =>
    `/mo-hinh/${facet}/${slugify(value)}/`,
  /** Every value of one facet, e.g. /mo-hinh/huyen/. */
  modelFacetIndex: (facet: "loai" | "huyen" | "don-vi" | "nam" | "trang-thai" | "nha-dau-tu") => `/mo-hinh/${facet}/`,
  /** Share image of a model profile. */
  modelOgImage: (id: string) => `/og/mo-hinh/${id}.png`,
  statistics: () => "/so-lieu/",
  theme: (theme: string) => `/so-lieu/${theme}/`,
  /** Standalone embeddable chart page; chart id = statistics group id. */
  embed: (chartId: string) => `/${embedSegment}/${chartId}/`,
  targets: () => "/muc-tieu/",
  /**
   * Exactly the data of one chart (a statistics group or a commendation tally; the validator keeps
   * their ids apart) as CSV (UTF-8 with BOM), JSON or Excel. Tallies' former
   * /khen-thuong/so-lieu/<id>.<format> addresses are kept as copies.
   */
  chartDownload: (chartId: string, format: "csv" | "json" | "xlsx") => `/so-lieu/tai-ve/${chartId}.${format}`,
  /** A tally's former download address: a byte-identical copy of its chartDownload, no longer linked. */
  formerTallyDownload: (tallyId: string, format: "csv" | "json" | "xlsx") => `/khen-thuong/so-lieu/${tallyId}.${format}`,
  commendations: () => "/khen-thuong/",
  commendationRules: () => "/khen-thuong/tieu-chuan/",
  /** A named recipient list; page 1 is the list's own URL, later pages /trang-N/ (listPageSegment). */
  recipientList: (id: string, page = 1) => `/khen-thuong/danh-sach/${id}/${listPageSegment(page)?.concat("/") ?? ""}`,
  /** Whole named recipient list as CSV (UTF-8 with BOM), Excel workbook or JSON. */
  recipientListFile: (id: string, format: "csv" | "json" | "xlsx") => `/khen-thuong/danh-sach/${id}.${format}`,
  /** Compact copy of a list that the table's sort and filter controls load on first use. */
  recipientListFilterData: (id: string) => `/khen-thuong/danh-sach/${id}/bo-loc.json`,
  // Issue 17: what the documents conclude and plan.
  assessments: () => "/danh-gia/",
  directions: () => "/phuong-huong/",
  responsibilities: () => "/trach-nhiem/",
  /** Tasks naming one body; segment = slugify(body name). */
  responsibilityBody: (slug: string) => `/trach-nhiem/co-quan/${slug}/`,
  /** Tasks by deadline: "nam-2024", "hang-nam", "khong-co-han". */
  responsibilityDeadline: (key: string) => `/trach-nhiem/han/${key}/`,
  timeline: () => "/dong-thoi-gian/",
  search: () => "/tim-kiem/",
  /** Every acronym the site uses, with its full form. */
  glossary: () => "/tu-viet-tat/",
  openData: () => "/du-lieu/",
  /** One open dataset as a download, e.g. /du-lieu/mo-hinh.csv. */
  dataset: (id: string, format: "json" | "csv" | "xlsx") => `/du-lieu/${id}.${format}`,
  /** Every open dataset in one Excel workbook; "tat-ca" is never a dataset id. */
  allData: () => "/du-lieu/tat-ca.xlsx",
  feed: () => "/rss.xml",
  sitemap: () => "/sitemap.xml",
  robots: () => "/robots.txt",
} as const;

/** Route segment of a recipient list's page: none for page 1, "trang-N" after. */
export function listPageSegment(page: number): string | undefined {
  return page <= 1 ? undefined : `trang-${page}`;
}
