import { createRequire } from 'node:module';
import type nlpType from 'compromise';

type Nlp = typeof nlpType;
let loaded: Nlp | null = null;

/**
 * compromise, loaded once on first use from its single-file CommonJS build: that loads in about
 * half the time of its tree of ES modules (190 ms against 360 ms here), and nothing is paid for
 * it until a question is read or `loadNlp` is called while the model loads.
 */
export function loadNlp(): Nlp {
  loaded ??= createRequire(import.meta.url)('compromise') as Nlp;
  return loaded;
}

/** compromise's document for a text. */
/**
 * compromise's time grows faster than its text: a 60 KB sentence took minutes and held the
 * thread (every other member's question waited). It is never given more than this many
 * characters at once; what it finds (places, noun phrases) is there well before.
 */
export const NLP_MAX_CHARS = 2_000;

export function nlp(text: string): ReturnType<Nlp> {
  return loadNlp()(text.length > NLP_MAX_CHARS ? text.slice(0, NLP_MAX_CHARS) : text);
}
