// The editing screen's own script (served only by `npm run dev` / `npm run edit`, never built):
// starts Decap CMS with the configuration generated from the schemas, and shows the checker's
// Vietnamese messages at the fields when a save is refused.
window.CMS_MANUAL_INIT = true;

const base = new URL(".", document.currentScript.src).pathname;

/** Removes the messages of the previous attempt. */
function clearProblems() {
  for (const el of document.querySelectorAll(".qt-loi")) el.remove();
  for (const el of document.querySelectorAll("[aria-invalid='true'][data-qt]")) {
    el.removeAttribute("aria-invalid");
    el.removeAttribute("aria-describedby");
    el.removeAttribute("data-qt");
  }
}

/** Puts each problem under its field's label (the n-th label of that name for the n-th list item). */
function showProblems(problems) {
  clearProblems();
  let counter = 0;
  for (const p of problems) {
    const parts = p.field.split(".");
    const indexes = parts.filter((s) => /^\d+$/.test(s)).map(Number);
    const last = p.labels.at(-1);
    const labels = [...document.querySelectorAll("label")].filter((l) => l.textContent.trim().replace(/\s*\(.*\)$/, "") === last);
    const label = labels[indexes.at(-1) ?? 0] ?? labels[0];
    const message = document.createElement("p");
    message.className = "qt-loi";
    message.id = `qt-loi-${counter++}`;
    message.setAttribute("role", "alert");
    message.textContent = `${p.label}: ${p.expected} (đang ghi: ${p.found})`;
    if (!label) {
      document.body.prepend(message);
      continue;
    }
    const input = label.htmlFor ? document.getElementById(label.htmlFor) : null;
    // Under the field's box (label, box, message, help text), where the eye goes after typing.
    let shared = label.parentElement;
    while (input && shared && !shared.contains(input)) shared = shared.parentElement;
    const box = input && shared && [...shared.children].find((c) => c.contains(input));
    (box ?? label).after(message);
    if (input) {
      input.setAttribute("aria-invalid", "true");
      input.setAttribute("aria-describedby", message.id);
      input.setAttribute("data-qt", "");
    }
  }
}

/**
 * The "Số liệu" picker: a modal dialog listing every figure id with what it counts and its value,
 * a search box that narrows the list, "Chèn" and "Hủy". Resolves to { id } or null (cancelled).
 */
