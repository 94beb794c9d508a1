import { mkdtemp, mkdir, copyFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KnowledgeBase } from '../src/core/knowledge.ts';
import { ARTICLE, realEmbedder, silentLogger } from '../tests/helpers.ts';
const dir = await mkdtemp(path.join(tmpdir(), 'x-'));
const folder = path.join(dir, 'a'); await mkdir(folder);
await copyFile(ARTICLE, path.join(folder, 'w.txt'));
await writeFile(path.join(folder, 'robots.md'), ['Robots learn to cook','','Kitchens in Shanghai try a new helper','','By JANE ROE','','A startup in Shanghai has built a robot that cooks noodles. It serves 300 bowls a day.','','The founder expects to sell the machine to restaurant chains across Asia.',''].join('\n'));
const k = new KnowledgeBase({ sourcePath: folder, indexDir: path.join(dir, 'e'), createEmbedder: realEmbedder, logger: silentLogger });
for (const q of ['How many bowls of noodles does the robot serve?', 'who wrote the article', 'what did Jane say']) {
  const { answer, trace } = await k.askTraced(q);
  console.log(q, answer.answered, answer.answer, trace.analysis.missing.map(t => t.meaning), trace.analysis.terms.map(t=>`${t.meaning}:${t.grounding}:${t.named}`), trace.similarity);
}
