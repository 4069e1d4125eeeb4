/**
 * `npm run edit`: the editing screen for communications staff. It is the dev server (`npm run dev`:
 * the same check first, the live preview) with the screen at /quan-tri/; this says where to go.
 * Arguments go to the dev server, e.g. `npm run edit -- --port 4400`.
 */
import { spawn } from "node:child_process";
import { resolve } from "node:path";

console.log("Đang mở màn hình biên tập: địa chỉ hiện ở dòng “Màn hình biên tập: …/quan-tri/” bên dưới (bấm “Đăng nhập”: chỉ dùng trên máy này, không cần mật khẩu).");
const dev = spawn(process.execPath, [resolve("scripts/dev-site.ts"), ...process.argv.slice(2)], { stdio: "inherit" });
dev.on("exit", (code) => process.exit(code ?? 0));
