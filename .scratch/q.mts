import { readFileSync } from 'node:fs';
import { prepareArticle } from '../src/core/article.ts';
const { quotations } = prepareArticle(readFileSync('data/world-internet-conference.txt', 'utf8'));
for (const q of quotations) console.log(q.kind, q.passage, q.speaker, q.date, '|', q.occasion, '|', q.text.slice(0, 60));
