/** Turns benchmark measurements into the goals verdict and the Markdown of docs/benchmarks.md. */
import { firstQueryLine, type FirstQuery } from "./pagefind-query.ts";
import type { LighthouseRow } from "./lighthouse-scores.ts";
import type { PageWeight } from "./measure.ts";
import type { RelevanceReport } from "./search-relevance.ts";
import type { BuildPhase } from "../../build-site.ts";
import type { ProfileSummary } from "./cpu-profile.ts";

export interface CorpusResult {
  models: number;
  recipients: number;
  /** HTML pages our build wrote. */
  pages: number;
  /** First build: every share card rendered (empty share-card cache). */
  buildSeconds: number;
  /** Same content built again: share cards come from the cache, as on an editor's next publish (median of `rebuildRuns`). */
  rebuildSeconds: number;
  /** Seconds of each rebuild, in the order they ran. */
  rebuildRuns?: number[];
  /** Highest whole-tree resident memory of our two builds, in bytes. */
  peakBytes: number;
  /** Highest resident memory of a single process in our two builds, in bytes. */
  peakProcessBytes: number;
  /** The peer (plain Astro + MDX + Pagefind over the same model files), built alternating with ours. */
  peer: PeerResult;
  /** The in-memory bare Astro floor with as many pages as ours, kept as context. */
  bareSeconds: number;
  barePeakBytes: number;
  /** `npm run check` with its compile cache from a previous run (what an editor sees). */
  checkSeconds: number;
  /** `npm run check` on a corpus it has never seen (every body compiled). */
  checkColdSeconds?: number;
  distFiles: number;
  distBytes: number;
  /** Size of dist/pagefind/, null when the site has no search index yet. */
  pagefindBytes: number | null;
  firstQuery: FirstQuery | null;
  /** A model profile page, null when the site has no profile pages yet. */
  profile: PageWeight | null;
  /** Where the time of our first build and rebuild went (BUILD_PHASES_FILE of scripts/build-site.ts). */
  phases?: { build: BuildPhase[]; rebuild: BuildPhase[] };
  /** A rebuild of the same models without the recipient lists, in seconds (what the lists add is measured against it; median of `withoutRecipientsRuns`). */
  withoutRecipientsSeconds?: number;
  withoutRecipientsRuns?: number[];
  /** Where Astro's page generation spent its CPU in one more rebuild, run under `--cpu-prof` (not timed). */
  pageGenerationProfile?: ProfileSummary;
  /** Page kinds the build produced, e.g. "/" and "/van-ban/" plus id patterns, so a reader sees what was measured. */
  kinds: string[];
}

export interface PeerResult {
  /** HTML pages the peer wrote (one per model). */
  pages: number;
  /** Seconds of each peer build (Astro build + Pagefind), in the order they ran. */
  runs: number[];
  peakBytes: number;
  peakProcessBytes: number;
}

