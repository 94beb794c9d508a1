import { workspace } from '../tests/helpers.ts';
import { loadSplit, evaluateSplit, reportTable } from '../src/eval/evaluate.ts';
const ws = await workspace();
const r = await evaluateSplit(ws.knowledge, await loadSplit(process.argv[2]!));
console.log(reportTable([r]));
if (process.argv[3]) for (const j of r.judgements.filter(x => !x.right)) console.log(`  [${j.question.kind}] ${j.question.question} | want ${(j.question.answer ?? j.question.items ?? ['(refuse)']).join(' + ')}\n     ${j.answer.answered ? 'ANS' : 'REF'}: ${j.answer.answer.replace(/\s+/g,' ').slice(0,160)}`);
await ws.cleanup();
