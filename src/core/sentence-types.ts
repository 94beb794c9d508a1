import { saidBy } from './finding.js';
import { nlp } from './nlp.js';
import { isGroupSpeaker, type Passage } from './passages.js';
import { madeOfName, ORDINALS, wordsOf } from './lexicon.js';
import type { AnswerType, QuestionAnalysis } from './understand.js';

/**
 * What a sentence carries: an amount, a date, a place, a person or an organisation, the kind of
 * answer a question asks for. The reader prefers a sentence that carries it, and grounding
 * refuses when no sentence near the question does.
 */

/** What is held every year, as the article says it. */
export const EVERY_YEAR = /\b(?:every year|each year|annual|annually|yearly|once a year)\b/i;
export const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
export const SENTENCE_TYPES: Record<Exclude<AnswerType, 'reason' | 'definition' | 'yesno' | 'other'>, RegExp> = {
  duration: /\b(?:weeklong|yearlong|monthlong|daylong|annual|\d+[- ](?:day|week|month|year|hour)s?|(?:one|two|three|four|five|six|seven|ten) (?:days|weeks|months|years))\b/iu,
  amount: /\b\d[\d,.]*(?![\d\p{L}])(?:\s*(?:million|billion|trillion|thousand|percent|%|yuan|dollars?))?|\$\d|\b(?:ten|hundreds?|thousands?|millions?|billions?|dozens?|doubled|tripled|quadrupled|halved|twice|thrice|half)\b/iu,
  date: new RegExp(`\\b(?:19|20)\\d{2}\\b|\\b${MONTH}\\b|\\b(?:last|next) (?:month|year|week)\\b`, 'u'),
  place: /\b(?:in|at|near|from) (?:the )?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}\p{Ll}+|\b\p{Lu}\p{Ll}+(?:-based| province| city)\b/u,
  person: /\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+(?:,| said| says| \()|\b(?:President|Premier|Minister) \p{Lu}/u,
  /** A role's organisation: "officer of Cisco", "vice-president of public affairs at Kaspersky". */
  organisation: /\b(?:officer|director|president|head|chairman|chief|founder|member|researcher|spokesperson|affairs) (?:of|at|for) (?:the )?\p{Lu}[\p{L}]+/u,
};

/** A sentence that gives examples: "activities such as a cybersecurity expo and technology forum". */
export const EXAMPLES_GIVEN = /\b(?:such as|including|for example|for instance)\b/;
/** What something is made of or offers, asked: "what does the annual awareness drive feature", "what does the week include". */
const CONTENTS_VERB_FORMS = 'feature|features|include|includes|involve|involves|offer|offers|consist|comprise|comprises|contain|contains';
export const CONTENTS_ASKED = new RegExp(
  `^what (?:does|do|did|will) (?:the |a |an |this |that )?[a-z -]+ (?:${CONTENTS_VERB_FORMS.replace('consist', 'consist of')})$|^what (?:goes on|happens|takes place|is there|do (?:people|you) do) (?:during|at|in) (?:the |a |an |this |that )?[a-z -]+$`,
);
/** Its verbs, which a sentence that gives examples holds. */
export const CONTENTS_VERBS = new RegExp(`^(?:${CONTENTS_VERB_FORMS})$`);

/** Verbs of putting out or giving what is reported, as typed (not the noun "report"). */
const SOURCING_FORMS = 'releas(?:e|es|ed|ing)|publish(?:es|ed|ing)?|issu(?:e|es|ed|ing)|compil(?:e|es|ed|ing)|report(?:s|ed|ing)|g[ai]ve|gives|given|provid(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|sourc(?:e|es|ed)';
/** A question of who published something: "which body put out the figure…", "who released the report…", "which agency supplied the info". */
const PUBLISHING = new RegExp(`\\b(?:put(?:s|ting)? out|${SOURCING_FORMS})\\b`, 'u');
/** A question's verb of putting out or giving, by its base or as typed ("put out", "report", "supplied"). */
export const SOURCING = new RegExp(`^(?:put(?: out)?|report|${SOURCING_FORMS})$`, 'u');

/** Whether a question asks which organisation published or gave what the article reports. */
export function asksSource(analysis: QuestionAnalysis): boolean {
  return analysis.answerType === 'organisation' && PUBLISHING.test(analysis.normalised);
}

/** A sentence that says who published what it reports: "…according to a report released by the China Internet Network Information Center". */
export const SOURCE_GIVEN = /\b(?:according to|(?:released|published|issued|compiled|reported|provided) by)\b/iu;

