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

/**
 * V8's sentence iterator takes time proportional to the text for each sentence it gives, so a
 * long text is segmented in windows of a few kilobytes. A window ends where the segmenter
 * itself would break: after a full stop, question or exclamation mark and spaces, before a
 * capital letter. A run with no such place (one endless sentence) is cut at a space;
 * such a sentence is cut again at its clauses by the passage builder anyway.
 */
const WINDOW_MIN = 4096;
const WINDOW_MAX = 8192;
const WINDOW_END = /[.!?]["”’')\]]*\s+(?=\p{Lu})/gu;

function windowsOf(text: string): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  let start = 0;
  while (text.length - start > WINDOW_MAX) {
    let end = -1;
    // Looked for within the window only (and a little past it, for what follows the stop).
    const span = text.slice(start + WINDOW_MIN, start + WINDOW_MAX + 16);
    WINDOW_END.lastIndex = 0;
    const match = WINDOW_END.exec(span);
    if (match && WINDOW_MIN + match.index + match[0].length <= WINDOW_MAX) end = start + WINDOW_MIN + match.index + match[0].length;
    if (end < 0) {
      const space = text.lastIndexOf(' ', start + WINDOW_MAX);
      end = space > start ? space + 1 : start + WINDOW_MAX;
      // Never between the two halves of a character outside the Basic Multilingual Plane.
      if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end -= 1;
    }
    windows.push([start, end]);
    start = end;
  }
  windows.push([start, text.length]);
  return windows;
}

/** Splits prose into sentences, keeping offsets so callers can quote verbatim. Linear in the text's length. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const [from, to] of windowsOf(text)) {
    const window = from === 0 && to === text.length ? text : text.slice(from, to);
    for (const { segment, index: at } of segmenter.segment(window)) {
      const index = from + at;
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
  }
  return spans;
}
