import { z } from "zod";
import { draft, fullDate, partialDate, period, qualifier, reportedNumber, slug, sourceRef, measureRules } from "./common.ts";
import { DISTRICTS } from "./model.ts";

/** Forms of award. Labels live in src/i18n/vi.ts ("award.form.*"). */
export const AWARD_FORMS = ["co-thi-dua", "bang-khen", "giay-khen", "ky-niem-chuong"] as const;
/** Collective or individual recipient. */
export const RECIPIENT_TYPES = ["tap-the", "ca-nhan"] as const;

const base = {
  /** Still being written (see `draft` in common.ts). */
  draft,
  /** Heading shown on the commendations pages. */
  title: z.string().min(1),
  /** Where this is stated. */
  source: sourceRef,
  /** Date this entry last changed (NNNN-TT-NN). */
  updated: fullDate,
};

/** An award and who grants it, e.g. Bằng khen của Chủ tịch UBND tỉnh. */
export const awardSchema = z.strictObject({
  kind: z.literal("award"),
  ...base,
  /** Form of award. */
  form: z.enum(AWARD_FORMS, { error: `hình thức phải là một trong: ${AWARD_FORMS.join(", ")}` }),
  /** Granting authority as written, e.g. "Chủ tịch UBND tỉnh". */
  authority: z.string().min(1),
  /** Order in lists (higher awards first). */
  order: z.number().int().default(100),
});

/** One row of a tally: how many awards of one kind went to one recipient type in a period. */
export const tallyRowSchema = z
  .strictObject({
    /** Id unique across statistics and tallies. */
    id: slug,
    /** Award id (a commendations entry of kind "award"); omit for an all-awards total. */
    award: slug.optional(),
    /** Collective or individual; omit when the row counts both. */
    recipientType: z.enum(RECIPIENT_TYPES).optional(),
    /** Count as reported. */
    value: reportedNumber,
    qualifier: qualifier.optional(),
    /** "lượt" (times awarded) or "tập thể"/"cá nhân". */
    unit: z.string().min(1),
    /** Id of the reported total this row is a part of. */
    partOf: slug.optional(),
    note: z.string().min(1).optional(),
  })
  .superRefine(measureRules);

/** Reported tallies of awards for a period (e.g. 2014–2019 from the 5-year review). */
export const tallySchema = z.strictObject({
  kind: z.literal("tally"),
  ...base,
  /** Period counted. */
  period,
  /** Who counted, e.g. "Ban Chỉ đạo tỉnh". */
  reportingBody: z.string().min(1),
  rows: z.array(tallyRowSchema).min(1),
});

/** A quota line: how many collectives/individuals a bloc or unit may propose for an award. */
export const quotaLineSchema = z.strictObject({
  /** Bloc or unit as written, e.g. "Khối huyện". */
  bloc: z.string().min(1),
  /** Whether the numbers apply to each unit of the bloc ("mỗi đơn vị"). */
  perUnit: z.boolean().default(false),
  /** Units named in the line, when the document lists them. */
  units: z.array(z.string().min(1)).default([]),
  /** Collectives allowed. */
  collectives: reportedNumber.optional(),
  /** Individuals allowed. */
  individuals: reportedNumber.optional(),
  /** "x tập thể hoặc cá nhân" — the number when either may be chosen. */
  collectivesOrIndividuals: reportedNumber.optional(),
  /** Further wording of the line, e.g. "trong đó có 01 tập thể hoặc 01 cá nhân thuộc lực lượng Công an". */
  note: z.string().min(1).optional(),
  /** Sub-lines that break this line down, as the document does. */
  breakdown: z
    .array(
      z.strictObject({
        bloc: z.string().min(1),
        perUnit: z.boolean().default(false),
        units: z.array(z.string().min(1)).default([]),
        collectives: reportedNumber.optional(),
        individuals: reportedNumber.optional(),
        collectivesOrIndividuals: reportedNumber.optional(),
        note: z.string().min(1).optional(),
      }),
    )
    .default([]),
});

/** Quotas of one award in a review plan. */
export const quotaSchema = z.strictObject({
  kind: z.literal("quota"),
  ...base,
  /** Award id. */
  award: slug,
  /** Total the document states for the award, when it states one ("10 tập thể, cá nhân"). */
  total: reportedNumber.optional(),
  /** Rule stated for the whole award, e.g. "theo hướng dẫn của Bộ Công an". */
  rule: z.string().min(1).optional(),
  lines: z.array(quotaLineSchema).default([]),
});

/** Eligibility criteria for one group of collectives or individuals. */
export const criteriaSchema = z.strictObject({
  kind: z.literal("criteria"),
  ...base,
  recipientType: z.enum(RECIPIENT_TYPES),
  /** Group as written, e.g. "Tập thể thuộc CQDNCSGD". */
  group: z.string().min(1),
  /** Each requirement as a separate sentence, as written. */
  requirements: z.array(z.string().min(1)).min(1),
  order: z.number().int().default(100),
});

/** Other rules of a review plan: who may be awarded, exclusions, dossier, deadlines. */
export const ruleSchema = z.strictObject({
  kind: z.literal("rule"),
  ...base,
  topic: z.enum(["doi-tuong", "loai-tru", "ho-so", "thoi-han", "luu-y"]),
  /**
   * True for the issuing office's own chores (its units' plans and reports), which are not rules for
   * those proposed for an award; the page folds them away.
   */
  internal: z.boolean().default(false),
  items: z
    .array(
      z.strictObject({
        text: z.string().min(1),
        /** Deadline or date the item names. */
        date: partialDate.optional(),
      }),
    )
    .min(1),
  order: z.number().int().default(100),
});

/** One named recipient. */
export const recipientSchema = z.strictObject({
  name: z.string().min(1),
  recipientType: z.enum(RECIPIENT_TYPES),
  /** Organisation the recipient belongs to (or is, for a collective). */
  organisation: z.string().min(1),
  district: z.enum(DISTRICTS).nullable().default(null),
  year: z.number().int().min(1990).max(2100),
  /** Award id, when the list mixes awards. */
  award: slug.optional(),
});

/** A named recipient list from one decision. */
export const recipientListSchema = z.strictObject({
  kind: z.literal("recipients"),
  ...base,
  /** Award id. */
  award: slug,
  /** Decision number as written. */
  decision: z.string().min(1),
  /** Decision date. */
  decisionDate: partialDate,
  rows: z.array(recipientSchema).min(1),
});

/** Any entry of content/commendations/*.json, told apart by "kind". */
export const commendationSchema = z.discriminatedUnion(
  "kind",
  [awardSchema, tallySchema, quotaSchema, criteriaSchema, ruleSchema, recipientListSchema],
  { error: '"kind" phải là một trong: award, tally, quota, criteria, rule, recipients' },
);

export type CommendationData = z.infer<typeof commendationSchema>;
export type AwardData = z.infer<typeof awardSchema>;
export type TallyData = z.infer<typeof tallySchema>;
export type QuotaData = z.infer<typeof quotaSchema>;
export type CriteriaData = z.infer<typeof criteriaSchema>;
export type RuleData = z.infer<typeof ruleSchema>;
export type RecipientListData = z.infer<typeof recipientListSchema>;
export type Recipient = z.infer<typeof recipientSchema>;
