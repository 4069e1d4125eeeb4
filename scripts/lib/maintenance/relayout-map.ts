/**
 * Where each module of the flat src/lib goes (issue 18): `browser/` holds what reaches readers'
 * browsers (no Node imports; tests/unit/browser-safe.test.ts), `build/` what runs only in Node at
 * build or dev time (file system, satori/resvg, Astro and Vite hooks), and the rest is grouped by
 * feature. Near-synonym pairs get names that say which is which: paths/urls → site/public-urls and
 * models/model-url-claims; feed/feed-items → site/xml-writers and site/rss-entries;
 * recipients/recipient-lists → browser/recipient-table-rows and commendations/recipient-list-pages;
 * facets/facet-filter → models/model-facets and browser/filter-selection; charts/chart-layout →
 * statistics/chart-data and browser/bar-chart-geometry.
 *
 * Project-relative old path → new path. A source that no longer exists is skipped, so entries for
 * modules another branch folded away are harmless; a module not listed stays where it is.
 */
export const RELAYOUT: Readonly<Record<string, string>> = {
  // Shipped to browsers (and used at build time too).
  "src/lib/chart-layout.ts": "src/lib/browser/bar-chart-geometry.ts",
  "src/lib/collate.ts": "src/lib/browser/vietnamese-order.ts",
  "src/lib/embed-protocol.ts": "src/lib/browser/embed-protocol.ts",
  "src/lib/facet-filter.ts": "src/lib/browser/filter-selection.ts",
  "src/lib/format.ts": "src/lib/browser/format.ts",
  "src/lib/recipients.ts": "src/lib/browser/recipient-table-rows.ts",
  "src/lib/search-folding.ts": "src/lib/browser/search-folding.ts",
  "src/lib/search-plan.ts": "src/lib/browser/search-plan.ts",
  "src/lib/search-query.ts": "src/lib/browser/search-query.ts",
  "src/lib/search-results.ts": "src/lib/browser/search-results.ts",
  "src/lib/slug.ts": "src/lib/browser/slug.ts",

  // Node only: build and dev server.
  "src/lib/build-cache.ts": "src/lib/build/build-cache.ts",
  "src/lib/build-day.ts": "src/lib/build/build-day.ts",
  "src/lib/content-loader.ts": "src/lib/build/astro-content-loader.ts",
  "src/lib/content-reader.ts": "src/lib/build/content-reader.ts",
  "src/lib/dev-content-state.ts": "src/lib/build/dev-content-state.ts",
  "src/lib/head-inject-directive.ts": "src/lib/build/vite-head-inject-directive.ts",
  "src/lib/og-cache.ts": "src/lib/build/share-card-cache.ts",
  "src/lib/og-image.ts": "src/lib/build/share-card-png.ts",
  "src/lib/site-address.ts": "src/lib/build/site-address.ts",
  "src/lib/workbook.ts": "src/lib/build/xlsx-workbook.ts",

  // Content pipeline: collections, fields, starters, the editing screen's model of a file.
  "src/lib/characters.ts": "src/lib/content/hidden-characters.ts",
  "src/lib/cms-config.ts": "src/lib/content/cms-config.ts",
  "src/lib/content-registry.ts": "src/lib/content/registry.ts",
  "src/lib/content-starters.ts": "src/lib/content/starters.ts",
  "src/lib/entry-merge.ts": "src/lib/content/entry-merge.ts",
  "src/lib/schema-fields.ts": "src/lib/content/schema-fields.ts",

  // Model units.
  "src/lib/facets.ts": "src/lib/models/model-facets.ts",
  "src/lib/model-profile.ts": "src/lib/models/model-profile.ts",
  "src/lib/redirects.ts": "src/lib/models/model-redirects.ts",
  "src/lib/related.ts": "src/lib/models/related-models.ts",
  "src/lib/urls.ts": "src/lib/models/model-url-claims.ts",

  // Statistics, targets and their charts.
  "src/lib/charts.ts": "src/lib/statistics/chart-data.ts",
  "src/lib/consistency.ts": "src/lib/statistics/sum-checks.ts",
  "src/lib/figures.ts": "src/lib/statistics/figures.ts",
  "src/lib/statistics.ts": "src/lib/statistics/themes.ts",
  "src/lib/targets.ts": "src/lib/statistics/targets.ts",

  // Commendations.
  "src/lib/commendation-rules.ts": "src/lib/commendations/commendation-sections.ts",
  "src/lib/model-match.ts": "src/lib/commendations/recipient-model-match.ts",
  "src/lib/recipient-lists.ts": "src/lib/commendations/recipient-list-pages.ts",
  "src/lib/tallies.ts": "src/lib/commendations/tallies.ts",

  // What the documents conclude and plan (issue 17).
  "src/lib/plan.ts": "src/lib/plan/plan-items.ts",
  "src/lib/plan-open-data.ts": "src/lib/plan/plan-open-data.ts",
  "src/lib/plan-quotes.ts": "src/lib/plan/plan-quotes.ts",

  // Source documents.
  "src/lib/citations.ts": "src/lib/documents/citations.ts",
  "src/lib/documents.ts": "src/lib/documents/document-links.ts",

  // Downloads and open data.
  "src/lib/csv.ts": "src/lib/downloads/csv.ts",
  "src/lib/download-table.ts": "src/lib/downloads/download-table.ts",
  "src/lib/file-response.ts": "src/lib/downloads/file-response.ts",
  "src/lib/open-data.ts": "src/lib/downloads/open-data.ts",

  // Search records written at build time (the page's own logic is in browser/).
  "src/lib/search-records.ts": "src/lib/search/search-records.ts",

  // Share cards: layouts (the PNG renderer and its cache are in build/).
  "src/lib/og-card.ts": "src/lib/share-cards/model-card-layout.ts",
  "src/lib/page-cards.ts": "src/lib/share-cards/page-cards.ts",

  // Site-wide: addresses, navigation, page passes, feeds.
  "src/lib/abbr.ts": "src/lib/site/first-use-abbr.ts",
  "src/lib/feed-items.ts": "src/lib/site/rss-entries.ts",
  "src/lib/feed.ts": "src/lib/site/xml-writers.ts",
  "src/lib/glossary-list.ts": "src/lib/site/glossary-list.ts",
  "src/lib/html-text.ts": "src/lib/site/html-text.ts",
  "src/lib/nav.ts": "src/lib/site/nav.ts",
  "src/lib/page-contents.ts": "src/lib/site/page-contents.ts",
  "src/lib/paths.ts": "src/lib/site/public-urls.ts",
};