const placeCache = new Map<string, string[]>();
/** The places compromise finds in the text, lower case ("Beijing is building…", "started in Tianjin"). */
export function placesIn(text: string): string[] {
  let found = placeCache.get(text);
  if (found === undefined) {
    found = (nlp(text).places().out('array') as string[]).map((place) => wordsOf(place).join(' '));
    if (placeCache.size > 10_000) placeCache.clear();
    placeCache.set(text, found);
  }
  return found;
}

const PLACES_STATED = new RegExp(SENTENCE_TYPES.place.source, 'gu');

/** The places a text names: those compromise finds, and the name in each place it states ("in Wuzhen", "Beijing-based"). */
export function placesNamed(text: string): string[] {
  return [...placesIn(text), ...[...text.matchAll(PLACES_STATED)].map((match) => match[0].match(/\p{Lu}\p{Ll}+/u)?.[0] ?? '')];
}

/** Whether compromise finds a place in the text. */
export function namesPlace(text: string): boolean {
  return placesIn(text).length > 0;
}

/** Kinds of place written after a place's name ("Zhejiang province"), or asked for ("which province", "what town"). */
export const PLACE_KIND_WORDS = /^(?:province|city|county|district|state|region|prefecture|municipality|town|village)$/;

/**
 * Whether the text names a place the question does not ("which other nation gets along with the
 * Chinese": Russia, not China). A place is the question's when a word of it is the place's name,
 * or the place's name less its last letter starts it ("chinese", "russian").
 */
export function namesPlaceElse(text: string, analysis: QuestionAnalysis, counts: (place: string) => boolean = () => true): boolean {
  const asked = analysis.terms.map((term) => term.meaning);
  // The kind of place after a name is not the place: "zhejiang province" is not asked by "which province".
  const isAsked = (place: string): boolean => place.split(' ').some((word) => !PLACE_KIND_WORDS.test(word) && asked.some((a) => a === word || madeOfName(a, word)));
  return placesIn(text).some((place) => !isAsked(place) && counts(place));
}

/**
 * Whether a "who" or "which organisation" answer names someone the question does not already
 * name: "who runs the China Internet Network Information Center" is not answered by a sentence
 * whose only organisation is that centre. A person the passage attributes its words to counts
 * when the sentence names them ("…, Xi, who is also director of …").
 */
export function namesSomeoneElse(text: string, analysis: QuestionAnalysis, passage: Passage): boolean {
  const asked = new Set(analysis.terms.flatMap((term) => wordsOf(term.meaning)));
  const fresh = (span: string): boolean => (span.match(/\p{Lu}[\p{L}-]*/gu) ?? []).some((word) => !asked.has(word.toLowerCase()));
  const patterns = [new RegExp(SENTENCE_TYPES.person.source, 'gu'), new RegExp(ORGANISATION_NAME.source, 'gu')];
  if (analysis.answerType === 'organisation') patterns.push(new RegExp(SENTENCE_TYPES.organisation.source, 'gu'));
  if (patterns.some((pattern) => [...text.matchAll(pattern)].some((match) => fresh(match[0])))) return true;
  const speaker = passage.speaker && !isGroupSpeaker(passage.speaker) ? passage.speaker : null;
  return speaker !== null && speaker.split(' ').some((name) => new RegExp(`\\b${name}\\b`, 'u').test(text) && !asked.has(name.toLowerCase()));
}

/** A named organisation: capitalised words ending in what organisations are called. */
export const ORGANISATION_NAME = /\b(?:\p{Lu}[\p{L}]+ ){1,6}(?:Center|Centre|Bureau|Commission|Daily|Association|Administration|Ministry|Office|Council|Group|Company|Corporation|Institute|University|Inc|Ltd)\b/u;

/** Whether a sentence carries an answer of the type asked for. "Who" is answered by a person or an organisation. */
export function carriesType(sentence: string, type: AnswerType): boolean {
  if (!(type in SENTENCE_TYPES)) return true;
  const pattern = SENTENCE_TYPES[type as keyof typeof SENTENCE_TYPES];
  if (type === 'amount') return pattern.test(sentence.replace(new RegExp(`\\b${MONTH} \\d{1,2}\\b|\\b(?:19|20)\\d{2}\\b|\\b\\d+(?:st|nd|rd|th)\\b`, 'gu'), ''));
  if (type === 'person') return pattern.test(sentence) || ORGANISATION_NAME.test(sentence);
  if (type === 'organisation') return ORGANISATION_NAME.test(sentence) || pattern.test(sentence);
  if (type === 'place') return pattern.test(sentence) || namesPlace(sentence);
  return pattern.test(sentence);
}

