/**
 * Astro's terminal output for `npm run dev` (given to Astro by scripts/dev-site.ts), minus the lines
 * the live preview says itself in Vietnamese or that repeat for every file and request: editors read
 * one line per save (scripts/lib/dev-content.ts), and every other Astro line as it was.
 */
import { stripVTControlCharacters } from "node:util";
import type { AstroLoggerDestination, AstroLoggerLevel, AstroLoggerMessage } from "astro";
import nodeLogger from "astro/logger/node";

/** Whether the live preview leaves this Astro/Vite line out of the editor's terminal. */
export function quietForEditors(event: Pick<AstroLoggerMessage, "label" | "level" | "message">): boolean {
  const text = stripVTControlCharacters(event.message).trim();
  // dev-site.ts says which port is busy and which one the server really uses, in Vietnamese.
  if (event.label === "vite" && /^Port \d+ is in use, trying another one/.test(text)) return true;
  // "[vite] connected.": Vite's own module runner connecting, nothing an editor can act on.
  if (event.label === "vite" && text === "connected.") return true;
  // "[200] /mo-hinh/ 24ms": one line per page the browser loads; the save line says the page was updated.
  if (event.label === null && event.level === "info" && /^\[[23]\d\d\] /.test(text)) return true;
  // "[watch] content/models/a.mdx": one line per changed content file; the save line replaces them.
  if (event.label === "watch" && /\.(mdx|json)$/.test(text)) return true;
  return false;
}

/** The logger: Astro's own terminal logger with the lines above left out. */
export default function devLogger(config?: { level?: AstroLoggerLevel }): AstroLoggerDestination {
  const base = nodeLogger(config);
  return {
    write(event) {
      if (!quietForEditors(event)) base.write(event);
    },
  };
}