/** Median of the peer's runs: the time our builds are divided by. */
export function peerSeconds(peer: PeerResult): number {
  const sorted = [...peer.runs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Issue #19's limit for a rebuild as a multiple of the peer: 1.2× up to 1,000 profiles, 1.3× above. */
export const rebuildLimit = (models: number) => (models <= 1000 ? 1.2 : 1.3);

export interface GoalRow {
  goal: string;
  corpus: string;
  measured: string;
  target: string;
  /** null when the thing measured does not exist yet. */
  met: boolean | null;
  /** How far from the goal, e.g. "còn dư 38%" or "vượt 12%". */
  distance: string;
}

const MB = 1024 * 1024;
const KB = 1024;
/** Formats with a decimal comma and dot thousands, as Vietnamese readers expect. */
const num = (value: number, digits = 1) => value.toLocaleString("vi-VN", { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** "còn dư 20%" when under the limit, "vượt 20%" when over, relative to the limit. */
export function distanceToLimit(measured: number, limit: number): string {
  if (limit === 0) return measured === 0 ? "đúng mức" : `vượt ${num(measured, 0)}`;
  const ratio = (measured - limit) / limit;
  if (Math.abs(ratio) < 0.005) return "đúng mức";
  return ratio < 0 ? `còn dư ${num(-ratio * 100, 0)}%` : `vượt ${num(ratio * 100, 0)}%`;
}

function row(goal: string, corpus: string, measured: number | null, limit: number, show: (v: number) => string): GoalRow {
  if (measured === null) return { goal, corpus, measured: "chưa có", target: `≤ ${show(limit)}`, met: null, distance: "chưa đo được" };
  return {
    goal,
    corpus,
    measured: show(measured),
    target: `≤ ${show(limit)}`,
    met: measured <= limit,
    distance: distanceToLimit(measured, limit),
  };
}

/** The issue's goals checked against every corpus measured. */
export function evaluateGoals(results: readonly CorpusResult[]): GoalRow[] {
  return results.flatMap((r) => {
    const corpus = `${num(r.models, 0)} mô hình`;
    return [
      row("Dựng lần đầu ÷ đối chứng", corpus, r.buildSeconds / peerSeconds(r.peer), 2, (v) => `${num(v, 2)}×`),
      row("Dựng lại ÷ đối chứng", corpus, r.rebuildSeconds / peerSeconds(r.peer), rebuildLimit(r.models), (v) => `${num(v, 2)}×`),
      row(
        "Bộ nhớ đỉnh, tiến trình lớn nhất ÷ đối chứng",
        corpus,
        r.peakProcessBytes / r.peer.peakProcessBytes,
        1.1,
        (v) => `${num(v, 2)}×`,
      ),
      row("Bộ nhớ đỉnh khi dựng", corpus, r.peakBytes / (1024 * MB), 4, (v) => `${num(v, 2)} GB`),
      row("`npm run check`", corpus, r.checkSeconds, 2, (v) => `${num(v, 2)} s`),
      ...(r.withoutRecipientsSeconds === undefined
        ? []
        : [
            row(
              `${num(r.recipients, 0)} dòng khen thưởng thêm vào dựng lại`,
              corpus,
              (r.rebuildSeconds / r.withoutRecipientsSeconds - 1) * 100,
              10,
              (v) => `${num(v, 0)}%`,
            ),
          ]),
      row("HTML trang mô hình (gzip)", corpus, r.profile ? r.profile.htmlGzipBytes / KB : null, 14, (v) => `${num(v, 1)} KB`),
      row("JS khi mở trang mô hình", corpus, r.profile ? r.profile.jsBytes : null, 0, (v) => `${num(v, 0)} byte`),
      // Issue 15: the first search, through the search page, within 200 KB at 10,000 profiles.
      row("Tải về cho lần tìm đầu", corpus, r.firstQuery ? r.firstQuery.bytes / KB : null, 200, (v) => `${num(v, 0)} KB`),
    ];
  });
}

const verdict = (met: boolean | null) => (met === null ? "—" : met ? "đạt" : "**chưa đạt**");

export interface ReportInput {
  results: readonly CorpusResult[];
  lighthouse: readonly LighthouseRow[];
  command: string;
  /** When and where it ran: date, CPU count, load, Node version. */
  machine: string;
  /** The search relevance set on the real content (null when it could not run). */
  relevance?: RelevanceReport | null;
}

/** The relevance set's three goals (issue 15): precision at 1 and at 3, and false hits. */
export function relevanceGoals(report: RelevanceReport): GoalRow[] {
  const corpus = `content/, ${report.queries} truy vấn`;
  const share = (v: number) => num(v, 3);
  return [
    {
      goal: "Tìm kiếm: đúng trang đứng đầu (P@1)",
      corpus,
      measured: share(report.precisionAt1),
      target: "≥ 0,900",
      met: report.precisionAt1 >= 0.9,
      distance:
        report.precisionAt1 >= 0.9
          ? `còn dư ${num((report.precisionAt1 - 0.9) * 100, 1)} điểm %`
          : `thiếu ${num((0.9 - report.precisionAt1) * 100, 1)} điểm %`,
    },
    {
      goal: "Tìm kiếm: đúng trang trong 3 đầu (P@3)",
      corpus,
      measured: share(report.precisionAt3),
      target: "= 1,000",
      met: report.precisionAt3 === 1,
      distance: report.precisionAt3 === 1 ? "đúng mức" : `thiếu ${num((1 - report.precisionAt3) * 100, 1)} điểm %`,
    },
    {
      goal: "Tìm kiếm: kết quả sai (thiếu từ đã gõ)",
      corpus,
      measured: num(report.falseHits, 0),
      target: "= 0",
      met: report.falseHits === 0,
      distance: report.falseHits === 0 ? "đúng mức" : `vượt ${num(report.falseHits, 0)}`,
    },
  ];
}

export function formatBenchReport({ results, lighthouse, command, machine, relevance = null }: ReportInput): string {
  const lines = [
    "# Đo hiệu năng (benchmark)",
    "",
    "Tệp này do `npm run bench` viết ra; đừng sửa tay. Nội dung đo là kho dữ liệu **hư cấu** sinh tự động",
    "(mô hình, danh sách khen thưởng, số liệu, mục tiêu, một văn bản), không phải nội dung thật.",
    "",
    `Lệnh: \`${command}\``,
    "",
    `Máy: ${machine}`,
    "",
    "## Số đo",
    "",
    "### So với trang đối chứng (Astro + MDX + Pagefind)",
    "",
    "| Kho | Đối chứng (s, trung vị) | Các lần đối chứng (s) | Dựng lần đầu (s) | ÷ đối chứng | Dựng lại (s) | ÷ đối chứng | Astro trần (s, để tham khảo) | Bộ nhớ đỉnh, tiến trình lớn nhất (đối chứng / ta) | Bộ nhớ đỉnh, cả cây (đối chứng / ta) |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...results.map((r) => {
      const peer = peerSeconds(r.peer);
      return `| ${[
        `${num(r.models, 0)} mô hình`,
        num(peer, 1),
        r.peer.runs.map((v) => num(v, 1)).join(" · "),
        num(r.buildSeconds, 1),
        `${num(r.buildSeconds / peer, 2)}×`,
        num(r.rebuildSeconds, 1),
        `${num(r.rebuildSeconds / peer, 2)}×`,
        num(r.bareSeconds, 1),
        `${num(r.peer.peakProcessBytes / MB, 0)} MB / ${num(r.peakProcessBytes / MB, 0)} MB`,
        `${num(r.peer.peakBytes / MB, 0)} MB / ${num(r.peakBytes / MB, 0)} MB`,
      ].join(" | ")} |`;
    }),
    "",
    "Đối chứng = trang một nhóm sẽ làm thay cho trang này: dự án Astro 7 + `@astrojs/mdx` tối thiểu, đọc đúng các tệp",
    "`content/models/*.mdx` của kho qua một collection `glob`, dựng mỗi tệp bằng `render(entry)` trong một layout tối thiểu",
    "(một trang mỗi mô hình), rồi chạy Pagefind (CLI) trên kết quả; không kiểm tra nội dung, không ảnh chia sẻ, không trang",
    "lọc hay tệp tải về. Nó được dựng ba lần xen kẽ với bản dựng của ta (trước lần đầu, giữa hai lần, sau lần dựng lại), mỗi",
    "lần từ đầu (không bộ nhớ đệm Astro); tỉ lệ chia cho trung vị ba lần. Bộ nhớ: RSS cao nhất của một tiến trình và tổng RSS",
    "của cả cây tiến trình, lấy mẫu /proc mỗi 200 ms.",
    "",
    "### Chi tiết",
    "",
    "| Kho | Trang HTML | Dựng lần đầu (s) | Dựng lại (s) | Astro trần (s) | Tỉ lệ với Astro trần (đầu / lại) | Bộ nhớ đỉnh | Trang/giây | Tệp trong dist | Dung lượng dist | Chỉ mục Pagefind | Lần tìm đầu | HTML mô hình (gzip) | JS trang mô hình | `npm run check` (s) |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...results.map((r) =>
      [
        `${num(r.models, 0)} mô hình, ${num(r.recipients, 0)} người/tập thể được khen`,
        num(r.pages, 0),
        num(r.buildSeconds, 1),
        num(r.rebuildSeconds, 1),
        num(r.bareSeconds, 1),
        `${num(r.buildSeconds / r.bareSeconds, 2)}× / ${num(r.rebuildSeconds / r.bareSeconds, 2)}×`,
        `${num(r.peakBytes / MB, 0)} MB`,
        num(r.pages / r.buildSeconds, 1),
        num(r.distFiles, 0),
        `${num(r.distBytes / MB, 1)} MB`,
        r.pagefindBytes === null ? "chưa có" : `${num(r.pagefindBytes / MB, 1)} MB`,
        r.firstQuery ? `${num(r.firstQuery.bytes / KB, 0)} KB (${r.firstQuery.requests} yêu cầu)` : "chưa có",
        r.profile ? `${num(r.profile.htmlGzipBytes / KB, 1)} KB` : "chưa có",
        r.profile ? `${num(r.profile.jsBytes, 0)} byte` : "chưa có",
        r.checkColdSeconds === undefined ? num(r.checkSeconds, 2) : `${num(r.checkSeconds, 2)} (lần đầu ${num(r.checkColdSeconds, 2)})`,
      ]
        .join(" | ")
        .replace(/^/, "| ")
        .concat(" |"),
    ),
    "",
    ...results.map((r) => `Loại trang trong bản dựng ${num(r.models, 0)} mô hình: ${r.kinds.map((k) => `\`${k}\``).join(", ")}.`),
    ...results.flatMap((r) => (r.firstQuery ? ["", firstQueryLine(r.firstQuery, `${num(r.models, 0)} mô hình`)] : [])),
    "",
    "Dựng = `npm run build` đầy đủ (kiểm tra nội dung trong lúc Astro khởi động → Astro → các bước sau dựng → thay dist/). Lần đầu: chưa có ảnh",
    "chia sẻ hay tệp Excel nào được lưu sẵn (mỗi ảnh vẽ mất khoảng 12–14 ms CPU); dựng lại: cùng nội dung, ảnh chia sẻ và tệp",
    "Excel lấy từ bộ nhớ đệm (node_modules/.cache), như khi biên tập viên xuất bản lần sau. Mọi trang vẫn được dựng lại cả",
    "hai lần. `npm run check`: lần đo thứ hai, khi bài viết MDX đã dịch ở lần trước được nhớ (lần đầu ghi trong ngoặc). Astro trần = một",
    "dự án Astro tối thiểu, cùng số trang, một route động trên mảng trong bộ nhớ, không collection, không tích hợp;",
    "đo trong cùng lần chạy để độ ồn của máy triệt tiêu trong tỉ lệ. Bộ nhớ đỉnh = tổng RSS của cả cây tiến trình,",
    "lấy mẫu /proc mỗi 200 ms. HTML gzip ở mức nén mặc định (6). JS = tệp script ngoài, modulepreload và script nội tuyến.",
    "Dựng lại: trung vị ba lần, xen kẽ với ba lần dựng cùng các mô hình không có danh sách khen thưởng (sau một lần không tính",
    "giờ để có sẵn ảnh và tệp Excel của chúng); phần danh sách thêm vào = trung vị dựng lại so với trung vị ba lần ấy. Trước mỗi",
    "lần đo, thư mục dist cũ mà lần dựng trước để xóa dần đã xóa xong.",
    ...results.flatMap((r) =>
      r.rebuildRuns
        ? [
            "",
            `Các lần dựng lại (${num(r.models, 0)} mô hình): ${r.rebuildRuns.map((s) => num(s, 1)).join(" · ")} s${r.withoutRecipientsRuns ? `; không danh sách: ${r.withoutRecipientsRuns.map((s) => num(s, 1)).join(" · ")} s` : ""}.`,
          ]
        : [],
    ),
    "",
    ...phaseTable(results),
    ...profileTables(results),
    "## Mục tiêu",
    "",
    "| Mục tiêu | Kho | Đo được | Mức đặt ra | Kết quả | Khoảng cách |",
    "|---|---|---:|---:|---|---|",
    ...evaluateGoals(results).map((g) => `| ${g.goal} | ${g.corpus} | ${g.measured} | ${g.target} | ${verdict(g.met)} | ${g.distance} |`),
    "",
    "## Lighthouse",
    "",
  ];
  if (lighthouse.length === 0) lines.push("Không chạy lần này (thêm `--lighthouse`).", "");
  else {
    lines.push("| Trang | Địa chỉ | Hiệu năng | Trợ năng | Thực hành tốt | SEO |", "|---|---|---:|---:|---:|---:|");
    const s = (v: number | null) => (v === null ? "—" : String(v));
    for (const l of lighthouse)
      lines.push(`| ${l.label} | \`${l.url}\` | ${s(l.performance)} | ${s(l.accessibility)} | ${s(l.bestPractices)} | ${s(l.seo)} |`);
    lines.push(
      "",
      "Điểm hiệu năng đo trên máy dùng chung đang tải nặng, với giả lập điện thoại mặc định của Lighthouse: chỉ nên so giữa các lần chạy trên cùng máy.",
      "",
    );
  }
  lines.push("## Tìm kiếm: bộ truy vấn kiểm tra", "");
  if (!relevance) lines.push("Không chạy được lần này.", "");
  else {
    lines.push(
      "Bộ `tests/fixtures/search-relevance.json` (truy vấn người đọc thật sự gõ, trên nội dung thật trong content/), chạy qua trang /tim-kiem/ trong Chromium.",
      "",
      "| Mục tiêu | Kho | Đo được | Mức đặt ra | Kết quả | Khoảng cách |",
      "|---|---|---:|---:|---|---|",
      ...relevanceGoals(relevance).map(
        (g) => `| ${g.goal} | ${g.corpus} | ${g.measured} | ${g.target} | ${verdict(g.met)} | ${g.distance} |`,
      ),
      "",
    );
    const misses = relevance.verdicts.filter((v) => !v.at1);
    if (misses.length > 0)
      lines.push(
        "Truy vấn chưa có đúng trang đứng đầu:",
        "",
        ...misses.map((v) => `- “${v.query}”: đứng đầu \`${v.urls[0] ?? "—"}\`, cần ${v.first.map((u) => `\`${u}\``).join(" hoặc ")}`),
        "",
      );
  }
  lines.push("## Nhận xét", "", ...closingNote(results), "");
  return lines.join("\n");
}

/** "Where the time goes": every phase of our first build and rebuild, per corpus, in seconds. */
export function phaseTable(results: readonly CorpusResult[]): string[] {
  const measured = results.filter((r) => r.phases);
  if (measured.length === 0) return [];
  const names = [...new Set(measured.flatMap((r) => [...r.phases!.build, ...r.phases!.rebuild].map((p) => p.name)))];
  const cell = (phases: readonly BuildPhase[], name: string) => {
    const found = phases.find((p) => p.name === name);
    return found ? num(found.seconds, 1) : "—";
  };
  return [
    "### Thời gian từng bước của bản dựng",
    "",
    `| Bước | ${measured.map((r) => `${num(r.models, 0)} mô hình, lần đầu (s) | ${num(r.models, 0)} mô hình, dựng lại (s)`).join(" | ")} |`,
    `|---|${measured.map(() => "---:|---:").join("|")}|`,
    ...names.map(
      (name) => `| ${name} | ${measured.map((r) => `${cell(r.phases!.build, name)} | ${cell(r.phases!.rebuild, name)}`).join(" | ")} |`,
    ),
    "",
    "Kiểm tra nội dung chạy trong lúc Astro khởi động: các bước Astro tính từ lúc Astro bắt đầu, nên tổng các dòng lớn hơn thời gian dựng.",
    "Các bước Astro tách theo dòng nhật ký của nó: trước “generating static routes” là nạp nội dung và gói Vite; sinh trang",
    "gồm mọi trang HTML và ảnh chia sẻ của các trang khác mô hình. Chỉ mục tìm kiếm (Pagefind), ảnh chia sẻ của mô hình và",
    "các tệp tải về (CSV, JSON, Excel) chỉ đọc nội dung nên được làm cùng lúc với lúc Astro sinh trang; dòng của chúng là thời",
    "gian còn phải chờ sau Astro. Lần đầu, một tiến trình thứ hai vẽ ảnh chia sẻ của mô hình trên nhân kia.",
    "",
  ];
}

/** The closing note: every goal in a sentence, with how far it is from its limit. */
export function closingNote(results: readonly CorpusResult[]): string[] {
  const goals = evaluateGoals(results);
  const unmet = goals.filter((g) => g.met === false);
  const missing = goals.filter((g) => g.met === null);
  return [
    ...goals.map(
      (g) =>
        `- ${g.goal} (${g.corpus}): ${g.measured}, mức ${g.target} — ${g.met === null ? "chưa đo được vì trang tương ứng chưa có trong bản dựng" : `${verdict(g.met)}, ${g.distance}`}.`,
    ),
    "",
    unmet.length === 0
      ? "Mọi mục tiêu đo được đều đạt."
      : `${unmet.length} mục tiêu chưa đạt: ${unmet.map((g) => `${g.goal} (${g.corpus})`).join("; ")}.`,
    ...(missing.length > 0 ? [`${missing.length} mục tiêu chưa đo được (trang hoặc chỉ mục tìm kiếm chưa có trong nhánh đã đo).`] : []),
  ];
}

/**
 * Where page generation spent its CPU, for each corpus profiled: self time by origin (those under
 * 1 % together) and the functions that took most.
 */
export function profileTables(results: readonly CorpusResult[]): string[] {
  return results.flatMap((r) => {
    const p = r.pageGenerationProfile;
    if (!p || p.totalMs <= 0) return [];
    const share = (ms: number) => `${num((ms / p.totalMs) * 100, 1)}%`;
    const shown = p.origins.filter((o) => o.ms / p.totalMs >= 0.01);
    const rest = p.origins.filter((o) => o.ms / p.totalMs < 0.01);
    const restMs = rest.reduce((sum, o) => sum + o.ms, 0);
    return [
      `### CPU khi Astro sinh trang (${num(r.models, 0)} mô hình, dựng lại, hồ sơ CPU)`,
      "",
      `Một lần dựng lại nữa, chạy với \`node --cpu-prof\` (không tính giờ): ${num(p.totalMs / 1000, 1)} s mẫu trong tiến trình Astro, từ dòng “generating static routes” đến khi sinh xong trang. Mã của trang và thời chạy của Astro được Astro đóng gói chung vào \`.prerender\`, nên cùng một dòng; tên hàm ở bảng sau cho biết đâu là mã của ta.`,
      "",
      "| Nguồn | CPU (s) | Tỉ lệ |",
      "|---|---:|---:|",
      ...shown.map((o) => `| ${o.origin} | ${num(o.ms / 1000, 2)} | ${share(o.ms)} |`),
      ...(rest.length > 0 ? [`| ${rest.length} nguồn khác, mỗi nguồn dưới 1% | ${num(restMs / 1000, 2)} | ${share(restMs)} |`] : []),
      "",
      "| Hàm (thời gian riêng) | Nguồn | CPU (s) | Tỉ lệ |",
      "|---|---|---:|---:|",
      ...p.functions.map((f) => `| \`${f.name}\` | ${f.origin} | ${num(f.ms / 1000, 2)} | ${share(f.ms)} |`),
      "",
    ];
  });
}
