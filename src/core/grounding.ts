import { countContradicted } from './counts.js';
import { COVERAGE } from './coverage.js';
import type { LackingKind } from './finding.js';
import type { KnowledgeIndex } from './index-store.js';
import { combiningParts } from './lexical.js';
import { escapeRegExp, CHAT_OPENINGS, madeOfName, ORDINALS, PARTICLES, STOP_WORDS, stem, stemsWithParts, wordsOf } from './lexicon.js';
import { nlp } from './nlp.js';
import { continuedFrom, organisationOf, type Passage, previousInSection, sentenceText } from './passages.js';
import type { ReaderContext } from './reader.js';
import { dot, type Hit } from './retrieve.js';
import { answeringFor, answeringText, asksSource, carriesFor, carriesType, EVERY_YEAR, FULL_DATE, MONTH, namesPlace, namesPlaceElse, PLACE_KIND_WORDS, namesSomeoneElse, ORGANISATION_NAME, placesNamed, saidByUnnamed, SENTENCE_TYPES, SOURCE_GIVEN, SOURCING, CONTENTS_ASKED, CONTENTS_VERBS, EXAMPLES_GIVEN } from './sentence-types.js';
import { type AnswerType, askedPart, AUXILIARY_VERB, BODY_HEADS, EXACT_WORDS, type QuestionAnalysis, type QuestionTerm } from './understand.js';
import { WordNet } from './wordnet.js';

/** A word used this often (per passage) is what the article is about throughout ("China"), so it picks no passage. */
const PERVASIVE_SHARE = 0.25;

/**
 * Whether a word of the question only says whose a person named by title is, as the article's
 * subject throughout would: "chinese" in "the chinese leader", in an article about China.
 */
export function describesPerson(term: QuestionTerm, analysis: QuestionAnalysis, context: Pick<ReaderContext, 'understanding' | 'index' | 'retriever'>): boolean {
  const naming = new Set([...context.retriever.namedIn(analysis.normalised).values()].flat());
  const tokens = analysis.normalised.split(' ');
  return tokens.some((token, i) => token === term.meaning && naming.has(stem(tokens[i + 1] ?? ''))) && ofPervasive(term.meaning, context);
}

/** Whether a word is made of one the article uses throughout, less its last letter: "chinese" in an article about China. */
export function ofPervasive(word: string, context: Pick<ReaderContext, 'understanding' | 'index'>): boolean {
  return [...context.understanding.lexicon.frequency.keys()].some((other) => word.length > other.length && madeOfName(word, other) && isPervasive(other, context));
}

/** Whether the article uses a word throughout (`PERVASIVE_SHARE` of its passages or more). */
export function isPervasive(word: string, context: Pick<ReaderContext, 'understanding' | 'index'>): boolean {
  return (context.understanding.lexicon.frequency.get(stem(word)) ?? 0) >= context.index.passages.length * PERVASIVE_SHARE;
}

/** Whether a text names a place the article is not about throughout: "in Wuzhen", not only "China" of "Roland Berger China". */
export function namesSpecificPlace(text: string, context: Pick<ReaderContext, 'understanding' | 'index'>): boolean {
  return placesNamed(text).some((place) => wordsOf(place).some((word) => !isPervasive(word, context)));
}

/** A hit and the sentence of it chosen to answer, with its score. */
export interface Choice {
  hit: Hit;
  sentence: number;
  score: number;
}

/**
 * Grounding: whether the article holds what a question is about, word by word (the passage's
 * stems, an alias, a synonym, a phrase of the article close in meaning), and the decision to
 * answer or to refuse, saying what is missing.
 */

const stemsOf = new WeakMap<Passage, Set<string>>();

/** The currency a symbol writes. */
const CURRENCY_SYMBOLS: Record<string, string> = { $: 'dollars', '¥': 'yuan', '€': 'euros', '£': 'pounds' };

/** The stems of a passage with its section, speaker and role, worked out once per passage. */
export function passageStems(passage: Passage, before?: Passage): Set<string> {
  let own = stemsOf.get(passage);
  if (!own) {
    own = stemsWritten(`${passage.text} ${passage.section ?? ''} ${passage.speaker ?? ''} ${passage.role ?? ''}`, passage.text);
    stemsOf.set(passage, own);
  }
  if (!before) return own;
  // A stem one of the two has only as an irregular past stays marked only if the other has it no other way.
  const other = passageStems(before);
  const merged = new Set([...own, ...other]);
  for (const key of merged) {
    if (!key.startsWith(IRREGULAR_ONLY)) continue;
    const bare = key.slice(IRREGULAR_ONLY.length);
    if ((own.has(bare) && !own.has(key)) || (other.has(bare) && !other.has(key))) merged.delete(key);
  }
  return merged;
}

/** The stems of a sentence: its words, their parts and currencies, and the bases of its verbs in an irregular past. */
export function textStems(text: string): Set<string> {
  // Worked out once per text: reading irregular pasts takes compromise, and the yes/no reader and comparisons ask of the article's
  // same sentences again and again. Kept to the last few thousand texts, since questions pass through here too.
  const known = TEXT_STEMS.get(text);
  if (known) return known;
  if (TEXT_STEMS.size >= TEXT_STEMS_KEPT) TEXT_STEMS.clear();
  const stems = stemsWritten(text, text);
  TEXT_STEMS.set(text, stems);
  return stems;
}
const TEXT_STEMS = new Map<string, Set<string>>();
const TEXT_STEMS_KEPT = 4096;

