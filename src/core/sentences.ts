/** A sentence with its character offsets inside the text it was cut from. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

// Intl.Segmenter follows Unicode sentence rules, which end a sentence after any
// abbreviation; newspaper prose is full of them, so those breaks are undone.
const ABBREVIATION = /\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|St|Jr|Sr|Inc|Ltd|Co|Corp|vs|etc|No|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|[A-Z])\.\s*$/;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Splits prose into sentences, keeping offsets so callers can quote verbatim. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const previous = spans.at(-1);
    if (previous && ABBREVIATION.test(text.slice(previous.start, previous.end))) {
      previous.end = index + segment.trimEnd().length;
      previous.text = text.slice(previous.start, previous.end);
      continue;
    }
    const leading = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (!trimmed) continue;
    const start = index + leading;
    spans.push({ text: trimmed, start, end: start + trimmed.length });
  }
  return spans;
}
