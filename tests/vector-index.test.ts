import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXACT_BELOW, ExactVectorIndex, HnswVectorIndex, vectorIndexFor } from '../src/core/vector-index.js';

const unit = (...values: number[]): Float32Array => {
  const norm = Math.hypot(...values);
  return Float32Array.from(values.map((value) => value / norm));
};

describe('HnswVectorIndex', () => {
  const vectors = [unit(1, 0, 0), unit(0, 1, 0), unit(1, 1, 0)];

  it('returns the nearest labels first, and no more than it holds', () => {
    const index = HnswVectorIndex.build(vectors, 3);
    expect(index.size).toBe(3);
    expect(index.nearest(unit(1, 0.1, 0), 2)).toEqual([0, 2]);
    expect(index.nearest(unit(0, 1, 0), 10)).toHaveLength(3);
    expect(HnswVectorIndex.build([], 3).nearest(unit(1, 0, 0), 5)).toEqual([]);
  });

  it('reads back what it wrote, vectors and search alike', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'vector-index-'));
    try {
      await HnswVectorIndex.build(vectors, 3).write(path.join(dir, 'index.hnsw'));
      const read = await HnswVectorIndex.read(path.join(dir, 'index.hnsw'), 3, vectors.length);
      expect(Array.from(read.vector(2))).toEqual(Array.from(vectors[2]!).map((value) => expect.closeTo(value, 6)));
      expect(read.nearest(unit(0, 1, 0.1), 1)).toEqual([1]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the index a library gets', () => {
  it('is exact below EXACT_BELOW passages and finds what HNSW finds; HNSW from there on', () => {
    const random = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) - 0.5;
    const next = random(7);
    const many = Array.from({ length: 300 }, () => unit(...Array.from({ length: 16 }, next)));
    const exact = vectorIndexFor(many, 16);
    expect(exact).toBeInstanceOf(ExactVectorIndex);
    const hnsw = HnswVectorIndex.build(many, 16);
    for (const query of many.slice(0, 20)) expect(exact.nearest(query, 5)).toEqual(hnsw.nearest(query, 5));
    expect(exact.nearest(many[3]!, 1)).toEqual([3]);
    expect(vectorIndexFor(Array.from({ length: EXACT_BELOW }, () => unit(1, 0)), 2)).toBeInstanceOf(HnswVectorIndex);
  });
});
