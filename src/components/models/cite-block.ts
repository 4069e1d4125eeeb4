/**
 * The citation block's script, in the site's client-script pattern (see site/filter-form.ts):
 * everything it needs is in the block's markup and data- attributes. Without JavaScript the
 * citation asks readers to write the access date and the URL stays readable to copy by hand.
 */
import { formatDate } from "../../lib/browser/format.ts";

export function enhanceCiteBlock(root: HTMLElement): void {
  // The access date is the reader's day, in Vietnam's calendar.
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());
  for (const slot of root.querySelectorAll<HTMLElement>("[data-access-date]")) slot.textContent = formatDate(today);
  // The copy button only appears where the clipboard API exists.
  const button = root.querySelector<HTMLButtonElement>(".copy-link");
  const status = root.querySelector<HTMLElement>(".copy-status");
  if (!button || !status || !navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(button.dataset["copyUrl"] ?? location.href);
      status.textContent = button.dataset["done"] ?? "";
    } catch {
      status.textContent = button.dataset["failed"] ?? "";
    }
  });
}
