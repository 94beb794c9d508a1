/**
 * One HNSW measurement in a process of its own, so its resident memory is its own.
 * `build`: build from vectors, save, and time exact search; `serve`: load the saved index
 * as the bot would, query it at several ef, and report latency, recall@10 and memory.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import hnswlib from 'hnswlib-node';
import { dot } from '../core/retrieve.js';
import { summarize } from './stats.js';

const [mode, jobFile] = process.argv.slice(2);
const job = JSON.parse(await readFile(jobFile!, 'utf8')) as {
  vectors: string;
  count: number;
  queries: number;
  dimensions: number;
  m: number;
  efConstruction: number;
  efs: number[];
  indexFile: string;
  exactFile: string;
  textsFile: string;
};

async function readVectors(file: string, from: number, count: number): Promise<Float32Array[]> {
  const bytes = await readFile(file);
  const all = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  return Array.from({ length: count }, (_, i) => all.slice((from + i) * job.dimensions, (from + i + 1) * job.dimensions));
}

function exactTop10(vectors: Float32Array[], query: Float32Array): number[] {
  const best: Array<[number, number]> = [];
  vectors.forEach((vector, id) => {
    const score = dot(query, vector);
    if (best.length < 10 || score > best[best.length - 1]![0]) {
      best.push([score, id]);
      best.sort((a, b) => b[0] - a[0]);
      if (best.length > 10) best.pop();
    }
  });
  return best.map(([, id]) => id);
}

if (mode === 'build') {
  const vectors = await readVectors(job.vectors, 0, job.count);
  const queries = await readVectors(job.vectors, job.count, job.queries);
  const index = new hnswlib.HierarchicalNSW('cosine', job.dimensions);
  const started = performance.now();
  index.initIndex(job.count, job.m, job.efConstruction, 42);
  vectors.forEach((vector, id) => index.addPoint(Array.from(vector), id));
  const buildS = (performance.now() - started) / 1000;
  await index.writeIndex(job.indexFile);
  const exactTimes: number[] = [];
  const exact = queries.map((query) => {
    const t = performance.now();
    const top = exactTop10(vectors, query);
    exactTimes.push(performance.now() - t);
    return top;
  });
  await writeFile(job.exactFile, JSON.stringify(exact));
  const diskMB = (await stat(job.indexFile)).size / 2 ** 20;
  process.stdout.write(JSON.stringify({ buildS, diskMB, exact: summarize(exactTimes, 3) }));
} else {
  const index = new hnswlib.HierarchicalNSW('cosine', job.dimensions);
  await index.readIndex(job.indexFile);
  const texts = JSON.parse(await readFile(job.textsFile, 'utf8')) as string[];
  const queries = (await readVectors(job.vectors, job.count, job.queries)).map((vector) => Array.from(vector));
  const exact = JSON.parse(await readFile(job.exactFile, 'utf8')) as number[][];
  const curve = job.efs.map((ef) => {
    index.setEf(ef);
    const times: number[] = [];
    let found = 0;
    queries.forEach((query, q) => {
      const t = performance.now();
      const { neighbors } = index.searchKnn(query, 10);
      times.push(performance.now() - t);
      const truth = new Set(exact[q]);
      found += neighbors.filter((id) => truth.has(id)).length;
    });
    return { ef, recallAt10: found / (queries.length * 10), query: summarize(times, 3) };
  });
  const rssMB = process.memoryUsage().rss / 2 ** 20;
  process.stdout.write(JSON.stringify({ curve, rssMB, texts: texts.length }));
}
