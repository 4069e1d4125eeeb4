import { describe, expect, it } from "vitest";
import { markFirstUses } from "../../src/lib/site/first-use-abbr.ts";
import { splitHtml } from "../../src/lib/site/html-text.ts";

const glossary = [
  { abbr: "ANTQ", expansion: "an ninh Tổ quốc", also: [] },
  { abbr: "ANTT", expansion: "an ninh, trật tự", also: [] },
  { abbr: "CQDNNT", expansion: "cơ quan, doanh nghiệp, nhà trường", also: [] },
  { abbr: "UBND", expansion: "Ủy ban nhân dân", also: [] },
];

describe("markFirstUses", () => {
  it("marks the first use in running text for its words to be drawn after it, leaves later uses as written", () => {
    expect(markFirstUses("<p>Bảo vệ ANTQ và ANTQ.</p>", glossary)).toBe(
      '<p>Bảo vệ <abbr data-first title="an ninh Tổ quốc">ANTQ</abbr> và ANTQ.</p>',
    );
  });

  it("does not touch document numbers such as 1010/UBND-NC or longer acronyms", () => {
    expect(markFirstUses("<p>Công văn số 1010/UBND-NC; ANTTQ</p>", glossary)).toBe("<p>Công văn số 1010/UBND-NC; ANTTQ</p>");
  });

  it("only adds the title where the text already spells the words out", () => {
    expect(markFirstUses("<p>cơ quan, doanh nghiệp, nhà trường (CQDNNT)</p>", glossary)).toBe(
      '<p>cơ quan, doanh nghiệp, nhà trường (<abbr title="cơ quan, doanh nghiệp, nhà trường">CQDNNT</abbr>)</p>',
    );
  });

  it("in headings and links gives only the title and keeps the first use for the text", () => {
    const html = markFirstUses('<h1>Trường học an toàn về ANTT</h1><p><a href="/x">ANTT</a> và ANTT</p>', glossary);
    expect(html).toBe(
      '<h1>Trường học an toàn về <abbr title="an ninh, trật tự">ANTT</abbr></h1><p><a href="/x"><abbr title="an ninh, trật tự">ANTT</abbr></a> và <abbr data-first title="an ninh, trật tự">ANTT</abbr></p>',
    );
  });

  it("keeps the words for a later use when the acronym closes a bracket", () => {
    expect(markFirstUses("<p>xã (kể cả CQDNNT) và CQDNNT</p>", glossary)).toBe(
      '<p>xã (kể cả <abbr title="cơ quan, doanh nghiệp, nhà trường">CQDNNT</abbr>) và <abbr data-first title="cơ quan, doanh nghiệp, nhà trường">CQDNNT</abbr></p>',
    );
  });

  it("counts a row header as running text, a column header and folded details as labels", () => {
    const html = markFirstUses(
      '<table><tr><th scope="col">ANTQ</th></tr><tr><th scope="row">Đơn vị ANTQ</th></tr></table><details><p>UBND</p></details><p>UBND</p>',
      glossary,
    );
    expect(html).toBe(
      '<table><tr><th scope="col"><abbr title="an ninh Tổ quốc">ANTQ</abbr></th></tr><tr><th scope="row">Đơn vị <abbr data-first title="an ninh Tổ quốc">ANTQ</abbr></th></tr></table><details><p><abbr title="Ủy ban nhân dân">UBND</abbr></p></details><p><abbr data-first title="Ủy ban nhân dân">UBND</abbr></p>',
    );
  });

  it("leaves attributes, scripts, code, form options and existing <abbr> alone", () => {
    const html =
      '<p title="ANTQ"><code>ANTQ</code></p><script>const a = "ANTQ";</script><select><option>ANTQ</option></select><abbr title="x">ANTQ</abbr>';
    expect(markFirstUses(html, glossary)).toBe(html);
  });

  it("remembers acronyms already explained earlier on the page", () => {
    const seen = new Set(["UBND"]);
    expect(markFirstUses("<p>UBND tỉnh</p>", glossary, seen)).toBe("<p>UBND tỉnh</p>");
  });
});

describe("markFirstUses on a long page", () => {
  it("changes only the runs holding an acronym: a 500-row table stays as written around the one it explains", () => {
    const rows = Array.from({ length: 500 }, (_, i) => `<tr><td class="num">${2000 + (i % 25)}</td><td>Tổ tự quản số ${i}</td></tr>`).join(
      "",
    );
    const page = `<table><tbody>${rows}</tbody></table><p>Phối hợp với UBND xã.</p>`;
    expect(markFirstUses(page, glossary)).toBe(
      `<table><tbody>${rows}</tbody></table><p>Phối hợp với <abbr data-first title="Ủy ban nhân dân">UBND</abbr> xã.</p>`,
    );
    expect(markFirstUses(`<table><tbody>${rows}</tbody></table>`, glossary)).toBe(`<table><tbody>${rows}</tbody></table>`);
  });
});

describe("splitHtml", () => {
  it("gives the input back when joined", () => {
    const html = '<div class="value">1 <b>x</b></div><!-- c --><br><p>t</p>';
    expect(
      splitHtml(html)
        .map((p) => p.text)
        .join(""),
    ).toBe(html);
  });
});
