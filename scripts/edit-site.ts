/**
 * `npm run edit`: the editing screen for communications staff. It is the dev server (`npm run dev`:
 * the same check first, the live preview) with the screen at /quan-tri/; this says where to go.
 * Arguments go to the dev server, e.g. `npm run edit -- --port 4400`.
 */
import { runDevSite } from "./dev-site.ts";

console.log(
  "Đang mở màn hình biên tập: địa chỉ hiện ở dòng “Màn hình biên tập: …/quan-tri/” bên dưới (bấm “Đăng nhập”: chỉ dùng trên máy này, không cần mật khẩu).",
);
// In this process, like `npm run dev`: stopping this command stops the server (no child left behind).
await runDevSite(process.argv.slice(2));
