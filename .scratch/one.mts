import { workspace } from '../tests/helpers.ts';
const ws = await workspace();
for (const q of process.argv.slice(2)) {
  const { answer, trace } = await ws.knowledge.askTraced(q);
  console.log(q, JSON.stringify({ shape: trace.analysis.shape, type: trace.analysis.answerType, norm: trace.analysis.normalised, missing: trace.analysis.missing.map(t => t.meaning + ':' + t.kind), terms: trace.analysis.terms.map(t => `${t.meaning}:${t.pos}:${t.grounding}:${t.named ? 'N' : ''}`), sim: trace.similarity.toFixed(3) }));
  console.log('  top:', trace.hits.slice(0, 3).map(h => `¶${h.passage.n} s${h.sentence} ${h.score.toFixed(3)} [${h.sentenceScores.map(x => x.toFixed(2))}]`).join(' | '));
  console.log('  =>', answer.answered, answer.answer.slice(0, 200));
}
await ws.cleanup();
