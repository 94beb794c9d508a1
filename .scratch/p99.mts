import { workspace } from '../tests/helpers.ts';
import { loadSplit } from '../src/eval/evaluate.ts';
const ws = await workspace();
const qs = (await loadSplit('data/eval/dev.json')).questions.map(q => q.question);
await ws.knowledge.warmed();
for (const q of qs.slice(0, 20)) await ws.knowledge.ask(q);
const totals: number[] = [];
const st = { understandMs: [] as number[], embedMs: [] as number[], searchMs: [] as number[], composeMs: [] as number[] };
for (let i = 0; i < 553; i++) {
  const t = { understandMs: 0, embedMs: 0, searchMs: 0, composeMs: 0 };
  const s = performance.now();
  await ws.knowledge.ask(qs[i % qs.length]!, t);
  totals.push(performance.now() - s);
  for (const k of Object.keys(st) as (keyof typeof st)[]) st[k].push(t[k]);
}
const p = (a: number[], q: number) => [...a].sort((x, y) => x - y)[Math.floor(q * (a.length - 1))]!.toFixed(2);
console.log('total p50', p(totals, .5), 'p99', p(totals, .99), Object.entries(st).map(([k, v]) => `${k} p50 ${p(v, .5)} p99 ${p(v, .99)}`).join(' | '));
await ws.cleanup();
