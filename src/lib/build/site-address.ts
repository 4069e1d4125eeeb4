/**
 * Whether a build may use the placeholder address. Every permanent address, citation, embed, feed
 * and CSV URL column is built from SITE_URL; a production build without it would publish links to
 * a host that does not exist, so it stops. A local build goes on and says so in one line.
 */

/** The host addresses use when SITE_URL is unset; never a real site. */
export const PLACEHOLDER_SITE_URL = "https://antq-cqdnnt.bacgiang.example";

export interface SiteAddressInput {
  /** SITE_URL as set in the environment (undefined or "" when unset). */
  siteUrl: string | undefined;
  /** CI environment variable: "true" / "1" means a CI (production) build. */
  ci: string | undefined;
  /** Command-line arguments of the build (`npm run build -- --production`). */
  argv: readonly string[];
}

export type SiteAddressVerdict = { ok: true; baseUrl: string; note?: string } | { ok: false; message: string };

/** True for a production build: CI=true (or 1), or `--production` on the command line. */
export function isProductionBuild(input: Pick<SiteAddressInput, "ci" | "argv">): boolean {
  const ci = (input.ci ?? "").trim().toLowerCase();
  return ci === "true" || ci === "1" || input.argv.includes("--production");
}

/**
 * Decides the base URL of a build. A production build without SITE_URL, or with a SITE_URL that is
 * not an http(s) address, is refused with a Vietnamese message that says how to fix it; a local
 * build without SITE_URL uses PLACEHOLDER_SITE_URL and returns a one-line note to print.
 */
export function checkSiteAddress(input: SiteAddressInput): SiteAddressVerdict {
  const raw = (input.siteUrl ?? "").trim();
  const production = isProductionBuild(input);
  // The placeholder set by hand is no better than none.
  if (raw === "" || (production && sameOrigin(raw, PLACEHOLDER_SITE_URL))) {
    if (production) {
      return {
        ok: false,
        message:
          "Chưa đặt địa chỉ trang (biến môi trường SITE_URL) cho bản dựng chính thức. Mọi địa chỉ cố định, trích dẫn, mã nhúng, " +
          `RSS và cột URL trong tệp CSV sẽ trỏ tới máy chủ giả ${PLACEHOLDER_SITE_URL}. ` +
          "Cách sửa: đặt SITE_URL là địa chỉ thật, ví dụ SITE_URL=https://ten-mien-that.vn npm run build -- --production.",
      };
    }
    return {
      ok: true,
      baseUrl: PLACEHOLDER_SITE_URL,
      note: `Lưu ý: chưa đặt SITE_URL, các địa chỉ trong trang dùng máy chủ giả ${PLACEHOLDER_SITE_URL} (chỉ để xem thử, không đăng lên mạng).`,
    };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, message: `SITE_URL "${raw}" không phải một địa chỉ trang. Cách sửa: ghi đầy đủ, ví dụ https://ten-mien-that.vn` };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return {
      ok: false,
      message: `SITE_URL "${raw}" phải bắt đầu bằng https:// (hoặc http://). Cách sửa: ghi đầy đủ, ví dụ https://ten-mien-that.vn`,
    };
  }
  return { ok: true, baseUrl: raw.replace(/\/+$/, "") };
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

/**
 * Runs checkSiteAddress on the build's environment and prints its note or message; false means
 * the build must stop before doing anything.
 */
export function reportSiteAddress(
  env: Record<string, string | undefined>,
  argv: readonly string[],
  log: (line: string) => void,
  error: (line: string) => void,
): boolean {
  const verdict = checkSiteAddress({ siteUrl: env["SITE_URL"], ci: env["CI"], argv });
  if (!verdict.ok) {
    error(verdict.message);
    return false;
  }
  if (verdict.note) log(verdict.note);
  return true;
}
