import { describe, expect, it } from "vitest";
import { runStepInWorker } from "../../scripts/lib/step-worker.ts";

const fixture = new URL("../fixtures/step-worker/fictional-step.ts", import.meta.url);

describe("runStepInWorker", () => {
  it("runs the step in a thread of lower priority, passing on its lines in order and its result", async () => {
    const lines: string[] = [];
    const ok = await runStepInWorker(fixture, "reportingStep", {
      outDir: "/tmp/ra",
      contentDir: "/tmp/vao",
      log: (text) => lines.push(`log: ${text}`),
      error: (text) => lines.push(`error: ${text}`),
    });
    expect(ok).toBe(false);
    // Linux gives each thread its own priority: the step's is 10, so Astro's page generation goes first.
    expect(lines).toEqual([
      "log: viết vào /tmp/ra",
      "error: một dòng lỗi",
      `log: độ ưu tiên ${process.platform === "linux" ? 10 : expect.any(String)}`,
    ]);
  });

  it("rejects when the step throws, so the build stops instead of waiting", async () => {
    await expect(runStepInWorker(fixture, "crashingStep", { outDir: "", contentDir: "", log: () => {}, error: () => {} })).rejects.toThrow(
      "hỏng",
    );
  });
});
