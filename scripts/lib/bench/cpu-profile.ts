/**
 * Where Astro's page generation spends its CPU: a V8 CPU profile (`node --cpu-prof`, the
 * `.cpuprofile` JSON of the Chrome DevTools protocol's Profiler.Profile) summarised by origin and by
 * function, over the part of the run between two moments (page generation's start and end).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Profiler.Profile (Chrome DevTools protocol), as `node --cpu-prof` writes it. Times in microseconds. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** Milliseconds sampled in the window. */
  totalMs: number;
  /** Self time by origin (our pages, Astro, a package, Node, garbage collection, idle), largest first. */
  origins: { origin: string; ms: number }[];
  /** Self time of the functions that took most, largest first. */
  functions: { name: string; origin: string; ms: number }[];
}

/**
 * The origin of a frame: the site's own code (bundled by Astro into `.prerender/chunks`), a
 * package under node_modules, Node's own modules, or V8's pseudo-frames (GC, idle, program).
 */
export function frameOrigin(url: string, functionName: string): string {
  if (url === "") {
    if (functionName === "(garbage collector)") return "dọn bộ nhớ (GC)";
    if (functionName === "(idle)") return "chờ (đọc, ghi tệp)";
    if (functionName === "(program)") return "V8 (biên dịch, nội bộ)";
    return "hàm gốc C++ (Node, V8)";
  }
  if (/[\\/]\.prerender[\\/]/.test(url)) return "mã của trang và thời chạy Astro (đóng gói)";
  const pkg = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(url);
  if (pkg) return pkg[1]!.replace(/\\/g, "/");
  if (url.startsWith("node:")) return "Node.js";
  return "khác";
}

/**
 * Summarises `profile` over the samples taken between `fromSeconds` and `toSeconds` after it
 * started, keeping the `top` functions with the most self time.
 */
export function summariseProfile(profile: CpuProfile, fromSeconds: number, toSeconds: number, top = 15): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const from = profile.startTime + fromSeconds * 1e6;
  const to = profile.startTime + toSeconds * 1e6;
  const origins = new Map<string, number>();
  const functions = new Map<string, { name: string; origin: string; ms: number }>();
  let totalMs = 0;
  let time = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i] ?? 0;
    // A sample stands for the time until the next one.
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (time < from || time > to || ms <= 0) continue;
    const frame = byId.get(profile.samples[i]!)?.callFrame;
    if (!frame) continue;
    const origin = frameOrigin(frame.url, frame.functionName);
    totalMs += ms;
    origins.set(origin, (origins.get(origin) ?? 0) + ms);
    const name = frame.functionName || "(vô danh)";
    const key = `${name} ${origin}`;
    const entry = functions.get(key) ?? { name, origin, ms: 0 };
    entry.ms += ms;
    functions.set(key, entry);
  }
  return {
    totalMs,
    origins: [...origins].map(([origin, ms]) => ({ origin, ms })).sort((a, b) => b.ms - a.ms),
    functions: [...functions.values()].sort((a, b) => b.ms - a.ms).slice(0, top),
  };
}

/** The profile `astro build` wrote into `dir` (each process of the build writes one): the one that generated pages. */
export function readAstroProfile(dir: string): CpuProfile | null {
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"))) {
    const profile = JSON.parse(readFileSync(join(dir, name), "utf8")) as CpuProfile;
    if (profile.nodes.some((n) => /astro[\\/]dist[\\/]core[\\/]build[\\/]generate\.js$/.test(n.callFrame.url))) return profile;
  }
  return null;
}
