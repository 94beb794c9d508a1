import { stem } from './lexicon.js';

/**
 * A count a question states as a fact, against the count the article gives of the same thing: "why did only 5 companies agree to
 * move into the park" where "Over 10 companies … have signed a contract to move into the park". The question presumes what the
 * article contradicts, so it is not answered as asked. Written here because it decides whether a question's premise holds, which
 * is the bot's core; a number parser would find the figures, not whether one allows the other.
 */

const WORD_NUMBERS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12,
};
const SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, mln: 1e6, bn: 1e9 };

const NUMBER = `(\\d+(?:[.,]\\d+)?|${Object.keys(WORD_NUMBERS).join('|')})(?: (thousand|million|millions|billion|billions|mln|bn))?`;
/** How the article bounds a count: "over 10", "nearly 900 million", "up to 20". */
const BOUNDS = 'over|more than|above|at least|upwards of|nearly|almost|about|around|roughly|some|approximately|up to|under|fewer than|less than|below';
/** A count and what it counts, up to two words apart ("854 million internet users"); not one of several ("one of the countries"). */
const COUNTED = new RegExp(`(?<![\\p{L}\\d.,$¥€£-])(?:(${BOUNDS}) )?${NUMBER} ((?:(?!of\\b|or\\b)[\\p{L}-]+ ){0,2}?)([\\p{L}-]+s)\\b`, 'giu');
/** A bound after the count: "5 or more companies", "10-plus firms". */
const BOUND_AFTER = /^(?:or (?:more|so|fewer|less|over|above|under)|plus|\+)\b/;
interface Count {
  bound: string | null;
  value: number;
  /** The plural it counts, lower case: "companies". */
  thing: string;
  typed: string;
}

function valueOf(number: string, scale: string | undefined): number | null {
  const base = WORD_NUMBERS[number.toLowerCase()] ?? Number(number.replace(/,(?=\d{3}\b)/g, ''));
  if (!Number.isFinite(base)) return null;
  return base * (scale ? SCALES[scale.toLowerCase()]! : 1);
}

function countsIn(text: string): Count[] {
  const counts: Count[] = [];
  for (const match of text.matchAll(COUNTED)) {
    const [typed, bound, number, scale, , plural] = match;
    // A year is no count: "in 2014 countries…".
    if (/^(?:19|20)\d{2}$/.test(number!) && !scale) continue;
    const value = valueOf(number!, scale);
    if (value === null) continue;
    // "5 or more companies" is bounded after the number: it may be allowed however the article counts.
    const boundAfter = BOUND_AFTER.test(text.slice(match.index! + `${bound ? `${bound} ` : ''}${number}${scale ? ` ${scale}` : ''}`.length).trim());
    counts.push({ bound: boundAfter ? 'after' : (bound?.toLowerCase() ?? null), value, thing: plural!.toLowerCase(), typed: typed!.trim() });
  }
  return counts;
}

/** Whether a count the article bounds or gives allows the one a question states. */
function allows(article: Count, stated: number): boolean {
  const { bound, value } = article;
  if (bound === null) return stated === value;
  if (/^(?:over|more than|above|at least|upwards of)$/.test(bound)) return stated >= value;
  if (/^(?:up to|under|fewer than|less than|below)$/.test(bound)) return stated <= value;
  // "Nearly", "about": near it.
  return Math.abs(stated - value) <= value * 0.15;
}

/**
 * The count a question states of something that the sentence counts otherwise ("5 companies" against "Over 10 companies"), or null.
 * Only a count stated bare or as "only", "just", "exactly": "more than 5 companies" is not contradicted by "over 10". What it counts
 * is the same thing by its word or, as `alike` says, by one near it ("firms" of "companies").
 */
export function countContradicted(question: string, sentence: string, alike: (asked: string, given: string) => boolean = (a, b) => stem(a) === stem(b)): string | null {
  const given = countsIn(sentence);
  if (given.length === 0) return null;
  for (const asked of countsIn(question)) {
    // Bounded ("more than 5 companies"), it may be allowed however the article counts; "only", "just" or "exactly" state it.
    const before = question.slice(0, question.indexOf(asked.typed)).trim().split(' ').at(-1) ?? '';
    if (asked.bound !== null || /^(?:than|least|to|of)$/.test(before)) continue;
    const same = given.filter((count) => alike(asked.thing, count.thing));
    if (same.length > 0 && !same.some((count) => allows(count, asked.value))) return asked.typed;
  }
  return null;
}
