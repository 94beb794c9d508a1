import { describe, expect, it } from 'vitest';
import { cp, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundledModelDir, ModelError, createTransformersEmbedder, lengthBatches } from '../src/core/embedder.js';
import { modelProblemText } from '../src/wording.js';
import { dot } from '../src/core/retrieve.js';
import { fakeEmbedder } from './fake-embedder.js';
import { realEmbedder } from './helpers.js';

describe('the bundled all-MiniLM-L6-v2 embedder', () => {
  it('gives 384-dimensional unit vectors, the same for the same text in any batch', async () => {
    const embedder = await realEmbedder();
    const [alone] = await embedder.embed(['Cyberspace is a common area for the whole of mankind.']);
    const batch = await embedder.embed(['Something else entirely.', 'Cyberspace is a common area for the whole of mankind.']);
    expect(embedder.dimensions).toBe(384);
    expect(alone).toHaveLength(384);
    expect(dot(alone!, alone!)).toBeCloseTo(1, 4);
    expect(dot(alone!, batch[1]!)).toBeCloseTo(1, 4);
  });

  it('batches texts of similar length only, each text once, in batches no wider than asked', () => {
    const question = 'what did the russian antivirus firm say about the future of cyberspace';
    const texts = [question, 'antivirus firm', 'cyberspace', 'the future of the web', 'hub', 'a'.repeat(200), 'b'.repeat(210)];
    const batches = lengthBatches(texts, 8);
    // The question is padded with nothing shorter than it by far; the short words and phrases share one batch.
    expect(batches.find((batch) => batch.includes(0))).toEqual([0]);
    expect(batches.find((batch) => batch.includes(1))).toEqual(expect.arrayContaining([1, 2, 4]));
    expect(batches.find((batch) => batch.includes(5))).toEqual([5, 6]);
    expect(batches.flat().sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(lengthBatches(Array.from({ length: 20 }, () => 'same'), 8).map((batch) => batch.length)).toEqual([8, 8, 4]);
    expect(lengthBatches([], 8)).toEqual([]);
  });

  it('scores a paraphrase closer than an unrelated sentence', async () => {
    const embedder = await realEmbedder();
    const [sentence, paraphrase, unrelated] = await embedder.embed([
      'China had 854 million internet users by the end of June.',
      'How many people in China are online?',
      'The recipe needs two eggs and a cup of flour.',
    ]);
    const close = dot(sentence!, paraphrase!);
    const far = dot(sentence!, unrelated!);
    expect(close).toBeGreaterThan(far + 0.3);
  });

  it('fails with a message naming the folder when the model is not there', async () => {
    const failure = await createTransformersEmbedder({ modelDir: '/nonexistent/models' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ModelError);
    expect(modelProblemText(failure as ModelError)).toMatch(/^Could not load the embedding model from \/nonexistent\/models: /);
  });

  it('refuses a model whose weights are zero-filled but the right size: it loads, but cannot tell meanings apart', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'article-bot-model-'));
    try {
      await cp(bundledModelDir(), dir, { recursive: true });
      const weights = path.join(dir, 'onnx-community/all-MiniLM-L6-v2-ONNX/onnx/model_q4.onnx_data');
      await writeFile(weights, Buffer.alloc((await stat(weights)).size));
      const failure = await createTransformersEmbedder({ modelDir: dir }).catch((error: unknown) => error);
      expect(failure).toMatchObject({ problem: 'fails its check', modelDir: dir });
      expect(modelProblemText(failure as ModelError)).toContain(dir);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the fake embedder of the storage and input tests', () => {
  it('gives the same unit vector for the same text, and closer vectors to texts sharing words', async () => {
    const fake = fakeEmbedder();
    const [a, again, near, far, empty] = await fake.embed(['internet users in China', 'internet users in China', 'internet users', 'noodles', '']);
    expect(Array.from(a!)).toEqual(Array.from(again!));
    for (const vector of [a, near, far, empty]) expect(Math.hypot(...vector!)).toBeCloseTo(1, 5);
    expect(dot(a!, near!)).toBeGreaterThan(dot(a!, far!));
  });
});

describe('dot', () => {
  it('sums the products of every pair, whatever the length', () => {
    for (const length of [0, 1, 3, 4, 5, 7, 384]) {
      const a = Float32Array.from({ length }, (_, i) => (i % 7) - 3);
      const b = Float32Array.from({ length }, (_, i) => ((i * 3) % 5) - 2);
      let expected = 0;
      for (let i = 0; i < length; i += 1) expected += a[i]! * b[i]!;
      expect(dot(a, b), String(length)).toBeCloseTo(expected, 4);
    }
    expect(dot([1, 2, 3], [4, 5, 6])).toBe(32);
  });
});
