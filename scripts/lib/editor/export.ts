/**
 * The editing screen as a folder of static files for the hosted variant (docs/deploy.md): the
 * same page, script and Decap files the dev server serves under /quan-tri/, with a configuration
 * for the GitHub or GitLab backend (always the editorial workflow, see cmsConfig). Never written
 * into dist/: the public site ships none of the screen.
 */
import { cpSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { cmsConfig, type HostedBackend } from "../../../src/lib/content/cms-config.ts";
import { contentToday } from "../validate.ts";
import { clientScript, decapDist, editorPage, screenData } from "./server.ts";

export interface ExportOptions {
  /** Folder to write; serve it at <address>/quan-tri/ (the page loads /quan-tri/editor.js). */
  out: string;
  hosted: HostedBackend;
  /** Address of the public site, for "Xem bản hoàn chỉnh" links. */
  siteUrl: string;
  /** Content folder the figure picker's choices are read from (as of the export). */
  contentDir: string;
}

/** Writes the hosted screen into `options.out`; returns the files written, relative to it. */
export function exportEditor(options: ExportOptions): string[] {
  if (resolve(options.out).split(/[\\/]/).includes("dist"))
    throw new Error("Không ghi màn hình biên tập vào dist/: trang công bố không chứa màn hình này.");
  mkdirSync(join(options.out, "decap"), { recursive: true });
  const config = cmsConfig({ proxyUrl: "", siteUrl: options.siteUrl, today: contentToday(), hosted: options.hosted });
  writeFileSync(join(options.out, "index.html"), editorPage());
  cpSync(clientScript, join(options.out, "editor.js"));
  writeFileSync(join(options.out, "config.json"), `${JSON.stringify(config, null, 2)}\n`);
  writeFileSync(join(options.out, "screen.json"), `${JSON.stringify(screenData(options.contentDir))}\n`);
  const decap = readdirSync(decapDist).filter((name) => /\.(js|css|wasm)$/.test(name));
  for (const name of decap) cpSync(join(decapDist, name), join(options.out, "decap", name));
  return ["index.html", "editor.js", "config.json", "screen.json", ...decap.map((name) => `decap/${name}`)];
}