/** The stems of `text`; the verbs in an irregular past are read from `told`, its own words (not a section title or a role). */
function stemsWritten(text: string, told: string): Set<string> {
  // "vice-president" holds "vice" and "president" too; "cybersecurity" holds "cyber" and "security".
  const parts = (word: string): string[] => {
    const solid = combiningParts(word);
    // Only a form with a meaning of its own: "international" does not say "national".
    return solid && solid.means.length > 0 ? [solid.form, solid.head] : [];
  };
  // "$14.13 billion" says dollars, as "how much is it in usd" asks.
  const currencies = [...text.matchAll(/[$¥€£]/gu)].map((match) => CURRENCY_SYMBOLS[match[0]]!);
  // "Boundless" holds "no bounds": a word made with "-less" holds the word it is without.
  // Only a base of five letters or more: "useless" says nothing of "us", nor "wireless" of a wire.
  const without = (word: string): string[] => (/^[a-z]{5,}less$/u.test(word) ? [word.slice(0, -4)] : []);
  const own = new Set([...wordsOf(text).flatMap((word) => [word, ...word.split(/[-'’]/u), ...parts(word), ...without(word)]), ...currencies].map(stem));
  // "We found that…" is of "find", not of "found" (to set up): a stem the passage has only as an irregular past is marked, so a
  // question's regular form of it ("who founded cisco") is not held by it.
  for (const [word, verb] of irregularPasts(told)) {
    own.add(stem(verb));
    if (!wordsOf(text).some((other) => other !== word && stem(other) === stem(word))) own.add(`${IRREGULAR_ONLY}${stem(word)}`);
  }
  return own;
}

/** The verbs of a text written in an irregular past, with their base form: "found" → "find", "left" → "leave". */
function irregularPasts(text: string): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  nlp(text).verbs().forEach((phrase) => {
    for (const term of phrase.json()[0]?.terms ?? []) {
      const tags: string[] = term.tags ?? [];
      if (!tags.includes('PastTense') || tags.includes('Auxiliary')) continue;
      const word = String(term.normal ?? term.text).toLowerCase();
      const base = String(nlp(word).verbs().toInfinitive().text()).toLowerCase();
      if (base && base !== word && !word.startsWith(base.slice(0, -1)) && stem(base) !== stem(word)) found.push([word, base]);
    }
  });
  return found;
}

const MONTH_WORDS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Kinds of occasion a statement is attributed to, as a question names them: "the keynote", "his congratulatory message". */
export const OCCASIONS = ['keynote', 'video address', 'congratulatory message', 'written instruction', 'letter'];

/**
 * Whether the passage is of the occasion the question names: the numbered event ("the first
 * wic", not the second), the kind of address ("video address", not a congratulatory message)
 * and the month ("the end of december", not June) when the question names them.
 */
function sameOccasion(analysis: QuestionAnalysis, passage: Passage, goesOnFrom: Passage | null): boolean {
  const question = ` ${analysis.normalised} `;
  // "He also stressed…" was said on the occasion the paragraph it goes on from gives ("Speaking at a national conference … in April 2018").
  const text = ` ${wordsOf(`${passage.text} ${passage.attribution ?? ''} ${goesOnFrom?.text ?? ''}`).join(' ')} `;
  const numbered = analysis.names.flatMap((name) => ORDINALS.slice(1).filter((ordinal) => question.includes(` ${ordinal} ${name} `)).map((ordinal) => ` ${ordinal} ${name} `));
  if (numbered.length > 0 && !numbered.some((event) => text.includes(event))) return false;
  const kinds = OCCASIONS.filter((kind) => question.includes(` ${kind}`));
  if (kinds.length > 0 && passage.attribution && !kinds.some((kind) => text.includes(` ${kind}`))) return false;
  const months = MONTH_WORDS.filter((month) => question.includes(` ${month} `) && !(month === 'may' && !/\b(?:in|of|since|by|until) may\b/.test(question)));
  return months.length === 0 || months.some((month) => text.includes(` ${month} `));
}

/** "Where was the 2nd wic held": asked where one of an event was, of a passage that says where it is held every year. */
function everyYearPlace(analysis: QuestionAnalysis, passage: Passage): boolean {
  return analysis.answerType === 'place' && EVERY_YEAR.test(passage.text);
}

/** A question asking what something is called. */
export const ASKS_NAME = /^what(?: is| was| are| were)? (?:the )?names? of\b|^what(?: is| was| are)? [a-z][a-z -]*? called$|\bcalled what$/;
/** Verbs of bringing something about, which a passage must say were done to answer who did them: "who organises the wic", "who set up the park". */
const ORGANISING = /^(?:organi[sz]e[sd]?|organi[sz]ing|host|hosts|hosted|hosting|sponsor|sponsors|sponsored|fund|funds|funded|founds|founded|stage|stages|staged|invent|invents|invented|establish|establishes|established|create|creates|created|set up)$/;
/** A time of day as a text writes it: "10 am", "3:30 pm", "noon", "9 o'clock". */
const TIME_OF_DAY = /\b(?:\d{1,2}(?::\d{2})?\s?(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d{2}|noon|midnight|o'clock)(?![\p{L}])/iu;
/** A question for the day something happened: "what exact date…", "on which precise day…", "what day…". */
const EXACT_DAY = new RegExp(`\\b${EXACT_WORDS} (?:dates?|days?)\\b|\\b(?:what|which) day\\b|\\bdate exactly\\b`, 'u');
/** Words that ask for a date rather than name what is dated. */
const DATE_WORDS: ReadonlySet<string> = new Set(['day', 'days', 'date', 'dates', 'exact', 'exactly', 'precise', 'specific', 'time', 'year', 'month']);
/** A date less than a day that still dates what was asked: a month, or a part of a year ("the end of 2017"); not "since 2014". */
const NEAR_DATE = new RegExp(`\\b${MONTH}\\b|\\b(?:end|beginning|start|middle|spring|summer|autumn|fall|winter) of (?:19|20)\\d{2}\\b`, 'u');
/** Sums of money by what they are: a "how much" asking one needs that in its answer. */
const SUMS = /^(?:cost|costs|costing|price|prices|spend|spent|spending|invest|invested|investment|investments|budget|budgets|revenue|revenues|profit|profits|funding|funded|paid|pay|salary|salaries|fee|fees)$/;
/** What something is worth, which is a sum of its own, unless it is of what is made ("the value of the park output"). */
const VALUE_SUMS = /^(?:worth|value|valuation)$/;
/** Money counted ("how many dollars"), which is a sum, not things. */
const MONEY_WORDS = /^(?:dollars|yuan|euros|pounds|bucks|usd|rmb)$/;
/** Public bodies, which give figures as sources do ("according to the Beijing Municipal Bureau…"): not companies. */
const PUBLIC_BODY_WORD = new RegExp(`^(?:${BODY_HEADS}|organi[sz]ation|office|body|cent(?:er|re)|institution|government)$`);
/** Verbs of giving out a figure, which its source does: "the bureau that says…", "that gave the numbers". */
const REPORTING_VERB = /\b(?:says?|said|gave|gives|reported|reports|released|put out|puts out)\b/;
/** Words for an organisation, which WordNet does not list as kinds of one: "the brussels group", "that outfit". */
const ORGANISATION_WORDS = /^(?:group|organi[sz]ation|association|company|firm|body|outfit|consultancy|agency|institute|institution|cent(?:er|re)|lobby)$/;
/** Sums of what is made or sold, which one another stands closest for: "revenue" for "industrial output". */
const MADE_SUMS = /^(?:worth|value|valuation|revenue|revenues|turnover|sales|income|earnings)$/;
const MADE_SUM_GIVEN = /\b(?:output|production|revenue|turnover|sales)\b/i;
/** What a sentence says is aimed at, not done: "with the aim of becoming a leading cyberpower by 2035". */
export const GOAL = /\b(?:aims?|goal|target|plans?|bid|hopes?|strives?|seeks?|ambition) (?:of|to|is to) \w+[^.]*\bby (?:19|20)\d{2}\b/u;
/** What a sentence says is expected, not done: "the industrial output is expected to reach 100 billion yuan". */
export const EXPECTED = /\b(?:is|are|was|were) (?:expected|projected|forecast|set|due) to\b/u;

/** Whether a text names something the question does not: capitalised words, not only the one that opens the sentence, with a word the question lacks. */
export function namesSomethingNew(text: string, analysis: QuestionAnalysis, context: Pick<ReaderContext, 'understanding' | 'index'>): boolean {
  const asked = new Set(analysis.terms.flatMap((term) => wordsOf(term.meaning)));
  return [...text.matchAll(/(?<=\p{L}[,:;]? |\p{L} “|\p{L} ")\p{Lu}[\p{L}-]*(?: (?:of |and |for |the )?\p{Lu}[\p{L}-]*)*/gu)].some((match) =>
    // A month is no name: "by the end of June" does not name the report asked about.
    // A word the article uses throughout names nothing new on its own ("China"), but does in a name of several words the question
    // does not hold whole ("the International Strategy of Cooperation on Cyberspace", asked as "the strategy").
    {
      const words = wordsOf(match[0]).filter((word) => !STOP_WORDS.has(word) && !MONTH_WORDS.includes(word));
      return words.some((word) => !asked.has(word) && (words.length >= 3 || !isPervasive(word, context)));
    },
  );
}

/** Words of the titles people hold, as a question asks for one. */
const TITLE_WORDS = new Set([
  'president', 'vice', 'chief', 'executive', 'director', 'managing', 'head', 'chairman', 'chairwoman', 'chair', 'boss', 'founder', 'mayor',
  'minister', 'premier', 'governor', 'secretary', 'spokesperson', 'spokesman', 'spokeswoman', 'officer', 'manager', 'owner', 'editor',
  'ambassador', 'commissioner', 'chancellor',
]);

/** Verbs of making a law, by their forms ("passed", "enacted", "adopted"), and the words for one. */
const LAW_MAKING = /^(?:pass|passes|passed|passing|enact|enacts|enacted|enacting|ratif(?:y|ies|ied|ying)|vote|votes|voted|voting|legislate|legislated|adopt|adopts|adopted|adopting|approve|approves|approved|approving|promulgate|promulgated)$/;
const LAWS = /^(?:law|laws|bill|bills|act|acts|legislation|statute|statutes)$/;

/** A way to reach someone asked for, and one written. */
const CONTACT_ASKED = /\b(?:e-?mail|phone|telephone|fax|twitter|website|web site|url|contact details)\b/;
const CONTACT_GIVEN = /@|https?:|www\.|\+?\d[\d -]{6,}\d/;


/** Words for whoever leads an organisation, whatever its title for them: "the head of chinaeu" is its president. */
const LEADS = new Set(['head', 'boss', 'leader']);
/** A role that leads what it is of: "president of ChinaEU", "managing director of Roland Berger China"; not a vice-president or an officer. */
const LEADING_TITLE = '(?:managing )?(?:president|chairman|chairwoman|director|chief executive|head)';
const LEADING_ROLE = new RegExp(`^${LEADING_TITLE}\\b`, 'i');

/** Whether a word for whoever leads ("head", "boss") is what a passage's speaker is: "the head of chinaeu" is its president. */
export function leadsAs(term: QuestionTerm, passage: Passage): boolean {
  return LEADS.has(term.meaning) && LEADING_ROLE.test(passage.role ?? '');
}

/** Words members use for whoever leads, whatever the title: "the association head", "the firm's boss". */
const LOOSE_TITLES = new Set(['head', 'boss', 'chief', 'executive', 'managing', 'vice', 'leader']);

/**
 * A title asked of an organisation or place, and the words naming that: "who is the ceo of
 * kaspersky" and "who is kaspersky's ceo" (read "chief executive"), "who's the mayor of beijing".
 */
export function titleAsked(normalised: string): { title: string[]; of: string[] } | null {
  const titleWords = (text: string): string[] | null => {
    const words = text.split(' ');
    return words.length > 0 && words.every((word) => TITLE_WORDS.has(word)) ? words : null;
  };
  const ofWords = (text: string): string[] => wordsOf(text).filter((word) => !STOP_WORDS.has(word) && !TITLE_WORDS.has(word));
  // "who is the ceo of kaspersky", or "who is china's minister of cyberspace" (read "china minister of cyberspace").
  const before = /^who(?: is|'s|s| was) (?:the |([a-z]+) )([a-z -]+?) (?:of|at|for) (.+)$/.exec(normalised);
  const beforeTitle = before && titleWords(before[2]!);
  if (before && beforeTitle) return { title: beforeTitle, of: ofWords(`${before[1] ?? ''} ${before[3]!}`) };
  const after = /^who(?: is|'s|s| was) (?:the )?([a-z -]+?)(?:['’]s?)? ((?:[a-z]+ ){0,2}[a-z]+)$/.exec(normalised);
  if (!after) return null;
  // The longest run of title words at the end: "kaspersky chief executive".
  const words = `${after[1]} ${after[2]}`.split(' ');
  let at = words.length;
  while (at > 0 && TITLE_WORDS.has(words[at - 1]!)) at -= 1;
  const of = ofWords(words.slice(0, at).join(' '));
  return at < words.length && of.length > 0 ? { title: words.slice(at), of } : null;
}

/** Whether a role has a title only as its deputy's ("vice-president"), when the question asks for the title itself. */
function onlyAsDeputy(title: string, role: string, question: string): boolean {
  if (/\b(?:vice|deputy)\b/.test(question) || !/^[\p{L}-]+$/u.test(title)) return false;
  const text = role.toLowerCase();
  return new RegExp(`\\b(?:vice|deputy)[- ]${title}\\b`, 'u').test(text) && !new RegExp(`(?<!(?:vice|deputy)[- ])\\b${title}\\b`, 'u').test(text);
}

/**
 * Whether something is said to end in a text, not only "the end of" a time: "at the end of 2017" is when construction started, no
 * construction that ended.
 */
export function saysEnded(text: string): boolean {
  return /\b(?:ended|ends|ending)\b|\bend\b(?! of\b)/iu.test(text);
}

/** Words for whoever speaks in an article, whatever it calls them: "which expert said…", "which person…". */
const ANY_SPEAKER: ReadonlySet<string> = new Set(['expert', 'experts', 'person', 'people', 'speaker', 'speakers', 'source', 'sources', 'commentator', 'commentators', 'analyst', 'analysts', 'observer', 'observers', 'guy', 'man', 'woman', 'someone', 'one', 'individual']);

/** Words for an organisation's part in a place, which WordNet files elsewhere than under administrative units. */
const UNIT_WORDS = /^(?:operations?|arms?|business|businesses|unit|units|outfit|team)$/;

/** What a source gives: a figure, a count, information. */
const FIGURE_WORDS = /^(?:figures?|numbers?|counts?|data|info|information|stats?|statistics|tally|tallies|total)$/;

/** Opening to the public, which "construction … started" is not: "when does the park open" (but "when did the 2019 week open": "started"). */
const OPENS = /^(?:open|opens|opened|opening|reopen|reopens|reopened|reopening)$/;
/** A sentence on building something, whose start is no opening. */
const BUILDING = /\b(?:construction|constructing|building|built|build|builds)\b/iu;

/** Whether a question's word is the verb "end" ("when did construction end", "the park ended in 2017"). */
export function asksEnd(term: QuestionTerm): boolean {
  return WordNet.baseForms(term.verb ?? term.meaning).includes('end');
}

/** A passage's stems with those of the paragraph before it in its section, which it may go on about. */
export function stemsInSection(passages: readonly Passage[], passage: Passage): Set<string> {
  const previous = previousInSection(passages, passage);
  return previous ? passageStems(passage, previous) : passageStems(passage);
}

/** Whether a passage says the term: its words, or a WordNet neighbour of it. */
export function supports(stems: Set<string>, term: QuestionTerm): boolean {
  const has = (text: string): boolean => wordsOf(text).every((word) => stems.has(stem(word)));
  return (has(term.meaning) && !onlyAsIrregular(stems, term)) || term.neighbours.some(has);
}

/** Marks, in a passage's stems, one it has only as an irregular past of another verb ("found" of "find"). */
const IRREGULAR_ONLY = '!';

/** Whether a question's regular form of a verb ("founded") is held only by another verb's irregular past ("we found that…"). */
function onlyAsIrregular(stems: Set<string>, term: QuestionTerm): boolean {
  if (term.meaning.includes(' ')) return false;
  const base = stem(term.meaning);
  // Typed with a regular ending on that stem ("founded" on "found"), not as the irregular past itself ("led").
  return term.typed.length > base.length && term.typed.startsWith(base) && /(?:ed|ing|s)$/.test(term.typed) && stems.has(`${IRREGULAR_ONLY}${base}`);
}

export function normaliseSpace(text: string): string {
  return wordsOf(text).join(' ');
}

export function supportsLiterally(stems: Set<string>, term: QuestionTerm): boolean {
  return wordsOf(term.meaning).every((word) => stems.has(stem(word))) && !onlyAsIrregular(stems, term);
}

export interface Grounded {
  refuse: boolean;
  /** Terms to name in the refusal: what the article does not mention. */
  missing: QuestionTerm[];
  /** Names the article has, but not where the answer would be. */
  elsewhere: QuestionTerm[];
  /** The kind of answer asked for that no passage near the question gives ("how many…" with no number). */
  lacking?: AnswerType | LackingKind | null;
  /** The question presumes an event the passage does not report ("when was the law scrapped"). */
  unreported?: boolean;
  /** A yes-or-no question the passage says the opposite of ("did kaspersky say china and russia have bad relations": "good relations"). */
  contradicted?: boolean;
  /** Answered only as the closest the article comes: its passage stands clearly ahead of the rest, or it dates to the month a day asked. */
  onlyAhead?: boolean;
}

/** Verbs of wanting to do something, by their base form. */
export const WANTING = 'want|wish|hope|plan|intend|aim|seek|strive';
/** Kinds of verb a reason is asked of by any of their words: making public, and wanting (said too by a vision, an aim or efforts). */
const VERB_KINDS = [
  // Drawing up a plan is mapping it out: "what did the country draw up in december 2016" of the strategy it "mapped out".
  /^(?:publish|release|issue|unveil|launch|announce|put out|roll out|bring out|come out|map out|lay out|introduce|draw up|draft|formulate|devise|outline|put together|come up)$/,
  // Holding an event is hosting or staging it: "which town hosts the yearly summit" of the conference "held … in Wuzhen".
  /^(?:hold|held|host|organi[sz]e|stage|run|ran)$/,
  // Urging is calling for: "what old mindset did he urge everyone to ditch" of what Xi "called for".
  /^(?:urge|call for|call on|appeal|exhort|press)$/,
  // Steering is guiding: "what was that 2017 document meant to steer" of a strategy "to guide the country's participation".
  /^(?:steer|guide|direct|shape)$/,
  // Pushing or pressing for something, or caring about it, is trying to have it: "why is china pushing for a cleaner web", "why does
  // china care so much about cybersecurity", of efforts that "stem from its vision".
  new RegExp(`^(?:${WANTING}|try|attempt|vision|goal|effort|efforts|push|press|campaign|care)$`),
];

/**
 * Whether a question's verb is of the same kind as one of the sentence's: "why did china put out the strategy" of the one it
 * "unveiled"; "why does china want a cleaner cyberspace" of efforts that "stem from its vision". With its particle: "out" of "put out".
 */
export function verbsOfSentenceKind(analysis: QuestionAnalysis, sentence: string): (term: QuestionTerm) => boolean {
  const sentenceWords = wordsOf(sentence);
  const forms = (word: string): string[] => [word, ...WordNet.baseForms(word)];
  // And with the particle after it: "mapped out" is "map out".
  const sentenceForms = new Set(
    sentenceWords.flatMap((word, i) => [...forms(word), ...(PARTICLES.has(sentenceWords[i + 1] ?? '') ? forms(word).map((form) => `${form} ${sentenceWords[i + 1]!}`) : [])]),
  );
  const ofKind = (verb: string): boolean => VERB_KINDS.some((kind) => kind.test(verb) && [...sentenceForms].some((form) => kind.test(form)));
  return (term) => ofKind(term.verb ?? term.meaning) || (PARTICLES.has(term.meaning) && analysis.terms.some((verb) => verb.verb?.endsWith(` ${term.meaning}`) && ofKind(verb.verb)));
}
/** Words of the question the article does not mention, as a refusal names them: "5 companies", "data centers". */
function unmentioned(words: string): QuestionTerm {
  return { typed: words, meaning: words, grounding: null, kind: 'word', pos: 'noun', neighbours: [], named: false, place: false, antonyms: [] };
}
/** An event's theme or motto asked: "what was the theme of the 5th wic", "the official theme of this year's conference". */
const THEME_ASKED = /\b(?:theme|motto)s? (?:of|for) (?!(?:the |this )?(?:article|piece|story)\b)/;
const THEME_GIVEN = /\b(?:theme|themed|motto)\b/i;
/** Verbs of commenting on something, which a statement of someone's does: "weigh in", "chime in", "cite", "describe". */
const COMMENTING = /^(?:comment|remark|note|cite|quote|describe|characteri[sz]e|weigh in|weigh|chime in|chime|argue|explain|opine|reckon)$/;
/** A sentence that reports what someone said: "…, experts said", "according to…". */
const REPORTING_SAID = /\b(?:said|says|according to|believes?|stressed|noted|argued)\b/;
/** Verbs of a quantity that changed: a question of how much or when presumes the change, which the passage must report. Matched on WordNet's base forms ("growing" → "grow"); irregular pasts ("rose", "fell") are listed as they are. */
const CHANGES = /^(?:change|drop|fall|fell|fallen|rise|rose|risen|grow|grew|grown|increase|decrease|decline|shrink|shrank|shrunk|climb|jump|surge|plunge|soar|double|triple|halve|slump|dip|tumble|rebound|recover|gain|lose|lost)$/;
/** A figure asked against an earlier one: "how many new netizens did china add compared to last year", "year on year". */
const AGAINST_EARLIER = /\b(?:compared (?:to|with)|than|from|since|over|versus|vs) (?:the )?(?:last|previous|prior|past) (?:year|month|decade|quarter)\b|\byear[- ]on[- ]year\b|\b(?:annual|yearly) growth\b/;

/** More ways a passage reports that something changed, as verbs only: not "contract", "boom" or "slow", which are mostly something else. */
const REPORTED_CHANGES = /^(?:widen|expand|reduce|improve|worsen|accelerate)$/;

/** Verbs of what a government means to do, before "to": "by when does beijing hope to…", "what does beijing plan to…". */
const INTENDS = /^(?:want|wants|hope|hopes|plan|plans|aim|aims|seek|seeks|intend|intends|pledge|pledges|promise|promises|vow|vows|expect|expects)$/;

/** What a country's government has, which its capital's name stands for: "beijing's mission", "beijing's clout". Not a role in something. */
const GOVERNMENT_OWNS = '(?:deadlines?|timelines?|timetables?|missions?|goals?|aims?|visions?|polic(?:y|ies)|plans?|strateg(?:y|ies)|stance|position|approach|ambitions?|clout|influence|agenda|priorit(?:y|ies)|views?|efforts?|initiatives?|targets?|intentions?|push|drive|campaigns?|motives?)';
/** Words before a place that put something there: "in beijing", "moved to beijing", "the mayor of beijing". */
const LOCATIVE = /^(?:in|at|near|from|to|into|around|outside|inside|within|across|of|throughout|based|located|headquartered|northern|southern|eastern|western|central|downtown)$/;
/** What a question asks of a city itself: its park, bureau, districts, people, weather, or what it hosts. */
const CITY_CONTEXT =
  /(?<![\p{L}-])(?:park|parks|zone|zones|hub|hubs|cluster|clusters|municipal|municipality|bureau|city|cities|district|districts|mayor|residents?|locals?|streets?|weather|population|airport|olympics|subway|metro|hosts?|hosting|hosted|holds?|holding|held|venue|located|based|headquarters|hq|time zone|traffic|pollution|smog)(?![\p{L}-])/u;

/** Ties between countries, which their capitals' names stand for: "digital ties with beijing". */
const RELATIONS = '(?:ties|relations|relationship|links|cooperation|dialogue|talks)';

/**
 * A capital that means to do something stands for its country's government, as news writes it:
 * "by when does beijing hope to be a top internet power" asks about China. So it is grounded by a
 * passage about its country, where the article is about that country throughout or the passage
 * names it. Only as the one who means or does something ("when did beijing lay out its plan"), whose
 * aims or standing are asked of ("beijing's long-term mission"), or one of two in ties ("ties with
 * beijing"); not for a figure: "how many internet users does beijing have" and "how many internet
 * users does beijing want" are about the city.
 * Only the country's own name counts: WordNet's Taiwan also lists "China", so Taipei is not China.
 */
function standsForGovernment(term: QuestionTerm, analysis: QuestionAnalysis, context: ReaderContext, inContext: Set<string>): boolean {
  // However it was tagged: compromise reads "beijing's leader" as a person's name.
  if (term.meaning.includes(' ') || (!term.place && context.understanding.wordnet.capitalOf(term.meaning).size === 0)) return false;
  const words = analysis.normalised.split(' ');
  const at = words.indexOf(term.meaning);
  const intends = INTENDS.test(words[at + 1] ?? '') && words[at + 2] === 'to';
  // So does one that acts, after an auxiliary: "when did beijing lay out its nationwide plan", "what approach will beijing take".
  // Not one that has, hosts or holds something, which the city does.
  // Not after "has" or "had", whose participle may be of anything ("when has beijing hosted the wic").
  const acts =
    (/^(?:did|does|do|will|would|should|could|can)$/.test(words[at - 1] ?? '') && !/^(?:have|has|get|host|hold|see)$/.test(words[at + 1] ?? '')) ||
    // "Since what year has beijing been running its countrywide push": doing something for a while is acting too.
    (/^(?:has|have)$/.test(words[at - 1] ?? '') && words[at + 1] === 'been' && /ing$/.test(words[at + 2] ?? '')) ||
    // "Why is beijing pushing for a cleaner web": so is doing it now.
    (/^(?:is|was)$/.test(words[at - 1] ?? '') && /^[a-z]{2,}ing$/.test(words[at + 1] ?? '') && !/^(?:hosting|holding|having|getting|seeing|during|bring|thing|spring|morning|evening)$/.test(words[at + 1]!));
  // Or that does it, as written after it: "the yearly web summit beijing organizes", "the plan beijing published". Not what the city
  // has, hosts, holds, sees or gets.
  const next = words[at + 1] ?? '';
  const verbAfter =
    /^[a-z]{3,}(?:s|ed)$/.test(next) &&
    !/^(?:has|had|hosts|hosted|holds|sees|gets|was|is|does|did|needs|residents|citizens|streets|districts|officials)$/.test(next) &&
    WordNet.baseForms(next).some((form) => form !== next && context.understanding.wordnet.senses(form).some((sense) => sense.pos === 'verb'));
  // Or whose aims or standing are asked of ("beijing's long-term mission", "beijing's growing clout"), or ties with it ("digital
  // ties with beijing"), as the country's are.
  const typed = analysis.original.toLowerCase().replace(/’/g, "'");
  const owns = new RegExp(`\\b${escapeRegExp(term.meaning)}'s (?:[\\p{L}-]+ ){0,2}${GOVERNMENT_OWNS}\\b`, 'u').test(typed);
  // Or one of two in ties, however far the verb puts them apart ("what kind of relationship does cisco hope to have with beijing").
  // Or two that get along: "how come moscow and beijing get along so well".
  const along = `(?:get|gets|getting|got|gotten) (?:along|on)\\b`;
  const tied = new RegExp(
    `\\b${RELATIONS}\\b.* (?:with|between [\\p{L}-]+ and) ${escapeRegExp(term.meaning)}\\b|\\b${escapeRegExp(term.meaning)}(?:'s)? ${RELATIONS}\\b|\\b${escapeRegExp(term.meaning)} and [\\p{L}-]+ ${along}|\\b[\\p{L}-]+ and ${escapeRegExp(term.meaning)} ${along}`,
    'u',
  ).test(typed);
  // Or any use of it but as a place: not after a word that places something ("the park in beijing", "moving to beijing"), nor in a
  // question of the city's own ("the park", "the municipal bureau", "beijing hosts…"), nor asking where. "Beijing's leader", "what role
  // does cisco want to play for beijing", "is beijing drifting apart from everyone else on digital rules" are of the government.
  const governs = !LOCATIVE.test(words[at - 1] ?? '') && !CITY_CONTEXT.test(analysis.normalised) && analysis.answerType !== 'place';
  if (at < 0 || !(intends || acts || verbAfter || owns || tied || governs) || analysis.answerType === 'amount') return false;
  const country = [...context.understanding.wordnet.capitalOf(term.meaning)].slice(0, 1);
  return country.some((name) => isPervasive(name, context) || wordsOf(name).every((word) => inContext.has(stem(word))));
}

/** Words of order, whose opposites ("first", "last") say which one of several, not that a claim is false. */
const ORDER_ANTONYMS: ReadonlySet<string> = new Set(['first', 'last', 'latest', 'earliest', 'early', 'late', 'next', 'previous', 'old', 'new', 'newest', 'oldest']);

/**
 * Whether a sentence says that something named did what a "who" question asks, by the question's own verb: "who is building the park"
 * by "Beijing is building a … park", "who unveiled the strategy" by "China unveiled the International Strategy…".
 */
function doneByName(analysis: QuestionAnalysis, sentence: string): boolean {
  const asked = /^who (?:(is|are|was|were|has|have|had) )?([a-z]+(?: (?:out|up|off))?)\b/.exec(analysis.normalised);
  // "Who hosts the wic", "who holds it": an event "held by China" is held, hosted and organised by it.
  if (asked?.[2] && HOSTING.test(asked[2]) && HELD_BY.test(sentence)) return true;
  if (!asked?.[2] || AUXILIARY_VERB.test(asked[2]) || !/(?:ed|ing|ped|ted)(?: (?:out|up|off))?$/.test(asked[2])) return false;
  return new RegExp(`(?:^|[.,;] |\\b(?:and|but) )\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)* (?:(?:is|are|was|were|has|have|had) )?${escapeRegExp(asked[2])}\\b`, 'u').test(sentence);
}

/** Verbs of paying for something, and words of money a passage would say it with. */
const FUNDING = /^(?:fund|funds|funded|funding|finance|finances|financed|financing|bankroll|bankrolled|sponsor|sponsors|sponsored|pay|pays|paid|invest|invests|invested|subsidi[sz]e|subsidi[sz]ed)$/;
const MONEY_SAID = /[$¥€£]|\b(?:yuan|dollars?|euros?|funds?|funding|funded|invest\w*|financ\w*|budget|cost|costs|paid|pays?|sponsor\w*|subsid\w*)\b/i;

/** Said of an event put on by someone: "held by China". */
export const HELD_BY = /\b(?:held|hosted|organi[sz]ed|staged) by \p{Lu}/u;

/** Verbs of putting on an event: "who hosts the wic", "who holds it", "who organises it". */
export const HOSTING = /^(?:hold|holds|holding|host|hosts|hosting|hosted|organi[sz]es?|organi[sz]ing|organi[sz]ed|stages?|staging|staged)$/;

/** A question that negates what it asks ("why won't…", "why did xi say it should not…"). */
const NEGATION = /\b(?:not|never|no|nor|cannot|won'?t|don'?t|doesn'?t|didn'?t|isn'?t|aren'?t|wasn'?t|weren'?t|shouldn'?t|can'?t)\b|n't\b/u;

/** Whether a text says a question's word negated, one or two words after "not", "never" or "no": "will not close". */
function negatedIn(text: string, term: QuestionTerm): boolean {
  const words = wordsOf(text.replace(/n['’]t\b/gu, ' not'));
  const own = new Set([stem(term.meaning), ...(term.verb ? [stem(term.verb)] : [])]);
  return words.some((word, i) => own.has(stem(word)) && words.slice(Math.max(0, i - 2), i).some((before) => before === 'not' || before === 'never' || before === 'no'));
}

/** Verbs that set someone against a thing, by stem: "reject the old mentality of…", "prevent and oppose the use of…". */
const OPPOSING = new Set(['reject', 'oppos', 'prevent', 'abandon', 'combat', 'fight', 'resist', 'curb', 'tackl', 'stop', 'ban', 'ditch', 'discard'].map(stem));

/** Verbs that have someone favour a thing, by stem: "why did xi say countries should adopt…". */
const FAVOURING = new Set(['adopt', 'embrace', 'support', 'favour', 'favor', 'promote', 'encourage', 'pursue', 'welcome', 'accept', 'endorse', 'follow', 'keep', 'back'].map(stem));

/** The words of a "why" question after a verb that favours them ("adopt a winner takes all approach"); empty when none does. */
function favouredIn(question: string): Set<string> {
  const words = wordsOf(question);
  const at = words.findIndex((word) => FAVOURING.has(stem(word)));
  return at < 0 || words.some((word) => OPPOSING.has(stem(word))) ? new Set() : new Set(words.slice(at + 1).map(stem));
}

/** The stems of the words a sentence opposes: those within eight words after an opposing verb. */
function opposedIn(sentence: string): Set<string> {
  const words = wordsOf(sentence);
  const out = new Set<string>();
  words.forEach((word, i) => {
    if (OPPOSING.has(stem(word))) for (const after of words.slice(i + 1, i + 9)) out.add(stem(after));
  });
  return out;
}

/** One of an event said to be going on now: "the ongoing wic", "the current conference". */
const NOW_WORDS = 'ongoing|current|on-going|under way|underway';
export const NOW_ASKED = new RegExp(`\\b(?:${NOW_WORDS})\\b|\\bthe present\\b`);
/** A text that speaks of one going on now, or in force now: "the current rules" are "the existing rules". */
export const NOW_SAID = new RegExp(`\\b(?:${NOW_WORDS}|existing)\\b|\\bthe present\\b`);

/** Words for people counted together, which WordNet does not file under a person: "people", "staff", "netizens". */
const PEOPLE_WORDS = /^(?:people|persons|folks|staff|personnel|workforce|crowd|crowds|netizens?|humans|individuals|population|attendance|headcount|employees|workers|users|visitors|attendees|participants|delegates|guests|members)$/;
function isPeople(word: string, wordnet: WordNet): boolean {
  return PEOPLE_WORDS.test(word) || wordnet.isKindOf(word, 'person', 5, 3);
}

/** Whether a question counts people: "how many ppl work at the park", "the number of visitors to the wic". */
function countsPeople(question: string, wordnet: WordNet): boolean {
  return peopleCounted(question, wordnet).length > 0;
}

/** The words for people a question counts: "students" of "how many students are in china". */
function peopleCounted(question: string, wordnet: WordNet): string[] {
  const counted = /\b(?:how many|number of|numbers of|count of)((?: [a-z-]+){1,4})/.exec(question)?.[1] ?? '';
  const words = counted.trim().split(' ');
  const end = words.findIndex((word) => /^(?:is|are|was|were|do|does|did|have|has|had|will|would|can|could|in|at|of|on|for|to|from|with|by|there)$/.test(word));
  return words.slice(0, end === -1 ? undefined : end).filter((word) => isPeople(word, wordnet));
}

/** People on the web, whom an article counts as its users. */
const WEB_PEOPLE = /^(?:users?|netizens?|surfers?|browsers?|onliners?|internauts?|webizens?)$/;

/** The words of what a sentence counts, where it counts people: "internet", "users" of "854 million internet users"; none of "Over 10 companies". */
function countedPeopleWords(text: string, wordnet: WordNet): string[] {
  // Not a year: "by 2035, officials said" counts no officials.
  return [...text.toLowerCase().matchAll(/(?<![\d.,])(?!(?:19|20)\d{2}\b)\d[\d,.]*(?: (?:thousand|million|billion|trillion))?((?: [a-z-]+){1,3})/g)]
    .map((match) => match[1]!.trim().split(' '))
    .filter((words) => words.some((word) => isPeople(word, wordnet)))
    .flat();
}

/** Words for being on the internet. */
const ONLINE = /^(?:online|web|net|connected|wired|surf|surfing|browse|browsing)$/;

/** People with nothing said of them: a count of these is of everyone. */
const GENERAL_PEOPLE = /^(?:people|persons|individuals|humans|folks|population|headcount)$/;

/** Words that put a figure's scope at the whole world, and those a passage gives the world's figure with (not "international"). */
const WORLD_SCOPE = new Set(['world', 'worldwide', 'global', 'globally', 'planet', 'earth', 'globe', 'international', 'internationally']);
const OF_THE_WORLD = [...WORLD_SCOPE].filter((word) => !word.startsWith('international'));

/** Verbs that report what someone said without taking a side: a quotation is that, whatever it is about ("who brought up 5g"). */
const REPORTING = new Set([
  'bring up', 'point out', 'point to', 'refer to', 'talk about', 'speak about', 'speak of', 'talk', 'speak', 'mention', 'cite', 'quote', 'discuss',
  'raise', 'note', 'remark', 'comment', 'highlight', 'stress', 'emphasize', 'emphasise', 'state', 'describe', 'explain', 'reference',
]);

/** Words that ask for a company, by stem ("which firms…"); not "agency" or "body", which a public body is. */
const COMPANY_WORDS = new Set(['company', 'companies', 'firm', 'business', 'corporation', 'enterprise', 'conglomerate', 'multinational', 'startup', 'vendor', 'maker', 'manufacturer'].map(stem));

/** Kinds of answer that are facts, not what someone said or thinks. */
const FACTS: ReadonlySet<AnswerType> = new Set(['person', 'place', 'date', 'amount', 'organisation', 'duration']);

/** A question about what someone said, thinks or wants: "what did kaspersky say…", "per the cisco exec…". */
const SAID_OR_MEANT =
  /\b(?:say|says|said|saying|tell|tells|told|according|per|think|thinks|thought|believe|believes|view|views|point|points|pointed|argue|argues|argued|stress|stresses|stressed|call|calls|called|urge|urges|urged|propose|proposes|proposed|suggest|suggests|suggested|warn|warns|warned|claim|claims|claimed|mention|mentions|mentioned|want|wants|wanted|hope|hopes|hoped|see|sees|expect|expects|quote|quoted|comment|comments|commented|reckon|reckons|praise|praises|praised|credit|credits|credited|talk|talks|talked|speak|speaks|spoke|weigh|weighs|weighed|chime|chimes|chimed|opine|opines|opined)\b/u;

/** Chat members open a question with, no part of what it asks: "wait who runs chinaeu". */
const FILLERS: ReadonlySet<string> = new Set(CHAT_OPENINGS);

/** What public bodies are called: a name ending so is no company ("Beijing Municipal Bureau of Economy…"). */
const PUBLIC_BODY = /^(?:Center|Centre|Bureau|Commission|Administration|Ministry|Office|Council|Department|Agency|Authority|Committee|Government)$/u;

/** Whether a text names a company: one whose name does not end as a public body's, or the one a statement's speaker speaks for. */
function namesCompany(text: string, passage: Passage, speakersCount = true): boolean {
  if (speakersCount && passage.speaker && organisationOf(passage.role ?? '') !== null) return true;
  const named = [...text.matchAll(new RegExp(ORGANISATION_NAME.source, 'gu'))].map((match) => match[0].split(' ').at(-1)!);
  return named.some((head) => !PUBLIC_BODY.test(head));
}

/** Who or when of an event, whose verb says which one is meant; and what dates a start ("since 2014", "the first … on"). */
const EVENT_ASKED: ReadonlySet<AnswerType> = new Set(['date', 'person', 'organisation']);
const SINCE_WHEN = /\bsince when\b/;
/** What a passage on something that happens every year, or is under way, says. */
const RECURRING = /\b(?:every year|each year|annual|annually|yearly|ongoing)\b/i;
const STARTED = /\bsince (?:19|20)\d{2}\b|\bfirst\b/i;

/** Whether a verb of beginning ("start", "launch") is held by a text that dates a start ("since 2014", "the first World Internet Conference"). */
export function begunIn(term: QuestionTerm, text: string, wordnet: WordNet): boolean {
  return wordnet.beginsSomething((term.verb ?? term.meaning).replace(/ /g, '_')) && STARTED.test(text);
}

/** Verbs of a mind, which a passage says in its own words ("desires" for "want"). */
const ATTITUDES = new Set(['say', 'think', 'believe', 'feel', 'want', 'wish', 'hope', 'expect', 'see', 'view', 'consider', 'like', 'need']);
/** Verbs of saying or of a mind: what a question has someone say or want, not what was done. */
export const SAYING_OR_MINDING: ReadonlySet<string> = new Set([...REPORTING, ...ATTITUDES]);

/** What someone is asked to have said or mentioned: "did xi mention human trafficking", "what did xi say about human rights". */
const TOPIC_ASKED = /\b(?:say|said|says|talk|talked|talks|speak|spoke|mention|mentioned|mentions|discuss|discussed|brought up|bring up)(?: anything)?(?: about| of| on)? (.+)$/;

/** What someone is asked to have mentioned: "did xi mention cyber surveillance". */
const MENTION_ASKED = /\b(?:mention|mentioned|bring up|brought up|discuss|discussed|talk about|talked about)(?: anything about)? (.+)$/;

/** What a quotation's occasion is: "in a keynote speech at…", "in a congratulatory message to…". */
const OCCASION_NOUNS = /\b(?:speech|speeches|keynote|address|message|messages|letter|instruction|remarks)\b/u;

/** What is counted, two words before the verb: "how many data centers does china have". */
const COUNTED = /\bhow (?:many|much) ([a-z-]+ [a-z-]+) (?:does|do|did|is|are|was|were|has|have|had|will|would|can|could)\b/;

/** The article's words in order, once per article text: what `swappedModifier` looks through. */
const articleWordsOf = new Map<string, string>();

/**
 * Whether two words of a topic name something the article writes only with another first word: "human trafficking" ("drug
 * trafficking"). Only a second word the article writes at most three times, after a word that is no adjective ("drug", "money"): "personal
 * data" ("corporate data") and "national interests" ("countries' interests") are the article's own things in other words.
 */
function swappedModifier(topic: string, context: Pick<ReaderContext, 'understanding'>, headOfName = false): boolean {
  const { words, names } = context.understanding.lexicon;
  const { wordnet, articleText } = context.understanding;
  // The whole topic, two words: "human trafficking", not "china's door for opening up".
  const topicWords = wordsOf(topic).filter((word) => !/^(?:the|a|an|any)$/.test(word));
  if (topicWords.length !== 2) return false;
  const [modifier, head] = topicWords as [string, string];
  if (STOP_WORDS.has(modifier) || STOP_WORDS.has(head) || !words.has(modifier) || !words.has(head) || names.has(modifier) || (names.has(head) && !headOfName)) return false;
  let article = articleWordsOf.get(articleText);
  if (article === undefined) {
    if (articleWordsOf.size > 8) articleWordsOf.clear();
    article = ` ${wordsOf(articleText.replace(/['’]s\b/gu, '')).join(' ')} `;
    articleWordsOf.set(articleText, article);
  }
  // Written together, or a word or two apart either way ("global internet governance" for "global governance").
  if (new RegExp(` ${escapeRegExp(modifier)}(?: \\S+){0,2} ${escapeRegExp(head)} | ${escapeRegExp(head)}(?: \\S+){0,2} ${escapeRegExp(modifier)} `).test(article)) return false;
  const before = [...article.matchAll(new RegExp(` (\\S+) ${escapeRegExp(head)}(?= )`, 'g'))].map((match) => match[1]!);
  if (before.length > 3) return false;
  // Another word before it that is no adjective, nor near the question's in meaning ("express train" for "fast train").
  const near = wordnet.related(modifier);
  const adjective = (word: string): boolean => wordnet.senses(word).some((sense) => sense.pos === 'adj');
  return before.some((word) => !STOP_WORDS.has(word) && !/^\\d/.test(word) && !near.has(word) && !adjective(word));
}

/**
 * A paragraph that opens by going on about a document the one before it names: "Yu said the policy document provides…". Only a
 * document, whose date the paragraph before gives; not any "the" ("the park" may be another one).
 */
export const REFERS_BACK = /^(?:[\p{Lu}][\p{L}-]+ )?(?:said|says|noted|added|wrote|argued|believes) (?:that )?the (?:policy |strategy |official )?(?:document|paper|strategy|plan|report|law)\b/u;

/**
 * The grounding decision. A name, year or ordinal the article never mentions stops an answer
 * outright. Then the chosen passage must carry the question: a place, person or company the
 * article names must be in it (unless the article is about it throughout), a "why" question's
 * verb must be in it, and a noun it does not hold is let through only when the passage is close
 * in meaning. Similarity bounds (`COVERAGE`) were calibrated on the dev split.
 */
export function ground(analysis: QuestionAnalysis, choice: Choice, similarity: number, namedPeople: number, context: ReaderContext, lead = 0): Grounded {
  const decision = groundTerms(analysis, choice, similarity, namedPeople, context, lead);
  // "Which port city…": a place the passage gives, but not as what the question describes it, is only the closest the article comes.
  const undescribed = analysis.terms.some((term) => term.qualifies && !supports(passageStems(choice.hit.passage), term));
  // So is where one of a yearly event was held, by where it is held every year.
  const yearly = everyYearPlace(analysis, choice.hit.passage) && !sameOccasion(analysis, choice.hit.passage, null);
  return !decision.refuse && (undescribed || yearly) ? { ...decision, onlyAhead: true } : decision;
}

function groundTerms(analysis: QuestionAnalysis, choice: Choice, similarity: number, namedPeople: number, context: ReaderContext, lead: number): Grounded {
  const bounds = context.thresholds ?? COVERAGE;
  const none: QuestionTerm[] = [];
  const answer = (): Grounded => ({ refuse: false, missing: none, elsewhere: none });
  const refuse = (missing: QuestionTerm[] = none, elsewhere: QuestionTerm[] = none, lacking: AnswerType | LackingKind | null = null): Grounded => ({ refuse: true, missing, elsewhere, lacking });
  const hard = analysis.missing.filter((term) => term.kind !== 'word');
  if (hard.length > 0) return refuse(hard);
  const chosen = choice.hit;
  // The chosen sentence with its quotation's speaker and occasion, as the reply gives it.
  const answeringLine = answeringText(chosen.passage, choice.sentence);
  // "What did xi say about 5g": someone else's words, or a paragraph that does not name him, are no answer.
  const speakersAsked = analysis.speakerWords.length > 0 ? [...context.retriever.peopleIn(analysis.speakerWords.join(' '))] : [];
  const { speaker } = chosen.passage;
  const stems = passageStems(chosen.passage);
  // A paragraph goes on about what the one before it named ("Construction on the park…" after "Beijing is building a park").
  const inContext = stemsInSection(context.index.passages, chosen.passage);
  // "He also stressed…": who he is, and when, are in the paragraph it goes on from.
  const ownContext = continuedFrom(context.index.passages, chosen.passage) ? inContext : stems;
  const theirs = speaker !== null ? speakersAsked.includes(speaker) : speakersAsked.some((person) => wordsOf(person).some((word) => ownContext.has(stem(word))));
  if (speakersAsked.length > 0 && !theirs && analysis.shape === 'fact') return refuse();
  // "What did the kaspersky guy say about its disputes with china": a thing the article names elsewhere ("trade disputes") but not in
  // the statement of the one asked about is not what they said.
  // Or to have mentioned: "did cisco mention xi jinping".
  const aboutWhat = /\b(?:(?:say|said|says|think|thinks|thought|talk|talked|speak|spoke)(?: anything)? about|^(?:did|does|has) [\p{L} ]+? (?:mention|mentioned)) (.+)$/u.exec(analysis.normalised)?.[1];
  if (aboutWhat && speaker !== null && analysis.shape === 'fact' && (speakersAsked.includes(speaker) || analysis.people.includes(speaker))) {
    const own = new Set(stemsWithParts(`${speaker} ${chosen.passage.role ?? ''}`));
    // In any of their statements: "what did xi say about core it" is answered by the paragraph after the one chosen.
    const theirPassages = context.index.passages.filter((passage) => passage.speaker === speaker);
    const absent = analysis.terms.filter(
      (term) =>
        term.pos === 'noun' &&
        wordsOf(aboutWhat).includes(term.meaning) &&
        term.kind === 'word' &&
        term.grounding === 'exact' &&
        !term.answerClass &&
        // Someone the article quotes throughout is still someone a statement names or not: "what did cisco say about xi".
        ((!isPervasive(term.meaning, context) && !ofPervasive(term.meaning, context)) || context.retriever.peopleIn(term.meaning).size > 0) &&
        !own.has(stem(term.meaning)) &&
        !supports(inContext, term) &&
        // "What did the kaspersky vp say about relations between moscow and beijing": a capital in ties is its country's government.
        !standsForGovernment(term, analysis, context, inContext) &&
        !theirPassages.some((passage) => supports(passageStems(passage), term)),
    );
    // Someone said by the name the article gives them: "The article mentions Xi Jinping, but…".
    const byTheirName = (term: QuestionTerm): QuestionTerm => {
      const people = [...context.retriever.peopleIn(term.meaning)];
      return people.length === 1 ? { ...term, typed: people[0]!, named: true } : term;
    };
    if (absent.length > 0) return refuse(none, absent.map(byTheirName));
  }
  const { lexicon } = context.understanding;
  const pervasive = (term: QuestionTerm): boolean => isPervasive(term.meaning, context);
  // "The group in belgium" is the one in Brussels; a passage without Brussels does not mention Belgium at all.
  const partMissing = analysis.terms.filter((term) => term.partOf && !supports(inContext, term));
  // A comparison's sides are in two passages, but a country neither names by its city is missing from both.
  if (partMissing.length > 0) return refuse(partMissing);
  const elsewhere = analysis.terms.filter(
    // A figure or model the article gives is as specific as a name: "what did cisco say about 5g" is not answered by Cisco on something else.
    (term) =>
      (term.named || (term.kind === 'number' && /\p{L}/u.test(term.meaning))) &&
      term.grounding !== null &&
      !term.partOf &&
      !pervasive(term) &&
      // "Chinese" in an article about China is as much everywhere as China.
      !ofPervasive(term.meaning, context) &&
      !supports(inContext, term) &&
      !describesPerson(term, analysis, context) &&
      !standsForGovernment(term, analysis, context, inContext),
  );
  // One of the article's names of several words ("wic" → World Internet Conference) is a name too: a passage without it
  // answers something else ("what sports are played at the wic" is not answered by what "played a crucial role").
  const nameMissing = analysis.names
    .filter((lower) => !wordsOf(lower).every((word) => inContext.has(stem(word))))
    .map((lower): QuestionTerm => {
      const written = lexicon.nameForms.get(lower) ?? lower;
      return { typed: written, meaning: lower, grounding: 'exact', kind: 'name', pos: 'noun', neighbours: [], named: true, place: false, antonyms: [] };
    });
  // With a year, the name is an event: "what did xi say at the 2019 wic" is not answered by the 2019 cybersecurity week.
  if (analysis.shape !== 'comparison' && nameMissing.length > 0 && (similarity < bounds.answerAbove || analysis.years.length > 0)) return refuse(none, nameMissing);
  // "In the capital" is grounded by Beijing only where the passage names Beijing.
  const kindMissing = analysis.terms.filter((term) => term.instanceOf && !supports(inContext, term));
  if (analysis.shape !== 'comparison' && kindMissing.length > 0) return refuse(none, kindMissing);
  // A place is never a detail: "Russia's cyber security law" is not answered by China's, however close the wording.
  // A comparison names two things that stand in two passages: each side is checked on its own.
  // Nor is a model the article names ("5G"): "when will china's 5g network cover the whole country" is not answered by its internet users.
  // Not a decade or a time of day ("2010s", "10am").
  const model = (term: QuestionTerm): boolean => term.kind === 'number' && /\d/.test(term.meaning) && /\p{L}/u.test(term.meaning) && !/^\d+(?:s|am|pm)$/u.test(term.meaning);
  if (analysis.shape !== 'comparison' && elsewhere.length > 0 && (similarity < bounds.answerAbove || elsewhere.some((term) => term.place || model(term)))) return refuse(none, elsewhere);
  // "why … bad relations" where the passage says "good relations": the article says the opposite.
  // Only for questions that presuppose ("why…", "is it…"), and not for pairs one of which holds the other ("national", "international").
  // So does "how did kaspersky say bad relations … hurt its business": how something was done or said presupposes it, but only where
  // the sentence says the opposite of the same thing (below): not "how did depoux say the … environment is increasingly difficult"
  // for a "manageable" cyberspace in another clause.
  const howPresumes = /^how (?:did|does|do|has|have|had|was|were|is|are)\b/.test(analysis.normalised);
  const presupposes = analysis.answerType === 'reason' || analysis.answerType === 'yesno' || howPresumes;
  const opposite = (term: QuestionTerm, antonym: string): boolean => !antonym.includes(term.meaning) && !term.meaning.includes(antonym) && stems.has(stem(antonym));
  // "Limited" is held by "limitless" only as the word it is without: its opposite, when the question has it so.
  const heldOnlyByOpposite = (term: QuestionTerm): boolean => term.antonyms.some((antonym) => /less$/.test(antonym) && antonym.startsWith(stem(term.meaning)) && stems.has(stem(antonym)));
  const contradicted = presupposes ? analysis.terms.filter((term) => term.antonyms.some((antonym) => opposite(term, antonym)) && (!supportsLiterally(stems, term) || heldOnlyByOpposite(term))) : [];
  // Asked yes or no, that is a "No.", with the sentence that says the opposite of the same thing: "bad relations" against "good
  // relations", "a closed internet" against "an open, standards-based internet" (the thing within three words after). Otherwise, or
  // of an order ("first", "last"), refused as before: "did kaspersky say russia's internet is bad" is not answered by "good relations".
  if (contradicted.length > 0) {
    const words = analysis.normalised.split(' ');
    const sentence = ` ${wordsOf(answeringLine).join(' ')} `;
    const saysOpposite = (term: QuestionTerm): boolean => {
      const thing = words[words.indexOf(term.meaning) + 1];
      if (!thing || ORDER_ANTONYMS.has(term.meaning) || STOP_WORDS.has(thing)) return false;
      return term.antonyms.some((antonym) => new RegExp(` ${escapeRegExp(antonym)}(?: [\\p{L}-]+){0,3} ${escapeRegExp(thing)} `, 'u').test(sentence));
    };
    // "Is the development of the internet limited": "boundless and limitless" says the opposite of the word itself.
    const opposed = contradicted.every((term) => saysOpposite(term) || heldOnlyByOpposite(term));
    if (analysis.answerType === 'yesno' || analysis.answerType === 'reason' || opposed) {
      return analysis.answerType === 'yesno' && analysis.shape === 'fact' && opposed ? { ...answer(), contradicted: true } : refuse();
    }
  }
  // "Why did only 5 companies agree to move into the park" where "Over 10 companies … have signed a contract to move into the park":
  // a count the sentence gives otherwise is a false premise, denied asked yes or no ("did 5 companies sign up…": "No."), else refused.
  const alike = (asked: string, given: string): boolean =>
    stem(asked) === stem(given) || analysis.terms.some((term) => (term.typed === asked || term.meaning === asked) && term.neighbours.some((neighbour) => stem(neighbour) === stem(given)));
  const countStated = analysis.shape === 'comparison' ? null : countContradicted(analysis.normalised, sentenceText(chosen.passage, choice.sentence), alike);
  if (countStated !== null) {
    if (analysis.answerType === 'yesno' && analysis.shape === 'fact') return { ...answer(), contradicted: true };
    return refuse([unmentioned(countStated)]);
  }
  if (analysis.answerType === 'reason' && !NEGATION.test(analysis.normalised)) {
    // "Why did xi say china's door will close" where he said it "will not close": the passage says the question's own verb negated.
    // Not a yes-or-no question, which the passage answers ("will china's door close": it "will not close").
    if (analysis.terms.some((term) => term.pos !== 'noun' && negatedIn(chosen.passage.text, term))) return refuse();
    // "Why did xi say countries should adopt a winner takes all approach" where he said to "reject the old mentality of … winner
    // takes all": what the question has someone favour, the passage has them oppose.
    const favoured = favouredIn(analysis.normalised);
    const opposed = favoured.size > 0 ? opposedIn(sentenceText(chosen.passage, choice.sentence)) : new Set<string>();
    const against = (term: QuestionTerm): boolean => wordsOf(term.meaning).every((word) => favoured.has(stem(word)) && opposed.has(stem(word)));
    if (analysis.terms.some((term) => term.kind === 'word' && !pervasive(term) && against(term))) return refuse();
  }
  // "When was the law scrapped", "how many companies quit the park": an ending the passage does not report is a false premise.
  const { wordnet } = context.understanding;
  // A word tagged as a noun that English has only as a verb is one ("when did xi resign…").
  // So is the last word of "when did the park close", "when did the campaign end", however it is tagged.
  const asksWhen = /^(?:when|what (?:date|year|month|day)) (?:did|does|do|was|were|is|will|has|have)\b/.test(analysis.normalised);
  const last = asksWhen ? analysis.normalised.split(' ').at(-1) : undefined;
  const verbal = (term: QuestionTerm): boolean =>
    term.pos === 'verb' ||
    // Only as a verb, not a word WordNet lacks ("cybersecurity").
    (term.pos === 'noun' && wordnet.senses(term.meaning).some((sense) => sense.pos === 'verb') && !wordnet.senses(term.meaning).some((sense) => sense.pos === 'noun')) ||
    (term.meaning === last && wordnet.senses(term.meaning).some((sense) => sense.pos === 'verb'));
  // Reported only in so many words: "the end of 2017" is no park that was finished, nor is construction that started one that opened
  // ("when does the park open") or stalled.
  const before = previousInSection(context.index.passages, chosen.passage);
  const sectionText = `${before?.text ?? ''} ${chosen.passage.text}`;
  // "Did xi say china would shut itself off" asks what was said, which may be said in other words ("will not close").
  const saidInWords = analysis.answerType === 'yesno' && speakersAsked.length > 0;
  const endings = analysis.terms.filter(
    (term) =>
      verbal(term) &&
      !PARTICLES.has(term.meaning) &&
      (wordnet.endsSomething(term.meaning) || (term.verb !== undefined && wordnet.endsSomething(term.verb)) || (OPENS.test(term.verb ?? term.meaning) && BUILDING.test(answeringLine))) &&
      (!(saidInWords ? supports(inContext, term) : supportsLiterally(inContext, term)) || (asksEnd(term) && !saysEnded(sectionText))),
  );
  // Only where the question presumes the ending happened ("when", "how many", "why"), not "what should countries end".
  // And "what apps are banned", "which firms pulled out": an ending told as done, with no "should" or "will" before it.
  // Not "what is the country carrying out", "what should countries end".
  // "What did xi say to ditch" is an instruction, not an ending told as done; "according to" is neither.
  const modal = /\b(?:should|would|will|could|can|must|might|may|shall|want|wants|wanted|to)\b/.test(analysis.normalised.replace(/\baccording to\b/g, ''));
  const pastAsked = /\b(?:did|has|have|had|was|were)\b/.test(analysis.normalised);
  const done = (term: QuestionTerm): boolean => pastAsked || /ed$/.test(term.typed) || (term.verb !== undefined && !term.verb.startsWith(term.typed) && !/(?:ing|s)$/.test(term.typed));
  const presumes = ['date', 'amount', 'duration', 'place', 'reason', 'yesno'].includes(analysis.answerType);
  if (endings.some((term) => presumes || (!modal && done(term)))) return { ...refuse(), unreported: true };
  // "How much did the number of internet users drop": by how much, or since when, something changed, where the passage gives no change.
  // However tagged: "how fast is the industry growing".
  // Only by the word or a synonym: a broader word ("action" for "change") is no change.
  // Any change the passage reports answers "how has it changed": "the information gap … is also widening".
  const reportsChange = wordsOf(answeringLine).some((word) => WordNet.baseForms(word).some((form) => CHANGES.test(form) || REPORTED_CHANGES.test(form)));
  const changed = (term: QuestionTerm): boolean => reportsChange || (term.grounding === 'broader' ? supportsLiterally(inContext, term) : supports(inContext, term));
  const changes = analysis.terms.filter((term) => WordNet.baseForms(term.verb ?? term.meaning).some((form) => CHANGES.test(form)) && !changed(term));
  const howChanged = /^how (?:did|has|have)\b/.test(analysis.normalised) && !modal;
  if ((['amount', 'date', 'duration'].includes(analysis.answerType) || howChanged) && changes.length > 0) return { ...refuse(), unreported: true };
  if (analysis.answerType === 'amount' && AGAINST_EARLIER.test(analysis.normalised) && !reportsChange) return { ...refuse(), unreported: true };
  // "When is the next conference": the article reports what happened; a coming one must be in the passage as such.
  // So is where or who of one: "which city is hosting the next china cybersecurity week" is not answered by this year's in Tianjin.
  // "When is the ongoing wic", "which edition is the current wic": the one going on now is not any of those the article dates; only a
  // sentence that speaks of it as going on answers.
  // Where it is, a passage on where it is held every year tells ("held by China in Wuzhen … every year since 2014").
  const everyYear = analysis.answerType === 'place' && RECURRING.test(chosen.passage.text);
  if (analysis.shape !== 'comparison' && NOW_ASKED.test(analysis.normalised) && !everyYear && !NOW_SAID.test(answeringLine.toLowerCase())) {
    return (['date', 'place', 'amount', 'person', 'organisation'] as const).includes(analysis.answerType as 'date') ? refuse(none, none, analysis.answerType) : refuse();
  }
  // Said of the coming one in words, not only with "will" (Xi said the country "will pursue" a people-centric approach).
  const asksComing = /\b(?:next|upcoming|coming|future)\b/.test(analysis.normalised);
  const saysComing = (words: RegExp): boolean => words.test(answeringLine);
  if (asksComing && analysis.answerType === 'date' && !saysComing(/\b(?:next|upcoming|coming|future|will)\b/i)) return { ...refuse(), unreported: true };
  // Where or who of "the next" one; not "the future of cyberspace", which is no event.
  if (/\b(?:next|upcoming)\b/.test(analysis.normalised) && ['place', 'person', 'organisation'].includes(analysis.answerType) && !saysComing(/\b(?:next|upcoming|coming)\b/i)) return { ...refuse(), unreported: true };
  // A figure is of somewhere: "how many internet users are there worldwide" is not answered by China's 854 million.
  // Only a passage that gives the world's figure answers; a question on the world is often near-topic, and is told "The article
  // does not give that figure." Not any other word: on dev, asking every noun of a "how many" question to be in the passage
  // refused 23 more answerable questions and no question to refuse.
  if (analysis.answerType === 'amount' && analysis.terms.some((term) => WORLD_SCOPE.has(term.meaning)) && !OF_THE_WORLD.some((word) => stems.has(stem(word)))) {
    return refuse(none, none, 'amount');
  }
  // Nor is a count of one thing one of another: "how many jobs will the park create" is not answered by "Over 10 companies…". The
  // things counted, the first plural noun after "how many" ("firms" of "how many online security firms"), must be the sentence's, by
  // their word or one near it; people are read below, and money is a sum.
  const countedWords = /\bhow many((?: [a-z-]+){1,4})/.exec(analysis.normalised)?.[1]?.trim().split(' ') ?? [];
  const countedTerm = countedWords
    .map((word) => analysis.terms.find((term) => term.typed === word && term.pos === 'noun' && term.grounding !== null && /s$/.test(word)))
    .find((term) => term !== undefined && !MONEY_WORDS.test(term.meaning));
  if (analysis.answerType === 'amount' && countedTerm && !countsPeople(analysis.normalised, wordnet) && !supports(new Set(wordsOf(answeringLine).map(stem)), countedTerm)) {
    return refuse(none, none, 'amount');
  }
  // A count of people is no count of something else: "how many ppl does the cybersecurity park employ" is not answered by "Over 10
  // companies … have signed a contract to move into the park".
  const countedPeople = analysis.answerType === 'amount' ? countedPeopleWords(answeringLine, wordnet) : [];
  if (analysis.answerType === 'amount' && countsPeople(analysis.normalised, wordnet) && countedPeople.length === 0) return refuse(none, none, 'amount');
  // Nor a count of some people of others: "how many students are in china", "how many hackers…" are not answered by 854 million
  // internet users. The kind counted must be the sentence's, by its word or one WordNet relates; those on the web are its users. A
  // nationality is everyone of the country ("how many chinese are online"), which the rule below reads.
  const askedPeople = analysis.answerType === 'amount' ? peopleCounted(analysis.normalised, wordnet).filter((word) => !GENERAL_PEOPLE.test(word) && !wordnet.isNationality(word)) : [];
  if (askedPeople.length > 0 && countedPeople.length > 0) {
    const kinds = (word: string): string[] => [word, ...(WEB_PEOPLE.test(word) ? ['users'] : []), ...wordnet.related(word)].filter((kind) => !kind.includes(' ')).map(stem);
    const counted = new Set(countedPeople.flatMap(kinds));
    if (!askedPeople.some((word) => kinds(word).some((kind) => counted.has(kind)))) return refuse(none, none, 'amount');
  }
  // Nor a count of some people of all of them: "how many people live in china" is not answered by 854 million internet users. The
  // question must name what the sentence counts them by ("online", "the internet", "users"), by its word or one WordNet relates.
  if (analysis.answerType === 'amount' && /\b(?:how many|number of) (?:people|persons|individuals|humans|folks)\b|\b(?:population|headcount)\b/.test(analysis.normalised)) {
    const countedBy = countedPeople.filter((word) => !GENERAL_PEOPLE.test(word));
    // Being online is being on the internet, whatever WordNet relates.
    const words = (term: QuestionTerm): string[] => [term.meaning, term.verb ?? '', ...term.neighbours, ...wordnet.related(term.verb ?? term.meaning), ...(ONLINE.test(term.meaning) ? ['internet'] : [])];
    const names = (term: QuestionTerm): boolean => words(term).some((word) => word !== '' && !word.includes(' ') && countedBy.some((counted) => stem(counted) === stem(word)));
    if (countedBy.length > 0 && !analysis.terms.some(names)) return refuse(none, none, 'amount');
  }
  // "The theme of the 2019 World Internet Conference": the year is in the article, but not with what is asked.
  // A comparison's two sides are dated each in its own passage.
  // "This year" read as the year the article reports in is held too by a passage on what happens every year or is ongoing ("where
  // is the wic this year": "held … in Wuzhen every year since 2014").
  const recurring = (term: QuestionTerm): boolean => term.meaning === analysis.thisYear && RECURRING.test(chosen.passage.text);
  // "Yu said the policy document…" goes on about the strategy the paragraph before dates ("in March 2017"): that paragraph's year is
  // its year ("the roles china wants to play according to the 2017 strategy paper").
  const dateContext = REFERS_BACK.test(sentenceText(chosen.passage, 0)) ? inContext : ownContext;
  const years = analysis.terms.filter((term) => term.kind === 'year' && !supports(dateContext, term) && !recurring(term));
  if (analysis.shape !== 'comparison' && years.length > 0) return refuse(none, years);
  // So is its month: "what did yu wenwen say the march 2017 policy document demonstrates".
  const goesOnFrom = continuedFrom(context.index.passages, chosen.passage) ?? (dateContext === inContext ? previousInSection(context.index.passages, chosen.passage) : null);
  if (analysis.shape !== 'comparison' && !sameOccasion(analysis, chosen.passage, goesOnFrom) && !everyYearPlace(analysis, chosen.passage)) return refuse();
  // "What did xi say when he toured the park's construction site": the occasion a clause gives is in the passage, by its verb or by
  // what it was done to ("when he attended the second wic" is the keynote at the second conference).
  const clause = /\b(?:say|said|says|speak|spoke|talk|talked)\b.*?\b(?:when|while) (?:he|she|they|it|we|xi) ([a-z]+)\b(.*)$/.exec(analysis.normalised);
  const occasionVerb = clause ? analysis.terms.find((term) => term.typed === clause[1] || term.meaning === clause[1]) : undefined;
  const occasionNouns = clause ? analysis.terms.filter((term) => term.pos === 'noun' && wordsOf(clause[2]!).includes(term.meaning)) : [];
  const occasionHeld = occasionNouns.length > 0 && occasionNouns.every((term) => supports(inContext, term));
  if (occasionVerb && wordnet.senses(occasionVerb.meaning).some((sense) => sense.pos === 'verb') && !supports(inContext, occasionVerb) && !occasionHeld) return refuse();
  // "What did cisco's ceo say": a title the speaker of the passage does not hold ("the association head" may be its president).
  const roleStems = stemsWithParts(chosen.passage.role ?? '');
  const speakerTitle = analysis.speakerWords.join(' ').includes('chief executive') ? ['chief', 'executive'] : analysis.speakerWords.filter((word) => TITLE_WORDS.has(word) && !LOOSE_TITLES.has(word));
  if (chosen.passage.role && speakerTitle.some((word) => !roleStems.includes(stem(word)) || onlyAsDeputy(word, chosen.passage.role!, analysis.normalised))) return refuse(none, none, 'person');
  // "How many base stations…": an answer without a number is no answer.
  const answering = answeringFor(analysis, chosen.passage, choice.sentence);
  const who = analysis.answerType === 'person' || analysis.answerType === 'organisation';
  // "Where is roland berger headquartered": a place the article is about throughout ("China" of "Roland Berger China") is no answer to where.
  const placeElse = (): boolean => !/^where\b/.test(askedPart(analysis.normalised)) || namesSpecificPlace(answering, context);
  // "Which district of beijing is the park in": a place the question names is no answer to which place, where it asks one by its kind.
  const namesAPlace = analysis.terms.some((term) => term.place && !pervasive(term));
  // So is "where exactly in beijing is the park": a place within the one named.
  const classAsked = analysis.terms.some((term) => term.answerClass && term.pos === 'noun') || /\bwhere(?:abouts)?(?: exactly| precisely)? in\b/.test(analysis.normalised);
  // Asked for a place within a country ("what province is tianjin in"), the country the article is about throughout is none.
  const lastAsked = askedPart(analysis.normalised).split(' ').at(-1);
  const withinCountry = analysis.answerType === 'place' && analysis.terms.some((term) => (term.answerClass || term.meaning === lastAsked) && PLACE_KIND_WORDS.test(term.meaning));
  // Nor, asked for a city ("kaspersky's headquarters city"), a country the sentence names ("China and Russia have good relations").
  const belowCountry = (place: string): boolean =>
    wordsOf(place).some((word) => !isPervasive(word, context)) && !wordnet.isCountry(place.toLowerCase());
  // "A researcher of the Beijing-based center" places it in a city too.
  const basedIn = (): boolean => [...answering.matchAll(/\b(\p{Lu}\p{L}+)-based\b/gu)].some((match) => belowCountry(match[1]!) && !analysis.terms.some((term) => term.meaning === match[1]!.toLowerCase()));
  const placeBesides = (): boolean =>
    withinCountry ? namesPlaceElse(answering, analysis, belowCountry) || basedIn() : !namesAPlace || !classAsked || namesPlaceElse(answering, analysis);
  const carries = who ? namesSomeoneElse(answering, analysis, chosen.passage) || doneByName(analysis, answering) || saidByUnnamed(answering, analysis) : carriesFor(answering, analysis) && (analysis.answerType !== 'place' || (placeElse() && placeBesides()));
  // "What is xi's email", "kaspersky's phone number": a way to reach someone, which only a sentence that writes one gives.
  if (CONTACT_ASKED.test(askedPart(analysis.normalised)) && !CONTACT_GIVEN.test(answering)) return refuse();
  // "What time does the wic open each morning" asks a time of day, which a date is not.
  if (/^(?:at )?what time\b/.test(askedPart(analysis.normalised)) && !TIME_OF_DAY.test(answering)) return refuse(none, none, 'time');
  if (analysis.shape !== 'comparison' && analysis.answerType in SENTENCE_TYPES && !carries) {
    return refuse(none, none, analysis.answerType);
  }
  // "What exact date did the 2019 cybersecurity week start": a sentence that dates it only by the year in a name ("the 2019 … Week
  // that started … last month") does not give the day asked for. One that gives a month or a part of a year ("the end of 2017") is
  // the closest the article comes, and said so; a full date answers. Read with a quotation's line, which dates what was said.
  if (analysis.answerType === 'date' && EXACT_DAY.test(askedPart(analysis.normalised)) && !FULL_DATE.test(answeringLine)) {
    // Of the year asked, if one is: "since 2014" is no near date of this year's conference.
    const ofYear = analysis.years.length === 0 || analysis.years.some((year) => answeringLine.includes(year));
    // And only of what was asked: every noun and verb of the question stands in the passage, or a verb of beginning by a start the
    // sentence dates ("what exact date did the companies move into the park" is not answered by when construction started).
    const allHeld = analysis.terms.filter((term) => (term.pos === 'noun' || term.pos === 'verb') && term.kind === 'word' && !term.answerClass && !DATE_WORDS.has(term.meaning) && !isPervasive(term.meaning, context)).every((term) => supports(stems, term) || verbal(term) && begunIn(term, answeringLine, wordnet));
    return NEAR_DATE.test(answeringLine) && ofYear && allHeld ? { ...answer(), onlyAhead: true } : refuse(none, none, 'day');
  }
  // "Which companies exactly signed up to move into the park": a public body the sentence names (the bureau it is "according to")
  // is no company, nor is a company the article does not name.
  const asksFor = /^(?:which|what)((?: (?!(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could|should)\b)[\w-]+){1,3})/u.exec(analysis.normalised)?.[1] ?? '';
  const companyAsked = analysis.answerType === 'organisation' && wordsOf(asksFor).some((word) => COMPANY_WORDS.has(stem(word)));
  // The company a statement's speaker speaks for is one only for what they said, what the statement says was done, or one of the
  // article's names only that statement holds ("which company runs the country digital acceleration program"): "which companies
  // won contracts to build china's 5g network" is not answered by a consultancy's director on 5G.
  const held = (term: QuestionTerm): boolean => !verbal(term) || PARTICLES.has(term.meaning) || supports(stems, term);
  const namedThere = analysis.names.some((lower) => wordsOf(lower).every((word) => stems.has(stem(word))) && !isPervasive(lower, context));
  const speaksFor = SAID_OR_MEANT.test(analysis.normalised) || namedThere || analysis.terms.every(held);
  if (companyAsked && !namesCompany(answering, chosen.passage, speaksFor)) return refuse(none, none, 'organisation');
  // "Which city hosted the first wic besides wuzhen": a place other than the one set aside, and than the article's own country.
  if (analysis.answerType === 'place' && analysis.excluded) {
    const aside = wordsOf(analysis.excluded);
    if (!placesNamed(answering).some((place) => wordsOf(place).some((word) => !aside.includes(word) && !isPervasive(word, context)))) return refuse(none, none, 'place');
  }
  // "What's the name of the park": a name the question does not already hold ("Country Digital Acceleration"), not a sentence about the park.
  // "What's the name of the man running the brussels-based association": a person's name is also the speaker's of a statement.
  const personNamed = /\bname of (?:the|that|this) ([a-z]+)\b/.exec(analysis.normalised)?.[1];
  const speakerCounts = chosen.passage.speaker !== null && personNamed !== undefined && context.understanding.wordnet.isKindOf(personNamed, 'person', 4);
  // "What are the names of the companies that signed…": not the name of who says so ("…, according to the Beijing Municipal Bureau…").
  // Unless that is what is named: "what is the name of the bureau that says 10 companies signed", "the department that gave the numbers".
  const namePhrase = wordsOf(/\bnames? of (?:the |that |this |those |these )?((?:[a-z]+ ){0,2}[a-z]+)/.exec(analysis.normalised)?.[1] ?? '');
  const sourceNamed = asksSource(analysis) || REPORTING_VERB.test(analysis.normalised) || namePhrase.some((word) => PUBLIC_BODY_WORD.test(word));
  const namingSentence = sentenceText(chosen.passage, choice.sentence).replace(/,? according to [^.;]*/u, (source) =>
    sourceNamed || wordsOf(source).some((word) => namePhrase.some((asked) => stem(asked) === stem(word))) ? source : '',
  );
  // "What's the brussels group that pushes digital ties called": an organisation's name is also the one the speaker's role gives ("president
  // of ChinaEU, an international association in Brussels…").
  const namedKind = personNamed ?? analysis.focus?.meaning;
  const roleCounts =
    chosen.passage.role !== null &&
    namedKind !== undefined &&
    (ORGANISATION_WORDS.test(namedKind) || ['organization', 'group', 'company'].some((kind) => context.understanding.wordnet.isKindOf(namedKind, kind, 4)));
  const namingText = `${namingSentence}${speakerCounts ? ` ${chosen.passage.speaker}` : ''}${roleCounts ? ` ${chosen.passage.role}` : ''}`;
  if (ASKS_NAME.test(analysis.normalised) && !namesSomethingNew(namingText, analysis, context)) return refuse(none, none, 'name');
  // "What was the theme of the 5th wic": an event's theme or motto is given only by a sentence that says one, not by a message to it.
  if (THEME_ASKED.test(analysis.normalised) && !THEME_GIVEN.test(answering)) return refuse();
  // "How much did the park cost": what the sum is of must be in the sentence, not another sum ("industrial output").
  // So is what something is worth, or its value: not the park's, which the article does not give, but its output's or its target's
  // ("the usd value of the park output", "what production value", "the park's 2020 target worth").
  const ofOutput = /\b(?:output|production|target)\b/.test(analysis.normalised);
  const sumOf = analysis.answerType === 'amount' ? analysis.terms.filter((term) => SUMS.test(term.meaning) || (VALUE_SUMS.test(term.meaning) && !ofOutput)) : [];
  const sumMissing = sumOf.filter((term) => !supports(new Set(wordsOf(answering).map(stem)), term));
  // "How much revenue should the hub produce": a sum of what is made, where the sentence gives another such sum ("the industrial output
  // is expected to reach 100 billion yuan"), is the closest the article comes; a cost or a price is not.
  if (sumMissing.length > 0 && sumMissing.every((term) => MADE_SUMS.test(term.meaning)) && MADE_SUM_GIVEN.test(answering)) return { ...answer(), onlyAhead: true };
  if (sumMissing.length > 0) return refuse(none, none, 'amount');
  // "When did china become a leading cyberpower": the article gives the year as a goal ("with the aim of becoming … by 2035"), not as done.
  // Unless the goal is what is asked, by a verb of wanting to do it: "when did china want to become a cyberpower". Not "when did china
  // reach its goal of…", which presumes it done.
  const goalAsked = /\b(?:want|wanted|aim|aimed|plan|planned|hope|hoped|intend|intended|seek|sought) to\b/.test(analysis.normalised);
  if (analysis.answerType === 'date' && !goalAsked && /^(?:when|(?:in )?(?:what|which) (?:year|date|month|day)|by (?:when|what year)) (?:did|was|were|has|have|had)\b/.test(analysis.normalised) && GOAL.test(answering)) return { ...refuse(), unreported: true };
  // "Who founded Kaspersky": a quotation's speaker answers "who" only if the passage says what was asked about them.
  const byAttribution = analysis.answerType === 'person' && !carriesType(sentenceText(chosen.passage, choice.sentence), 'person');
  if (analysis.answerType === 'reason' || byAttribution) {
    // "Who brought up 5g": a verb of saying is what a quotation is; "why did kaspersky criticize…" still needs the criticism.
    const reporting = analysis.terms.filter((term) => byAttribution && REPORTING.has(term.verb ?? term.meaning));
    // Its particle too: "up" of "brought up".
    const reports = (term: QuestionTerm): boolean => reporting.includes(term) || (PARTICLES.has(term.meaning) && reporting.some((verb) => verb.verb?.endsWith(` ${term.meaning}`)));
    // Nor where it is based: "the brussels based group" is "an international association in Brussels".
    const based = (term: QuestionTerm): boolean => (term.verb ?? term.meaning) === 'base' && /\bbased\b/.test(analysis.normalised);
    const ofItsKind = verbsOfSentenceKind(analysis, sentenceText(chosen.passage, choice.sentence));
    // "Who delivered the keynote speech at the second wic": giving or sending what the quotation's occasion names ("Xi Jinping, in a
    // keynote speech at the second World Internet Conference…") is what its speaker did.
    const occasionNamed = byAttribution && OCCASION_NOUNS.test(analysis.normalised) && OCCASION_NOUNS.test(chosen.passage.attribution ?? '');
    const occasionVerb = (term: QuestionTerm): boolean => occasionNamed && /^(?:deliver|give|make|send|present|write|record|address)$/.test(term.verb ?? term.meaning);
    // "Why is china trying to build a cleaner cyberspace": a verb of trying or wanting before what is done frames it ("China's efforts
    // to build…"); what is done must be there.
    const framing = (term: QuestionTerm): boolean =>
      analysis.answerType === 'reason' &&
      /^(?:try|attempt|seek|strive|want|aim|hope|plan|intend|endeavour|endeavor|wish)$/.test(term.verb ?? term.meaning) && new RegExp(`\\b${escapeRegExp(term.typed)} to [a-z]+`, 'u').test(analysis.normalised);
    // "How come moscow and beijing get along so well": getting along is what a sentence of ties says ("…have good relations…").
    const getsAlong = (term: QuestionTerm): boolean =>
      /^(?:get(?: along| on)?|along)$/.test(term.verb ?? term.meaning) && /\b(?:get|gets|getting|got|gotten) (?:along|on)\b/.test(analysis.normalised) && new RegExp(`\\b${RELATIONS}\\b`, 'u').test(sentenceText(chosen.passage, choice.sentence));
    const verbs = analysis.terms.filter((term) => verbal(term) && !reports(term) && !based(term) && !supports(stems, term) && !ofItsKind(term) && !occasionVerb(term) && !framing(term) && !getsAlong(term));
    if (verbs.length > 0) return refuse();
  }
  // "Who is the CEO of Cisco": a speaker's name answers "who" only if the passage names what they are asked to be.
  // Unless the speaker's role names a kind of it: "the brussels group" is ChinaEU, "an international association in Brussels".
  // Only the noun the role describes the organisation by ("an international association in Brussels"), not "public" of "public affairs".
  const describedAs = /\b(?:a|an) (?:[\w-]+ ){0,3}?([\w-]+)(?= (?:in|at|of|that|which|based|from|with|for)\b|,|$)/u.exec(chosen.passage.role ?? '')?.[1];
  const inRole = (term: QuestionTerm): boolean => describedAs !== undefined && context.understanding.wordnet.isKindOf(describedAs, term.meaning);
  // And "the head of roland berger china" is its managing director.
  // "Roland Berger's china office" is Roland Berger China: an office or branch of what the role names is that organisation.
  const roleOrganisation = chosen.passage.role ? organisationOf(chosen.passage.role) : null;
  // So are its "operations" or "arm" in a country ("who heads roland berger's operations in china").
  const unitOfRole = (term: QuestionTerm): boolean => roleOrganisation !== null && (context.understanding.wordnet.isKindOf(term.meaning, 'administrative_unit', 4) || UNIT_WORDS.test(term.meaning));
  // What the article is about throughout ("china" of "the brussels group that pushes ties with china") is no detail the passage must hold.
  // Nor who is asked for by a word any speaker is ("which expert mentioned 5g"); a title ("which ceo…") must be theirs.
  // "The innovation chief at cisco" is its "global innovation officer": a chief of what the role is an officer of.
  const roleWords = wordsOf(chosen.passage.role ?? '');
  const chiefOf = (term: QuestionTerm): boolean =>
    term.meaning === 'chief' && roleWords.includes('officer') && roleWords.includes(new RegExp(`\\b([a-z-]+) chief\\b`).exec(analysis.normalised)?.[1] ?? '');
  if (byAttribution && analysis.terms.some((term) => term.pos === 'noun' && !(term.answerClass && ANY_SPEAKER.has(term.meaning)) && !pervasive(term) && !supports(stems, term) && !inRole(term) && !unitOfRole(term) && !leadsAs(term, chosen.passage) && !chiefOf(term))) return refuse();
  // "Who is the president of kaspersky": a speaker whose role is its vice-president is someone else, and
  // "who is the president of roland berger" is not answered by its managing director quoting "President Xi".
  if (byAttribution && analysis.terms.some((term) => onlyAsDeputy(term.meaning, chosen.passage.role ?? '', analysis.normalised))) return refuse();
  const titled = titleAsked(analysis.normalised);
  if (titled) {
    // "Who is the mayor of beijing": a title the article gives nobody, by that word or a one-word synonym ("head" for a "chief").
    const { lexicon } = context.understanding;
    const given = (word: string): boolean =>
      lexicon.stems.has(stem(word)) || (analysis.terms.find((term) => term.meaning === word)?.neighbours ?? []).some((neighbour) => !neighbour.includes(' ') && lexicon.stems.has(stem(neighbour)));
    // "The head of chinaeu", "the boss of cisco": whoever leads it, whatever the article calls them.
    const named = titled.title.filter((word) => !LEADS.has(word));
    if (!named.every(given)) return refuse(none, none, 'person');
    // By what names it besides the words the article uses most (at least once for every two paragraphs, as "China" and "cyberspace"):
    // "the cyberspace administration of china" is not Roland Berger China.
    const inMost = (word: string): boolean => (lexicon.frequency.get(stem(word)) ?? 0) >= context.index.passages.length / 2;
    const ofWords = titled.of.filter((word) => !inMost(word));
    const ofThatOrganisation = (ofWords.length > 0 ? ofWords : titled.of).some((word) => roleStems.includes(stem(word)));
    // "Who is the boss of beijing": nobody whose role names it; "the boss of cisco": not its innovation officer.
    // Or the sentence that gives someone as its head: "Xi, who is also director of the Central Cyberspace Affairs Commission".
    // Its name may have a word more there: "who runs the cyberspace affairs commission" is answered by "…of the Central Cyberspace…".
    const headedHere = new RegExp(`\\b${LEADING_TITLE} of (?:the )?(?:[\\p{L}-]+ ){0,2}${titled.of.map(escapeRegExp).join(' ')}\\b`, 'u').test(wordsOf(answering).join(' '));
    if (named.length === 0 && !(ofThatOrganisation && LEADING_ROLE.test(chosen.passage.role ?? '')) && !headedHere) return refuse(none, none, 'person');
    // "Who is the ceo of roland berger": its managing director is not.
    // An "innovation chief" is its "innovation officer", as `chiefOf` reads it.
    const holds = (word: string): boolean => roleStems.includes(stem(word)) || (word === 'chief' && roleStems.includes(stem('officer')));
    if (ofThatOrganisation && !named.every(holds)) return refuse(none, none, 'person');
    // "Who is the vice president of china": Kaspersky's vice-president holds the title, of something else.
    if (!ofThatOrganisation && titled.of.length > 0 && named.length > 0 && named.every((word) => roleStems.includes(stem(word)))) return refuse(none, none, 'person');
    // "Who is the director of the beijing economy and it bureau": a passage that names the bureau, and nobody as its director, does not say.
    const strict = titled.title.filter((word) => !LOOSE_TITLES.has(word));
    if (strict.length > 0 && !strict.every((word) => stems.has(stem(word)) || roleStems.includes(stem(word)))) return refuse(none, none, 'person');
  }
  // The thing asked about counts as a noun however it is tagged ("what awards get handed out": "awards" read as a verb).
  const nouns = analysis.terms.filter((term) => (term.pos === 'noun' || term.kind !== 'word' || term === analysis.focus) && !term.answerClass);
  const literal = (term: QuestionTerm): boolean => supportsLiterally(stems, term);
  // "How is the wic funded", "who pays for the park": money asked of, which a passage that names none does not tell, whatever WordNet
  // relates to the verb ("fund" is "put in", which "put in place" holds).
  const funding = analysis.terms.some((term) => term.pos === 'verb' && FUNDING.test(term.verb ?? term.meaning));
  if (funding && !MONEY_SAID.test(chosen.passage.text)) return refuse();
  const unsupported = nouns.filter((term) => !supports(stems, term));
  // "which province is wuzhen in", or just "wuzhen": every name and noun asked about stands in the passage.
  // What was done must stand there too: "what apps are banned in china" is not answered by a sentence on apps in china.
  // Not the verb of being somewhere ("where is wuzhen located"), which asks only where: the article need not say "located".
  const doneHeld = analysis.terms.every((term) => term.answerClass === true || held(term));
  // "Where is kaspersky headquartered", "who founded roland berger": a fact about an organisation the article quotes is not in what
  // its speaker said, unless the statement says what was done, or the speaker's role gives the kind of answer ("ChinaEU, an
  // international association in Brussels"). Not a question about what they said, think or want.
  const questionWords = new Set(wordsOf(analysis.normalised));
  const organisationWords = speaker !== null && roleOrganisation ? wordsOf(roleOrganisation.name) : [];
  // So is a fact about a public body the article names ("when was the china internet network information center set up").
  const namedOrganisation = analysis.names.some((lower) => PUBLIC_BODY.test((lexicon.nameForms.get(lower) ?? '').split(' ').at(-1)!));
  const aboutOrganisation =
    namedOrganisation || (organisationWords.some((word) => questionWords.has(word) && !isPervasive(word, context)) && !wordsOf(speaker ?? '').some((word) => questionWords.has(word)));
  if (aboutOrganisation && FACTS.has(analysis.answerType) && !SAID_OR_MEANT.test(analysis.normalised)) {
    const role = chosen.passage.role ?? '';
    const roleGives = analysis.answerType === 'place' ? namesPlace(role) && namesSpecificPlace(role, context) : carriesFor(role, analysis);
    // The verb that asks where or what is in the passage as written: "headquartered" is not held by "provided" (WordNet's "headquarter"
    // is "provide with a headquarters").
    const done = analysis.terms.every((term) => FILLERS.has(term.meaning) || (held(term) && (!term.answerClass || !verbal(term) || literal(term))));
    // Said as what the article does not say: "The article does not say where."
    if (!roleGives && !done) return refuse(none, none, analysis.answerType);
  }
  // "Did xi mention human trafficking", "did xi talk about human rights": a thing of two words the article never writes near each
  // other, whose second it writes after another word ("drug trafficking", "legal rights"), is another thing than the one it reports.
  const topic = TOPIC_ASKED.exec(analysis.normalised)?.[1];
  if (topic && analysis.shape === 'fact' && swappedModifier(topic, context)) return refuse();
  // "Did xi mention cyber surveillance": asked yes or no whether someone named mentioned a thing, the passage of theirs must hold it
  // as written ("cyber economy" is no surveillance, nor "cybersecurity", which WordNet puts near it).
  // What it is mentioned as is how, not what: "did xi mention terrorism and gambling as online crimes" (he lists "criminal activities").
  const mentioned = MENTION_ASKED.exec(analysis.normalised)?.[1]?.replace(/ as (?!well as\b|much as\b).*$/, '');
  if (mentioned && analysis.answerType === 'yesno' && analysis.speakerWords.length > 0 && analysis.shape === 'fact') {
    const topicWords = wordsOf(mentioned);
    const things = analysis.terms.filter((term) => (term.pos === 'noun' || term.named) && !term.answerClass && topicWords.includes(term.meaning) && !analysis.speakerWords.includes(term.meaning));
    if (things.some((term) => !supportsLiterally(stems, term))) return refuse();
  }
  const saysOrMinds = (term: QuestionTerm): boolean => SAYING_OR_MINDING.has(term.verb ?? term.meaning);
  // "Who invented the internet", "when did china first connect to the internet": asked who or when of nothing but what the article
  // is about throughout, only the verb says which event is meant, and a passage holding none of the question's verbs dates or names
  // another one. Its own word, not a WordNet neighbour ("innovation" for "invent"). A verb of beginning is held by a passage that
  // dates a start ("since 2014", or the first of something); "since when has it been running" is left alone. Not a question naming
  // one of the article's events ("when was the first wic held"), which is specific already, nor who said something ("which company
  // said cyberspace belongs to all countries"), which a statement answers in its own words.
  const aboutWords = analysis.terms.some(saysOrMinds) || SAID_OR_MEANT.test(analysis.normalised);
  if (EVENT_ASKED.has(analysis.answerType) && analysis.shape === 'fact' && analysis.names.length === 0 && !aboutWords && !SINCE_WHEN.test(analysis.normalised)) {
    const asked = analysis.terms.filter((term) => !term.answerClass && !PARTICLES.has(term.meaning) && !FILLERS.has(term.meaning));
    const acts = asked.filter((term) => term.kind === 'word' && verbal(term));
    const general = asked.every((term) => acts.includes(term) || (term.kind === 'word' && (pervasive(term) || ofPervasive(term.meaning, context))));
    const begun = (term: QuestionTerm): boolean => begunIn(term, answering, wordnet);
    if (acts.length > 0 && general && !acts.some((term) => literal(term) || begun(term))) return refuse(none, none, analysis.answerType);
  }
  // "When did the cyber security law get passed": a law's making, by the verb asked, is not its taking effect, whatever it is named.
  if (analysis.answerType === 'date' && analysis.shape === 'fact' && analysis.terms.some((term) => LAWS.test(term.meaning))) {
    const made = analysis.terms.filter((term) => term.kind === 'word' && LAW_MAKING.test(term.verb ?? term.meaning));
    if (made.length > 0 && !made.some(literal)) return refuse(none, none, 'date');
  }
  // "Who organises the wic", "which body hosts the wic": who did something is answered only by a passage that says it was done, by
  // the question's verb as written, not by someone the passage names for something else (Xi's message to the first one, which dates
  // a start and organises nothing). An idea is invented as it is proposed: "who invented the idea of a shared future in cyberspace".
  if ((analysis.answerType === 'person' || analysis.answerType === 'organisation') && analysis.shape === 'fact' && !aboutWords) {
    const acts = analysis.terms.filter((term) => term.kind === 'word' && term.pos === 'verb' && ORGANISING.test(term.verb ?? term.meaning));
    const proposed = (term: QuestionTerm): boolean => /^invent/.test(term.meaning) && stems.has(stem('proposed'));
    // An event "held by China" is organised and hosted by it, as `doneByName` reads it.
    const heldBy = (term: QuestionTerm): boolean => HOSTING.test(term.verb ?? term.meaning) && HELD_BY.test(answeringLine);
    if (acts.length > 0 && !acts.some((term) => supportsLiterally(stems, term) || proposed(term) || heldBy(term))) return refuse(none, none, analysis.answerType);
  }
  if (nouns.length >= 1 && nouns.every(literal) && (nouns.length >= 2 || nouns.some((term) => term.named)) && doneHeld) return answer();
  // Worded nothing like the article ("how many firms agreed to relocate to that hub"), a question is still answered when the
  // sentence carries the kind of answer it asks for (checked above) and the passage holds most of what it is about.
  const typedAnswer = analysis.shape !== 'comparison' && analysis.answerType in SENTENCE_TYPES;
  // What happened counts as much as to what: "how many firms left that hub" is not answered by the firms that moved in.
  const content = analysis.terms.filter((term) => (nouns.includes(term) || term.pos === 'verb') && !term.answerClass);
  // Held by the passage or by the one before it in its section, which it goes on from: "which city hosted this year's national online
  // safety awareness drive" is answered by "the 2019 China Cybersecurity Week that started in Tianjin", after the paragraph on the
  // nationwide awareness campaign. The share decides both an answer that carries the type asked for and one given as only the
  // closest the article comes (below).
  // Asked who put out, gave or supplied what the article reports, a sentence that says according to whom holds the act, and the
  // figure or count asked of when it gives one ("which body put out the report with the user numbers": "…854 million …, according to a
  // report released by the China Internet Network Information Center").
  const sourced = asksSource(analysis) && SOURCE_GIVEN.test(answering);
  const sourcedBy = (term: QuestionTerm): boolean =>
    sourced && (SOURCING.test(term.verb ?? term.meaning) || PARTICLES.has(term.meaning) || (FIGURE_WORDS.test(term.meaning) && carriesType(answering, 'amount')));
  // "What does the annual awareness drive feature": a sentence that gives examples ("…has activities such as…") holds what it features.
  const exemplified = CONTENTS_ASKED.test(analysis.normalised) && EXAMPLES_GIVEN.test(answering);
  // So does what goes on or happens during it ("what goes on during the yearly awareness drive").
  const listedBy = (term: QuestionTerm): boolean => exemplified && (CONTENTS_VERBS.test(term.verb ?? term.meaning) || /^(?:go on|goes|happen|happens|take place|takes place)$/.test(term.verb ?? term.meaning));
  const heldAsAsked = (term: QuestionTerm): boolean => sourcedBy(term) || listedBy(term);
  const heldShare = content.length > 0 ? content.filter((term) => supports(inContext, term) || heldAsAsked(term)).length / content.length : 0;
  // "who said winner takes all": every noun and verb of the question stands in the passage as written.
  if (content.length >= 2 && content.every(literal)) return answer();
  // Or a little further below when the passage holds every one of three or more of them ("which newspaper printed the think tank
  // scholar's piece": carried, research center, scholar), which an embedding of so differently worded a question does not show.
  // Or a kind of place asked for ("what province is the summit's host town in") that the sentence writes after a name of one
  // ("Zhejiang province"), in the passage ranked first and clearly ahead, holding every name the question gives.
  const placeClass = analysis.answerType === 'place' ? analysis.terms.find((term) => term.answerClass && term.pos === 'noun' && PLACE_KIND_WORDS.test(term.meaning)) : undefined;
  const namesHeld = analysis.terms.filter((term) => term.named).every((term) => supports(inContext, term));
  const placeNamed = placeClass !== undefined && analysis.missing.length === 0 && namesHeld && lead >= bounds.aheadBy && new RegExp(`\\p{Lu}[\\p{L}-]+ ${placeClass.meaning}\\b`, 'u').test(answering);
  const carried =
    typedAnswer && ((similarity >= bounds.typedAbove && heldShare >= bounds.typedHeldShare) || (content.length >= 3 && heldShare === 1 && similarity >= bounds.heldAllAbove) || placeNamed);
  // Worded nothing like the article, a question is still answered, as only the closest the article comes, when one passage
  // stands clearly ahead of the rest and holds at least half of what it asks ("which newspaper published the researcher's commentary").
  // What happened counts in full: "how many firms have agreed to leave that hub" is not answered by the firms that moved in.
  // Its last word is a verb however tagged: "what did the researcher wear" is not answered by what the researcher said.
  const lastWord = /^(?:what|how|when|where|why|who|which) (?:did|does|do|will|would|has|have)\b/.test(analysis.normalised) ? analysis.normalised.split(' ').at(-1) : undefined;
  const asVerb = (term: QuestionTerm): boolean => verbal(term) || (term.meaning === lastWord && wordnet.senses(term.meaning).some((sense) => sense.pos === 'verb'));
  // Or by one of its kind ("hosts" by "held", "draw up" by "mapped out"), or, a verb of saying, by the words of someone the passage quotes
  // or reports ("which antivirus company had someone weigh in").
  // Worked out only for a verb the sentence does not hold as written.
  let ofSentenceKind: ((term: QuestionTerm) => boolean) | undefined;
  const quoting = chosen.passage.speaker !== null || REPORTING_SAID.test(answering);
  const heldByKind = (term: QuestionTerm): boolean => (ofSentenceKind ??= verbsOfSentenceKind(analysis, answering))(term) || (quoting && COMMENTING.test(term.verb ?? term.meaning));
  const verbsHeld = content.every((term) => !asVerb(term) || supports(stems, term) || heldAsAsked(term) || heldByKind(term));
  const ahead = analysis.missing.length === 0 && lead >= bounds.aheadBy && heldShare >= bounds.aheadHeldShare && verbsHeld;
  if (similarity < bounds.refuseBelow && namedPeople === 0 && !carried && ahead) return { ...answer(), onlyAhead: true };
  // "What about 2017": a year alone is near nothing in meaning; the passages that date it answer.
  const onlyYears = analysis.terms.length > 0 && analysis.terms.every((term) => term.kind === 'year' && supports(ownContext, term));
  if (similarity < bounds.refuseBelow && namedPeople === 0 && !carried && !onlyYears) return refuse(analysis.missing);
  // "Did cisco say it wants to leave the chinese market": yes or no is said of what someone said only by a statement that holds what
  // they are asked to have said they would do, in those words or theirs; "Cisco wants to be the trusted partner for China" does not.
  // A verb of the question the passage holds, or no deed at all (saying, a mind, a particle): what a yes or no rests on, here and below.
  const deedHeld = (term: QuestionTerm): boolean => !asVerb(term) || saysOrMinds(term) || PARTICLES.has(term.meaning) || supports(stems, term);
  const deedsUnsaid = (): boolean =>
    analysis.answerType === 'yesno' &&
    analysis.shape !== 'comparison' &&
    /^(?:did|does|do|has|have) .+? (?:say|said|says|tell|told|announce|announced)\b/.test(analysis.normalised) &&
    !content.every((term) => deedHeld(term) || FILLERS.has(term.meaning));
  if (namedPeople > 0 && analysis.missing.length === 0) return deedsUnsaid() ? refuse() : answer();
  // The thing asked about is a word nothing in the article relates to ("what awards…"): however close the rest.
  if (analysis.shape !== 'comparison' && analysis.focus && analysis.focus.grounding === null && analysis.focus.kind === 'word') return refuse([analysis.focus]);
  // "How is the park being funded": how something is done asks for the doing, which a passage that never says it happened does not
  // tell. Not a verb of saying or of a mind ("how does the leader want people to feel").
  if (/^how (?:is|was|are|were|will|has|have|had|does|did|do)\b/.test(askedPart(analysis.normalised)) && analysis.shape === 'fact') {
    const how = content.filter((term) => term.pos === 'verb' && !saysOrMinds(term) && !PARTICLES.has(term.meaning) && !supports(stems, term));
    if (how.length > 0) return { ...refuse(), unreported: true };
  }
  // "Does the cyber security law require data to be stored inside china": yes or no is said only by a passage that says what was
  // asked to be done, in the question's verbs or theirs; one close in meaning that does not is no answer either way.
  // Not a verb of saying or of a mind ("do the rules reflect what most nations want": the passage says "desires").
  // "Is the information gap shrinking": a change asked of what the sentence says changes ("is also widening") is answered by it.
  const changeTold = (term: QuestionTerm): boolean => reportsChange && WordNet.baseForms(term.verb ?? term.meaning).some((form) => CHANGES.test(form) || REPORTED_CHANGES.test(form));
  if (analysis.answerType === 'yesno' && analysis.shape !== 'comparison' && !content.every((term) => deedHeld(term) || changeTold(term))) {
    return refuse();
  }
  // "How many chinese internet users go online through mobile phones": a figure of something the article relates nothing to
  // ("mobile") is another figure, however close the passage with China's users. Nouns and adjectives only: a verb members
  // reword ("kick off") is let through as it is elsewhere.
  const qualifiers = analysis.terms.filter((term) => term.grounding === null && term.kind === 'word' && !term.answerClass && (term.pos === 'noun' || term.pos === 'adjective'));
  if (analysis.answerType === 'amount' && qualifiers.length > 0) return refuse(qualifiers);
  // "How many data centers does china have": a count of a thing of two words the article never writes together, whose second it writes
  // after another word ("Information Center"), is a count of another thing, though it has both words.
  const counted = COUNTED.exec(analysis.normalised)?.[1];
  if (analysis.answerType === 'amount' && counted && [counted, ...WordNet.baseForms(counted.split(' ')[1] ?? '').map((head) => `${counted.split(' ')[0]!} ${head}`)].some((topic) => swappedModifier(topic, context, true))) {
    // Said as what it is: "The article does not mention data centers."
    return refuse([unmentioned(counted)]);
  }
  // "What awards…", "what is the great firewall": the thing asked about is a word nothing in the article relates to.
  // A broader word grounds it only where the passage holds that word ("wrongdoing" → "crime" in the passage on crimes).
  const { focus } = analysis;
  // A phrase near in meaning grounds it only where the passage has that phrase itself.
  const similarTo = focus?.similarTo ?? '';
  const groundedHere =
    focus?.grounding === 'similar'
      ? similarTo.includes(' ')
        ? normaliseSpace(chosen.passage.text).includes(similarTo)
        : supports(stems, focus)
      : focus?.grounding === 'broader'
        ? supports(stems, focus)
        : true;
  // However close the passage: "what penalties does the cyber security law impose" is near the law's passage by all but what it asks
  // for, which only a word the model puts near it ("officials") grounds, and the passage does not hold.
  if (analysis.shape !== 'comparison' && focus?.grounding === 'similar' && !groundedHere) return refuse([focus]);
  if (similarity >= bounds.answerAbove) return answer();
  if (unsupported.length > 0 && similarity < bounds.softMissingAbove && !carried) return refuse(analysis.missing);
  if (analysis.shape !== 'comparison' && focus && (focus.grounding === null || !groundedHere)) return refuse([focus]);
  // A noun nothing in the article relates to ("awards", "firewall", "theme") needs a passage clearly about the question.
  // Not a verb, however tagged: members reword what was done ("which backbone did the blueprint vow to shield" for "…to protect").
  const verbBeforeTo = (term: QuestionTerm): boolean => new RegExp(`\\b${escapeRegExp(term.typed)} to [a-z]`, 'u').test(analysis.normalised) && wordnet.senses(term.meaning).some((sense) => sense.pos === 'verb');
  const unrelated = analysis.missing.filter((term) => term.kind === 'word' && term.pos !== 'verb' && !verbBeforeTo(term));
  if (unrelated.length > 0 && similarity < bounds.unrelatedAbove) return refuse(unrelated);
  // Most of what the question is about is not in the passage: it answers another question.
  const specific = nouns.filter((term) => !pervasive(term));
  if (specific.length >= 2 && unsupported.filter((term) => !pervasive(term)).length / specific.length > bounds.maxUnsupportedShare) return refuse();
  return answer();
}

/** The word and the one before it when that one says something ("online population", "tariff fights"). */
export function phraseAround(normalised: string, word: string): string {
  const words = normalised.split(' ');
  const at = words.indexOf(word);
  const before = at > 0 ? words[at - 1]! : '';
  return before && !/^(?:the|a|an|of|in|on|at|to|for|is|are|was|what|which|how|does|did|do|and|or)$/.test(before) ? `${before} ${word}` : word;
}

export interface PhraseTable {
  phrases: string[];
  vectors: Float32Array[];
}
const phraseTables = new WeakMap<KnowledgeIndex, Promise<PhraseTable>>();

/**
 * The article's noun phrases and their vectors, once per index (about 300 for the shipped
 * article, 0.3 s of embedding, done in the warm-up after a load): a word of a question that
 * WordNet does not tie to the article is grounded by the phrase nearest in meaning, when that is
 * at least `COVERAGE.phraseAbove` similar ("tariff fights" → "trade disputes").
 */
export function articlePhrases(context: ReaderContext): Promise<PhraseTable> {
  return oncePerIndex(phraseTables, context.index, () => {
    const counts = new Map<string, number>();
    for (const passage of context.index.passages) {
      for (const phrase of nlp(passage.text).nouns().out('array') as string[]) {
        const clean = phrase.toLowerCase().replace(/^(?:the|a|an|its|their|his|her|our|this|that|these|those)\s+/, '').replace(/[,.;:“”"()]/g, '').trim();
        if (clean && clean.split(' ').length <= 5) counts.set(clean, (counts.get(clean) ?? 0) + 1);
      }
    }
    // A long library keeps its most frequent phrases, in the order they come (the sort is stable): embedding every phrase
    // of 10,000 passages took minutes of the model after each load, and every question and reindex waited behind it.
    const list = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!).slice(0, MAX_TABLE_PHRASES);
    return context.embed(list).then((vectors) => ({ phrases: list, vectors }));
  });
}

/** The most phrases a table holds: about 2 s of embedding on two cores. The shipped article has about 300. */
const MAX_TABLE_PHRASES = 1500;

/**
 * A table made once per index and shared by every question; one that could not be made (the
 * model failed) is made again by the next question, not remembered as failed.
 */
export function oncePerIndex<T>(tables: WeakMap<KnowledgeIndex, Promise<T>>, index: KnowledgeIndex, make: () => Promise<T>): Promise<T> {
  const known = tables.get(index);
  if (known) return known;
  const made = make();
  made.catch(() => tables.get(index) === made && tables.delete(index));
  tables.set(index, made);
  return made;
}

export function nearestPhrase(table: PhraseTable, vector: Float32Array): { phrase: string; similarity: number } | null {
  let best: { phrase: string; similarity: number } | null = null;
  table.vectors.forEach((candidate, i) => {
    const similarity = dot(candidate, vector);
    if (!best || similarity > best.similarity) best = { phrase: table.phrases[i]!, similarity };
  });
  return best;
}

export interface WordTable {
  words: string[];
  vectors: Float32Array[];
}
const wordTables = new WeakMap<KnowledgeIndex, Promise<WordTable>>();

/** The most words a table holds: a long library keeps its most frequent common words (1,500 single words embed in about 1.3 s, once: the library keeps them in the store). */
const MAX_TABLE_WORDS = 1500;

/**
 * The article's common words (those it writes in lower case at least once, so never one of its
 * names) and their vectors, once per index: a word of a question is tied to the article's words
 * it is nearest to in meaning ("statute" → "law", "folks" → "people", "web" → "internet") when
 * WordNet does not make the link. For the shipped article, about 480 words, 0.4 s of embedding.
 */
export function articleWords(context: Pick<ReaderContext, 'index' | 'embed'>): Promise<WordTable> {
  return oncePerIndex(wordTables, context.index, () => {
    const count = new Map<string, number>();
    for (const passage of context.index.passages) {
      for (const word of passage.text.match(/(?<![\p{L}\p{N}'’-])\p{Ll}{3,}(?![\p{L}\p{N}])/gu) ?? []) count.set(word, (count.get(word) ?? 0) + 1);
    }
    const list = [...count]
      .filter(([word]) => !STOP_WORDS.has(word))
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_TABLE_WORDS)
      .map(([word]) => word);
    return context.embed(list).then((vectors) => ({ words: list, vectors }));
  });
}

/** The table's words at least `above` similar to a vector, nearest first. */
export function nearWords(table: WordTable, vector: Float32Array, above: number): Array<{ word: string; similarity: number }> {
  const near: Array<{ word: string; similarity: number }> = [];
  table.vectors.forEach((candidate, i) => {
    const similarity = dot(candidate, vector);
    if (similarity >= above) near.push({ word: table.words[i]!, similarity });
  });
  return near.sort((a, b) => b.similarity - a.similarity);
}
