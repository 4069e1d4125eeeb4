/**
 * `npm run edit:export -- --github <org>/<repo> --relay https://<oauth-relay>` (or
 * `--gitlab <group>/<repo> --app-id <id>`) [--branch main] [--site https://…] [--out quan-tri-hosted]:
 * writes the editing screen for the hosted repository as static files (docs/deploy.md).
 */
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { exportEditor } from "./lib/editor/export.ts";
import type { HostedBackend } from "../src/lib/content/cms-config.ts";

const { values } = parseArgs({
  options: {
    github: { type: "string" },
    relay: { type: "string" },
    gitlab: { type: "string" },
    "app-id": { type: "string" },
    branch: { type: "string", default: "main" },
    site: { type: "string" },
    out: { type: "string", default: "quan-tri-hosted" },
  },
});
const branch = values.branch!;
let hosted: HostedBackend | undefined;
if (values.github && values.relay) hosted = { name: "github", repo: values.github, branch, base_url: values.relay };
else if (values.gitlab && values["app-id"])
  hosted = { name: "gitlab", repo: values.gitlab, branch, auth_type: "pkce", app_id: values["app-id"] };
const site = values.site ?? process.env["SITE_URL"];
if (!hosted || !site) {
  console.error(
    "Cần: --github <tổ-chức>/<kho> --relay https://<địa chỉ chuyển tiếp OAuth>, hoặc --gitlab <nhóm>/<kho> --app-id <Application ID>; và --site https://<địa chỉ trang> (hoặc SITE_URL). Xem docs/deploy.md.",
  );
  process.exit(1);
}
const files = exportEditor({ out: values.out!, hosted, siteUrl: site, contentDir: resolve(process.env["CONTENT_DIR"] ?? "content") });
console.log(
  `Đã ghi ${files.length} tệp của màn hình biên tập vào ${values.out}/ (đặt ở địa chỉ …/quan-tri/). Mỗi lần lưu là một pull/merge request.`,
);
