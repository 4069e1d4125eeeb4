/**
 * `npm run bench`: builds synthetic, plainly fictional corpora with the real build and, alternating
 * with it, the peer a team would build instead (plain Astro + MDX + Pagefind over the same model
 * files, scripts/lib/bench/peer-astro.ts); also a bare Astro site with as many pages as context.
 * Writes docs/benchmarks.md. Not part of npm test.
 *
 *   npm run bench -- [--models 1000,10000] [--recipients 50000] [--lighthouse] [--keep] [--out docs/benchmarks.md]
 */
import { cpus, loadavg, tmpdir } from "node:os";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { writeBenchCorpus } from "./lib/bench/corpus.ts";
import { folderStats, pageWeight, runMeasured, type RunResult } from "./lib/bench/measure.ts";
import { writeBareAstroProject } from "./lib/bench/bare-astro.ts";
import { buildPeer, writePeerAstroProject } from "./lib/bench/peer-astro.ts";
import { measureFirstQuery } from "./lib/bench/pagefind-query.ts";
import { measureRelevance } from "./lib/bench/search-relevance.ts";
import type { RelevanceReport } from "./lib/bench/search-relevance.ts";
import { lighthouseScores, type LighthouseRow } from "./lib/bench/lighthouse-scores.ts";
import { formatBenchReport, type CorpusResult } from "./lib/bench/report.ts";
import { htmlPages, representativePages } from "./lib/quality/site-files.ts";
import { site } from "../src/config/site.ts";
import { ASTRO_PHASES, type BuildPhase } from "./build-site.ts";
import { readAstroProfile, summariseProfile, type ProfileSummary } from "./lib/bench/cpu-profile.ts";

// The fictional sites are dated 2030 so nobody takes them for real; the check's "not after
// today" rule runs as if it were 2031 (see scripts/lib/validate.ts, contentToday).
process.env["CONTENT_TODAY"] ??= "2031-01-01";
const { values } = parseArgs({
  options: {
    models: { type: "string", default: "1000,10000" },
    recipients: { type: "string", default: "50000" },
    lighthouse: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    out: { type: "string", default: "docs/benchmarks.md" },
    port: { type: "string", default: "4390" },
  },
});

const chromiumPath = [process.env["CHROMIUM_PATH"], "/usr/bin/chromium"].find((p): p is string => Boolean(p && existsSync(p)));
const port = Number(values.port);
const sizes = values.models.split(",").map(Number);
const recipients = Number(values.recipients);

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);

/** The run with the median value of `seconds` among an odd number of runs. */
function medianRun<T>(runs: readonly T[], seconds: (run: T) => number): T {
  return [...runs].sort((a, b) => seconds(a) - seconds(b))[Math.floor(runs.length / 2)]!;
}

function mustSucceed(what: string, run: RunResult): RunResult {
  if (run.status !== 0) throw new Error(`${what} thất bại (mã ${run.status}):\n${run.tail}`);
  return run;
}

/**
 * Waits until the previous site that a build of ours moved aside (`<dist>.old-<pid>`) is deleted:
 * the build deletes it in a detached process after it returns, which would otherwise slow down
 * whichever build the benchmark times next (the peer's or ours).
 */
