/**
 * The day a build runs, in the province's time zone: pages compare deadlines with it ("đã qua").
 * SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention) pins it for rebuilding an old commit.
 */
export function buildDay(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const epoch = env["SOURCE_DATE_EPOCH"];
  const when = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(when);
}
