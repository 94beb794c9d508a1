import { nlp } from './nlp.js';
import { EVERY_YEAR, MONTH, placesIn } from './sentence-types.js';
import { escapeRegExp, ORDINALS, ordinalWord, SHORTHAND } from './lexicon.js';
import { withoutOpening } from './understand.js';

/**
 * Yes/no questions that name what they check: "is the wic held in beijing?", "did the cyber law take effect in 2016?". Members
 * ask them to check a fact; the article answers the question it stands for ("where is the wic held"), and the answer's own
 * place, date or amount says yes or no. A role ("is yu wenwen a journalist") is checked against how the article describes the
 * person: a yes when it calls them so, a no only when it names another organisation for them; that the article calls Yu Wenwen a
 * researcher does not make her no journalist, and the reply then only says what it calls her.
 */
export interface Claim {
  /** The question it stands for: "where is the wic held". */
  asked: string;
  /** What the question checks, as typed: "beijing", "2016", "june 2017", "900 million". */
  value: string;
  type: 'place' | 'date' | 'amount' | 'role' | 'edition' | 'frequency';
  /** For a place: what is said to be there ("beijing" of "is beijing in china"), which is no other place the answer names. */
  subject?: string;
  /** "did the cyber law take effect before 2018": a date checked as a bound, not as the date itself. */
  bound?: 'before' | 'after';
  /** For a figure, the word of what it counts ("people" of "1.4 billion people"), which the answer must hold: 854 million internet users are no count of people. */
  counted?: string;
  /** For a role typed with a possessive, whose it is ("cisco" of "cisco's ceo"): only an organisation the article quotes someone of. */
  owner?: string;
  /** Put in the negative ("isn't the wic held in shanghai", "the wic isn't in beijing, is it"): checked as the claim without it. */
  negated?: boolean;
  /** "Is the wic held in beijing every year": a place said to be every year's, which only a sentence saying so confirms. */
  recurring?: boolean;
}

const AUXILIARY = /^(?:is|are|was|were|did|does|do|has|have|had|will)\b/;
/** A negative anywhere in the claim: "not", "never", "no longer", "isn't", "wasnt". */
const NEGATED = /\b(?:not|never|no longer|nowhere|neither|nor|no)\b|\b(?:is|are|was|were|do|does|did|has|have|had|can|could|would|should|wo|ca|must|need)n'?t\b/;
/** "…, or not?", "… or somewhere else?": the member offers the other answer; it is no part of the claim. */
const OR_ELSE = /,?\s+or (?:not|no|somewhere else|something else|elsewhere|later|earlier|another (?:city|place|town|year|date|time|one))$/;
const LOWER_MONTH = MONTH.toLowerCase();
/** A year, a month and a year, or a full date: "2016", "june 2017", "november 19, 2014", "the end of 2017". */
const DATE_VALUE = new RegExp(`((?:(?:the )?(?:end|start|beginning|middle) of |early |late |mid-?)?(?:${LOWER_MONTH} (?:\\d{1,2}(?:st|nd|rd|th)?,? )?)?(?:19|20)\\d{2})`);
/** Text that ends in a month: the number after it is a day ("december 3"), not a figure. */
const MONTH_BEFORE = new RegExp(`${LOWER_MONTH} $`);
const DATED = new RegExp(`^(.+?) (?:in|on|by|since|from|during|at|around) ${DATE_VALUE.source}$`);
/** A month alone: "was the 4th wic in november". Not "may", which is more often a verb. */
const IN_MONTH = new RegExp(`^(.+?) (?:in|during) (${LOWER_MONTH.replace('may|', '')})$`);
/** "… before 2018", "… after june 2017": a date checked as a bound. */
const BOUNDED = new RegExp(`^(.+?) (before|after|prior to|earlier than|later than) ${DATE_VALUE.source}$`);
/**
 * "is it true that…", "is it actually true…", "did i hear right that…", "true or false:", "pretty sure…", "i thought…": a claim put as a statement to check.
 * Only its place or its date is checked, from the question it stands for ("where the wic is held").
 */
