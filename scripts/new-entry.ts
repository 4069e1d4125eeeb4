/**
 * `npm run new -- model "Tên mô hình"`: writes a draft starter (draft: true, «…» placeholders);
 * never overwrites. For a model, the kind and the host's type come from the name ("Đội tự quản …
 * tại Công ty ABC" → tu-quan, doanh-nghiep); when the name does not say, the editor is asked (or
 * passes --loai / --don-vi).
 */
import { parseArgs } from "node:util";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve, relative } from "node:path";
import { createInterface } from "node:readline/promises";
import { guessHostType, guessModelKind, starter } from "../src/lib/content/starters.ts";
import { COLLECTIONS, COLLECTION_NAMES, collectionOfKindWord } from "../src/lib/content/registry.ts";
import { entryPaths } from "../src/lib/build/content-reader.ts";
import { HOST_TYPES, MODEL_KINDS, type HostType, type ModelKind } from "../src/schemas/model.ts";

export interface NewEntryEffects {
  log: (text: string) => void;
  error: (text: string) => void;
  today: () => string;
  /** Asks the editor to pick one of `choices`; undefined when nobody can answer (not a terminal). */
  ask?: (question: string, choices: readonly string[]) => Promise<string | undefined>;
}

const usage = `Cách dùng: npm run new -- <loại> "<Tên>"
  loại: ${COLLECTION_NAMES.map((c) => `${COLLECTIONS[c].kindWords[0]} (${COLLECTIONS[c].kindWords[1]})`).join(", ")}
  Với assessment, responsibility, event: <Tên> là mã văn bản (một tệp cho mỗi văn bản)
  Ví dụ: npm run new -- model "Đội tự quản về ANTT tại Công ty ABC"
         npm run new -- danh-gia bao-cao-so-ket-5-nam-chi-thi-07-2019
  Với mô hình, nếu tên không nói rõ loại: thêm --loai <${MODEL_KINDS.join("|")}> và --don-vi <${HOST_TYPES.join("|")}>`;

/** Splits `--loai x` / `--loai=x` options from the words (node:util parseArgs); undefined for an unknown option. */
function options(args: readonly string[]): { words: string[]; flags: Record<string, string | undefined> } | undefined {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { loai: { type: "string" }, "don-vi": { type: "string" } },
    });
    return { words: positionals, flags: values };
  } catch {
    return undefined;
  }
}

export async function newEntry(args: readonly string[], contentDir: string, effects: NewEntryEffects): Promise<number> {
  const parsed = options(args);
  if (!parsed) {
    effects.error(usage);
    return 2;
  }
  const { words, flags } = parsed;
  const [kindWord, ...nameWords] = words;
  const name = nameWords.join(" ").trim().normalize("NFC");
  const kind = kindWord ? collectionOfKindWord(kindWord) : undefined;
  if (!kind || !name) {
    effects.error(usage);
    return 2;
  }
  const { folder, ext } = COLLECTIONS[kind];
  const document =
    entryPaths(contentDir, "documents")[0]
      ?.split(/[\\/]/)
      .pop()
      ?.replace(/\.json$/, "") ?? "";
  if (kind !== "documents" && !document) {
    effects.error('Chưa có văn bản nguồn nào trong content/documents/. Hãy tạo văn bản trước: npm run new -- document "Tên văn bản"');
    return 1;
  }
  let modelKind: ModelKind | undefined;
  let hostType: HostType | undefined;
  if (kind === "models") {
    modelKind =
      pick(flags["loai"], MODEL_KINDS) ??
      guessModelKind(name) ??
      pick(await effects.ask?.("Mô hình thuộc loại nào?", MODEL_KINDS), MODEL_KINDS);
    hostType =
      pick(flags["don-vi"], HOST_TYPES) ??
      guessHostType(name) ??
      pick(await effects.ask?.("Đơn vị tham gia là loại đơn vị nào?", HOST_TYPES), HOST_TYPES);
    if (!modelKind || !hostType) {
      effects.error(
        `Tên "${name}" không cho biết ${!modelKind ? "loại mô hình" : "loại đơn vị tham gia"}. Chạy lại với ${!modelKind ? `--loai <${MODEL_KINDS.join("|")}>` : `--don-vi <${HOST_TYPES.join("|")}>`}, ví dụ:\n  npm run new -- model "${name}" ${!modelKind ? "--loai tu-quan" : "--don-vi doanh-nghiep"}`,
      );
      return 2;
    }
  }
  const { id, text } = starter(kind, {
    name,
    today: effects.today(),
    ...(modelKind ? { modelKind } : {}),
    ...(hostType ? { hostType } : {}),
  });
  if (!id) {
    effects.error(`Tên "${name}" không tạo được tên tệp: hãy dùng tên có chữ hoặc số.`);
    return 2;
  }
  const file = join(contentDir, folder, `${id}${ext}`);
  if (existsSync(file)) {
    effects.error(`Tệp ${relative(process.cwd(), file)} đã có. Không ghi đè: hãy sửa tệp đó, hoặc chọn tên khác.`);
    return 1;
  }
  mkdirSync(join(contentDir, folder), { recursive: true });
  writeFileSync(file, text);
  effects.log(
    [
      `Đã tạo bản nháp ${relative(process.cwd(), file)}${modelKind ? ` (loại ${modelKind}, đơn vị ${hostType}: sửa nếu sai)` : ""}.`,
      "Thay mọi chữ trong «…» theo văn bản nguồn; xem trước bằng npm run dev.",
      "Khi xong, xóa dòng draft: true rồi chạy npm run check: bản nháp và chữ «…» còn sót không được xuất bản.",
    ].join("\n"),
  );
  return 0;
}

function pick<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a === value?.trim());
}

if (import.meta.main) {
  const terminal = process.stdin.isTTY;
  process.exitCode = await newEntry(process.argv.slice(2), resolve(process.env["CONTENT_DIR"] ?? "content"), {
    log: console.log,
    error: console.error,
    today: () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date()),
    ...(terminal
      ? {
          ask: async (question: string, choices: readonly string[]) => {
            const rl = createInterface({ input: process.stdin, output: process.stdout });
            try {
              const answer = await rl.question(`${question}\n${choices.map((c, i) => `  ${i + 1}. ${c}`).join("\n")}\nChọn số: `);
              return choices[Number(answer) - 1];
            } finally {
              rl.close();
            }
          },
        }
      : {}),
  });
}
