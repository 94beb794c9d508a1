import { isGroupSpeaker, type Passage } from './passages.js';

/**
 * Words the article attributes to a person: a bulleted message with its occasion and date, a
 * "What they say" statement, or reported speech in a paragraph ("Speaking at … in April 2018,
 * Xi … underlined …"), dated by the occasion the paragraph names.
 */
export interface Quotation {
  kind: 'message' | 'statement' | 'reported';
  text: string;
  speaker: string | null;
  role: string | null;
  /** What the words were said at or in ("keynote speech at the second World Internet Conference"). */
  occasion: string | null;
  /** YYYY-MM-DD, or YYYY-MM or YYYY when the article gives no day. */
  date: string | null;
  year: number | null;
  /** The paragraph number (¶n) of the passage that holds it. */
  passage: number;
  /** Index of its article in the corpus. */
  article: number;
}

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const FULL_DATE = new RegExp(`\\s*(?:,|on)?\\s*${MONTH} (\\d{1,2}),? (\\d{4})\\s*$`, 'u');
const MONTH_YEAR = new RegExp(`\\s*(?:,|in)?\\s*${MONTH},? (\\d{4})\\s*$`, 'u');
const YEAR_ONLY = /\s*(?:,|in)?\s*((?:19|20)\d{2})\s*$/u;

