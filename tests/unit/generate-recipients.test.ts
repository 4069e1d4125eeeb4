import { describe, expect, it } from "vitest";
import { generateRecipientList } from "../../scripts/lib/generate-recipients.ts";
import { recipientListSchema } from "../../src/schemas/commendation.ts";

const options = { count: 2000, seed: 7, awards: ["giay-khen-hu-cau", "bang-khen-hu-cau"] as const, document: "van-ban-thu-nghiem" };

describe("generateRecipientList", () => {
  it("is deterministic for a seed", () => {
    expect(JSON.stringify(generateRecipientList(options))).toBe(JSON.stringify(generateRecipientList(options)));
    expect(JSON.stringify(generateRecipientList({ ...options, seed: 8 }))).not.toBe(JSON.stringify(generateRecipientList(options)));
  });
  it("writes a valid, plainly fictional list of the requested size with varied columns", () => {
    const list = recipientListSchema.parse(generateRecipientList(options));
    expect(list.rows).toHaveLength(2000);
    expect(list.title).toContain("hư cấu");
    expect(new Set(list.rows.map((r) => r.year)).size).toBeGreaterThan(5);
    expect(new Set(list.rows.map((r) => r.recipientType))).toEqual(new Set(["tap-the", "ca-nhan"]));
    expect(list.rows.some((r) => r.district === null)).toBe(true);
    expect(list.rows.some((r) => r.award === "bang-khen-hu-cau")).toBe(true);
  });
});