async function settleAfterBuild(dist: string, timeoutSeconds = 300): Promise<void> {
  const parent = resolve(dist, "..");
  const name = `${dist.split(/[\\/]/).pop()}.old-`;
  const until = Date.now() + timeoutSeconds * 1000;
  while (readdirSync(parent).some((entry) => entry.startsWith(name))) {
    if (Date.now() > until) throw new Error(`${parent}: thư mục ${name}… vẫn còn sau ${timeoutSeconds} s (lần dựng trước không xóa được)`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

async function measureCorpus(models: number, work: string, profile: boolean): Promise<{ result: CorpusResult; dist: string }> {
  const content = join(work, "content");
  const dist = join(work, "dist");
  console.log(`\n== ${models} mô hình, ${recipients} dòng khen thưởng: sinh dữ liệu hư cấu vào ${content}`);
  writeBenchCorpus(content, { models, recipients });

  // Share-card and workbook caches of its own: the first build writes every card and workbook, the second finds them all.
  const env = {
    ...process.env,
    CONTENT_DIR: content,
    OUT_DIR: dist,
    OG_CACHE_DIR: join(work, "og-cache"),
    WORKBOOK_CACHE_DIR: join(work, "workbook-cache"),
    ASTRO_TELEMETRY_DISABLED: "1",
  };
  // The check keeps compiled MDX bodies between runs (scripts/lib/mdx-body.ts): the first run on a
  // new corpus compiles every body, the next (what an editor sees after a change) only changed ones.
  const checkEnv = { ...env, CHECK_CACHE_DIR: join(work, "check-cache") };
  console.log("→ npm run check (lần đầu, chưa có bộ nhớ đệm)");
  const checkCold = mustSucceed("npm run check", await runMeasured(process.execPath, ["scripts/validate-content.ts"], { env: checkEnv }));
  console.log(`  ${checkCold.seconds.toFixed(2)} s`);
  console.log("→ npm run check");
  const check = mustSucceed("npm run check", await runMeasured(process.execPath, ["scripts/validate-content.ts"], { env: checkEnv }));
  console.log(`  ${check.seconds.toFixed(2)} s`);

  // The peer builds before, between and after our two builds, so a change in machine load during
  // the run shows in its spread and the ratios use its median.
  const peerDir = join(work, "peer");
  writePeerAstroProject(peerDir, content, resolve("node_modules"));
  const peerRuns: RunResult[] = [];
  const peer = async () => {
    console.log(`→ Đối chứng Astro + MDX + Pagefind, lần ${peerRuns.length + 1}`);
    const run = mustSucceed("Dự án đối chứng", await buildPeer(peerDir, resolve("node_modules")));
    peerRuns.push(run);
    console.log(`  ${run.seconds.toFixed(1)} s, đỉnh ${mb(run.peakBytes)} MB (tiến trình lớn nhất ${mb(run.peakProcessBytes)} MB)`);
  };

  // Each of our builds writes where its time went (scripts/build-site.ts, BUILD_PHASES_FILE).
  const phasesOf = (name: string) => join(work, `phases-${name}.json`);
  const readPhases = (name: string) => JSON.parse(readFileSync(phasesOf(name), "utf8")) as BuildPhase[];

  await peer();
  console.log("→ npm run build");
  const build = mustSucceed(
    "npm run build",
    await runMeasured(process.execPath, ["scripts/build-site.ts"], { env: { ...env, BUILD_PHASES_FILE: phasesOf("build") } }),
  );
  const stats = folderStats(dist);
  console.log(
    `  ${build.seconds.toFixed(1)} s, ${stats.htmlPages} trang, đỉnh ${mb(build.peakBytes)} MB (tiến trình lớn nhất ${mb(build.peakProcessBytes)} MB)`,
  );
  await peer();
  // The rebuild three times, alternating with the same models without the recipient lists: one run
  // of ~30 s varied by ±3 s on this machine, as much as what the lists add; medians of three, like
  // the peer's, make both the rebuild's ratio and the lists' cost hold from one run to the next.
  const rebuilds: { run: RunResult; phases: BuildPhase[] }[] = [];
  const rebuildOnce = async () => {
    const n = rebuilds.length + 1;
    console.log(`→ npm run build lần nữa (ảnh chia sẻ đã lưu), lần ${n}`);
    const run = mustSucceed(
      "npm run build (dựng lại)",
      await runMeasured(process.execPath, ["scripts/build-site.ts"], { env: { ...env, BUILD_PHASES_FILE: phasesOf(`rebuild-${n}`) } }),
    );
    console.log(`  ${run.seconds.toFixed(1)} s, đỉnh ${mb(run.peakBytes)} MB (tiến trình lớn nhất ${mb(run.peakProcessBytes)} MB)`);
    await settleAfterBuild(dist);
    rebuilds.push({ run, phases: readPhases(`rebuild-${n}`) });
  };
  // What the recipient lists cost: the same models rebuilt without them (same share-card cache).
  const plainRuns: RunResult[] = [];
  let plainBuild: (() => Promise<void>) | null = null;
  const plainDist = join(work, "dist-no-recipients");
  if (recipients > 0) {
    const plain = join(work, "content-no-recipients");
    writeBenchCorpus(plain, { models, recipients: 0 });
    const once = async () =>
      mustSucceed(
        "npm run build (không danh sách)",
        await runMeasured(process.execPath, ["scripts/build-site.ts"], { env: { ...env, CONTENT_DIR: plain, OUT_DIR: plainDist } }),
      );
    // A first run untimed: like the rebuild it is compared with, the timed ones find their workbooks
    // (other files than with the lists) in the cache. Timed cold, the 10,000-model workbooks alone
    // made it slower than the rebuild with the lists.
    console.log("→ npm run build, cùng mô hình, không danh sách khen thưởng (lần đầu, để có bộ nhớ đệm)");
    console.log(`  ${(await once()).seconds.toFixed(1)} s`);
    await settleAfterBuild(plainDist);
    plainBuild = async () => {
      console.log(`→ npm run build, cùng mô hình, không danh sách khen thưởng, lần ${plainRuns.length + 1}`);
      const run = await once();
      console.log(`  ${run.seconds.toFixed(1)} s`);
      await settleAfterBuild(plainDist);
      plainRuns.push(run);
    };
  }
  for (let i = 0; i < 3; i++) {
    await rebuildOnce();
    if (plainBuild) await plainBuild();
  }
  rmSync(plainDist, { recursive: true, force: true });
  const rebuild = medianRun(rebuilds, (r) => r.run.seconds);
  const withoutRecipients = plainRuns.length > 0 ? medianRun(plainRuns, (r) => r.seconds) : null;
  await peer();
  const peerPages = folderStats(join(peerDir, "dist")).htmlPages;

  const bareDir = join(work, "bare");
  writeBareAstroProject(bareDir, stats.htmlPages, resolve("node_modules"));
  console.log(`→ Astro trần, ${stats.htmlPages} trang`);
  const bare = mustSucceed(
    "Astro trần",
    await runMeasured(process.execPath, [resolve("node_modules/astro/bin/astro.mjs"), "build"], {
      cwd: bareDir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
    }),
  );
  console.log(`  ${bare.seconds.toFixed(1)} s`);

  // One more rebuild under --cpu-prof, not timed (profiling slows it): where Astro's page generation
  // spends its CPU. Every Node process of the build writes a profile; Astro's is the one that generated pages.
  let pageGenerationProfile: ProfileSummary | undefined;
  if (profile) {
    const profileDir = join(work, "cpu-profile");
    mkdirSync(profileDir);
    console.log("→ npm run build lần nữa, ghi hồ sơ CPU của Astro (không tính giờ)");
    mustSucceed(
      "npm run build (hồ sơ CPU)",
      await runMeasured(process.execPath, ["scripts/build-site.ts"], {
        env: {
          ...env,
          BUILD_PHASES_FILE: phasesOf("profile"),
          NODE_OPTIONS: `${process.env["NODE_OPTIONS"] ?? ""} --cpu-prof --cpu-prof-dir=${profileDir}`.trim(),
        },
      }),
    );
    await settleAfterBuild(dist);
    const astroProfile = readAstroProfile(profileDir);
    const phases = readPhases("profile");
    const start = phases.find((p) => p.name === ASTRO_PHASES.load)?.seconds;
    const pages = phases.find((p) => p.name === ASTRO_PHASES.pages)?.seconds;
    if (astroProfile && start !== undefined && pages !== undefined)
      pageGenerationProfile = summariseProfile(astroProfile, start, start + pages);
    else console.log("  (không tìm thấy hồ sơ CPU của Astro)");
    rmSync(profileDir, { recursive: true, force: true });
  }

  const pagefindDir = join(dist, "pagefind");
  const profilePage = representativePages(htmlPages(dist)).get("/mo-hinh/*/");
  // A word on every profile: the broadest first search a reader could make.
  const firstQuery = await measureFirstQuery(dist, port, "mô hình", chromiumPath);
  return {
    dist,
    result: {
      models,
      recipients,
      pages: stats.htmlPages,
      buildSeconds: build.seconds,
      rebuildSeconds: rebuild.run.seconds,
      rebuildRuns: rebuilds.map((r) => r.run.seconds),
      peakBytes: Math.max(build.peakBytes, ...rebuilds.map((r) => r.run.peakBytes)),
      peakProcessBytes: Math.max(build.peakProcessBytes, ...rebuilds.map((r) => r.run.peakProcessBytes)),
      peer: {
        pages: peerPages,
        runs: peerRuns.map((r) => r.seconds),
        peakBytes: Math.max(...peerRuns.map((r) => r.peakBytes)),
        peakProcessBytes: Math.max(...peerRuns.map((r) => r.peakProcessBytes)),
      },
      bareSeconds: bare.seconds,
      barePeakBytes: bare.peakBytes,
      checkSeconds: check.seconds,
      checkColdSeconds: checkCold.seconds,
      phases: { build: readPhases("build"), rebuild: rebuild.phases },
      ...(withoutRecipients
        ? { withoutRecipientsSeconds: withoutRecipients.seconds, withoutRecipientsRuns: plainRuns.map((r) => r.seconds) }
        : {}),
      ...(pageGenerationProfile ? { pageGenerationProfile } : {}),
      distFiles: stats.files,
      distBytes: stats.bytes,
      pagefindBytes: existsSync(pagefindDir) ? folderStats(pagefindDir).bytes : null,
      firstQuery,
      profile: profilePage ? pageWeight(dist, profilePage.file, profilePage.url, site.baseUrl) : null,
      kinds: [...representativePages(htmlPages(dist)).keys()],
    },
  };
}

/** Home, a profile and a chart page, as far as the built site has them. */
function lighthousePages(dist: string): { label: string; url: string }[] {
  const kinds = representativePages(htmlPages(dist));
  const chart = kinds.get("/so-lieu/*/") ?? kinds.get("/nhung/*/");
  const profile = kinds.get("/mo-hinh/*/");
  return [
    { label: "Trang chủ", url: "/" },
    ...(profile ? [{ label: "Trang mô hình", url: profile.url }] : []),
    ...(chart ? [{ label: "Trang biểu đồ", url: chart.url }] : []),
  ];
}

const results: CorpusResult[] = [];
let lighthouse: LighthouseRow[] = [];
for (const [i, models] of sizes.entries()) {
  const work = mkdtempSync(join(tmpdir(), `antq-bench-${models}-`));
  try {
    // The largest corpus also gets a CPU profile of page generation (issue 19 asks for it at 10,000).
    const { result, dist } = await measureCorpus(models, work, i === sizes.length - 1);
    results.push(result);
    if (values.lighthouse && i === 0) {
      console.log("→ Lighthouse");
      lighthouse = await lighthouseScores(dist, port, lighthousePages(dist), chromiumPath);
    }
  } finally {
    if (values.keep) console.log(`Giữ lại ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

// The search relevance set is about the real content: built once into a temporary folder.
let relevance: RelevanceReport | null = null;
{
  const work = mkdtempSync(join(tmpdir(), "antq-bench-relevance-"));
  try {
    console.log("\n== Bộ truy vấn kiểm tra tìm kiếm, trên content/");
    const dist = join(work, "dist");
    mustSucceed(
      "npm run build (content/)",
      await runMeasured(process.execPath, ["scripts/build-site.ts"], {
        env: { ...process.env, OUT_DIR: dist, ASTRO_TELEMETRY_DISABLED: "1" },
      }),
    );
    relevance = await measureRelevance(dist, port, chromiumPath);
    console.log(`  P@1 ${relevance.precisionAt1.toFixed(3)}, P@3 ${relevance.precisionAt3.toFixed(3)}, ${relevance.falseHits} kết quả sai`);
  } catch (error) {
    console.error(`  không chạy được: ${(error as Error).message}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
const report = formatBenchReport({
  results,
  lighthouse,
  relevance,
  command: `npm run bench${args.length > 0 ? ` -- ${args.join(" ")}` : ""}`,
  machine: `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, ${cpus().length} nhân CPU (${cpus()[0]?.model ?? "?"}), tải trung bình 1 phút ${loadavg()[0]!.toFixed(1)}, Node ${process.version}`,
});
writeFileSync(values.out, report);
console.log(`\n${report}\nĐã ghi ${values.out}.`);
