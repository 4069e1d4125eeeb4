import { describe, expect, it } from "vitest";
import { addPageContents, contentsHtml, CONTENTS_ID, insertAfterIntro, LONG_PAGE_CHARS } from "../../src/lib/site/page-contents.ts";

const back = `<p><a href="#${CONTENTS_ID}">lên</a></p>`;
const long = "<p>" + "chữ ".repeat(LONG_PAGE_CHARS / 4 + 10) + "</p>";

describe("addPageContents", () => {
  it("lists the h2 sections of a long page, giving id-less headings an id from their text", () => {
    const { html, sections } = addPageContents(
      `<h1>T</h1><h2 id="a">Số liệu &amp; biểu đồ</h2>${long}<h2>Văn bản nguồn</h2><h2>Văn bản nguồn</h2>`,
      back,
    );
    expect(sections).toEqual([
      { id: "a", label: "Số liệu & biểu đồ" },
      { id: "van-ban-nguon", label: "Văn bản nguồn" },
      { id: "van-ban-nguon-2", label: "Văn bản nguồn" },
    ]);
    expect(html).toContain(`${back}<h2 id="van-ban-nguon">Văn bản nguồn</h2>`);
    expect(html.split(back)).toHaveLength(4);
    expect(html.endsWith(back)).toBe(true);
  });

  it("puts the way back at the end of a section, outside the element the next heading opens", () => {
    const { html } = addPageContents(
      '<section aria-labelledby="a"><h2 id="a">A</h2><a href="/x">x</a></section>\n<figure id="f"><h2 id="b">B</h2></figure><section><h2 id="c">C</h2></section>',
      back,
    );
    expect(html).toBe(
      `<section aria-labelledby="a"><h2 id="a">A</h2><a href="/x">x</a></section>\n${back}<figure id="f"><h2 id="b">B</h2></figure>${back}<section><h2 id="c">C</h2></section>${back}`,
    );
  });

  it("leaves a short page with two sections unchanged", () => {
    const input = "<h2 id=a>A</h2><p>ngắn</p><h2>B</h2>";
    expect(addPageContents(input, back)).toEqual({ html: input, sections: [] });
  });

  it("a page with three sections gets a list even when its text is short (tables and charts make it tall)", () => {
    expect(addPageContents("<h2>A</h2><h2>B</h2><h2>C</h2>", back).sections).toHaveLength(3);
  });
});

describe("contents list", () => {
  it("is a labelled nav after the h1 and the lead paragraph", () => {
    const nav = contentsHtml([{ id: "a", label: "A <b>" }], "Trên trang này");
    expect(nav).toBe(
      `<nav class="page-contents" id="${CONTENTS_ID}" aria-labelledby="${CONTENTS_ID}-tieu-de"><h2 id="${CONTENTS_ID}-tieu-de">Trên trang này</h2><ol><li><a href="#a">A &lt;b&gt;</a></li></ol></nav>`,
    );
    expect(insertAfterIntro('<h1 class="x">T</h1>\n<p class="lead">L</p><p>rest</p>', "[N]")).toBe(
      '<h1 class="x">T</h1>\n<p class="lead">L</p>[N]<p>rest</p>',
    );
    expect(insertAfterIntro("<p>no heading</p>", "[N]")).toBe("[N]<p>no heading</p>");
  });
});

describe("headings only JavaScript reveals", () => {
  it("are left out of the contents list, so a reader without JavaScript is never sent to nothing", () => {
    const text = "x".repeat(LONG_PAGE_CHARS);
    const html = `<h2>Một</h2><p>${text}</p><form hidden><h2 id="loc" data-no-contents>Lọc</h2></form><h2>Hai</h2><h2>Ba</h2>`;
    expect(addPageContents(html, "<a>↑</a>").sections.map((s) => s.label)).toEqual(["Một", "Hai", "Ba"]);
  });
});
