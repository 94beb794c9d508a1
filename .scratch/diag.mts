import path from 'node:path';
import { readFileSync } from 'node:fs';
import { workspace } from '../tests/helpers.ts';
import { loadSplit, isAnswerable, judge } from '../src/eval/evaluate.ts';
import { stem, wordsOf } from '../src/core/lexicon.ts';
const ws = await workspace();
const split = await loadSplit('data/eval/dev.json');
const rows = [];
for (const q of split.questions) {
  const { answer, trace } = await ws.knowledge.askTraced(q.question);
  const top = trace.hits[0];
  const ptext = top ? `${top.passage.text} ${top.passage.section ?? ''} ${top.passage.speaker ?? ''} ${top.passage.role ?? ''}` : '';
  const pst = new Set(wordsOf(ptext).map(stem));
  const content = trace.analysis.terms.filter(t => t.pos === 'noun' || t.kind !== 'word' || t.pos==='verb' || t.pos==='adjective');
  const unsupported = content.filter(t => !wordsOf(t.meaning).every(w => pst.has(stem(w))) && !t.neighbours.some(n => wordsOf(n).every(w => pst.has(stem(w)))));
  const j = judge(q, answer, trace);
  rows.push([isAnswerable(q) ? 'A' : 'X', j.right ? 'ok ' : 'BAD', trace.similarity.toFixed(3), `${content.length - unsupported.length}/${content.length}`, unsupported.map(t => `${t.meaning}:${t.pos[0]}${t.grounding?'+':'-'}`).join(' '), q.question].join('  '));
}
rows.sort();
console.log(rows.join('\n'));
await ws.cleanup();
