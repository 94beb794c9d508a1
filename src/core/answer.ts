import { COVERAGE } from './coverage.js';
import { answerableSentences, type Passage, sentenceText } from './passages.js';
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
  /** For a fact about the article itself, the part it comes from ("byline", "headline"); `passage` is then 0. */
  part?: string;
}

/** Words of the article that answer, with who said them when they are someone's. */
export interface Said {
  /** The sentence, or a short quotation whole. */
  text: string;
  /** Whose words they are (a quotation or a statement), or null for the article's own. */
  speaker: string | null;
  /** For a statement: the speaker's role, as printed. */
  role: string | null;
  /** For a quotation: what it was said in ("congratulatory message to the fifth World Internet Conference"). */
  occasion: string | null;
  /** Someone's words (a quotation or statement) rather than the article's narration. */
  quoted: boolean;
}

/** A fact about an article itself, from its metadata. */
export type ArticleFact = { article: string | null } & (
  | { part: 'byline'; byline: string; newspaper: string | null }
  | { part: 'email'; email: string }
  | { part: 'newspaper'; newspaper: string }
  | { part: 'headline'; title: string }
  | { part: 'subtitle'; deck: string }
  | { part: 'photo credit'; name: string; organisation: string | null }
  | { part: 'topic'; title: string; deck: string | null }
);

/** Why the article cannot answer. Terms are as the member typed them. */
export type Refusal =
  | { why: 'missing'; terms: string[] }
  | { why: 'elsewhere'; terms: string[] }
  | { why: 'lacking'; answerType: 'amount' | 'duration' | 'date' | 'place' | 'person' | 'organisation' }
  | { why: 'not covered' }
  | { why: 'no own date' };

/** One side of a comparison: what was named, its date as the article writes it, and the words. */
export interface ComparedSide {
  name: string;
  date: string;
  said: Said;
}

/**
 * What the reader found, in the article's terms; the front ends put it into words. Items and
 * sides are cited in order: the n-th one by citation n.
 */
export type Finding =
  | { kind: 'said'; said: Said }
  | { kind: 'list'; items: Said[] }
  | { kind: 'mentioned'; said: Said }
  | { kind: 'compared'; first: ComparedSide; second: ComparedSide; sameDate: boolean }
  | { kind: 'speakers'; years: number[]; speakers: Array<{ name: string; role: string | null }> }
  | { kind: 'facts'; facts: ArticleFact[] }
  | {
      kind: 'refused';
      refusal: Refusal;
      /** The title of the one article, or the labels of several: what the article is about instead. */
      about: string[];
      /** A question close to this one that the article answers (it is checked before it is offered). */
      suggestion: string | null;
    };

/** The reader's answer to a question: whether it answers, what it found, and the excerpts it rests on. */
export interface Reading {
  question: string;
  answered: boolean;
  finding: Finding;
  citations: Citation[];
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
const SHORT_QUOTATION = 360;

/** The answer sentence, with who said it when the passage is a quotation or a statement. */
export function saidBy(hit: Hit): Said {
  const { passage } = hit;
  const sentence = sentenceText(passage, hit.sentence);
  if (passage.kind === 'quotation') {
    // A short quotation is evidence only whole: one sentence of it can miss what was said.
    const words = passage.attribution ? passage.text.slice(0, passage.text.lastIndexOf('\n')) : passage.text;
    const text = words.length <= SHORT_QUOTATION ? words : sentence;
    return { text, speaker: passage.speaker, role: null, occasion: passage.attribution, quoted: true };
  }
  if (passage.kind === 'statement' && passage.speaker) return { text: sentence, speaker: passage.speaker, role: passage.role, occasion: null, quoted: true };
  return { text: sentence, speaker: null, role: null, occasion: null, quoted: false };
}

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
  };
}