/** A rate or share as written: "10 percent", "10%", "one in five", "a third of". */
const SHARE = /\b\d[\d.,]*\s*(?:percent|per cent|%)|\b(?:one|two|three|four|five|\d+) (?:in|out of) (?:\w+ )?\d*\w*\b|\b(?:half|a third|a quarter|two-thirds|three-quarters) of\b/iu;

/** Money and shares: amounts of something, not counts of things. */
const MONEY_OR_SHARE = /\$\s?[\d.,]+(?:\s*(?:million|billion|trillion))?|\b[\d.,]+(?:\s*(?:million|billion|trillion))?\s*(?:yuan|dollars?|euros?|percent|%)/giu;

/** Currencies as a question names them, and as a text writes them. */
const CURRENCIES: Array<[asked: RegExp, written: RegExp]> = [
  [/\b(?:yuan|rmb|renminbi)/u, /\byuan\b|\brmb\b|¥/iu],
  [/\b(?:dollars?|usd)/u, /\$|\bdollars?\b|\busd\b/iu],
  [/\b(?:euros?|eur)/u, /€|\beuros?\b/iu],
  [/\b(?:pounds?|gbp|sterling)/u, /£|\bpounds?\b/iu],
  [/\byen/u, /\byen\b/iu],
  [/\brupees?/u, /\brupees?\b/iu],
];
/** Words for a sum of money: what it is spent, earned or produced as. */
// Or by what it is to bring in: "how much is the park supposed to pull in", "…to make".
const SUM_ASKED = /\b(?:money|outputs?|production|values?|revenues?|turnovers?|costs?|prices?|worth|investments?|invest|invested|budgets?|funding|profits?|sales|earn|earns|earned|generate|generates|generated|produce|produces|produced|pull in|pulls in|bring in|brings in|rake in|make|makes)\b/u;
const TIME_ASKED = /\b(?:time|hours?|minutes?|seconds?)\b/u;
/** `MONEY_OR_SHARE` for a test: the global one keeps its place between calls. */
const ANY_MONEY_OR_SHARE = new RegExp(MONEY_OR_SHARE.source, 'iu');

/**
 * Whether a sentence carries the kind of answer the question asks for: as `carriesType`, except
 * that "how many" counts things, so a sum of money or a share is no answer to it ("how many
 * people work at the park" is not answered by "100 billion yuan").
 */
/** Words said by people the article does not name: "…, experts said.", "…, officials said." */
const UNNAMED_SAYERS = /,\s*(?:experts|officials|analysts|observers|sources|insiders|researchers|scholars|authorities)\s+(?:said|say|says|noted|added|believe)\.?$/iu;

/** Whether the answer to "who said…" is people the sentence says said it without naming them ("experts said"). */
export function saidByUnnamed(text: string, analysis: QuestionAnalysis): boolean {
  return analysis.answerType === 'person' && /^(?:who|which \w+) (?:said|says|say|claimed|claims|stated|noted|predicted)\b/.test(analysis.normalised) && UNNAMED_SAYERS.test(text.trim());
}

export function carriesFor(text: string, analysis: QuestionAnalysis): boolean {
  if (saidByUnnamed(text, analysis)) return true;
  // Unless it counts money itself: "how many yuan…".
  const countsMoney = /\b(?:yuan|rmb|renminbi|dollars?|usd|euros?|eur|pounds?|gbp|sterling|yen|rupees?|percent)\b/.test(analysis.normalised);
  if (analysis.answerType === 'amount' && /\bhow many\b/.test(analysis.normalised) && !countsMoney) return carriesType(text.replace(MONEY_OR_SHARE, ''), 'amount');
  // A sum asked in a currency is a sum of money in that currency: "how much … in dollars" is not "over 10 companies", nor "in euros" a sum in yuan.
  if (analysis.answerType === 'amount' && countsMoney && !/\bhow many\b/.test(analysis.normalised)) {
    const currencies = CURRENCIES.filter(([asked]) => asked.test(analysis.normalised));
    return ANY_MONEY_OR_SHARE.test(text) && currencies.every(([, written]) => written.test(text));
  }
  // A size is given in measures of size: "how big will the park be" is not answered by its output in yuan.
  // Not the size of a population or a sum ("how big is the online population": 854 million).
  const ofPlace = !/\b(?:population|users|people|audience|number|market|economy|industry|output|budget|revenue|investment|community)\b/.test(analysis.normalised);
  if (analysis.answerType === 'amount' && ofPlace && /\bhow (?:big|large)\b|\bwhat size\b/.test(analysis.normalised)) return SIZE.test(text);
  // A rate or a share is given as one: "854 million users" is no penetration rate.
  if (analysis.answerType === 'amount' && /\b(?:rate|percent|percentage|share|ratio|proportion)\b/.test(analysis.normalised)) return SHARE.test(text);
  // A sum asked by what it is ("how much money…", "the projected output of the park", "what production value"): a sum of money, not
  // "over 10 companies". Not time ("how much time do users spend online").
  if (analysis.answerType === 'amount' && !/\bhow many\b/.test(analysis.normalised) && SUM_ASKED.test(analysis.normalised) && !TIME_ASKED.test(analysis.normalised)) {
    return ANY_MONEY_OR_SHARE.test(text);
  }
  // "How often is the wic held": "every year since 2014".
  if (analysis.answerType === 'duration' && /\bhow often\b/.test(analysis.normalised)) return FREQUENCY.test(text) || carriesType(text, 'duration');
  // "How long has the wic been running": since when ("every year since 2014").
  // Not by how long each time lasts ("the weeklong campaign").
  // So does "how many years has the wic been running".
  if (analysis.answerType === 'duration' && /\bhow (?:long|many (?:years|months|decades)) (?:has|have|had)\b/.test(analysis.normalised)) return /\bsince (?:19|20)\d{2}\b/u.test(text);
  return carriesType(text, analysis.answerType);
}