const CHECKED_STATEMENT = /^(?:is it (?:actually |really |even |still )?(?:true|correct|right|the case|a fact)|did i (?:hear|read|get) (?:it |that )?(?:right|correctly)|fact[- ]?check|true or false|t or f|(?:i'?m |i am )?(?:pretty |fairly |quite |almost )?sure|i (?:think|thought|believe|heard|read|remember|recall))(?: that)?[:,]? /;
/**
 * The statement put to check after "is it true that", "pretty sure"…, or null. Not one a question follows ("i remember the law was
 * passed in 2017, what does it do?"): that asks the question, with what the member remembers before it.
 */
function checkedStatement(text: string): string | null {
  const statement = CHECKED_STATEMENT.exec(text);
  if (!statement) return null;
  const stated = text.slice(statement[0].length);
  return /,\s*(?:what|who|whom|whose|when|where|why|how|which)\b/.test(stated) ? null : stated;
}

/** "at the first wic", "to the 5th world internet conference": which one of a yearly event, by its ordinal. */
const FIRST_TEN = ORDINALS.slice(1, 11).join('|');
const ORDINAL_WORD = `(${FIRST_TEN}|(?:[1-9]|10)(?:st|nd|rd|th))`;
const EDITION = new RegExp(`^(.+?) (at|to|during|for) (?:the )?${ORDINAL_WORD} ([\\p{L}-]+(?: [\\p{L}-]+){0,3})$`, 'u');
/** An ordinal before a name in an answer: "the second World Internet Conference". */
const ORDINAL_BEFORE_NAME = new RegExp(`\\b(${FIRST_TEN}) \\p{Lu}`, 'gu');
/** A place after "in" or "at", of at most three words: "in beijing", "in zhejiang province", "at the park in tianjin". */
// Words as runs of letters between single spaces: a run cannot be split two ways, so a long word that fails to match fails at once
// (a space after each word made as many ways to split it as it has letters, and a long made-up word stopped the bot).
const PLACED = /^(.+?) (?:in|at) (?:the )?([\p{L}-]+(?: [\p{L}-]+){0,2})$/u;

/** "dec 3 2017", "sept 2016": a month typed short before a number is the month, as chat shorthand reads it ("may" is itself). */
function monthsInFull(text: string): string {
  return text.replace(/\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?= \d)/g, (_, short: string) => SHORTHAND[short]!);
}

/** A question as a claim is read in: lower case, plain apostrophes, single spaces, past the chat it opens with, less its final "?". */
export function claimText(question: string, spelt: (text: string) => string = (text) => text): string {
  return withoutOpening(spelt(question.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim())).replace(/[?!.\s]+$/, '');
}

/** A name as written, each word capitalised: "zhejiang province" → "Zhejiang Province", which compromise knows as a place. */
function capitalised(name: string): string {
  return name.replace(/(^|[\s-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * A thing and a participle of where or when it is done: "wic held in beijing", "the park built in 2017". Not "anything launched in
 * 2017?", "nothing built in beijing?", which name no thing; nor one of two places or dates ("held in wuzhen or beijing?").
 */
const TERSE_CLAIM = /^((?!(?:any|no|every|some)(?:thing|one|body)\b)(?:the |a |an )?[\p{L}\p{N}'’-]+(?: [\p{L}\p{N}'’-]+){0,4}?) ((?:held|based|located|hosted|built|founded|launched|set up|started|published|released|unveiled) (?:in|at|on|since|by) (?:(?! or ).)+)$/u;

/**
 * The claim a yes/no question checks, or null: a question of another kind, or one that checks no place, date or amount. `isPlace`
 * says whether the article names a place so (lower case); it is asked only of a word after "in", "at" or "from".
 */
export function claimIn(question: string, isPlace: (name: string) => boolean = () => false): Claim | null {
  const text = claimText(question, monthsInFull).replace(OR_ELSE, '');
  // "isn't the wic held in shanghai", "the wic isn't in beijing, is it": a claim put in the negative is checked as the claim without
  // it, and answered with no yes or no, which would read both ways. Not "never", "no longer", "nowhere".
  if (NEGATED.test(text)) {
    const positive = positiveOf(text);
    const claim = positive === null ? null : claimIn(positive, isPlace);
    // Only a place or a date: a role, a figure or an edition put in the negative is read as typed.
    return claim && (claim.type === 'place' || claim.type === 'date') && !claim.bound ? { ...claim, negated: true } : null;
  }
  const statement = checkedStatement(text);
  if (statement !== null) return statedClaim(statement, isPlace);
  // "the cyber law took effect in 2016, right?": a statement with a tag, checked as the one after "is it true that".
  const tagged = CHECKED_TAG.exec(text);
  if (tagged && !QUESTION_START.test(tagged[1]!)) return statedClaim(tagged[1]!, isPlace);
  // "wic held in beijing?": a terse claim, a thing and where or when it is done, asked with a question mark.
  const terse = /\?\s*$/.test(question) && !QUESTION_START.test(text) && !AUXILIARY.test(text) ? TERSE_CLAIM.exec(text) : null;
  if (terse) return claimIn(`is ${terse[1]!} ${terse[2]!}`, isPlace);
  if (!AUXILIARY.test(text)) return null;
  // "is the wic held every two years", "is the campaign annual", "is the week a yearly thing" (before who someone is): how often, checked against how often the article says.
  const often = OFTEN.exec(text);
  // "is the wic held in beijing every year": where it is held, with "every year" said by the way, is checked as where (a wrong place
  // is what the member needs to hear of), not as how often something "held in beijing" is held. "Held in wuzhen every two years"
  // checks how often the thing itself is held.
  const placed = often ? / (?:in|at) ([\p{L}'’-]+(?: [\p{L}'’-]+)?)$/u.exec(often[2]!) : null;
  if (often && placed && isPlace(placed[1]!)) {
    if (yearsApart(often[3]!) === 1) {
      const place = claimIn(text.slice(0, text.length - often[3]!.length).trim(), isPlace);
      return place ? { ...place, recurring: true } : null;
    }
    return claimIn(`${often[1]!} ${often[2]!.slice(0, placed.index)} ${often[3]!}`, isPlace);
  }
  // Asked as "held" only where it was: "is the week a yearly thing" is settled by "an annual event", which says nothing of holding.
  if (often && yearsApart(often[3]!) !== null) return { asked: `how often ${often[1]!} ${often[2]!}${/ held /.test(text) ? ' held' : ''}`, value: often[3]!, type: 'frequency' };
  // "Was xi's message to the 4th wic a keynote speech": what he gave at that one, checked as "did xi give a keynote speech at the 4th wic".
  const occasion = /^(?:is|was) ([\p{L}-]+)['’]?s? (?:message|speech|address|letter|remarks) (?:to|at) (?:the )?([\p{L}\d]+) ([\p{L} ]+?) (?:a|an) ([\p{L} -]+)$/u.exec(text);
  if (occasion) {
    const [, who, ordinal, event, kind] = occasion as unknown as [string, string, string, string, string];
    const edition = claimIn(`did ${who} give ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} at the ${ordinal} ${event}`, isPlace);
    if (edition?.type === 'edition') return edition;
  }
  // "is yu wenwen a journalist", "is denis depoux the ceo of cisco": who someone is, checked.
  const role = /^(?:is|was) ((?:[\p{L}.'’-]+ ){0,3}?[\p{L}.'’-]+) (?:a|an|the) ([\p{L}-]+(?: [\p{L}-]+){0,7})$/u.exec(text);
  if (role && !/\b(?:in|at|on|by|since|from|during)$/.test(role[1]!) && !AMOUNT_START.test(role[2]!)) {
    return { asked: `who is ${role[1]!}`, value: role[2]!.trim(), type: 'role' };
  }
  // "is guy diedrich cisco's ceo": the role of an organisation, as "the ceo of cisco".
  const owned = /^(?:is|was) ((?:[\p{L}.'’-]+ ){0,3}?[\p{L}.'’-]+) ([\p{L}-]+)['’]s ((?:(?!(?:in|at|on|from|based|located|held)\b)[\p{L}-]+)(?: (?!(?:in|at|on|from|based|located|held)\b)[\p{L}-]+){0,3})$/u.exec(text);
  // Not a place's ("china's managing director") nor anyone's.
  if (owned && !/\b(?:in|at|on|by|since|from|during)$/.test(owned[1]!) && !isPlace(owned[2]!) && !isCountry(owned[2]!)) {
    return { asked: `who is ${owned[1]!}`, value: `${owned[3]!.trim()} of ${owned[2]!}`, type: 'role', owner: owned[2]! };
  }
  // "is denis depoux from cisco", "is shingarev with kaspersky": whom someone works for.
  const from = /^(?:is|was) ((?:[\p{L}.'’-]+ ){1,3}?[\p{L}.'’-]+) (?:from|with|at) ([\p{L}-]+(?: [\p{L}-]+){0,3})$/u.exec(text);
  if (from && !DATE_START.test(from[2]!) && !isPlace(from[2]!.trim())) return { asked: `who is ${from[1]!}`, value: `of ${from[2]!.trim()}`, type: 'role' };
  // "does denis depoux work for mckinsey": the same, asked by the verb of working.
  const works = /^(?:does|did) ((?:[\p{L}.'’-]+ ){1,3}?[\p{L}.'’-]+) (?:work|worked) (?:for|at|with) ([\p{L}-]+(?: [\p{L}-]+){0,3})$/u.exec(text);
  if (works && !isPlace(works[2]!.trim())) return { asked: `who is ${works[1]!}`, value: `of ${works[2]!.trim()}`, type: 'role' };
  const amount = amountClaim(text);
  if (amount) return amount;
  return placeOrDateClaim(text, isPlace);
}

/** The claim without its "not": "isn't the wic held in shanghai" → "is the wic held in shanghai"; null for other negatives. */
function positiveOf(text: string): string | null {
  const asked = text.replace(/,? (?:is|are|was|were|do|does|did|has|have|had)(?:n'?t)? (?:it|they|he|she|there)$/, '');
  const untagged = CHECKED_TAG.exec(asked)?.[1] ?? asked;
  if (/\b(?:never|no longer|nowhere|neither|nor|no)\b/.test(untagged)) return null;
  const positive = untagged.replace(/\b(is|are|was|were|do|does|did|has|have|had)n'?t\b/g, '$1').replace(/ not\b/g, '');
  if (NEGATED.test(positive)) return null;
  return QUESTION_START.test(positive) ? positive : `is it true that ${positive}`;
}

/** "Is the wic held every two years", "is the campaign an annual event": what is said to recur, and how often. */
const OFTEN = /^(is|are|was|were) ((?:the |a |an )?[\p{L}'’-]+(?: [\p{L}'’-]+){0,4}?) (?:held |hosted |organi[sz]ed |run |staged )?(?:an? )?(every (?:year|two years|2 years|other year|three years|3 years|four years|4 years|month|week)|each year|once a year|twice a year|annual(?:ly)?(?: event| thing| affair)?|yearly(?: event| thing| affair)?|biennial(?:ly)?(?: event| thing| affair)?|monthly|weekly)$/u;

/** How many years apart a recurring event is said to be: 1 for "every year", "annual"; 2 for "every other year"; a fraction for "monthly". */
function yearsApart(often: string): number | null {
  if (/^(?:every year|each year|once a year|annual|yearly)/.test(often)) return 1;
  if (/^(?:every (?:two|2|other) years?|biennial)/.test(often)) return 2;
  if (/^every (?:three|3) years$/.test(often)) return 3;
  if (/^every (?:four|4) years$/.test(often)) return 4;
  if (/^(?:twice a year)$/.test(often)) return 0.5;
  if (/^(?:every month|monthly)$/.test(often)) return 1 / 12;
  if (/^(?:every week|weekly)$/.test(often)) return 1 / 52;
  return null;
}

/** "the wic is held every year" → "is the wic held every year": a statement with "is", "was", "has"… after its subject, as a question. */
function inverted(statement: string): string | null {
  const match = /^((?:the |a |an )?[\p{L}'’-]+(?: [\p{L}'’-]+){0,4}?) (is|are|was|were|has|have|had|will) (.+)$/u.exec(statement);
  if (match) return `${match[2]!} ${match[1]!} ${match[3]!}`;
  // "anton shingarev works for cisco right": whom someone works for, asked with "does" as the claim of it is read.
  const works = /^((?:the )?[\p{L}'’-]+(?: [\p{L}'’-]+){0,3}?) (works|worked) (for|at|with) (.+)$/u.exec(statement);
  return works ? `${works[2] === 'works' ? 'does' : 'did'} ${works[1]!} work ${works[3]!} ${works[4]!}` : null;
}

/** "is it true the wic is held in beijing": the statement, as a yes/no question reads ("is the wic held in beijing"), or as it is. */
function statedClaim(statement: string, isPlace: (name: string) => boolean): Claim | null {
  const question = inverted(statement);
  return question ? claimIn(question, isPlace) : placeOrDateClaim(statement, isPlace);
}

/**
 * "is it true the wic is held every year" → "is the wic held every year?": a statement put to check, as the yes/no question it is.
 * Null for any other question, and for a statement with no "is", "was", "has"… to put first ("is it true the wic started in 2014").
 */
export function statedQuestion(question: string): string | null {
  const text = claimText(question);
  const statement = checkedStatement(text);
  // "wic is in beijing right?", "china had 854 million netizens by june, true?": a statement with a tag asking whether it holds.
  const tagged = statement !== null ? null : CHECKED_TAG.exec(text);
  // "china had 900 million internet users?": a statement asked as a question by its mark alone.
  // Not one that asks something in it after an opening ("hey so the campaign - is it a one off or every year?").
  const bare = statement === null && tagged === null && /\?\s*$/u.test(question) && !QUESTION_START.test(text) && !ASKS_WITHIN.test(text) ? text : null;
  const stated = statement ?? (tagged && !QUESTION_START.test(tagged[1]!) ? tagged[1]! : bare);
  if (stated === null || NEGATED.test(stated)) return null;
  const asked = inverted(stated);
  return asked ? `${asked}?` : null;
}

/** A question without the tag after it ("xi gave a video address in 2015 ryt" → "xi gave a video address in 2015?"), or as it is. */
export function withoutTag(question: string): string {
  return question.replace(/,?\s+(?:right|rite|ryt|true|correct|yeah|yea|ya|innit|eh|isn'?t it|am i right|is that right|is that true|is that correct)\s*[?!.]*\s*$/iu, '?');
}

/** A tag after a statement asking whether it holds: "…, right?", "… true?", "… is that correct?". */
const CHECKED_TAG = /^(.+?),? (?:right|rite|ryt|true|correct|yeah|yea|ya|innit|eh|isn'?t it|am i right|is that right|is that true|is that correct|or not)$/;
/** A question asked inside a text: a question word, "or", or a verb before its subject ("is it…"). */
const ASKS_WITHIN = /\b(?:what|whats|who|whos|whom|whose|which|when|where|why|how|or)\b|\b(?:is|are|was|were|do|does|did|has|have|can|will) (?:it|they|he|she|this|that|there)\b/;
/** A question already: "what is the wic, right?" is no statement to check. */
const QUESTION_START = /^(?:what|whats|who|whos|whom|whose|which|when|where|why|how|is|are|was|were|do|does|did|can|could|will|would|has|have|had|should)\b/;

/** Figures typed short: "854m" is 854 million, "14.13bn" 14.13 billion, "10k" 10 thousand. */
export function withFiguresSpelt(question: string): string {
  return question
    .replace(/\b(\d+(?:\.\d+)?) ?(m|mn|mil|bn|b|k)\b/giu, (typed, number: string, scale: string) => {
      const word = { m: 'million', mn: 'million', mil: 'million', bn: 'billion', b: 'billion', k: 'thousand' }[scale.toLowerCase() as 'm'];
      return word ? `${number} ${word}` : typed;
    })
    // "over a billion internet users": a figure too; not "half a billion", nor the "one" of "eighty-one billion".
    .replace(/\b(?:a|one) (million|billion|trillion)\b/giu, (typed, scale: string, at: number, whole: string) =>
      /(?:\b(?:half|quarter|third|fifth|tenth)\s+|-)$/iu.test(whole.slice(0, at)) ? typed : `1 ${scale}`,
    );
}

function placeOrDateClaim(text: string, isPlace: (name: string) => boolean): Claim | null {
  const bounded = BOUNDED.exec(text);
  if (bounded) return { asked: `when ${bounded[1]!}`, value: bounded[3]!, type: 'date', bound: /^(?:before|prior to|earlier than)$/.test(bounded[2]!) ? 'before' : 'after' };
  const dated = DATED.exec(text) ?? IN_MONTH.exec(text);
  if (dated) return { asked: `when ${dated[1]!}`, value: dated[2]!, type: 'date' };
  // "did xi propose the shared future vision at the first wic": at which one he did.
  const edition = EDITION.exec(text);
  if (edition) return { asked: `${edition[2]!} which ${edition[4]!} ${edition[1]!}`, value: ordinalWord(edition[3]!) ?? edition[3]!, type: 'edition' };
  const placed = PLACED.exec(text);
  if (placed) {
    const value = placed[2]!.trim();
    // "Is the wic in beijing or wuzhen": one of two places offered, which no yes or no answers.
    if (/ or /.test(` ${value} `) || / or$/.test(placed[1]!)) return null;
    // A place compromise knows once capitalised as a name: "Beijing", "Zhejiang Province"; not "person" or "real life".
    const named = capitalised(value);
    // Or one the article names as a place ("in Wuzhen"), which compromise may not know.
    // Or anything said to be in a place the article names: "is wuzhen in jiangsu" checks where Wuzhen is, whatever Jiangsu is.
    const subject = placed[1]!.replace(AUXILIARY, '').trim();
    if (placesIn(named).length > 0 || isPlace(value) || isPlace(subject)) return { asked: `where ${placed[1]!}`, value, type: 'place', subject: subject.replace(/^(?:the|a|an) /, '') };
  }
  return null;
}

/** A figure as written: "854 million", "over 10", "100 billion yuan", "$14.13 billion", "60%". Not a year, a day of a month or an ordinal. */
const AMOUNT = new RegExp(
  `(?<qualifier>(?:more than|over|about|around|nearly|almost|at least|less than|under|fewer than|roughly|some) )?(?<dollar>\\$ ?)?(?<number>\\d[\\d,]*(?:\\.\\d+)?)(?! ?(?:st|nd|rd|th)\\b)(?<scale> ?(?:million|billion|trillion|thousand|bn|mn))?(?<unit> ?(?:yuan|dollars?|usd|us dollars|rmb|euros?|percent|%))?`,
  'giu',
);
const AMOUNT_START = /^\$?\d/;
const DATE_START = /^(?:\d|the (?:end|start|beginning|middle)|early|late|mid)/;
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };
/** A currency or a share, however written: "yuan" and "rmb" are one; "$", "usd" and "dollars" another. */
function unitOf(dollar: string | undefined, unit: string | undefined): string | null {
  if (dollar) return 'usd';
  const word = unit?.trim();
  if (!word) return null;
  if (/^(?:yuan|rmb)$/.test(word)) return 'yuan';
  if (/^(?:dollars?|usd|us dollars)$/.test(word)) return 'usd';
  if (/^euros?$/.test(word)) return 'eur';
  return 'percent';
}

interface Figure {
  value: number;
  /** "usd", "yuan", "percent", or null for a count. */
  unit: string | null;
  /** "over 10", "about 854 million": a bound or an estimate, which another figure need not contradict. */
  qualified: boolean;
  /** "over 10", "at least 10": above; "under 10", "fewer than 10": below. */
  bound?: 'above' | 'below';
  /** "At least 10": the bound itself is within it. */
  inclusive?: boolean;
}

/** The figures a text gives, less years ("2035"), days ("June 1") and ordinals ("5th"). */
function figuresIn(text: string): Figure[] {
  const out: Figure[] = [];
  for (const match of text.toLowerCase().matchAll(AMOUNT)) {
    const { qualifier, dollar, number, scale, unit } = match.groups as { qualifier?: string; dollar?: string; number: string; scale?: string; unit?: string };
    const value = Number(number.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    const before = text.toLowerCase().slice(0, match.index);
    if (!scale && !unit && /^(?:19|20)\d{2}$/.test(number)) continue;
    if (MONTH_BEFORE.test(before)) continue;
    const bound = /^(?:more than|over|at least) $/.test(qualifier ?? '') ? 'above' : /^(?:less than|under|fewer than) $/.test(qualifier ?? '') ? 'below' : undefined;
    const inclusive = qualifier === 'at least ';
    out.push({ value: value * (SCALES[scale?.trim() ?? ''] ?? 1), unit: unitOf(dollar, unit), qualified: qualifier !== undefined, ...(bound ? { bound } : {}), ...(inclusive ? { inclusive } : {}) });
  }
  return out;
}

/**
 * "does china have 900 million internet users" → how many internet users does china have; "is the park's output target 100 billion
 * yuan" → how much is the park's output target.
 */
function amountClaim(text: string): Claim | null {
  const [auxiliary] = AUXILIARY.exec(text)!;
  const rest = text.slice(auxiliary.length);
  // Not the day of a date ("december 3 2017").
  const match = [...rest.matchAll(AMOUNT)].find((m) => figuresIn(m[0]).length > 0 && !MONTH_BEFORE.test(rest.slice(0, m.index)));
  if (!match) return null;
  const before = rest.slice(0, match.index).trim();
  const after = rest.slice(match.index! + match[0].length).trim();
  // "Did 5 of the companies…" counts some of them, "5 or more" bounds the count: neither is a figure to settle.
  if (/^(?:of|or (?:more|so|fewer|less|over|under)|plus)\b/.test(after)) return null;
  // "is the park expected to hit 100 billion usd by 2020": what follows the figure is when, not what it counts.
  // Nor does a sum of money count what follows it: "hit 50 billion yuan output by 2020" asks how much output.
  const money = figuresIn(match[0]).some((figure) => figure.unit !== null && figure.unit !== 'percent');
  const counts = after !== '' && !money && !/^(?:by|in|on|at|for|since|from|until|before|after|during|per|each|a|every)\b/.test(after);
  const asked = counts ? `how many ${after}${before ? ` ${auxiliary} ${before}` : ''}` : `how much ${auxiliary} ${before}${after ? ` ${after}` : ''}`;
  const [counted] = counts ? after.split(' ') : [];
  return { asked, value: match[0].trim(), type: 'amount', ...(counted ? { counted } : {}) };
}

/**
 * Whether the answer to the question a claim stands for says yes or no: yes when it names the value checked, no when it names
 * a place or a date and not that one. Null when it names none, and says neither.
 */
export function verdictOn(claim: Claim, answer: string): 'yes' | 'no' | null {
  const text = answer.toLowerCase().replace(/\s+/g, ' ');
  // A wrong place is wrong every year; the right one is confirmed only by a sentence that says it is every year's: not "is the week
  // started in tianjin every year" by the 2019 week that started there.
  if (claim.recurring) {
    const { recurring: _, ...once } = claim;
    const verdict = verdictOn(once, answer);
    return verdict === 'yes' && !EVERY_YEAR.test(text) ? null : verdict;
  }
  if (claim.type === 'role') return null;
  if (claim.type === 'frequency') {
    const given = EVERY_YEAR.test(text) ? 1 : null;
    const claimed = yearsApart(claim.value);
    return given === null || claimed === null ? null : claimed === given ? 'yes' : 'no';
  }
  if (claim.type === 'amount') {
    const [claimed] = figuresIn(claim.value);
    const given = figuresIn(answer);
    if (!claimed || given.length === 0) return null;
    // "100 billion dollars" is not "100 billion yuan ($14.13 billion)": a figure of another currency is no figure of this one.
    const comparable = given.filter((figure) => claimed.unit === null || figure.unit === claimed.unit);
    const same = (figure: Figure): boolean => Math.abs(figure.value - claimed.value) <= claimed.value * 0.005;
    // "Over 10 companies" confirms "more than 10", not "10": a bound confirms a bound the same way, an exact figure an exact one.
    // The other way, it says no: "over 10" to "fewer than 10".
    if (comparable.some((figure) => same(figure) && figure.qualified === claimed.qualified && figure.bound === claimed.bound)) return 'yes';
    if (claimed.bound && comparable.some((figure) => same(figure) && figure.bound !== undefined && figure.bound !== claimed.bound)) return 'no';
    // "Over a billion internet users" is settled by an exact figure: "854 million" says no, as "over 10" does not say of "12". The
    // bound itself is within "at least", and "over 854 million" is not settled by "854 million", which may be rounded.
    const exact = comparable.filter((figure) => !figure.qualified);
    if (claimed.bound && exact.length === 1) {
      const settling = exact[0]!;
      if (same(settling)) return claimed.inclusive ? 'yes' : null;
      const within = claimed.bound === 'above' ? settling.value > claimed.value : settling.value < claimed.value;
      return within ? 'yes' : 'no';
    }
    // "Over 10 companies" answers neither "did 12 sign up" nor "did more than 20": only exact figures contradict one another, and a
    // bound the exact figure asked is outside of ("did 5 companies sign up": "Over 10…" says no).
    const outside = (figure: Figure): boolean => (figure.bound === 'above' && claimed.value < figure.value) || (figure.bound === 'below' && claimed.value > figure.value);
    if (!claimed.qualified && comparable.length > 0 && comparable.every(outside)) return 'no';
    return !claimed.qualified && comparable.length > 0 && comparable.every((figure) => !figure.qualified) ? 'no' : null;
  }
  if (claim.type === 'date' && claim.bound) return boundVerdict(claim.value, claim.bound, text);
  if (claim.type === 'edition') {
    // The ordinals the answer gives before a name: "the second World Internet Conference".
    const given = [...answer.matchAll(ORDINAL_BEFORE_NAME)].map((match) => match[1]!.toLowerCase());
    if (given.length === 0) return null;
    return given.includes(claim.value) ? 'yes' : 'no';
  }
  if (claim.type === 'date') {
    const [year] = claim.value.match(/(?:19|20)\d{2}/) ?? [];
    const month = new RegExp(LOWER_MONTH).exec(claim.value)?.[0];
    // A month alone is checked against the month the answer gives, of whatever year: "was the 4th wic in november" → December 3, 2017.
    if (!year && month) {
      const given = new RegExp(`\\b${LOWER_MONTH}(?= (?:\\d{1,2},? )?(?:19|20)\\d{2}\\b)`).exec(text)?.[0];
      return given === undefined ? null : given === month ? 'yes' : 'no';
    }
    const day = month ? new RegExp(`${month} (\\d{1,2})(?!\\d)`).exec(claim.value)?.[1] : undefined;
    // "December 3, 2017" is checked to the day; a sentence that gives only "December 2017" neither confirms nor denies the 3rd.
    if (day && year && !new RegExp(`\\b${month} \\d{1,2},? ${year}\\b`).test(text) && new RegExp(`\\b${month} ${year}\\b`).test(text)) return null;
    const holds = year !== undefined && new RegExp(`\\b${month ? `${month} ${day ? `${day},? ` : '(?:\\d{1,2},? )?'}` : ''}${year}\\b`).test(text);
    // "At the beginning of 2017" is not "at the end of 2017": a part of the year asked is checked against the part given.
    const part = partOfYear(claim.value);
    if (holds && part) {
      const given = partOfYear(new RegExp(`(?:(?:the )?(?:end|start|beginning|middle) of |(?:early|late|mid)-? ?)(?:${LOWER_MONTH} )?${year}`).exec(text)?.[0] ?? '');
      return given === null ? null : given === part ? 'yes' : 'no';
    }
    if (holds) return 'yes';
    // "Did the week start in october 2019": a sentence that gives the year and no month ("the 2019 … Week that started … last month")
    // neither confirms nor denies the month.
    if (month && year && new RegExp(`\\b${year}\\b`).test(text) && !new RegExp(`${LOWER_MONTH} (?:\\d{1,2},? )?${year}\\b`).test(text)) return null;
    return /\b(?:19|20)\d{2}\b/.test(text) ? 'no' : null;
  }
  const holds = new RegExp(`\\b${escapeRegExp(claim.value)}\\b`).test(text);
  // "Wuzhen, Zhejiang province" puts Wuzhen in Zhejiang, not Zhejiang in Wuzhen ("is zhejiang in wuzhen"): neither.
  if (holds && claim.subject && new RegExp(`\\b${escapeRegExp(claim.value)}, (?:the )?${escapeRegExp(claim.subject)}\\b`).test(text)) return null;
  if (holds) return 'yes';
  // A region or a point of the compass holds places the sentence need not name ("is wuzhen in asia", "is tianjin in the north"):
  // neither. Nor is the thing asked about another place ("is beijing in china": "Beijing is building…" names no place it is in).
  if (REGIONS.test(claim.value)) return null;
  const subject = new Set((claim.subject ?? '').split(' '));
  // Compromise does not read "the Beijing-based center" as naming Beijing.
  const based = answer.match(/\b\p{Lu}\p{Ll}+(?=-based\b)/gu) ?? [];
  const others = [...placesIn(answer), ...based].filter((place) => !place.toLowerCase().split(' ').every((word) => subject.has(word)));
  // A country holds the cities a sentence names ("is the park in china": "Beijing is building…"; "is chinaeu in belgium": "in
  // Brussels"): only another country says no.
  if (isCountry(claim.value)) return others.some((place) => isCountry(place) && place.toLowerCase() !== claim.value) ? 'no' : null;
  return others.length > 0 ? 'no' : null;
}

/** A date as the days it may be, counted from year 0 in months of 31 days: "2017" is the whole year, "end of 2017" its last third. */
function daysOf(written: string): [number, number] | null {
  const year = /(?:19|20)\d{2}/.exec(written)?.[0];
  if (!year) return null;
  const start = Number(year) * 372;
  const monthName = new RegExp(LOWER_MONTH).exec(written)?.[0];
  if (monthName) {
    const month = MONTHS.indexOf(monthName.slice(0, 3));
    const day = new RegExp(`${monthName} (\\d{1,2})(?!\\d)`).exec(written)?.[1];
    const first = start + month * 31;
    return day ? [first + Number(day) - 1, first + Number(day) - 1] : [first, first + 30];
  }
  const part = partOfYear(written);
  if (part === 'start') return [start, start + 4 * 31 - 1];
  if (part === 'middle') return [start + 4 * 31, start + 8 * 31 - 1];
  if (part === 'end') return [start + 8 * 31, start + 371];
  return [start, start + 371];
}
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Whether the first date an answer gives is before, or after, the date checked: "did the cyber law take effect before 2018" is
 * yes with "June 2017", no with "June 2018"; a date that may fall either side ("2017" checked against "before june 2017") says neither.
 */
function boundVerdict(value: string, bound: 'before' | 'after', answer: string): 'yes' | 'no' | null {
  const claimed = daysOf(value);
  const written = new RegExp(DATE_VALUE.source).exec(answer)?.[0];
  const given = written ? daysOf(written) : null;
  if (!claimed || !given) return null;
  if (bound === 'before') return given[1] < claimed[0] ? 'yes' : given[0] >= claimed[0] ? 'no' : null;
  return given[0] > claimed[1] ? 'yes' : given[1] <= claimed[1] ? 'no' : null;
}

/** Whether compromise knows a name as a country ("China", "Belgium"). */
function isCountry(name: string): boolean {
  return nlp(capitalised(name)).has('#Country');
}

/** Continents, parts of the world and points of the compass: places that hold others a sentence need not name. */
const REGIONS = /^(?:(?:the )?(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|central|northern|southern|eastern|western)(?: [\p{L}-]+)?|asia|europe|africa|america|north america|south america|latin america|oceania|australasia|antarctica|the middle east|middle east|the far east|far east|the west|the east|mainland|the mainland|the world|the countryside|the coast)$/u;

/** "the end of 2017" → end; "early 2018" → start; "mid-2019" → middle; null when no part of the year is named. */
function partOfYear(text: string): 'start' | 'middle' | 'end' | null {
  const match = /\b(end|late|start|beginning|early|middle|mid)\b/.exec(text);
  if (!match) return null;
  return /^(?:end|late)$/.test(match[1]!) ? 'end' : /^(?:middle|mid)$/.test(match[1]!) ? 'middle' : 'start';
}

/** Words of a role that say nothing of it: "the president of chinaeu" is "president", "chinaeu". */
const ROLE_FILLER = new Set(['of', 'at', 'for', 'the', 'a', 'an', 'in', 'and', 'with']);

/**
 * Whether how the article describes someone says yes or no to a role: yes when one description holds every word of it; no when it
 * names an organisation (`organisations`, lower case) that none of the descriptions does, while they name another one; no when the
 * organisation it names after "of", "at", "from", "with" or "for" is a name the article never writes (`unknownName`), while they
 * name one it does ("is anton shingarev from huawei"); no when it gives the top post of the organisation they name (ceo, president,
 * chair) and they give a lower one ("global innovation officer", "vice-president"); else null.
 */
export function roleVerdict(role: string, descriptions: string[], organisations: ReadonlySet<string>, unknownName: (word: string) => boolean = () => false): 'yes' | 'no' | null {
  // A vice-president is no president: the title is one word.
  const stemsOf = (text: string): string[] => text.toLowerCase().replace(/\bvice[- ]president/g, 'vicepresident').split(/[^\p{L}\p{N}]+/u).filter((word) => word && !ROLE_FILLER.has(word)).map((word) => word.replace(/s$/, ''));
  const asked = stemsOf(role);
  if (asked.length === 0) return null;
  if (descriptions.some((description) => asked.every((word) => stemsOf(description).includes(word)))) return 'yes';
  const lower = ` ${role.toLowerCase()} `;
  const described = descriptions.join(' ').toLowerCase();
  const named = [...organisations].filter((organisation) => lower.includes(` ${organisation} `));
  const others = [...organisations].filter((organisation) => described.includes(organisation));
  if (others.length === 0) return null;
  if (named.length > 0 && named.every((organisation) => !described.includes(organisation))) return 'no';
  // "is anton shingarev from huawei": a name the article never writes, where the role names an organisation.
  const slot = / (?:of|at|from|with|for) ([\p{L}\p{N} -]+?) $/u.exec(lower)?.[1];
  if (named.length === 0 && slot !== undefined && slot.split(' ').some((word) => word && unknownName(word))) return 'no';
  // "is guy diedrich the ceo of cisco": the top post of the organisation the article places them at, where it gives them another,
  // lower one ("global innovation officer", "vice-president of public affairs").
  const top = TOP_TITLE.exec(lower)?.[1];
  const lowerPost = /\bvice[- ]president\b|(?<!chief executive )\bofficer\b|\bresearcher\b/.test(described);
  if (top && named.length > 0 && lowerPost && !new RegExp(`(?<!vice[- ])\\b${top}\\b`).test(described)) return 'no';
  return null;
}

/** The top posts of an organisation, as a role asked about names them: none a vice-president or an officer also holds (not founder, owner). */
const TOP_TITLE = / (ceo|chief executive|chairman|chairwoman|chair|president) /;
