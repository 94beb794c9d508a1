import { workspace } from '../tests/helpers.ts';
import { loadSplit } from '../src/eval/evaluate.ts';
const ws = await workspace();
const qs = (await loadSplit('data/eval/dev.json')).questions.map(q => q.question);
await ws.knowledge.ready();
for (const q of qs.slice(0, 20)) await ws.knowledge.ask(q);
const rows = [];
for (const q of qs.slice(20, 160)) {
  const t = { understandMs: 0, embedMs: 0, searchMs: 0, composeMs: 0 };
  const s = performance.now();
  await ws.knowledge.ask(q, t);
  rows.push([performance.now() - s, t, q]);
}
rows.sort((a, b) => b[0] - a[0]);
for (const [ms, t, q] of rows.slice(0, 12)) console.log(ms.toFixed(1), Object.values(t).map(x => x.toFixed(1)).join(' '), q);
await ws.cleanup();
