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
    label.after(message);
    const input = label.htmlFor ? document.getElementById(label.htmlFor) : null;
    if (input) {
      input.setAttribute("aria-invalid", "true");
      input.setAttribute("aria-describedby", message.id);
      input.setAttribute("data-qt", "");
    }
  }
}

const originalFetch = window.fetch.bind(window);
window.fetch = async (input, init) => {
  const response = await originalFetch(input, init);
  const url = typeof input === "string" ? input : input.url;
  if (url.endsWith("/quan-tri/api/") && init && typeof init.body === "string" && /"action":"(persistEntry|deleteFiles?)"/.test(init.body)) {
    if (response.ok) clearProblems();
    else {
      const answer = await response.clone().json().catch(() => ({}));
      if (Array.isArray(answer.problems)) showProblems(answer.problems);
    }
  }
  return response;
};

const style = document.createElement("style");
style.textContent = ".qt-loi{margin:.25rem 0 .5rem;padding:.5rem .75rem;border-left:4px solid #b3261e;background:#fdecea;color:#5f1410;font:15px/1.5 system-ui,sans-serif}";
document.head.append(style);

const decap = document.createElement("script");
decap.src = `${base}decap/decap-cms.js`;
decap.onload = async () => {
  const config = await (await originalFetch(`${base}config.json`)).json();
  window.CMS.init({ config });
};
document.head.append(decap);
