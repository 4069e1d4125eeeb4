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
  /** Share image of a model profile. */
  modelOgImage: (id: string) => `/og/mo-hinh/${id}.png`,
  statistics: () => "/so-lieu/",
  theme: (theme: string) => `/so-lieu/${theme}/`,
  /** Standalone embeddable chart page; chart id = statistics group id. */
  embed: (chartId: string) => `/nhung/${chartId}/`,
  targets: () => "/muc-tieu/",
  commendations: () => "/khen-thuong/",
  commendationRules: () => "/khen-thuong/tieu-chuan/",
  /** A named recipient list; page 1 is the list's own URL, later pages /trang-N/. */
  recipientList: (id: string, page = 1) => (page <= 1 ? `/khen-thuong/danh-sach/${id}/` : `/khen-thuong/danh-sach/${id}/trang-${page}/`),
  search: () => "/tim-kiem/",
  openData: () => "/du-lieu/",
  /** One open dataset as a download, e.g. /du-lieu/mo-hinh.csv. */
  dataset: (id: string, format: "json" | "csv") => `/du-lieu/${id}.${format}`,
  feed: () => "/rss.xml",
  sitemap: () => "/sitemap.xml",
  robots: () => "/robots.txt",
} as const;
