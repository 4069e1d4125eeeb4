/**
 * Every public URL of the site is built here, so pages, feeds, the search index, the sitemap and
 * the URL manifest agree. Changing a function here changes published URLs: add a redirect.
 */
import { slugify } from "./slug.ts";

export const paths = {
  home: () => "/",
  documents: () => "/van-ban/",
  document: (id: string) => `/van-ban/${id}/`,
  models: () => "/mo-hinh/",
  model: (id: string) => `/mo-hinh/${id}/`,
  /** Static facet listing, e.g. /mo-hinh/loai/truong-hoc-an-toan/, /mo-hinh/huyen/viet-yen/. */
  modelFacet: (facet: "loai" | "huyen" | "don-vi" | "nam" | "trang-thai" | "nha-dau-tu", value: string) => `/mo-hinh/${facet}/${slugify(value)}/`,
  /** Every value of one facet, e.g. /mo-hinh/huyen/. */
  modelFacetIndex: (facet: "loai" | "huyen" | "don-vi" | "nam" | "trang-thai" | "nha-dau-tu") => `/mo-hinh/${facet}/`,
  /** Share image of a model profile. */
  modelOgImage: (id: string) => `/og/mo-hinh/${id}.png`,
  statistics: () => "/so-lieu/",
  theme: (theme: string) => `/so-lieu/${theme}/`,
  /** Standalone embeddable chart page; chart id = statistics group id. */
  embed: (chartId: string) => `/nhung/${chartId}/`,
  targets: () => "/muc-tieu/",
  /** Exactly the data of one chart (chart id = statistics group id), as CSV (UTF-8 with BOM) or JSON. */
  chartDownload: (chartId: string, format: "csv" | "json" | "xlsx") => `/so-lieu/tai-ve/${chartId}.${format}`,
  commendations: () => "/khen-thuong/",
  commendationRules: () => "/khen-thuong/tieu-chuan/",
  /** A named recipient list; page 1 is the list's own URL, later pages /trang-N/. */
  recipientList: (id: string, page = 1) => (page <= 1 ? `/khen-thuong/danh-sach/${id}/` : `/khen-thuong/danh-sach/${id}/trang-${page}/`),
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

/** Downloads of the commendations pages (issue 5). */
export const commendationPaths = {
  /** Whole named recipient list as CSV (UTF-8 with BOM). */
  recipientListCsv: (id: string) => `/khen-thuong/danh-sach/${id}.csv`,
  /** Whole named recipient list as an Excel workbook. */
  recipientListXlsx: (id: string) => `/khen-thuong/danh-sach/${id}.xlsx`,
  /** Whole named recipient list as JSON. */
  recipientListJson: (id: string) => `/khen-thuong/danh-sach/${id}.json`,
  /** Compact copy of a list that the table's sort and filter controls load on first use. */
  recipientListFilterData: (id: string) => `/khen-thuong/danh-sach/${id}/bo-loc.json`,
  /** One tally (award × recipient type for a period) as CSV. */
  tallyCsv: (id: string) => `/khen-thuong/so-lieu/${id}.csv`,
  /** One tally as an Excel workbook. */
  tallyXlsx: (id: string) => `/khen-thuong/so-lieu/${id}.xlsx`,
  /** One tally as JSON. */
  tallyJson: (id: string) => `/khen-thuong/so-lieu/${id}.json`,
} as const;
