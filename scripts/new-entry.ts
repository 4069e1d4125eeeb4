/** `npm run new -- model "Tên mô hình"`: writes a valid starter file; never overwrites. */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve, relative } from "node:path";
import { ENTRY_KINDS, resolveKind, starter } from "./lib/starters.ts";

export interface NewEntryEffects {
  log: (text: string) => void;
  error: (text: string) => void;
  today: () => string;
}

const usage = `Cách dùng: npm run new -- <loại> "<Tên>"
  loại: model (mo-hinh), document (van-ban), statistic (so-lieu), commendation (khen-thuong), target (muc-tieu),
        assessment (danh-gia), responsibility (trach-nhiem), event (moc-thoi-gian): với ba loại sau, <Tên> là mã văn bản
  Ví dụ: npm run new -- model "Trường học an toàn về ANTT tại Trường THPT Yên Thế"
         npm run new -- danh-gia bao-cao-so-ket-5-nam-chi-thi-07-2019`;

export function newEntry(args: readonly string[], contentDir: string, effects: NewEntryEffects): number {
  const [kindWord, ...nameWords] = args;
  const name = nameWords.join(" ").trim().normalize("NFC");
  const kind = kindWord ? resolveKind(kindWord) : undefined;
  if (!kind || !name) {
    effects.error(usage);
    return 2;
  }
  const { collection, ext } = ENTRY_KINDS[kind];
  const documents = existsSync(join(contentDir, "documents")) ? readdirSync(join(contentDir, "documents")).filter((f) => f.endsWith(".json")).sort() : [];
  const document = documents[0]?.replace(/\.json$/, "") ?? "";
  if (kind !== "document" && !document) {
    effects.error("Chưa có văn bản nguồn nào trong content/documents/. Hãy tạo văn bản trước: npm run new -- document \"Tên văn bản\"");
    return 1;
  }
  const { id, text } = starter(kind, { name, document, today: effects.today() });
  if (!id) {
    effects.error(`Tên "${name}" không tạo được tên tệp: hãy dùng tên có chữ hoặc số.`);
    return 2;
  }
  const file = join(contentDir, collection, `${id}${ext}`);
  if (existsSync(file)) {
    effects.error(`Tệp ${relative(process.cwd(), file)} đã có. Không ghi đè: hãy sửa tệp đó, hoặc chọn tên khác.`);
    return 1;
  }
  mkdirSync(join(contentDir, collection), { recursive: true });
  writeFileSync(file, text);
  effects.log(`Đã tạo ${relative(process.cwd(), file)}. Hãy điền thông tin theo văn bản nguồn rồi chạy: npm run check`);
  return 0;
}

if (import.meta.main) {
  process.exitCode = newEntry(process.argv.slice(2), resolve(process.env["CONTENT_DIR"] ?? "content"), {
    log: console.log,
    error: console.error,
    today: () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date()),
  });
}
