import { MONTH, placesIn } from './sentence-types.js';
import { withoutOpening } from './understand.js';

/**
 * Yes/no questions that name what they check: "is the wic held in beijing?", "did the cyber law take effect in 2016?". Members
 * ask them to check a fact; the article answers the question it stands for ("where is the wic held"), and the answer's own
 * place or date says yes or no. Only a place or a date is checked so: a sentence that gives one gives the one it is about,
 * where an amount or a name can be one of several the sentence gives.
 */
export interface Claim {
  /** The question it stands for: "where is the wic held". */
  asked: string;
  /** What the question checks, as typed: "beijing", "2016", "june 2017". */
  value: string;
  type: 'place' | 'date';
}

const AUXILIARY = /^(?:is|are|was|were|did|does|do|has|have|had|will)\b/;
/** "…, or not?", "… or somewhere else?": the member offers the other answer; it is no part of the claim. */
const OR_ELSE = /,?\s+or (?:not|no|somewhere else|something else|elsewhere|later|earlier|another (?:city|place|town|year|date|time|one))$/;
const LOWER_MONTH = MONTH.toLowerCase();
/** A year, a month and a year, or a full date: "2016", "june 2017", "november 19, 2014", "the end of 2017". */
const DATE_VALUE = new RegExp(`((?:(?:the )?(?:end|start|beginning|middle) of |early |late |mid-?)?(?:${LOWER_MONTH} (?:\\d{1,2}(?:st|nd|rd|th)?,? )?)?(?:19|20)\\d{2})`);
const DATED = new RegExp(`^(.+?) (?:in|on|by|since|from|during) ${DATE_VALUE.source}$`);
/** A place after "in" or "at", of at most three words: "in beijing", "in zhejiang province", "at the park in tianjin". */
const PLACED = /^(.+?) (?:in|at) (?:the )?((?:[\p{L}-]+ ?){1,3})$/u;

/** The claim a yes/no question checks, or null: a question of another kind, or one that checks neither a place nor a date. */
export function claimIn(question: string): Claim | null {
  const text = withoutOpening(question.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim())
    .replace(/[?!.\s]+$/, '')
    .replace(OR_ELSE, '');
  if (!AUXILIARY.test(text)) return null;
  const dated = DATED.exec(text);
  if (dated) return { asked: `when ${dated[1]!}`, value: dated[2]!, type: 'date' };
  const placed = PLACED.exec(text);
  if (placed) {
    const value = placed[2]!.trim();
    // A place compromise knows once capitalised as a name: "Beijing", "Zhejiang Province"; not "person" or "real life".
    const named = value.replace(/(^|[\s-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
    if (placesIn(named).length > 0) return { asked: `where ${placed[1]!}`, value, type: 'place' };
  }
  return null;
}

/**
 * Whether the answer to the question a claim stands for says yes or no: yes when it names the value checked, no when it names
 * a place or a date and not that one. Null when it names none, and says neither.
 */
export function verdictOn(claim: Claim, answer: string): 'yes' | 'no' | null {
  const text = answer.toLowerCase().replace(/\s+/g, ' ');
  if (claim.type === 'date') {
    const [year] = claim.value.match(/(?:19|20)\d{2}/) ?? [];
    const month = new RegExp(LOWER_MONTH).exec(claim.value)?.[0];
    const holds = year !== undefined && new RegExp(`\\b${month ? `${month}(?: \\d{1,2},?)? ` : ''}${year}\\b`).test(text);
    if (holds) return 'yes';
    return /\b(?:19|20)\d{2}\b/.test(text) ? 'no' : null;
  }
  const holds = new RegExp(`\\b${claim.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text);
  if (holds) return 'yes';
  return placesIn(answer).length > 0 ? 'no' : null;
}
