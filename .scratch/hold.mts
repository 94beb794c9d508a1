import { loadSplit } from '../src/eval/evaluate.ts';
const s = await loadSplit('data/eval/holdout.json');
console.log('holdout loads:', s.split, s.questions.length, 'questions');
