/** The editor-slip fixtures (tests/fixtures/editor-slips): each slip is a few files dropped onto the minimal site. */
import { cpSync, existsSync, readFileSync } from "node:fs";
import { seedsDir } from "../../../scripts/lib/source-text.ts";
import { join } from "node:path";
import { FIXTURES, fixtureSite } from "./fixture-site.ts";

export interface Slip {
  /** Folder under tests/fixtures/editor-slips holding the slip's files (content-relative paths). */
  id: string;
  /** Kind of slip, one row of the editing guide's error table. */
  kind: string;
  /** Content-relative file the message names, e.g. "models/mo-hinh-thu-nghiem.mdx". */
  file: string;
  /** Normalised on reading: the check passes and the site publishes `publishes.text` on `publishes.page`. */
  ok?: boolean;
  line?: number;
  column?: number;
  /** Words the Vietnamese message contains. */
  message?: string;
  publishes?: { page: string; text: string };
  /** Compared with a seed extract (../shared/seeds or SEEDS_DIR): left out where the extracts are not on the machine. */
  needsSeeds?: boolean;
}

export const SLIPS_DIR = join(FIXTURES, "editor-slips");
const seedsHere = existsSync(seedsDir());
if (!seedsHere) console.warn(`Bỏ qua các lỗi mẫu cần bản trích văn bản: không thấy ${seedsDir()} (đặt SEEDS_DIR).`);
export const SLIPS: Slip[] = (JSON.parse(readFileSync(join(SLIPS_DIR, "slips.json"), "utf8")) as Slip[]).filter(
  (s) => seedsHere || !s.needsSeeds,
);

/** A fresh copy of the minimal site with the slip's files on top. */
export function slipSite(slip: Slip): string {
  const dir = fixtureSite("minimal");
  cpSync(join(SLIPS_DIR, slip.id), dir, { recursive: true });
  return dir;
}
