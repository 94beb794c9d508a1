import { createHash } from 'node:crypto';
import type { Embedder } from '../src/core/embedder.js';

/**
 * A deterministic stand-in for the model, for tests that are about storage, limits or input
 * handling rather than meaning: each word is hashed into one of 384 dimensions and the counts are
 * normalised, so texts sharing words are close and the same text always gives the same unit
 * vector. It loads in no time and embeds thousands of texts a second.
 */
export function fakeEmbedder(modelId = 'test/hashed-words'): Embedder {
  const dimensions = 384;
  const vectorOf = (text: string): Float32Array => {
    const vector = new Float32Array(dimensions);
    for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
      vector[createHash('md5').update(word).digest().readUInt32LE(0) % dimensions]! += 1;
    }
    const norm = Math.hypot(...vector);
    // A text without words still gets a unit vector, as the model gives one.
    if (norm === 0) vector[0] = 1;
    else for (let i = 0; i < dimensions; i += 1) vector[i]! /= norm;
    return vector;
  };
  return { modelId, dimensions, embed: async (texts) => texts.map(vectorOf) };
}