function pickFigure(figures, current) {
  return new Promise((resolve) => {
    const before = new Set(document.querySelectorAll('[data-slate-inline="true"]'));
    const dialog = document.createElement("dialog");
    dialog.className = "qt-so";
    dialog.setAttribute("aria-labelledby", "qt-so-tieu-de");
    dialog.innerHTML =
      '<form method="dialog"><h2 id="qt-so-tieu-de"></h2><p id="qt-so-goi-y"></p><label for="qt-so-tim"></label><input id="qt-so-tim" type="search" autocomplete="off"><label for="qt-so-chon"></label><select id="qt-so-chon" size="10" aria-describedby="qt-so-goi-y" required></select><div class="qt-so-nut"><button value="ok"></button><button value="huy" formnovalidate></button></div></form>';
    const [title, hint] = [dialog.querySelector("h2"), dialog.querySelector("#qt-so-goi-y")];
    const [searchLabel, selectLabel] = dialog.querySelectorAll("label");
    const [search, select] = [dialog.querySelector("input"), dialog.querySelector("select")];
    const [ok, cancel] = dialog.querySelectorAll("button");
    title.textContent = figures.label;
    hint.textContent = figures.hint;
    searchLabel.textContent = figures.search;
    selectLabel.textContent = figures.field;
    ok.textContent = figures.insert;
    cancel.textContent = figures.cancel;
    for (const choice of figures.choices) select.add(new Option(choice.label, choice.value, false, choice.value === current));
    const fold = (text) =>
      text
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/đ/gi, "d")
        .toLowerCase();
    search.addEventListener("input", () => {
      const words = fold(search.value).split(/\s+/).filter(Boolean);
      for (const option of select.options) option.hidden = !words.every((w) => fold(option.text).includes(w));
    });
    dialog.addEventListener("close", () => {
      resolve(dialog.returnValue === "ok" && select.value ? { id: select.value } : null);
      dialog.remove();
      // Back to the sentence, just after the new figure, so the editor types on (the menu item that
      // opened the dialog is gone, and focus would fall to the page).
      setTimeout(() => {
        if (!lastTextBox) return;
        lastTextBox.focus();
        const added = [...lastTextBox.querySelectorAll('[data-slate-inline="true"]')].find((el) => !before.has(el));
        const leaf = added?.nextElementSibling && document.createTreeWalker(added.nextElementSibling, NodeFilter.SHOW_TEXT).nextNode();
        if (!leaf) return;
        const range = document.createRange();
        range.setStart(leaf, 0);
        getSelection().removeAllRanges();
        getSelection().addRange(range);
      }, 50);
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}

/**
 * Names Decap 3.16 leaves out (axe: button-name, aria-command-name, aria-input-field-name,
 * nested-interactive), given after each render: a list item's collapse and remove icons, its drag
 * handle, the body's rich-text box, the preview pane's frame (frame-title), and the "add
 * component" menu whose outer span wraps a button.
 */
function nameControls(names) {
  const name = (el, text) => el.getAttribute("aria-label") !== text && el.setAttribute("aria-label", text);
  for (const bar of document.querySelectorAll('[class*="StyledListItemTopBar"]')) {
    const buttons = bar.querySelectorAll(":scope > button");
    if (buttons[0]) name(buttons[0], names.collapse);
    if (buttons.length > 1) name(buttons[buttons.length - 1], names.remove);
  }
  for (const handle of document.querySelectorAll('[aria-roledescription="sortable"]')) name(handle, names.drag);
  for (const box of document.querySelectorAll('[data-slate-editor="true"]')) name(box, names.body);
  for (const frame of document.querySelectorAll("iframe#preview-pane")) if (frame.title !== names.preview) frame.title = names.preview;
  // Decap's menus put their items in a bare <ul>: menu items need the menu as their parent.
  for (const list of document.querySelectorAll('[role="menu"] > ul:not([role])')) list.setAttribute("role", "none");
  // The menu's state moves to the button inside, the one control keyboard and screen reader use.
  for (const menu of document.querySelectorAll(
    '[class*="ToolbarDropdownWrapper"] span[aria-haspopup], [class*="ToolbarDropdownWrapper"] span[aria-expanded]',
  )) {
    const button = menu.querySelector("button");
    if (!button) continue;
    name(button, names.components);
    button.setAttribute("aria-haspopup", "true");
    button.setAttribute("aria-expanded", menu.getAttribute("aria-expanded") ?? "false");
    for (const attribute of ["role", "tabindex", "aria-haspopup", "aria-expanded"]) menu.removeAttribute(attribute);
  }
}

/** The rich-text box last typed in: where the "Số liệu" dialog returns focus. */
let lastTextBox = null;
document.addEventListener("focusin", (event) => {
  const box = event.target instanceof Element ? event.target.closest('[data-slate-editor="true"]') : null;
  if (box) lastTextBox = box;
});

const originalFetch = window.fetch.bind(window);
window.fetch = async (input, init) => {
  const response = await originalFetch(input, init);
  const url = typeof input === "string" ? input : input.url;
  if (url.endsWith("/quan-tri/api/") && init && typeof init.body === "string" && /"action":"(persistEntry|deleteFiles?)"/.test(init.body)) {
    if (response.ok) clearProblems();
    else {
      const answer = await response
        .clone()
        .json()
        .catch(() => ({}));
      if (Array.isArray(answer.problems)) showProblems(answer.problems);
    }
  }
  return response;
};

const style = document.createElement("style");
style.textContent =
  "#qt-xem-truoc{position:fixed;left:1rem;bottom:1rem;z-index:1000;padding:.5rem 1rem;border-radius:4px;background:#1b3a5c;color:#fff;font:600 16px/1.4 system-ui,sans-serif;text-decoration:underline}#qt-xem-truoc:focus-visible{outline:3px solid #f5b400;outline-offset:2px}#qt-xem-truoc[hidden]{display:none}.qt-so{max-width:40rem;width:calc(100% - 2rem);padding:1.25rem;border:2px solid #1b3a5c;border-radius:6px;color:#1a1a1a;background:#fff;font:16px/1.5 system-ui,sans-serif}.qt-so::backdrop{background:rgb(0 0 0/.4)}.qt-so h2{margin:0 0 .5rem;font-size:1.25rem}.qt-so label{display:block;margin:.75rem 0 .25rem;font-weight:600}.qt-so input,.qt-so select{box-sizing:border-box;width:100%;font:inherit;border:1px solid #5a6270;border-radius:4px;padding:.4rem}.qt-so-nut{display:flex;gap:.75rem;margin-top:1rem}.qt-so button{font:inherit;font-weight:600;padding:.5rem 1rem;border-radius:4px;border:2px solid #1b3a5c;background:#fff;color:#1b3a5c}.qt-so button[value=ok]{background:#1b3a5c;color:#fff}.qt-so :focus-visible{outline:3px solid #f5b400;outline-offset:2px}[class*='SidebarNavLink']:not([aria-current]),[class*='AppHeaderButton'],[class*='AppHeaderSiteLink'],[class*='ControlButton']{color:#4a5262!important}[class*='PublishButton'][class*='StyledDropdownButton']{background-color:#1d6478!important}.qt-loi{margin:.25rem 0 .5rem;padding:.5rem .75rem;border-left:4px solid #b3261e;background:#fdecea;color:#5f1410;font:15px/1.5 system-ui,sans-serif}";
document.head.append(style);

const decap = document.createElement("script");
decap.src = `${base}decap/decap-cms.js`;
decap.onload = async () => {
  const [config, screen] = await Promise.all(
    [`${base}config.json`, `${base}screen.json`].map(async (u) => (await originalFetch(u)).json()),
  );
  const figures = screen.so;
  // "Số liệu" in the body editor: a picker of existing figure ids that writes <So id="…" /> inside
  // the sentence, exactly as the files write it (and reads those back as the same picker).
  const figureLabel = (id) => figures.choices.find((c) => c.value === id)?.label ?? id;
  // Decap's inline components have no form of their own: onInsert/onEdit ask through our dialog.
  window.CMS.registerEditorComponent({
    id: "so",
    label: figures.label,
    type: "inline",
    fields: [{ name: "id", label: figures.field, widget: "select", options: figures.choices }],
    pattern: /<So id="([^"]+)" \/>/,
    fromInline: (match) => ({ id: match[1] }),
    toInline: (data) => `<So id="${data.id ?? ""}" />`,
    toPreview: (data) => `[${figureLabel(data.id)}]`,
    onInsert: () => pickFigure(figures),
    onEdit: ({ data }) => pickFigure(figures, data.id),
  });
  window.CMS.init({ config });
  // Decap shows a refused save as "<its words>: API_ERROR: <our words>"; editors read only ours
  // (the backend's message: each field and what the checker expects there, in Vietnamese).
  const strip = (node) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = node.nodeType === Node.TEXT_NODE ? node : walker.nextNode(); text; text = walker.nextNode()) {
      if (text.data.includes("API_ERROR: ")) text.data = text.data.replace(/^[^]*?API_ERROR: /, "");
    }
  };
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.type === "characterData" ? [record.target] : record.addedNodes) strip(node);
    nameControls(screen.names);
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
  // "Xem trước": the entry's page on this dev server, for collections that have one (preview_path).
  const link = document.getElementById("qt-xem-truoc");
  const update = () => {
    const match = /^#\/collections\/([\w-]+)\/entries\/([\w-]+)/.exec(location.hash);
    const collection = match && config.collections.find((c) => c.name === match[1]);
    link.hidden = !collection?.preview_path;
    if (!link.hidden) link.href = `/${collection.preview_path.replace("{{slug}}", match[2])}`;
  };
  window.addEventListener("hashchange", update);
  update();
};
document.head.append(decap);
