import { WordNet } from '../src/core/wordnet.ts';
const wn = WordNet.bundled();
for (const w of ['bad','good','open','safe','new','closed','large']) console.log(w, wn.antonyms(w));
