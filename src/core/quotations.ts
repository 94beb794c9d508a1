import type { Passage } from './passages.js';

/** A quotation the article attributes to a person: a dated message or a "What they say" statement. */
export interface Quotation {
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

/** Every quotation the article attributes: bulleted messages with their dates, and statements by speaker. */
export function extractQuotations(passages: Passage[]): Quotation[] {
  const quotations: Quotation[] = [];
  for (const passage of passages) {
    if (passage.kind === 'quotation') {
      const text = passage.attribution ? passage.text.slice(0, passage.text.lastIndexOf('\n')) : passage.text;
      const parsed = passage.attribution ? parseAttribution(passage.attribution) : null;
      quotations.push({
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
