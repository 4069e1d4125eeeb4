/** Child process of `npm run build`: draws the share cards listed in a JSON file into the card cache. */
import { readFileSync } from "node:fs";
import { prerenderCards } from "./lib/og-prerender.ts";
import { ogCacheDir } from "../src/lib/build/share-card-cache.ts";
import { site } from "../src/config/site.ts";
import type { OgCardInput } from "../src/lib/share-cards/model-card-layout.ts";

const cards = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as OgCardInput[];
await prerenderCards(cards, site.shortName, ogCacheDir());
