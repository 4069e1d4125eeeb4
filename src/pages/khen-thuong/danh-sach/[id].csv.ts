import type { APIRoute, GetStaticPaths } from "astro";
import { loadCommendations, loadModels } from "../../../data/content.ts";
import { arrangeCommendations } from "../../../lib/commendation-rules.ts";
import { modelMatcher } from "../../../lib/model-match.ts";
import { recipientCsv, recipientRows } from "../../../lib/recipient-lists.ts";
import { site } from "../../../config/site.ts";
import { t } from "../../../i18n/vi.ts";

export const getStaticPaths = (async () => {
  const entries = await loadCommendations();
  const models = await loadModels();
  const matcher = modelMatcher(models.map((m) => ({ id: m.id, hosts: m.data.hosts })));
  const { awards } = arrangeCommendations(entries);
  const labels = {
    header: [t("list.col.year"), t("list.col.award"), t("list.col.recipientType"), t("list.col.name"), t("list.col.organisation"), t("list.col.district"), t("list.col.model")] as const,
    recipientType: { "tap-the": t("recipient.tap-the"), "ca-nhan": t("recipient.ca-nhan") },
  };
  return entries.flatMap(({ id, data }) => (data.kind === "recipients" ? [{ params: { id }, props: { csv: recipientCsv(recipientRows(data, matcher), awards, labels, site.baseUrl) } }] : []));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ csv: string }> = ({ props }) => new Response(props.csv, { headers: { "content-type": "text/csv; charset=utf-8" } });
