import { describe, expect, it } from "vitest";
import { missingQuotes, occursIn, squash } from "../../scripts/lib/source-text.ts";
import { planQuotes, writtenDates } from "../../src/lib/plan/plan-quotes.ts";

// A fictional extract with the noise the real ones have: a line broken mid-number, a footnote
// set between two halves of a sentence.
const EXTRACT = squash(`Thực hiện Nghị quyết số 28-
NQ/TW ngày 25/10/2013 về việc thử nghiệm. Các đơn vị xây dựng kế hoạch thử nghiệm
¹ Chú thích chen giữa: Công văn số 1/CV ngày 01/01/2001.
trong tháng 5/2024 và báo cáo trước ngày 08/3//2024.`);

describe("occursIn", () => {
  it.each<[string, boolean]>([
    ["28-NQ/TW", true],
    ["25/10/2013", true],
    ["08/3//2024", true],
    ["08/3/2024", false],
    ["26/10/2013", false],
    ["Các đơn vị xây dựng kế hoạch thử nghiệm trong tháng 5/2024", true], // cut once by the footnote
    ["Các đơn vị xây dựng kế hoạch thử nghiệm trong tháng 6/2024", false],
    ["Các đơn vị lập kế hoạch thử nghiệm trong tháng 5/2024", false],
  ])("%s → %s", (quote, expected) => {
    expect(occursIn(EXTRACT, squash(quote))).toBe(expected);
  });

  it("does not accept a short quote found in two pieces", () => {
    expect(occursIn(EXTRACT, squash("Thực hiện báo cáo"))).toBe(false);
  });

  it("reports a quote of a document without an extract", () => {
    expect(missingQuotes([{ where: "x", document: "khong-co", text: "01/01/2001" }], new Map())).toHaveLength(1);
  });
});

describe("planQuotes", () => {
  it("takes every written date out of deadlines and passages", () => {
    expect(writtenDates("báo cáo 06 tháng (trước ngày 10/6), báo cáo năm (trước ngày 10/11/2024); xong trước 08/3//2024")).toEqual([
      "10/6",
      "10/11/2024",
      "08/3//2024",
    ]);
  });

  it("quotes an event's date, number and words, and a task's words and deadline", () => {
    const quotes = planQuotes(
      [],
      [
        {
          id: "a-1",
          document: "a",
          bodies: [{ name: "Sở Y tế", role: "chu-tri" }],
          task: "Làm việc",
          when: { text: "trước ngày 08/9/2020", by: "2020-09-08" },
          section: "Mục I",
        },
      ],
      [
        {
          id: "a-2",
          document: "a",
          date: "2014-08-15",
          dateText: "15/8/2014",
          number: "07/CT-BCA-V28",
          text: "Chỉ thị số 07/CT-BCA-V28",
          section: "Mục I",
        },
      ],
    );
    expect(quotes.map((q) => [q.kind, q.text])).toEqual([
      ["passage", "Làm việc"],
      ["passage", "trước ngày 08/9/2020"],
      ["date", "08/9/2020"],
      ["date", "15/8/2014"],
      ["number", "07/CT-BCA-V28"],
      ["passage", "Chỉ thị số 07/CT-BCA-V28"],
    ]);
  });
});
