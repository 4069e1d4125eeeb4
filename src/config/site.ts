/** One home for the site's identity: name, base URL, publisher. Pages, feeds and meta read it. */
import { PLACEHOLDER_SITE_URL } from "../lib/build/site-address.ts";

export const site = {
  /** Full name shown in the header and titles. */
  name: "Kết quả phong trào toàn dân bảo vệ an ninh Tổ quốc trong cơ quan, doanh nghiệp, nhà trường",
  /** Short name for the header, the browser tab and share cards; in plain words, no acronyms. */
  shortName: "Bảo vệ an ninh Tổ quốc trong cơ quan, doanh nghiệp, nhà trường",
  /** Canonical origin every absolute URL is built from; override with SITE_URL at build time (a production build requires it: src/lib/build/site-address.ts). */
  baseUrl: process.env.SITE_URL || PLACEHOLDER_SITE_URL,
  /** Who publishes the site. */
  publisher: "Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ ANTQ tỉnh Bắc Giang",
  /** The directive the movement implements. */
  directive: "Chỉ thị số 07/CT-BCA-V28 ngày 15/8/2014 của Bộ Công an",
  /**
   * Licence of the open data (every download, /du-lieu/, the DataCatalog JSON-LD). A default the
   * publisher has not yet confirmed: docs/deploy.md asks them to confirm or change it before launch.
   */
  licence: { name: "Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)", url: "https://creativecommons.org/licenses/by/4.0/deed.vi" },
  locale: "vi-VN",
  timeZone: "Asia/Ho_Chi_Minh",
} as const;
