import { COVERAGE } from './coverage.js';
import { answerableSentences, type Passage } from './passages.js';
import type { Hit } from './retrieve.js';

/** Points to a passage; `excerpt` is its verbatim text as shown, trimmed around the answering sentence. */
export interface Citation {
  n: number;
  /** Paragraph number (¶). */
  passage: number;
  excerpt: string;
  score: number;
  /** Where the answering sentence sits inside `excerpt`, for renderers that emphasise it. */
  highlight: [number, number];
  speaker: string | null;
  section: string | null;
  /** The article's title, when the corpus has more than one. */
  article: string | null;
  /** The index of the passage's article in its library (with `passage`, it finds the paragraph again). */
  articleIndex?: number;
  /** For a fact about the article itself, the part it comes from ("byline", "headline"); `passage` is then 0. */
  part?: string;
}
export interface AnswerPolicy {
  /** Citations after the first must rank within this margin of its score… */
  margin: number;
  /** …and be at least this similar to the question (cosine). */
  minSimilarity: number;
  maxCitations: number;
  maxExcerptChars: number;
}

/** A passage too far from the question to answer it is too far to be cited beside the answer. */
export const DEFAULT_POLICY: AnswerPolicy = { margin: 0.15, minSimilarity: COVERAGE.refuseBelow, maxCitations: 3, maxExcerptChars: 600 };

const ELLIPSIS = '…';

/**
 * The passage's text around sentence `focus`, whole sentences only, at most `maxChars` when it can be.
 * A quotation always keeps its attribution line, and an attribution is never the focus: the words are.
 */
export function excerptAround(passage: Passage, focus: number, maxChars: number): { text: string; highlight: [number, number] } {
  const spans = passage.sentences.slice(0, answerableSentences(passage));
  const attributed = spans.length < passage.sentences.length;
  const focusIndex = Math.min(focus, spans.length - 1);
  const focusSpan = spans[focusIndex];
  const tail = attributed ? passage.text.slice(spans.at(-1)![1]) : '';
  const budget = maxChars - tail.length;
  // A quotation is evidence only whole: it is trimmed only when it is far too long.
  if (!focusSpan || passage.text.length <= (attributed ? 2 * maxChars : maxChars)) {
    const span = focusSpan ?? [0, passage.text.length];
    return { text: passage.text, highlight: [span[0], span[1]] };
  }
  let first = focusIndex;
  let last = focusIndex;
  const width = (a: number, b: number): number => spans[b]![1] - spans[a]![0];
  // Grow forward first: the sentence after usually finishes the thought.
  while (last + 1 < spans.length && width(first, last + 1) <= budget) last += 1;
  while (first > 0 && width(first - 1, last) <= budget) first -= 1;
  const start = spans[first]![0];
  const end = spans[last]![1];
  const prefix = start > 0 ? `${ELLIPSIS} ` : '';
  const suffix = end < spans.at(-1)![1] ? ` ${ELLIPSIS}` : '';
  const text = `${prefix}${passage.text.slice(start, end)}${suffix}${tail}`;
  const offset = prefix.length - start;
  return { text, highlight: [focusSpan[0] + offset, focusSpan[1] + offset] };
}

/** A quotation up to this long is the answer whole. */
export const SHORT_QUOTATION = 360;
/** The excerpt a hit is shown with. */
export function citationFor(hit: Hit, n: number, policy: AnswerPolicy = DEFAULT_POLICY, article: string | null = null): Citation {
  const { text, highlight: sentence } = excerptAround(hit.passage, hit.sentence, policy.maxExcerptChars);
  // A short quotation is the answer whole, so the whole of its words is what the excerpt emphasises.
  const words = hit.passage.attribution ? hit.passage.text.slice(0, hit.passage.text.lastIndexOf('\n')) : '';
  const highlight: [number, number] = hit.passage.kind === 'quotation' && words.length <= SHORT_QUOTATION && text.startsWith(words) ? [0, words.length] : sentence;
  return {
    n,
    passage: hit.passage.n,
    excerpt: text,
    score: Math.round(hit.score * 1000) / 1000,
    highlight,
    speaker: hit.passage.speaker,
    section: hit.passage.section,
    article,
    articleIndex: hit.passage.article,
  };
}

