import { type Passage, sentenceText } from './passages.js';
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
}

export interface Answer {
  question: string;
  answered: boolean;
  answer: string;
  citations: Citation[];
}

export interface AnswerPolicy {
  /** Below this best score the article is taken not to cover the question. */
  threshold: number;
  /** Citations after the first must score within this margin of it. */
  margin: number;
  maxCitations: number;
  maxExcerptChars: number;
}

export const DEFAULT_POLICY: AnswerPolicy = { threshold: 0.45, margin: 0.12, maxCitations: 3, maxExcerptChars: 420 };

const ELLIPSIS = '…';

/** The passage's text around sentence `focus`, whole sentences only, at most `maxChars` when it can be. */
export function excerptAround(passage: Passage, focus: number, maxChars: number): { text: string; highlight: [number, number] } {
  const spans = passage.sentences;
  const focusSpan = spans[focus];
  if (!focusSpan || passage.text.length <= maxChars) {
    const span = focusSpan ?? [0, passage.text.length];
    return { text: passage.text, highlight: [span[0], span[1]] };
  }
  let first = focus;
  let last = focus;
  const width = (a: number, b: number): number => spans[b]![1] - spans[a]![0];
  // Grow forward first: the sentence after usually finishes the thought.
  while (last + 1 < spans.length && width(first, last + 1) <= maxChars) last += 1;
  while (first > 0 && width(first - 1, last) <= maxChars) first -= 1;
  const start = spans[first]![0];
  const end = spans[last]![1];
  const prefix = start > 0 ? `${ELLIPSIS} ` : '';
  const suffix = end < passage.text.trimEnd().length ? ` ${ELLIPSIS}` : '';
  const text = `${prefix}${passage.text.slice(start, end)}${suffix}`;
  const offset = prefix.length - start;
  return { text, highlight: [focusSpan[0] + offset, focusSpan[1] + offset] };
}

/** The answer sentence, with who said it when the passage is a quotation or a statement. */
function answerText(hit: Hit): string {
  const { passage } = hit;
  const sentence = sentenceText(passage, hit.sentence);
  if (passage.kind === 'quotation') {
    // The best match may be the attribution line itself: then quote the message's first sentence.
    const isAttribution = passage.attribution !== null && hit.sentence === passage.sentences.length - 1;
    const quoted = isAttribution ? sentenceText(passage, 0) : sentence;
    const who = passage.speaker ?? 'The article';
    return passage.attribution ? `${who}, in a ${passage.attribution}: “${quoted}”` : `${who}: “${quoted}”`;
  }
  if (passage.kind === 'statement' && passage.speaker) {
    return `${passage.speaker}${passage.role ? ` (${passage.role})` : ''}: “${sentence}”`;
  }
  return sentence;
}

/** Turns ranked hits into the reply: the answering sentence and up to three cited excerpts. */
export function composeAnswer(question: string, hits: Hit[], policy: AnswerPolicy = DEFAULT_POLICY): Answer {
  const best = hits[0];
  if (!best || best.score < policy.threshold) {
    return { question, answered: false, answer: 'The article does not cover that.', citations: [] };
  }
  const cited = hits
    .filter((hit) => hit.score >= policy.threshold && hit.score >= best.score - policy.margin)
    .slice(0, policy.maxCitations);
  const citations = cited.map((hit, i): Citation => {
    const { text, highlight } = excerptAround(hit.passage, hit.sentence, policy.maxExcerptChars);
    return {
      n: i + 1,
      passage: hit.passage.n,
      excerpt: text,
      score: Math.round(hit.score * 1000) / 1000,
      highlight,
      speaker: hit.passage.speaker,
      section: hit.passage.section,
    };
  });
  return { question, answered: true, answer: answerText(best), citations };
}
