/**
 * The commendations collection arranged for reading: awards highest first, tallies by period, lists
 * newest first, and the award rules of a review plan (who, how many, criteria, exclusions, dossier, deadlines).
 */
import type {
  AwardData,
  CommendationData,
  CriteriaData,
  QuotaData,
  RecipientListData,
  RuleData,
  TallyData,
} from "../../schemas/commendation.ts";
import type { RecipientType } from "../browser/recipient-table-rows.ts";
import { compareVi } from "../browser/vietnamese-order.ts";

export type RuleTopic = RuleData["topic"];

export interface Entry<T> {
  id: string;
  data: T;
}

export interface CommendationContent {
  awards: Map<string, AwardData>;
  /** Awards highest first. */
  awardList: Entry<AwardData>[];
  /** Tallies oldest period first. */
  tallies: Entry<TallyData>[];
  /** Recipient lists newest decision first. */
  lists: Entry<RecipientListData>[];
  quotas: Entry<QuotaData>[];
  criteria: { recipientType: RecipientType; entries: Entry<CriteriaData>[] }[];
  rules: Record<RuleTopic, Entry<RuleData>[]>;
}

const byOrder = <T extends { data: { order: number; title: string } }>(a: T, b: T) =>
  a.data.order - b.data.order || compareVi(a.data.title, b.data.title);

/** Splits the commendations collection by kind; quotas follow their award's order, criteria and rules their own. */
export function arrangeCommendations(entries: readonly { id: string; data: CommendationData }[]): CommendationContent {
  const awards = new Map<string, AwardData>();
  const quotas: Entry<QuotaData>[] = [];
  const criteria: Entry<CriteriaData>[] = [];
  const tallies: Entry<TallyData>[] = [];
  const lists: Entry<RecipientListData>[] = [];
  const rules: Record<RuleTopic, Entry<RuleData>[]> = { "doi-tuong": [], "loai-tru": [], "ho-so": [], "thoi-han": [], "luu-y": [] };
  for (const { id, data } of entries) {
    if (data.kind === "award") awards.set(id, data);
    else if (data.kind === "quota") quotas.push({ id, data });
    else if (data.kind === "criteria") criteria.push({ id, data });
    else if (data.kind === "rule") rules[data.topic].push({ id, data });
    else if (data.kind === "tally") tallies.push({ id, data });
    else lists.push({ id, data });
  }
  tallies.sort((a, b) => a.data.period.from.localeCompare(b.data.period.from) || a.id.localeCompare(b.id));
  lists.sort((a, b) => b.data.decisionDate.localeCompare(a.data.decisionDate) || a.id.localeCompare(b.id));
  const awardOrder = (q: Entry<QuotaData>) => awards.get(q.data.award)?.order ?? 100;
  quotas.sort((a, b) => awardOrder(a) - awardOrder(b) || a.id.localeCompare(b.id));
  criteria.sort(byOrder);
  for (const list of Object.values(rules)) list.sort(byOrder);
  return {
    awards,
    awardList: [...awards].map(([id, data]) => ({ id, data })).sort(byOrder),
    tallies,
    lists,
    quotas,
    criteria: (["tap-the", "ca-nhan"] as const)
      .map((recipientType) => ({ recipientType, entries: criteria.filter((c) => c.data.recipientType === recipientType) }))
      .filter((g) => g.entries.length > 0),
    rules,
  };
}

/** Ids of every quota number of a quota entry with where it sits, so tests and the page agree on what is shown. */
export function quotaNumbers(
  quota: QuotaData,
): { bloc: string; field: "collectives" | "individuals" | "collectivesOrIndividuals" | "total"; value: number }[] {
  const fields = ["collectives", "individuals", "collectivesOrIndividuals"] as const;
  const lines = quota.lines.flatMap((line) => [line, ...line.breakdown]);
  return [
    ...(quota.total === undefined ? [] : [{ bloc: "", field: "total" as const, value: quota.total }]),
    ...lines.flatMap((line) =>
      fields.flatMap((field) => (line[field] === undefined ? [] : [{ bloc: line.bloc, field, value: line[field] }])),
    ),
  ];
}

/**
 * Whether a deadline (NNNN, NNNN-TT or NNNN-TT-NN) is over on `today` (NNNN-TT-NN): a month or a
 * year counts until its last day.
 */
export function deadlinePassed(deadline: string, today: string): boolean {
  const [y, m, d] = deadline.split("-");
  const last =
    d !== undefined
      ? deadline
      : m !== undefined
        ? `${y}-${m}-${String(new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate()).padStart(2, "0")}`
        : `${y}-12-31`;
  return last < today;
}

/** A rule's own heading is left out when it only repeats its section's heading. */
export function repeatsHeading(title: string, sectionHeading: string): boolean {
  const norm = (s: string) =>
    s
      .toLocaleLowerCase("vi")
      .replace(/[\s,.;:]+/g, " ")
      .trim();
  return norm(title) === norm(sectionHeading);
}
