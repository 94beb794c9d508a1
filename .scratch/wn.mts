import { WordNet } from '../src/core/wordnet.ts';
const wn = WordNet.bundled();
for (const w of ['firm','firms','hub','superpower']) console.log(w, [...wn.broader(w)], [...wn.related(w)].slice(0,10));
