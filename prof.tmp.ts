import { readFileSync, readdirSync } from "node:fs";
const dir = "/tmp/prof"; const f = readdirSync(dir).filter(x=>x.endsWith(".cpuprofile")).map(x=>`${dir}/${x}`).sort().pop()!;
const p = JSON.parse(readFileSync(f, "utf8"));
const self = new Map<string, number>(); const dt = p.timeDeltas as number[]; const idIdx = new Map(p.nodes.map((n: any, i: number) => [n.id, n]));
const counts = new Map<number, number>(); p.samples.forEach((s: number, i: number) => counts.set(s, (counts.get(s) ?? 0) + (dt[i] ?? 0)));
// aggregate self time by url
for (const [id, t] of counts) { const n: any = idIdx.get(id); const key = (n.callFrame.url.replace(/.*node_modules\//, "nm/").split("/").slice(0, 3).join("/")) || n.callFrame.functionName; self.set(key, (self.get(key) ?? 0) + t); }
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `${(v / 1000).toFixed(0)}ms ${k}`).join("\n"));
const fn = new Map<string, number>();
for (const [id, t] of counts) { const n: any = idIdx.get(id); const key = `${n.callFrame.functionName} ${n.callFrame.url.split("/").slice(-2).join("/")}:${n.callFrame.lineNumber}`; fn.set(key, (fn.get(key) ?? 0) + t); }
console.log("--"); console.log([...fn].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `${(v / 1000).toFixed(0)}ms ${k}`).join("\n"));