function monthNumber(name: string): number {
  const prefix = name.slice(0, 3).toLowerCase();
  return MONTHS.findIndex((month) => month.startsWith(prefix)) + 1;
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** Splits an attribution such as "keynote speech at … on December 16, 2015" into occasion and date. */
export function parseAttribution(attribution: string): { occasion: string; date: string | null; year: number | null } {
  const full = FULL_DATE.exec(attribution);
  if (full?.[1] && full[2] && full[3]) {
    const year = Number(full[3]);
    return {
      occasion: attribution.slice(0, full.index).trim(),
      date: `${year}-${pad(monthNumber(full[1]))}-${pad(Number(full[2]))}`,
      year,
    };
  }
  const monthYear = MONTH_YEAR.exec(attribution);
  if (monthYear?.[1] && monthYear[2]) {
    const year = Number(monthYear[2]);
    return { occasion: attribution.slice(0, monthYear.index).trim(), date: `${year}-${pad(monthNumber(monthYear[1]))}`, year };
  }
  const yearOnly = YEAR_ONLY.exec(attribution);
  if (yearOnly?.[1]) {
    const year = Number(yearOnly[1]);
    return { occasion: attribution.slice(0, yearOnly.index).trim(), date: String(year), year };
  }
  return { occasion: attribution.trim(), date: null, year: null };
}

/** Every quotation the article attributes: bulleted messages with their dates, statements by speaker, dated reported speech. */
export function extractQuotations(passages: Passage[]): Quotation[] {
  const quotations: Quotation[] = [];
  let lastReported = null as Quotation | null;
  let lastSection: Passage['section'] | undefined;
  for (const passage of passages) {
    if (passage.kind === 'paragraph') {
      // A run of one occasion ends at a heading: the next section reports something else.
      if (lastReported && lastSection !== passage.section) lastReported = null;
      lastSection = passage.section;
      const reported = reportedSpeech(passage, lastReported);
      if (reported) quotations.push(reported);
      // Only the same person's reported speech goes on with a run ("He also stressed…" after a dated one).
      lastReported = reported?.year !== null && reported ? reported : null;
      continue;
    }
    lastReported = null;
    if (passage.kind === 'quotation') {
      const text = passage.attribution ? passage.text.slice(0, passage.text.lastIndexOf('\n')) : passage.text;
      const parsed = passage.attribution ? parseAttribution(passage.attribution) : null;
      quotations.push({
        kind: 'message',
        text,
        speaker: passage.speaker,
        role: passage.role,
        occasion: parsed?.occasion ?? null,
        date: parsed?.date ?? null,
        year: parsed?.year ?? null,
        passage: passage.n,
        article: passage.article,
      });
    } else if (passage.kind === 'statement') {
      quotations.push({
        kind: 'statement',
        text: passage.text,
        speaker: passage.speaker,
        role: passage.role,
        occasion: null,
        date: null,
        year: null,
        passage: passage.n,
        article: passage.article,
      });
    }
  }
  return quotations;
}

// "Speaking at a national conference on … in April 2018", "while delivering the keynote speech at … in December 2015",
// "Speaking in a written instruction to the 2019 China Cybersecurity Week that started …".
const OCCASION = /\b(?:[Ss]peaking|delivering|giving|in a (?=(?:video|written|congratulatory|keynote)))\s+(?:(?:at|in|to)\s+)?((?:a|an|the)\s+[^,.]+)/u;
const DATE_IN = new RegExp(`\\b(?:in|on)\\s+${MONTH}(?: (\\d{1,2}),)? ((?:19|20)\\d{2})\\b|\\b((?:19|20)\\d{2})\\b`, 'u');

/**
 * Reported speech of a named person, dated by the occasion its paragraph names. The paragraphs
 * that report the same person right after it are taken as the same occasion.
 */
function reportedSpeech(passage: Passage, previous: Quotation | null): Quotation | null {
  const speaker = passage.speaker;
  if (!speaker || isGroupSpeaker(speaker)) return null;
  const occasion = OCCASION.exec(passage.text)?.[1]?.trim() ?? null;
  const dateMatch = occasion ? DATE_IN.exec(occasion) : null;
  const base = { kind: 'reported' as const, text: passage.text, speaker, role: passage.role, passage: passage.n, article: passage.article };
  if (occasion && dateMatch) {
    const [, month, day, yearWithMonth, bareYear] = dateMatch;
    const year = Number(yearWithMonth ?? bareYear);
    const date = month ? `${year}-${pad(monthNumber(month))}${day ? `-${pad(Number(day))}` : ''}` : String(year);
    // "… in April 2018" is the date, not the occasion; "the 2019 China Cybersecurity Week" keeps its year.
    const named = month ? occasion.slice(0, dateMatch.index).trim() : occasion;
    return { ...base, occasion: named.replace(/^(?:a|an|the)\s+/u, '').replace(/\s+that\s+.*$/u, ''), date, year };
  }
  // A run of paragraphs reporting the same person, right after one that names the occasion, reports that occasion:
  // "To build such a community, Xi said…", "He said…", "Xi also…" after "…while delivering the keynote speech at the
  // second World Internet Conference in December 2015". A paragraph of anyone or anything else ends the run.
  // A paragraph that names an occasion or a year of its own is not the run's: "At the G20 summit in 2019, Xi said…".
  if (previous && previous.speaker === speaker && previous.year !== null && !occasion && !/\b(?:19|20)\d{2}\b/.test(passage.text)) {
    return { ...base, occasion: previous.occasion, date: previous.date, year: previous.year };
  }
  // Reported speech the article does not date is still theirs: /quote by speaker finds it, /ask lists them as quoted.
  return { ...base, occasion: null, date: null, year: null };
}

export interface QuoteQuery {
  year?: number | undefined;
  speaker?: string | undefined;
}

export interface QuoteResult {
  year: number | null;
  speaker: string | null;
  quotes: Quotation[];
  /** Years that have quotations, so a miss can say what exists. */
  years: number[];
  speakers: string[];
  /** Article titles by index, when the corpus has more than one article. */
  articles: string[] | null;
}

/** Quotations of a year and/or by a speaker (matched against name and role, case-insensitively). */
export function findQuotes(all: Quotation[], articles: string[], query: QuoteQuery): QuoteResult {
  const needle = query.speaker?.trim().toLowerCase() || null;
  // The speakers' own words first (messages, statements), then what paragraphs report of them.
  const order = (quote: Quotation): number => (quote.kind === 'reported' ? 1 : 0);
  const quotes = all
    .filter(
      (quote) =>
        (query.year === undefined || quote.year === query.year) &&
        (needle === null || `${quote.speaker ?? ''} ${quote.role ?? ''}`.toLowerCase().includes(needle)),
    )
    .sort((a, b) => order(a) - order(b) || a.article - b.article || a.passage - b.passage);
  return {
    year: query.year ?? null,
    speaker: query.speaker?.trim() || null,
    quotes,
    years: [...new Set(all.flatMap((quote) => (quote.year === null ? [] : [quote.year])))].sort((a, b) => a - b),
    speakers: [...new Set(all.flatMap((quote) => (quote.speaker ? [quote.speaker] : [])))],
    articles: articles.length > 1 ? articles : null,
  };
}