/** A size, as news gives it. */
const SIZE = /\b(?:square|hectares?|acres?|km2?|kilometres?|kilometers?|metres?|meters?|miles?|feet|sq)\b/iu;

/** How often something happens, as news says it. */
const FREQUENCY = /\b(?:annual|annually|yearly|weekly|monthly|daily|(?:every|each|once a|twice a) (?:year|month|week|day))\b/iu;

export const FULL_DATE = new RegExp(`\\b${MONTH} \\d{1,2}, (?:19|20)\\d{2}\\b`, 'u');

/** A bonus, on the fused scale, for a sentence that carries the answer type asked for. */
export const TYPE_BONUS = 0.15;

/** The bonus a text earns for the type asked for: half for a place compromise finds but no "in <Place>" states. */
export function typeBonus(text: string, type: AnswerType, carries = carriesType(text, type)): number {
  if (!carries) return 0;
  return type === 'place' && !SENTENCE_TYPES.place.test(text) ? TYPE_BONUS / 2 : TYPE_BONUS;
}

/** Words that ask about something said or the occasion it was said on: its date answers them. */
const SAYING = /\b(?:say|says|said|saying|tell|tells|told|speak|speaks|spoke|speech|speeches|keynote|message|letter|remarks|quote|quoted|address|addresses|instruction|instructions)\b/u;

/**
 * What answers a question in a sentence: the sentence with its quotation's speaker and occasion
 * (`answeringText`), except for a date asked about something other than what was said. A
 * quotation's occasion dates the words and the event they were said at: it answers "when did xi
 * say…", "when did xi pledge…" (the question names who spoke) and "when was the 4th wic" (it
 * names the event), not "when was the digital economy plan released" or "…proposed".
 */
export function answeringFor(analysis: QuestionAnalysis, passage: Passage, sentence: number): string {
  const occasion = passage.attribution === null ? '' : ` ${wordsOf(passage.attribution).join(' ')} `;
  const datesIt =
    SAYING.test(analysis.normalised) ||
    (passage.speaker !== null && analysis.people.includes(passage.speaker)) ||
    analysis.names.some((name) => occasion.includes(` ${name} `)) ||
    // "When did the 5th gathering get its greeting": the occasion is the one of that number, however the question names the event.
    ORDINALS.slice(1).some((ordinal) => occasion.includes(` ${ordinal} `) && ` ${analysis.normalised} `.includes(` ${ordinal} `));
  return answeringText(passage, sentence, analysis.answerType === 'date' && occasion !== '' && !datesIt, analysis.answerType === 'place');
}

/**
 * A sentence with what is shown beside it, written as the article attributes words: "Xi Jinping, in a keynote speech at … on December 16, 2015: …".
 * `wordsOnly`: the quoted words without who said them and on what occasion (`answeringFor` says when).
 * `placesOnly`: the speaker's role only where it names a place ("…an association in Brussels"): asked where, "at Kaspersky" is no place.
 */
export function answeringText(passage: Passage, sentence: number, wordsOnly = false, placesOnly = false): string {
  const said = saidBy({ passage, sentence, dense: 0, lexical: 0, score: 0, sentenceScores: [] });
  if (!said.quoted || wordsOnly) return said.text;
  const role = said.role && (!placesOnly || namesPlace(said.role)) ? ` (${said.role})` : '';
  return `${said.speaker ?? ''}${said.occasion ? `, in a ${said.occasion}` : ''}${role}: ${said.text}`;
}
