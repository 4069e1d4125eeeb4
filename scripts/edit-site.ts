/**
 * `npm run edit`: the editing screen for communications staff. It is the dev server (`npm run dev`:
 * the same check first, the live preview) with the screen at /quan-tri/; this says where to go.
 * Arguments go to the dev server, e.g. `npm run edit -- --port 4400`.
 */
import { spawn } from "node:child_process";
import { resolve } from "node:path";

const portArg = process.argv.indexOf("--port");
const port = portArg === -1 ? "4321" : process.argv[portArg + 1];
console.log(`Màn hình biên tập: http://localhost:${port}/quan-tri/ (bấm “Đăng nhập”: chỉ dùng trên máy này, không cần mật khẩu).`);
const dev = spawn(process.execPath, [resolve("scripts/dev-site.ts"), ...process.argv.slice(2)], { stdio: "inherit" });
dev.on("exit", (code) => process.exit(code ?? 0));
