import hnswlib from 'hnswlib-node';

const { HierarchicalNSW } = hnswlib;

/** Chosen by measurement on real text (`npm run bench`; the curve is in the README). */
export const HNSW_PARAMS = { m: 16, efConstruction: 200, randomSeed: 42 } as const;

/**
 * The search breadth for an index of `count` passages. Recall@10 falls as an index grows at a
 * fixed ef: on real text, ef 96 gives 0.99 at 10,000 passages but 0.97 at 100,000, where 192
 * gives 0.99 (`npm run bench`; the curve is in the README). So ef doubles with each tenfold.
 */
export function efFor(count: number): number {
  return Math.max(32, Math.round(96 * (Math.max(count, 1) / 10_000) ** Math.log10(2)));
}

/** Nearest neighbours among unit vectors labelled by passage id: what retrieval needs of a vector index. */
export interface VectorIndex {
  /** How many vectors it holds. */
  readonly size: number;
  /** Labels of the `k` nearest vectors, nearest first (fewer when it holds fewer). */
  nearest(vector: Float32Array, k: number): number[];
  /** The vector stored under a label. */
  vector(label: number): Float32Array;
  /** Writes the index to a file, for `HnswVectorIndex.read`. */
  write(file: string): Promise<void>;
}

/**
 * The one place hnswlib-node is used. Cosine space over unit vectors; `ef` is not saved in the
 * file, so it is set again from the size on every read.
 */
export class HnswVectorIndex implements VectorIndex {
  private constructor(private readonly hnsw: InstanceType<typeof HierarchicalNSW>) {}

  /** An index of `vectors`, each labelled by its position. */
  static build(vectors: Float32Array[], dimensions: number): HnswVectorIndex {
    const hnsw = new HierarchicalNSW('cosine', dimensions);
    hnsw.initIndex(Math.max(1, vectors.length), HNSW_PARAMS.m, HNSW_PARAMS.efConstruction, HNSW_PARAMS.randomSeed);
    vectors.forEach((vector, label) => hnsw.addPoint(Array.from(vector), label));
    hnsw.setEf(efFor(vectors.length));
    return new HnswVectorIndex(hnsw);
  }

  static async read(file: string, dimensions: number, count: number): Promise<HnswVectorIndex> {
    const hnsw = new HierarchicalNSW('cosine', dimensions);
    await hnsw.readIndex(file);
    hnsw.setEf(efFor(count));
    return new HnswVectorIndex(hnsw);
  }

  get size(): number {
    return this.hnsw.getCurrentCount();
  }

  nearest(vector: Float32Array, k: number): number[] {
    const count = Math.min(k, this.size);
    // hnswlib throws when asked for more neighbours than it holds.
    return count === 0 ? [] : this.hnsw.searchKnn(Array.from(vector), count).neighbors;
  }

  vector(label: number): Float32Array {
    return Float32Array.from(this.hnsw.getPoint(label));
  }

  async write(file: string): Promise<void> {
    await this.hnsw.writeIndex(file);
  }
}

/**
 * Below this many passages the index is searched exactly: as fast as HNSW at that size, exact,
 * and without hnswlib's native memory, which costs megabytes per index whatever its size (a
 * process holding a thousand servers' small libraries would hold a thousand of those).
 */
export const EXACT_BELOW = 1_000;

/** Exact nearest neighbours by dot product over unit vectors: for small libraries. */
export class ExactVectorIndex implements VectorIndex {
  constructor(private readonly vectors: Float32Array[]) {}

  get size(): number {
    return this.vectors.length;
  }

  nearest(vector: Float32Array, k: number): number[] {
    const scored = this.vectors.map((candidate, label) => {
      let sum = 0;
      for (let i = 0; i < candidate.length; i += 1) sum += candidate[i]! * vector[i]!;
      return { label, sum };
    });
    return scored
      .sort((a, b) => b.sum - a.sum || a.label - b.label)
      .slice(0, k)
      .map((hit) => hit.label);
  }

  vector(label: number): Float32Array {
    return this.vectors[label]!;
  }

  async write(): Promise<void> {
    throw new Error('an exact index is not written: it is the vectors themselves');
  }
}

/** The index for a library's passage vectors: exact when small, HNSW otherwise. */
export function vectorIndexFor(vectors: Float32Array[], dimensions: number): VectorIndex {
  return vectors.length < EXACT_BELOW ? new ExactVectorIndex(vectors) : HnswVectorIndex.build(vectors, dimensions);
}
