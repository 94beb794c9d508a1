import { nlp } from './nlp.js';
import { distance } from 'fastest-levenshtein';
import { eng } from 'stopword';
import {
  CHAT_OPENINGS,
  CHAT_WORDS,
  correctEnglish,
  correctSpelling,
  escapeRegExp,
  isTransposition,
  withoutIdioms,
  FRAME_WORDS,
  isName,
  knowsWord,
  type Lexicon,
  numberWord,
  ORDINALS,
  ordinalWord,
  PARTICLES,
  STOP_WORDS,
  shorthand,
  stem,
  wordsOf,
} from './lexicon.js';
import { combiningParts, isCombiningForm } from './lexical.js';
import type { WordNet } from './wordnet.js';

/**
 * Question understanding: what kind of answer is wanted, what the question is about, and
 * whether each thing it names is something the article mentions. Tagging is compromise's
 * (a maintained English NLP library that knows lower-case countries, cities and people);
 * synonyms are WordNet's. Capitalisation plays no part: members rarely capitalise.
 */

export type AnswerType = 'amount' | 'duration' | 'date' | 'place' | 'person' | 'organisation' | 'reason' | 'definition' | 'yesno' | 'other';
export type QuestionShape = 'fact' | 'list' | 'comparison' | 'meta' | 'quoted' | 'mention';
export type MetaTopic = 'author' | 'view' | 'newspaper' | 'headline' | 'subtitle' | 'photo' | 'email' | 'topic' | 'date' | 'footer' | 'section';

/** How a word of the question was found in the article, or null when it was not. */
export type Grounding = 'exact' | 'alias' | 'spelling' | 'synonym' | 'broader' | 'similar' | null;

export interface QuestionTerm {
  /** The word as typed. */
  typed: string;
  /** What it stands for in the article's words ("wic" → "world internet conference"). */
  meaning: string;
  grounding: Grounding;
  /** A name (place, person, company), a year, a number, or an ordinary word. */
  kind: 'name' | 'year' | 'number' | 'word';
  /** Its part of speech as compromise tags it. */
  pos: 'noun' | 'verb' | 'adjective' | 'other';
  /** WordNet neighbours of it that the article uses. */
  neighbours: string[];
  /** compromise knows it as the name of a place, person or organisation. */
  named: boolean;
  /** compromise knows it as a place (a country, a city). */
  place: boolean;
  /** The article's phrase nearest in meaning, when that is what grounds it ("trade disputes" for "tariff fights"). */
  similarTo?: string;
  /** WordNet antonyms of an adjective ("bad" → "good"), to notice a question that says the opposite of the article. */
  antonyms: string[];
  /** Grounded only by the article's names WordNet knows as one of it ("capital" → Beijing): the passage must hold one. */
  instanceOf?: boolean;
  /** A place grounded by a part of it the article names ("belgium" by Brussels): missing where the passage does not name the part. */
  partOf?: boolean;
  /** The kind of thing the answer is ("town" in "which town hosts…"), not something the article must mention. */
  answerClass?: boolean;
  /** A word that describes the kind of answer ("port" in "which port city…"), which the article may not say of it. */
  qualifies?: boolean;
  /** A verb as WordNet lists it, with its particle: "leave" for "left", "pull out" for "pulled out". */
  verb?: string;
}

/** The word right after "which"/"what" that says what kind of answer is wanted, by answer type. */
const ANSWER_CLASS: Partial<Record<AnswerType, RegExp>> = {
  // "which two nations…": a count before the kind of place asks for that many of them.
  place: /^(?:which|what)(?: other)? (city|town|country|nation|province|place|region|district|county|village|neighbou?rhood|suburb)\b|^(?:which|what) (?:two|three|2|3) (?:cities|towns|countries|nations|provinces|places|regions)\b/,
  person: /^(?:which|what) (person|official|expert|researcher|leader)\b/,
  organisation: /^(?:which|what) (company|companies|firm|firms|organi[sz]ation|organi[sz]ations|center|centre|bureau|newspaper|newspapers|paper|association|body|bodies|agency|agencies|outfit|group|groups|institution|institute|authority|department|ministry|office|publication|outlet)\b/,
};
const CLASS_WORDS = Object.fromEntries(Object.entries(ANSWER_CLASS).map(([type, pattern]) => [type, /\((?!\?)([^)]*)\)/.exec(pattern.source)![1]!])) as Partial<Record<AnswerType, string>>;
/** Any of those words on its own. */
const CLASS_WORD = new RegExp(`^(?:${Object.values(CLASS_WORDS).join('|')})$`);
const NOT_MODIFIER = '(?!(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could|should|the|a|an|of|in|on|for|to|year|date|month|day)\\b)';

/**
 * The kind of answer a noun phrase after "which"/"what" names by its head, its last word: "which city government
 * department gave…" asks for a department, "which local agency…" for an agency. Null when it names none.
 */
function headClass(text: string): { type: AnswerType; word: string } | null {
  let best: { type: AnswerType; word: string; end: number } | null = null;
  for (const [type, words] of Object.entries(CLASS_WORDS) as Array<[AnswerType, string]>) {
    const match = new RegExp(`^(?:which|what)(?: other)?((?: ${NOT_MODIFIER}[\\w-]+){0,2}?) (${words})\\b`).exec(text);
    // "Which policy paper", "what white paper": a document, not a newspaper.
    if (match && match[2] === 'paper' && /\b(?:policy|white|position|strategy|working|discussion|research|green|government|official)$/.test(match[1]!)) continue;
    // "What activities take place during the week": what happens, not where.
    if (match && match[2] === 'place' && /\b(?:take|takes|took|taken|taking)$/.test(match[1]!)) continue;
    if (match && (!best || match[0].length > best.end)) best = { type, word: match[2]!, end: match[0].length };
  }
  return best && { type: best.type, word: best.word };
}

/** Words that name a date by what it is for ("the deadline", "the timeline"), asked for, not looked for in the article. */
const DEADLINE_WORDS: ReadonlySet<string> = new Set(['deadline', 'deadlines', 'timeline', 'timeframe']);
export const DEADLINE_ASKED = /^(?:what|whats|which)(?: is| was| are| about)?(?: the| its| their)?(?: (?!(?:did|does|do|will|would|has|have|had)\b)[a-z-]+){0,2} (?:deadline|deadlines|target date|due date|target year|timeline|timeframe|time frame)\b|^(?:when|by when) (?:is|was|are|were) (?:the |its |their )?(?:[a-z-]+ ){0,3}(?:target|targets|goal|goals|deadline|deadlines)$/;

/** WordNet's kinds of a unit of language: "metaphor", "adjective", "slogan", "phrase", "nickname". */
const WORDING_KINDS = ['language_unit', 'figure_of_speech', 'expression'];
/** Verbs of being somewhere, by their base: "where is it located" asks only where it is. */
export const LOCATED: ReadonlySet<string> = new Set(['locate', 'situate', 'base', 'headquarter', 'headquarters']);

export interface QuestionAnalysis {
  original: string;
  /** Lower case, shorthand expanded, spelling corrected: what is embedded and searched. */
  normalised: string;
  shape: QuestionShape;
  answerType: AnswerType;
  meta: MetaTopic | null;
  terms: QuestionTerm[];
  /** WordNet neighbours of the question's words that the article uses, for the lexical search. */
  expansions: string[];
  years: string[];
  /** For a comparison: the two things compared, as sub-questions. */
  compared: [string, string] | null;
  /** A comparison that asks how far apart its two things were ("how long between the 1st and 5th wic"). */
  gapAsked: boolean;
  /** Terms the article does not mention: names, years and words that nothing grounds. */
  missing: QuestionTerm[];
  /** Words naming whose words are asked about ("kaspersky" in "what does kaspersky say about…"). */
  speakerWords: string[];
  /** The noun the question asks about: "awards" in "what awards…", "firewall" in "what is the great firewall". */
  focus: QuestionTerm | null;
  /** The year "this year" was read as: the latest the article reports ("this year's wic" → 2019). */
  thisYear: string | null;
  /** "The last wic" read as the latest one of an event the article counts by ordinals: what was typed, and the one it was read as. */
  latest: { typed: string; name: string; written: string; described: string } | null;
  /** "What day…", "exact date": a day is wanted, not only a month or a year. */
  wantsDay: boolean;
  /** What the question sets aside: "yu wenwen" in "who wrote it besides yu wenwen", "xi" in "who else is quoted apart from xi". */
  excluded: string;
  /** Asks about what will happen ("when will the park be finished"), not about "political will". */
  future: boolean;
  /** Asks who someone is: "who is xi", "who's the president of china", "what is depoux's job", "what does yu wenwen do". */
  asksIdentity: boolean;
  /** Asks which post or body someone holds ("what body does the chinese president also chair"): the words around the post describe it. */
  asksPost: boolean;
  /** The article's names of several words the question asks about, spelt out from an acronym or typed whole ("wic" → "world internet conference"), lower case. */
  names: string[];
  /** The people the article quotes that the question names, by name, title or role (filled in by the reader, which knows them). */
  people: string[];
}

// Words that frame a question rather than say what it is about.
const QUESTION_FRAME = new Set([
  ...CHAT_WORDS,
  ...'what whats who whom whose which when where why how is are was were do does did can could should would will shall may might must be been being have has had the a an of to in on at by for with from about as into and or but if than then that this these those there their them they it its he she his her i me my you your we our us any some all each every more most many much very just also so not no yes really even still ever again please thanks ok okay hey hi hello lol lmao lmfao rofl hmm hmmm btw tbh idk imo imho ngl lowkey highkey fr bro dude yo ya yeah yep nah kinda sorta wanna gonna gotta pls plz thx ty real talk quick question wait bot tell know think thinks thought say says said saying talk talked mention mentioned mentions article piece story text mean means meant happen happened happens thing things stuff kind sort get got go going come came like one ones do done doing make made give gave given name named call called use used according per via guy guys people person someone somebody anything something anyone everyone everybody everything nobody nothing whole part exactly actually basically anyway rn now then ago'.split(' '),
]);

/** Nouns of one of several of something, said before "of" it: "each round of the drive", "every iteration of the conference". */
const PARTITIVE: ReadonlySet<string> = new Set(['round', 'rounds', 'iteration', 'iterations', 'installment', 'installments', 'instalment', 'instalments', 'occurrence', 'occurrences', 'cycle', 'cycles', 'bit', 'portion', 'chunk']);

/** Frame words in the plural: "what sorts of events"; and the kind of word an answer is in ("three adjectives pls"). Not "talks", "calls", "names": those may be what is asked about. */
const PLURAL_FRAME = new Set(['sorts', 'kinds', 'types', 'persons', 'adjectives', 'adjective', 'nouns']);

/**
 * What the author thinks ("is the writer biased", "does the author agree with xi", "the reporter's opinion on the park"), whatever else
 * the question names: a news report gives what others say, not its author's view.
 */
export const VIEW_ASKED =
  /\b(?:author|writer|reporter|journalist)(?:'s|s)? (?:own )?(?:opinion|opinions|view|views|stance|take|position|bias)\b|\b(?:author|writer|reporter|journalist) (?:[a-z]+ ){0,2}(?:think|thinks|thought|believe|believes|feel|feels|agree|agrees|approve|approves|biased|personally)\b|\b(?:opinion|view|stance|take) of the (?:author|writer|reporter|journalist)\b/;
const META_PATTERNS: Array<[MetaTopic, RegExp]> = [
  ['date', /^(?:when|what (?:date|day|year))\b.*\b(?:this|the) (?:article|piece|story)\b.*\b(?:published|written|out|from|dated)\b|^(?:when|what date) (?:was|is) (?:it|this) (?:published|written)\b/],
  ['email', /\b(?:e-?mail|contact)\b/],
  ['photo', /\b(?:photos?|photographs?|photographer|pictures?|images?|pics?|credit(?:ed)?|illustrations?|illustrator|artwork|graphics?)\b/],
  ['subtitle', /\b(?:subtitle|sub-?heading|subhead|deck|standfirst|strapline|tagline)\b/],
  // "What is the article called"; not "list every firm named in the article".
  ['headline', /\b(?:headline|title)\b|\b(?:called|named)\b(?! (?:in|by|after|for|as)\b)/],
  ['author', /\b(?:author|wrote|written|writer|byline|reporter|journalist|by whom)\b/],
  ['newspaper', /\b(?:newspaper|paper|publication|published|publisher|outlet|which news|what news|source)\b|^where is (?:this|the|it)(?: article| piece| story)? from\b/],
  ['topic', /\b(?:about|summary|summari[sz]e|tl;?dr|gist|main point|theme of (?:the|this) (?:article|piece|story))\b/],
];
/**
 * What the page says at its foot, after the article ("See more by scanning the code."): how to see more of it, its online version,
 * its last line. Asked so whatever else the question names ("is there a way to see more online, like a link"); not more of something
 * ("does kaspersky want to see more communications"), nor the last line of something else.
 */
const FOOTER_ASKED =
  /\b(?:see|read) more(?: of (?:this|it|the (?:article|piece|story)))?(?: online\b|$)|\b(?:online|web|digital|full) version\b(?! of (?!(?:this|the) (?:article|piece|story)\b|it\b))|\b(?:very )?(?:last|final|closing) line(?: of (?:the|this) (?:article|piece|story|page))?$|\b(?:last|final|closing) line of (?:the|this) (?:article|piece|story|page)\b|\bqr\b|\bscan(?:ning)? (?:the |a |that |this )?(?:qr )?code\b|\bcode at the (?:end|bottom)\b/;
/** "What section is this article under": the page section over its headline, not a section of something it names. */
/** Or by the label printed over it: "what's the section label on top of the article", "the label above the headline", "the kicker". */
export const PAGE_SECTION_ASKED =
  /^(?:what|which) (?:page )?section (?:is|was) (?:this|the|it)(?: article| piece| story)?(?: (?:in|under))?$|\b(?:section|topic|event|page|subject) (?:label|tag|banner)\b|\b(?:article|piece|story|it) (?:is )?(?:filed|listed|categori[sz]ed) under\b|\b(?:label|tag|banner) (?:on top|at the top|above|over)(?: of)?(?: the| this)? (?:article|piece|story|headline|title|page)\b|^(?:what is |whats )?the kicker$/;
/**
 * The heading of one of the article's boxes or sections, or the page section the article runs under: "what's the title of the quote
 * box", "what is the last section called", "what section is this article under". Asked so whatever else the question names.
 */
const SECTION_PART = `(?:(?:[\\w'-]+ ){0,3}(?:box|sidebar|panel)|(?:last|final|end|closing|first|experts?|quotes?) section)`;
/** A part of the page told by what is in it: "the bit where foreign execs give their opinions, what's that section called". */
// The part itself is what is called so, not something in it ("…, what is the program called").
const SECTION_BY_CONTENT = `\\b(?:bit|part|section|box) (?:where|with) (?:[\\w'-]+ ){1,8}?(?:opinions?|views?|comments?|reactions?|thoughts?|takes?)\\b.*\\b(?:(?:what is|whats) (?:that|this|it|the (?:bit|part|section|box))(?: section| part| bit| box)? (?:called|titled|named|headed)|(?:what is|whats) (?:its|the) (?:heading|title|name))\\b`;
const SECTION_ASKED = new RegExp(
  `\\b(?:title|heading|headline|name)s? of (?:the |that |this )?${SECTION_PART}\\b|\\b${SECTION_PART}(?: [\\w'-]+){0,5} (?:called|titled|headed|named)\\b|${SECTION_BY_CONTENT}|${PAGE_SECTION_ASKED.source}`,
);
/** A subtitle or headline whose words are asked: "what does the subheadline say xi's vision promotes". */
const SAYS_OF_HEADING = /\b(?:what does|according to) (?:the |its )?(sub-?headline|sub-?title|sub-?head(?:ing)?|deck|standfirst|headline|title)\b(?: say)?/;
/** The subtitle told by where it is: "the line under the headline, what does it say…". */
const UNDER_HEADLINE = /\b(?:line|text|sentence|bit|words?) (?:right )?(?:under|below|beneath|after) (?:the |its )?(?:headline|title)\b/;
/** "source?" on its own, or "what's the source": where the article comes from. */
const ASKS_SOURCE = /^(?:(?:what is|whats|what's) (?:the|ur|your) )?source$/;
const ABOUT_ARTICLE = /\b(?:article|piece|story|this|it|text|page|here)\b/;
/** "who wrote this piece on the wic": this article's writer, whatever it is about. Not "the article about…", which may be one it cites. */
const WRITER_OF_THIS = /^(?:who|which (?:reporter|journalist|writer|author))(?: (?:actually|even|really))? (?:wrote|penned|authored|is the (?:author|writer|reporter) of|was the (?:author|writer|reporter) of) this (?:article|piece|story|text)\b/;

function answerTypeOf(text: string): AnswerType {
  // "which body put out the figure on how many chinese are online" asks for the body, not how many.
  const head = headClass(text);
  if (head && head.word !== (ANSWER_CLASS[head.type]!.exec(text)?.[1] ?? null) && !/^how\b/.test(text)) return head.type;
  if (head && /\bhow (?:many|much)\b/.test(text)) return head.type;
  if (/\bhow (?:long|often|much longer)\b(?! ago)|\bhow many (?:days|weeks|months|years|hours|minutes)\b/.test(text)) return 'duration';
  // "how tall is xi", "how rich…", "how fast…": a measure, which a sentence gives as a number.
  if (/^(?:how (?:many|much|big|large|old|tall|short|rich|wealthy|heavy|fast|wide|deep|expensive|cheap|popular)|what (?:number|amount|percent|percentage|share|size|figure)|how high|how far)\b/.test(text)) return 'amount';
  if (/\bhow (?:many|much)\b/.test(text)) return 'amount';
  if (/^what(?: is| was| are)? (?:the |its |their )?(?:population|number|size|price|cost|value|gdp|revenue|budget|total|amount|percentage|rate|count|salary|income|speed) of\b/.test(text)) return 'amount';
  // "What will china's output be by 2035": a figure something is to reach.
  if (/^what (?:will|would|is|was|should) (?:the )?(?:[a-z-]+ ){0,2}(?:output|revenue|turnover|gdp|budget|population|income) be\b/.test(text)) return 'amount';
  // "What economic yield is the park projected to generate", "what output will it reach": the figure it yields.
  if (/^what (?:[a-z-]+ ){0,2}(?:yield|output|revenue|turnover|income|earnings|production value)s? (?:[a-z-]+ ){1,6}(?:generate|produce|reach|hit|make|yield|earn|bring in|achieve|attain)\b/.test(text)) return 'amount';
  // "What is beijing's population" (read "what is beijing population"): a figure of something named before it.
  if (/^what(?: is| was| are| were)? (?:[a-z-]+ ){1,2}(?:population|budget|salary|income|revenue|turnover|profits?|cost|price|output|worth)$/.test(text)) return 'amount';
  // "what's the projected output of the park", "what production value is it projected to hit", "whats the usd value of the park output":
  // a sum the thing is to reach.
  if (/^what(?: is| was| are| will be)? (?:the |its |their )?(?:(?:projected|expected|estimated|planned|target|targeted|annual|yearly|total|industrial|production|usd|dollars?|yuan|rmb|euros?) )+(?:output|value|revenue|turnover|figure|sum)s?\b/.test(text)) return 'amount';
  // "what's the park's 2020 target worth in us dollars", "what is the output in yuan": a sum, asked by what it is worth or in a currency.
  if (/^what(?: is| was| are| were| will be)? (?:[a-z0-9'-]+ ){0,5}(?:worth|(?:in|into) (?:us |u\.s\. |american )?(?:dollars|usd|yuan|rmb|euros|pounds))(?: (?:in|by|as of) (?:19|20)\d{2}| now| today)?$/.test(text)) return 'amount';
  // "what's the fine for breaking the law": a sum, which the article must give.
  if (/^what(?: is| was| are)? (?:the |a )?(?:fine|fines|penalty|penalties|fee|fees|price|cost|salary|budget)(?: (?:for|of|in|under|to|on)\b|$)/.test(text)) return 'amount';
  // "what's the internet penetration rate in china": a rate or share is a figure, whatever names it.
  // So is "what's china's internet penetration rate" (read "what is china internet penetration rate").
  if (/^what (?:(?:is|was|are|were) )?(?:the |its |their |(?!(?:did|does|do|will|would|can|could|should|has|have|had)\b)[a-z]+ )(?:[a-z-]+ ){1,3}(?:rate|percentage|share|ratio|revenue|budget|turnover|headcount)(?:$| in\b| of\b| for\b| at\b| among\b| as\b)/.test(text)) return 'amount';
  // "What exact date…", "what are the exact dates of…".
  if (new RegExp(`^(?:what|which)(?: is| are| was| were)?(?: the)? ${EXACT_WORDS} (?:dates?|days?|years?|months?)\\b`).test(text)) return 'date';
  if (/^(?:when|since when|what (?:year|date|month|day|time)|which (?:year|date|month|day)|how long ago|by when|until when)\b/.test(text)) return 'date';
  // "What's the deadline for…", "what is the target date": a date, which the article gives as "by 2035".
  if (DEADLINE_ASKED.test(text)) return 'date';
  // "When" asks for a date unless another question word comes first ("what did xi say cyberspace is when he proposed…").
  if (/\b(?:what|which) (?:year|date|month)\b/.test(text) || /^(?:(?!\b(?:what|who|whom|whose|which|where|why|how)\b).)*\bwhen\b/.test(text)) return 'date';
  // "Where does depoux work" asks whom for, not a place.
  if (WORKS_WHERE.test(text)) return 'organisation';
  // The words that name the kind of answer (ANSWER_CLASS) say it; so do a few the article must hold ("which capital": Beijing).
  if (/^where\b/.test(text) || ANSWER_CLASS.place!.test(text) || /^(?:which|what)(?: other)? (?:capital|municipality|metropolis|village|state)\b/.test(text)) return 'place';
  // Not "the line where xi talks about…", "the part where…": a "where" that points into the article asks for what was said there.
  // Nor "what old way of thinking where only one side…", "who should decide where the web goes": after another question word, it
  // opens a clause of what is asked, unless it follows a place ("what is the city where xi gave his keynote"). Wherever that question
  // word stands: "according to the leader, who should decide where the web goes".
  if (/(?<!\b(?:line|lines|part|bit|quote|passage|paragraph|section|sentence|one) )\bwhere\b/.test(text) && !/^(?:(?!\bwhere\b).)*\b(?:what|which|who|whom|whose|how|why)\b.+(?<!\b(?:city|town|place|venue|country|province|location|site|area|region|village|spot|capital)) where (?!(?:is|was|are|were|did|does|do)\b)/.test(text)) return 'place';
  if (/\b(?:which|what) (?:city|town|province|country)\b/.test(text)) return 'place';
  // "Who does cyberspace belong to", "a common area belonging to whom": whose something is, which may be "the whole of mankind".
  if (OWNER_ASKED.test(text)) return 'other';
  // "who is luigi gambardella" asks what he is; "who is the director of …" asks for a name.
  // Not "who is building the park", which asks who does it.
  if (/^who(?: is|'s|s| was) (?!the\b|a\b|an\b|[a-z]+ing\b)/.test(text)) return 'definition';
  // "Whose hands should the future be in" asks whose, which may be "all nations"; "whose idea was it" asks for a person.
  if (/^(?:who|whom|whose (?:ideas?|words|quotes?|visions?|proposals?|speech|speeches|messages?|articles?|piece|statements?)|which (?:person|official|expert|researcher|leader))\b/.test(text)) return 'person';
  if (ANSWER_CLASS.organisation!.test(text) || /^(?:which|what) (?:companies|firms|organi[sz]ations)\b/.test(text)) return 'organisation';
  if (/^(?:why|how come|for what reason)\b/.test(text)) return 'reason';
  if (/^(?:is|are|was|were|do|does|did|can|could|will|would|has|have|had|should)\b/.test(text)) return 'yesno';
  if (/^what (?:is|are|was|were) (?:a |an |the )?[\w-]+(?: [\w-]+)?$/.test(text)) return 'definition';
  // Terse questions put the kind of answer last: "wic location?", "cn internet users number".
  // Not a full question of something else that ends so: "what did shingarev say about kaspersky headquarters".
  const terse = !/\b(?:did|does|do|happened|has|have|had|will|would|can|could|should|say|said|says|about)\b/.test(text);
  if (/\b(?:location|venue|held where|where)$/.test(text) || (terse && /\b(?:city|town|province|headquarters|hq)$/.test(text))) return 'place';
  if (/\b(?:number|count|total|figure|amount|how many)$/.test(text) || (terse && /\bin (?:us )?(?:dollars|usd|yuan|rmb)$/.test(text))) return 'amount';
  if (/\b(?:date|year|when)$/.test(text)) return 'date';
  return 'other';
}

/** A question of whom something belongs to. */
// At the end, or before whom it is according to: "who does cyberspace belong to according to xi".
const OWNER_END = "(?: (?:according to|per|in the words of) [a-z' -]{1,40})?$";
export const OWNER_ASKED = new RegExp(
  `\\bin whose hands\\b|\\bbelong(?:s|ed|ing)? to (?:all|everyone|everybody|every|the whole|humanity|mankind)\\b|\\b(?:whom|who) (?:[a-z'-]+ ){1,6}vested in${OWNER_END}|\\bbelong(?:s|ed|ing)? to (?:whom|who)\\b|\\b(?:whom|who) (?:does|do|did|should|will|would) (?:[a-z'-]+ ){1,8}belong(?: to)?${OWNER_END}|\\b(?:whom|who) (?:[a-z'-]+ ){1,8}belongs? to${OWNER_END}|^what (?:[a-z'-]+ ){1,8}belongs? to${OWNER_END}`,
);

const LIST_PATTERNS = [
  /^(?:which|what) (?:\w+ ){0,2}(?:companies|firms|people|experts|countries|cities|crimes|activities|technologies|techs|strategies|plans|initiatives|problems|things|steps|measures|events|goals|priorities|issues|areas|messages|principles|conferences|editions|summits|speeches)\b/,
  // "each", "every" ask for several only before a plural ("every company"); "every year" says how often.
  /\b(?:list|name (?:all|the)|what are (?:all )?the|what were the|all the)\b|\b(?:each|every) (?!(?:year|month|week|day|time|now|morning|evening|night|afternoon|hour|minute|decade|season|summer|winter|spring|autumn|fall|weekend)\b)\w+/,
  /^what (?:did|has|have) (?:china|the country|beijing|xi|the government) (?:do|done)\b/,
  // "what happened in 2017", "what about 2017", "tell me about 2017": everything the article dates that year.
  /^(?:what (?:happened|took place|went on)|what about|tell me about|anything about|what does the article say about)(?: in| during)? (?:19|20)\d{2}$/,
  /\b\d+ (?:things|ways|steps|areas)\b/,
];
/** "is the great firewall mentioned", "does the article talk about 5g": whether the article says a thing at all. */
const MENTION_PATTERN = /^(?:is|are|was|were) (?:there )?(?:any(?:thing)? )?(?:about )?.+ (?:mentioned|discussed|covered|named|in (?:the|this) (?:article|piece|story))$|^(?:does|did) (?:the |this )?(?:article|piece|story|it|text) (?:mention|talk about|discuss|cover|say anything about|name)\b/;
const QUOTED_PATTERN = /\b(?:quoted|quote[sd]?|interviewed|cited|featured|what they say)\b/;
/** "which companies are mentioned", "who is named in the article": of people and organisations only, who is quoted ("which crimes are mentioned" is not). */
const MENTIONED_PATTERN = /\b(?:(?:is|are|was|were|gets?|got|being) (?:mentioned|named)|(?:mentioned|named) in (?:the|this))\b/;
const OF_SPEAKERS = '(?:people|persons|experts|speakers|sources|companies|firms|organi[sz]ations)';

/** The two things a comparison sets side by side, worded as questions of their own. */
const ORDER_WORDS = 'first|earlier|earliest|sooner|before|later|latest|last|more recent|older|oldest|newer|newest';

/** A date alone: "2018", "june 2017", "the end of 2017", "november 19, 2014". */
const DATE_ONLY = /^(?:the )?(?:(?:end|start|beginning|middle) of |early |late |mid-?)?(?:[a-z]+ (?:\d{1,2}(?:st|nd|rd|th)?,? )?)?(?:19|20)\d{2}$/;

/** "How long between the 1st and 5th wic", "how far apart were the keynote and the strategy", "how long after the law did construction start". */
/** Words that ask how far apart two things were, not what is asked about: "how far apart", "how many years between". */
const GAP_WORDS: ReadonlySet<string> = new Set(['long', 'far', 'apart', 'time', 'years', 'months', 'days', 'passed', 'elapsed', 'went', 'gap', 'interval']);
const FIRST_TEN = ORDINALS.slice(1, 11).join('|');
/** The words that ask how far apart, before the two things: "how long", "how many years was there"… */
const GAP_OPENING = '^how (?:long|much time|many (?:years|months|days))(?: (?:was there|were there|is there|passed|elapsed|went by|was it|is it|did it take))?';
/** "What's the gap in years between the first and fifth conferences": in time units, or between numbered ones; not "the gap between nations". */
const GAP_WHAT = new RegExp(`^what(?: is| was)? the (?:time )?(?:gap|interval)(?: in (?:years|months|days))? between (.+)$`);
const GAP_BETWEEN = new RegExp(`${GAP_OPENING} between (.+)$`);
const GAP_APART = /^how (?:far|many (?:years|months|days)) apart (?:were|was) (.+)$/;
const GAP_FROM_TO = new RegExp(`${GAP_OPENING} from (.+?) (?:to|till|until) (.+)$`);
// At the last "did", "was"…: the first side may have its own ("after the strategy was unveiled did…").
const GAP_AFTER = new RegExp(`${GAP_OPENING} (?:after|before) (.+) (?:did|was|were|is|does|came|happened) (.+)$`);
/** An ordinal alone ("the first"), and one before the thing it counts ("the fifth wic"). */
const ORDINAL_ALONE = new RegExp(`^(?:the )?(${FIRST_TEN})$`);
const ORDINAL_OF = new RegExp(`^(?:the )?(?:${FIRST_TEN}) (.+)$`);
/** One of the first ten ordinals anywhere in a text: "between the first and fifth conferences". */
const ORDINAL_IN = new RegExp(`\\b(?:${FIRST_TEN})\\b`);
const ORDINAL_FIRST = new RegExp(`^(?=(?:${FIRST_TEN}) )`);
/** What opens a new thing after "and": "the", "his", an ordinal. */
const OPENS_THING = new RegExp(`^(?:the|a|an|his|her|its|their|xi|${FIRST_TEN})\\b`);

/**
 * The two things of a question asking how far apart they were in time ("how long between the 1st and 5th wic", "how many years apart
 * were …", "how long from … to …", "how long after the strategy was unveiled did the law take effect"), or null. Not "how far apart
 * are wuzhen and beijing", a distance, nor a side that is a date alone ("how many years between the first wic and 2035").
 */
function apartParts(text: string): [string, string] | null {
  const question = text.replace(/\?$/, '').trim();
  const gapWhat = GAP_WHAT.exec(question);
  const timed = gapWhat && (/ in (?:years|months|days) between /.test(question) || ORDINAL_IN.test(gapWhat[1]!));
  const between = GAP_BETWEEN.exec(question) ?? GAP_APART.exec(question) ?? (timed ? gapWhat : null);
  const fromTo = GAP_FROM_TO.exec(question);
  const after = GAP_AFTER.exec(question);
  const pair = between ? splitAtAnd(between[1]!) : fromTo ? [fromTo[1]!, fromTo[2]!] : after ? [after[1]!, after[2]!.replace(/ (?:happen|take place|come|came)$/, '')] : null;
  if (!pair) return null;
  const [first, second] = pair.map((side) => side.trim()) as [string, string];
  if (!first || !second || DATE_ONLY.test(first) || DATE_ONLY.test(second)) return null;
  // "between the first and fifth wic": the first side borrows the second's noun; "between the first wic and the fifth", the second
  // the first's. "5th wic" is "the fifth World Internet Conference".
  const bare = ORDINAL_ALONE.exec(first)?.[1];
  const head = ORDINAL_OF.exec(second)?.[1];
  const withArticle = (side: string): string => side.replace(ORDINAL_FIRST, 'the ');
  return [bare && head ? `the ${bare} ${head}` : withArticle(first), withArticle(completeOrdinal(first, second))];
}

/** Two things joined by "and", at the "and" before a new one ("the first wic and the belt and road call"), else at the last. */
function splitAtAnd(text: string): [string, string] | null {
  const at = [...text.matchAll(/ and /g)].map((match) => match.index);
  const chosen = at.find((index) => OPENS_THING.test(text.slice(index + 5))) ?? at.at(-1);
  return chosen === undefined ? null : [text.slice(0, chosen), text.slice(chosen + 5)];
}

function comparedParts(text: string, gap = apartParts(text)): [string, string] | null {
  if (gap) return gap;
  const frame = new RegExp(`^(?:which|what)(?: [\\w-]+){0,4} (?:came|happened|happen|was|were|is|are|occurred|took place|started|began|begun|launched|opened|kicked off|appeared|sent|held|released|published|issued|delivered|given|unveiled|passed|adopted|announced|proposed|written) (?:${ORDER_WORDS})\\b,?`);
  let rest: string | null = null;
  const match = frame.exec(text);
  if (match) rest = text.slice(match[0].length);
  else {
    const order = new RegExp(`^(?:was|did|is|were) (.+?) (?:come |happen |take place )?${ORDER_RELATION} (.+)$`).exec(text);
    // "did the cyber law take effect before 2018": a date is no second thing to compare, but a bound the yes/no question checks.
    if (order?.[1] && order[2] && DATE_ONLY.test(order[2].replace(/\?$/, '').trim())) return null;
    // "was the 5th wic before the 4th": the second side borrows the first's noun.
    if (order?.[1] && order[2]) return [order[1].trim(), completeOrdinal(order[1].trim(), order[2].replace(/\?$/, '').trim())];
    // "the csl vs the national strategy, which is older"
    const versus = new RegExp(`^(.+?) (?:vs|versus) (.+?),? (?:which|what)(?: one)? (?:is|was|came|happened) (?:${ORDER_WORDS})\\b`).exec(text);
    if (versus?.[1] && versus[2]) return [versus[1].trim(), versus[2].trim()];
    // "3rd wic video vs 4th wic message, dates?": two things side by side, asked for their dates. Only "dates" or "date" after them:
    // "china vs russia internet users over the years" compares no two dated things.
    const dated = /^(.+?) (?:vs|versus) (.+?) (?:dates?)$/.exec(text.replace(/\?$/, ''));
    if (dated?.[1] && dated[2] && !/\b(?:the|a|of|in|on|at|since|over|for|by)$/.test(dated[2])) return [dated[1].trim(), dated[2].trim()];
  }
  if (rest === null) return null;
  const parts = rest.replace(/[?]/g, '').split(/,?\s+or\s+/);
  if (parts.length !== 2 || !parts[0]?.trim() || !parts[1]?.trim()) return null;
  const first = parts[0].replace(/^[:,\s]+|^(?:the )?(?:first )?/g, '').trim();
  return [first, completeOrdinal(first, parts[1].trim())];
}

const ORDINAL_ALONE_OR_ONE = new RegExp(`^(?:the one (?:to|at|for|of) )?(?:the )?(${FIRST_TEN})(?: one)?$`);
/** "the speech at the second": a side with its own noun before an ordinal alone. */
const OWN_NOUN_ORDINAL = new RegExp(`^(the (?:[a-z]+ )?(?:message|speech|letter|address|keynote|remarks) (?:to|at|for|of)) (?:the )?(${FIRST_TEN})$`);
const ORDINAL_WORD = new RegExp(`\\b(?:${FIRST_TEN})\\b`);

/** "the third world internet conference or the second", "xi's message to the first wic or the one to the fifth": the second side borrows the first's noun; "…or the speech at the second", only its event. */
function completeOrdinal(first: string, second: string): string {
  const ordinal = ORDINAL_ALONE_OR_ONE.exec(second);
  const head = ORDINAL_WORD.exec(first);
  // "…or the speech at the second": its own noun, with the event the first side names after its ordinal.
  const own = OWN_NOUN_ORDINAL.exec(second);
  if (own && head) return `${own[1]!} the ${own[2]!}${first.slice(head.index + head[0].length)}`;
  if (!ordinal?.[1] || !head) return second;
  // "Xi's message to the first wic or the one to the fifth": a side with no "the" before it gets none.
  const article = /^the /.test(first) || ORDINAL_FIRST.test(first) ? 'the ' : '';
  return `${article}${first.replace(/^the /, '').replace(head[0], ordinal[1])}`;
}

function metaTopicOf(text: string): MetaTopic | null {
  for (const [topic, pattern] of META_PATTERNS) {
    if (!pattern.test(text)) continue;
    // "what is the article about" is about the article; "what is xi's vision about" is not.
    if (topic === 'topic' && !/^(?:what(?: is| 's|s)?|whats|tell me what)(?: this| the)? (?:article|piece|story|it|text)(?: is| all)? about\b|\b(?:summary|summari[sz]e|tl;?dr|gist|main point|theme of (?:the|this) (?:article|piece|story))\b/.test(text)) continue;
    // "source?" on its own, or "what's the source", asks where the article comes from.
    if (topic === 'newspaper' && !ABOUT_ARTICLE.test(text) && !/^(?:what|which) (?:news)?paper\b/.test(text) && !ASKS_SOURCE.test(text)) continue;
    // "who took the pic", "picture credit", "who is credited for the image": the article's own picture, which is the only one it has.
    if ((topic === 'headline' || topic === 'photo') && !ABOUT_ARTICLE.test(text) && !/^(?:what|whats|what's)(?: is)? the (?:headline|title)\b|^(?:the |its )?(?:headline|title)(?: please)?$|\bphoto|\b(?:took|take|shot|snapped) the (?:picture|pic|image|photo)s?\b|\b(?:picture|pic|image) credit|\bcredit(?:ed|s)? (?:for|of|with) the (?:picture|pic|image)s?\b|\b(?:made|drew|drawn|did|created) the (?:illustration|artwork|graphic|picture|image)s?\b|\billustrat/.test(text)) continue;
    if (topic === 'author' && /\bwrote (?:to|a|an|in)\b/.test(text)) continue;
    return topic;
  }
  return null;
}

/** How a yes/no question orders two things: "was X before Y", "did X come before or after Y", "was X earlier than Y". */
export const ORDER_RELATION = '(?:before or after|after or before|earlier or later|(?:earlier|later|sooner) than|prior to|before|after)';

/** Short slips of the words questions are made of: "hav" → "have", "wat" → "what" (one letter missing). */
const SHORT_FRAME = ['have', 'what', 'when', 'where', 'does', 'that', 'this', 'with', 'about', 'they', 'there', 'which', 'were', 'said'];
function shortSlip(token: string): string | null {
  if (token.length !== 3) return null;
  return SHORT_FRAME.find((word) => word.length === 4 && [...word].some((_, i) => word.slice(0, i) + word.slice(i + 1) === token)) ?? null;
}

/** Function words the stopword list lacks and WordNet does not list: "who else", "besides xi". */
const MORE_FUNCTION_WORDS = ['else', 'besides', 'otherwise', 'whereas', 'unless', 'although', 'though', 'whether', 'either', 'neither', 'whose', 'whom'];
/** Prepositions the stopword list lacks, which compromise may tag otherwise after a phrasal verb ("team up against"): never what a question is about. */
const PREPOSITIONS = new Set(['vs', 'versus', 'against', 'among', 'amongst', 'amid', 'across', 'within', 'beyond', 'despite', 'toward', 'towards', 'throughout', 'onto', 'upon', 'via', 'per']);

/**
 * "shouldn't", "can't", "won't", and as typed without the apostrophe ("shouldnt", "doesnt"): a
 * modal and "not", never a word of their own to find in the article.
 */
function withoutContractions(text: string): string {
  return text
    .replace(/\bcan['’]?t\b/gu, 'can not')
    .replace(/\bwon['’]t\b/gu, 'will not')
    .replace(/\bshan['’]t\b/gu, 'shall not')
    .replace(/\b(do|does|did|is|are|was|were|has|have|had|could|would|should|must|need|might)n['’]?t\b/gu, '$1 not');
}

/** Function words (the stopword list) and the words questions are made of: never names, and the first guesses for a slip. */
const COMMON_WORDS = new Set([...eng, ...QUESTION_FRAME, ...FRAME_WORDS, ...MORE_FUNCTION_WORDS, ...PREPOSITIONS]);
const slips = new Map<string, string | null>();
/** Endings of inflected forms and what their base ends with: "hosting" → "host", "hoping" → "hope", "voted" → "vote". */
const INFLECTED_BASES: Array<[string, string]> = [['ing', ''], ['ing', 'e'], ['ed', ''], ['ed', 'e'], ['es', '']];
function englishSlip(token: string, wordnet: WordNet): string | null {
  if (!slips.has(token)) {
    if (slips.size > 10_000) slips.clear();
    // A plural WordNet lists under its singular counts as that ("dolars" → "dollars"). A word without a vowel is a slip
    // only of a common word ("frm", "whts"): else it is an abbreviation ("vpns" is not "vans").
    const vowelless = !/[aeiouy]/.test(token);
    // An inflected form counts as its base's word ("hosting" of "host"): only of a verb ("donaed" is no form of "dona"), never by
    // doubling an e ("freing" is not of "free"); below 1, so below any word WordNet lists as it is, and among forms by how common
    // their verb is.
    const inflected = (word: string): number =>
      Math.max(
        0,
        ...INFLECTED_BASES.filter(([ending]) => word.endsWith(ending)).map(([ending, base]) => {
          const lemma = word.slice(0, -ending.length) + base;
          if (base === 'e' && lemma.endsWith('ee')) return 0;
          return wordnet.senses(lemma).some((sense) => sense.pos === 'verb') ? 0.5 + Math.min(wordnet.senseCount(lemma), 40) / 100 : 0;
        }),
      );
    const senses = (word: string): number => (vowelless ? 0 : wordnet.senseCount(word) || (word.endsWith('s') ? wordnet.senseCount(word.slice(0, -1)) : 0) || inflected(word));
    slips.set(token, correctEnglish(token, COMMON_WORDS, senses));
  }
  return slips.get(token) ?? null;
}

/**
 * "chian" is a word (of Chios) but a slip for the article's "china": a word WordNet knows in one
 * sense only, one edit from a word the article uses three times or more, is read as that word.
 */
function rareSlipOfArticleWord(token: string, lexicon: Lexicon, wordnet: WordNet, previous: string | undefined): boolean {
  if (token.length < 4 || COMMON_WORDS.has(token)) return false;
  const corrected = correctSpelling(lexicon, token);
  if (corrected === null) return false;
  // "roland burger": after a word of one of the article's names, the name it spells wins ("Roland Berger").
  // Not after "the": "the best way" is not "the Belt and Road".
  if (previous && !STOP_WORDS.has(previous) && lexicon.bigrams.has(`${previous} ${corrected}`)) return true;
  // "dietrich" is a name WordNet knows, but the article's "Diedrich" is the one a member means.
  if (lexicon.names.has(corrected) && wordnet.isName(token)) return true;
  // "wuzhen is in which provence": right after "which" or "what" comes the kind of thing asked, a common word, not a name one slip away.
  // Only a word WordNet knows as nothing but a name: "what white paper" is no "while".
  const onlyName = wordnet.senses(token).length > 0 && wordnet.senses(token).every((sense) => sense.written.some((written) => written.toLowerCase() === token && /^\p{Lu}/u.test(written)));
  if ((previous === 'which' || previous === 'what') && onlyName && !lexicon.names.has(token) && !wordnet.isName(corrected)) return true;
  return wordnet.senses(token).length <= 1 && (lexicon.frequency.get(stem(corrected)) ?? 0) >= 3;
}

/** Opposites made by the word's own form, where English has them: "limited" → "limitless", "bounded" → "boundless", "careful" → "careless". */
function formOpposites(word: string, wordnet: WordNet): string[] {
  const base = word.replace(/(?:ed|ful)$/, '');
  return base !== word && base.length >= 4 && wordnet.senseCount(`${base}less`) > 0 ? [`${base}less`] : [];
}

/** Names spelt with their country's article ("the us") before lower-casing makes them pronouns. */
function expandCountryNames(question: string): string {
  return question
    .replace(/\b(?:the\s+)?(?:u\.s\.a?\.?|usa|u\.s\.|the us|the states)(?![\p{L}])/giu, ' united states ')
    .replace(/\bthe uk\b|\bu\.k\.(?![\p{L}])/giu, ' united kingdom ')
    .replace(/\bthe eu\b/giu, ' european union ');
}

/**
 * A table worked out from the article's lexicon (and WordNet, of which a process has one) the
 * first time a question needs it, then kept as long as that lexicon is.
 */
function perArticle<T>(build: (article: Pick<Understanding, 'lexicon' | 'wordnet'>) => T): (article: Pick<Understanding, 'lexicon' | 'wordnet'>) => T {
  const built = new WeakMap<Lexicon, T>();
  return (article) => {
    if (!built.has(article.lexicon)) built.set(article.lexicon, build(article));
    return built.get(article.lexicon)!;
  };
}

/** The acronyms inside the article's names written solid ("EU" of "ChinaEU"), lower case, each with the name it is part of. */
const acronymsInSolidNames = perArticle(({ lexicon }) => {
  const found = new Map<string, string>();
  for (const written of lexicon.solidNames) {
    for (const part of written.match(/\p{Lu}{2,}(?!\p{Ll})/gu) ?? []) found.set(part.toLowerCase(), written.toLowerCase());
  }
  return found;
});

/** The article's names written solid from two words ("ChinaEU"), each with the pattern of its words apart in either order ("eu-china", "china eu"). */
const solidNamesOf = perArticle(({ lexicon, wordnet }) => {
  const found: Array<{ lower: string; pattern: RegExp }> = [];
  for (const written of lexicon.solidNames) {
    const parts = written.match(/\p{Lu}\p{Ll}+|\p{Lu}+(?!\p{Ll})/gu) ?? [];
    if (parts.length !== 2 || parts.join('') !== written) continue;
    // Only names or acronyms ("China", "EU"), in either order: not "Linked" and "In", nor "Open" and "AI".
    if (!parts.every((part) => /^\p{Lu}{2,}$/u.test(part) || wordnet.isName(part.toLowerCase()))) continue;
    const [a, b] = parts.map((part) => escapeRegExp(part.toLowerCase()));
    found.push({ lower: written.toLowerCase(), pattern: new RegExp(`(?<![\\p{L}])(?:${a}[\\s-]+${b}|${b}[\\s-]+${a})(?![\\p{L}])`, 'giu') });
  }
  return found;
});

/** Normalises a question: lower case, shorthand and ordinals expanded, acronyms of the article's names spelt out, slips corrected. */
/** A greeting typed long ("hiii", "heyyy", "hellooo", "yooo") is the greeting, not a name the spelling checker makes of it ("higi"). */
function stretchedGreeting(text: string): string {
  return text.replace(/^\s*(?:h+i+|h+e+y+|h+e+l+o+|y+o+)(?![\p{L}])/u, (typed) => {
    const squeezed = typed.trim().replace(/(\p{L})\1+/gu, '$1');
    return squeezed === 'helo' ? 'hello' : squeezed;
  });
}

/**
 * Where in the article a member points before asking, set off by a comma or colon: "in the quote box at the end, what did xi
 * say…", "the last paragraph: when…". The question after it is what is asked; "at the end" is no ending to look for.
 */
const POINTED_AT =
  /^\s*(?:(?:in|from|on|at) )?(?:the )?(?:very )?(?:quotes? box|boxed quotes?|sidebar|(?:experts?|what they say) section|(?:last|final|first|opening|closing|top|bottom) (?:paragraph|para|line|sentence|bit|part|section))(?: (?:at|near|on) the (?:end|bottom|top|side))?(?: of (?:the|this) (?:article|piece|story|page))?\s*[,:;-]+\s*(?=\p{L})/u;

function normalise(question: string, lexicon: Lexicon, wordnet: WordNet): { text: string; replaced: Map<string, { meaning: string; how: Grounding }> } {
  const replaced = new Map<string, { meaning: string; how: Grounding }>();
  const out: string[] = [];
  // "the eu-china group" is the article's ChinaEU, not the European Union; "break ground" is "start construction".
  let joined = withoutIdioms(withoutContractions(stretchedGreeting(question.toLowerCase().replace(POINTED_AT, ''))).replace(/\bnext[- ]?gen\b/gu, 'next generation'), (typed, plain) => replaced.set(typed, { meaning: plain, how: 'alias' }));
  for (const { lower, pattern } of solidNamesOf({ lexicon, wordnet })) {
    joined = joined.replace(pattern, (typed) => {
      replaced.set(typed.toLowerCase(), { meaning: lower, how: 'alias' });
      return lower;
    });
  }
  // "The eu association", "the eu-based trade group": a group named by an acronym inside one of the article's names written solid is
  // that name's group (ChinaEU, "an international association in Brussels"). The bloc itself ("what does the eu think") is not.
  for (const [acronym, solid] of acronymsInSolidNames({ lexicon, wordnet })) {
    const spelt = [acronym, ...[...wordnet.related(acronym)].filter((name) => name.includes(' '))].map(escapeRegExp).join('|');
    const group = new RegExp(`\\b(?:${spelt})(?:[ -]based)?(?=(?: [\\p{L}-]+)? (?:associations?|groups?|organi[sz]ations?|lobby|lobbies|body|outfit|alliance|network|club|forum)\\b)`, 'gu');
    joined = joined.replace(group, (typed) => {
      replaced.set(typed, { meaning: solid, how: 'alias' });
      return solid;
    });
  }
  // "By the mid-2030s", "in the late 2010s": a part of a decade is the one year of it the article gives ("by 2035"), where it gives one.
  joined = joined.replace(/\b(?:the )?(?:(early|mid|late)[- ])?((?:19|20)\d)0s\b/gu, (typed, part: string | undefined, decade: string) => {
    const [from, to] = part === 'early' ? [0, 3] : part === 'mid' ? [3, 7] : part === 'late' ? [7, 9] : [0, 9];
    const years = Array.from({ length: to - from + 1 }, (_, i) => `${decade}${from + i}`).filter((year) => lexicon.words.has(year));
    if (years.length !== 1) return typed;
    replaced.set(typed, { meaning: years[0]!, how: 'alias' });
    return years[0]!;
  });
  // "a 21st-century version": two words the article writes apart ("of the 21st century") are those words, hyphened or not.
  joined = joined.replace(/(?<![\p{L}\p{N}-])([\p{L}\p{N}]+)-([\p{L}\p{N}]+)(?![\p{L}\p{N}-])/gu, (typed, a: string, b: string) =>
    !lexicon.words.has(typed) && lexicon.bigrams.has(`${a} ${b}`) ? `${a} ${b}` : typed,
  );
  // "what % of…" reads "what percent of…".
  // "who's" is "who is", not a possessive to drop ("who's the president of china" would read "who the president of china").
  const tokens = wordsOf(expandCountryNames(joined).replace(/\btl[;\s]?dr\b/giu, 'summary').replace(/\b(who|what|where|when|how)['’]s\b/gu, '$1 is').replace(/['’]s\b/g, '').replace(/%/g, ' percent '));
  for (const [at, token] of tokens.entries()) {
    // "wen did…", "wht is…": a word one slip from a question word, first and before an auxiliary, is that question word.
    const questionWord = out.join(' ').replace(OPENING, '') === '' ? slipOfQuestionWord(token, tokens[at + 1]) : null;
    if (questionWord) {
      replaced.set(token, { meaning: questionWord, how: 'spelling' });
      out.push(questionWord);
      continue;
    }
    const known = lexicon.words.has(token);
    // The initials before a name's last word first: they are checked against the word after them ("cs law").
    const acronym = known ? undefined : (acronymBeforeLastWord(lexicon, token, tokens[at + 1]) ?? findAcronym(lexicon, token));
    let meaning: string | null = null;
    let how: Grounding = null;
    if (acronym) [meaning, how] = [acronym.toLowerCase().replace(/^the /, ''), 'alias'];
    else if (ordinalWord(token)) [meaning, how] = [ordinalWord(token)!, 'alias'];
    else if (!known && shorthand(token)) [meaning, how] = [shorthand(token)!, 'alias'];
    else if (!known && shortSlip(token) && !wordnet.knows(token) && !COMMON_WORDS.has(token)) [meaning, how] = [shortSlip(token)!, 'spelling'];
    else if (!known && !/\d/.test(token) && rareSlipOfArticleWord(token, lexicon, wordnet, out.at(-1))) [meaning, how] = [correctSpelling(lexicon, token)!, 'spelling'];
    else if (!known && !/\d/.test(token) && !QUESTION_FRAME.has(token) && !COMMON_WORDS.has(token) && !wordnet.knows(token) && !irregularForm(token, wordnet)) {
      // Only a word that is no English word is a slip: "publish" is never "public". The article's
      // words come first ("wuzen" → "wuzhen"), then English ("propse" → "propose").
      const corrected = correctSpelling(lexicon, token) ?? englishSlip(token, wordnet);
      if (corrected) [meaning, how] = [corrected, 'spelling'];
    }
    if (meaning && meaning !== token) replaced.set(token, { meaning, how });
    out.push(meaning ?? token);
  }
  // "the 4th summit", "the very first meeting": a noun of the kind of an event the article counts by ordinals is that event.
  for (let at = 1; at < out.length; at += 1) {
    if (!ORDINAL.test(out[at - 1]!)) continue;
    const typed = out[at]!;
    // Not a meeting of something else: "the first meeting of the cyberspace commission".
    if (out[at + 1] === 'of') continue;
    const event = countedNamesOf({ lexicon, wordnet }).find(({ head }) => typed === head || ofEventKind(typed, head, wordnet));
    if (!event || lexicon.nameForms.has(`${typed} ${out[at + 1] ?? ''}`.trim())) continue;
    replaced.set(typed, { meaning: event.lower, how: 'alias' });
    out[at] = event.lower;
  }
  return { text: out.join(' '), replaced };
}

const ORDINAL = new RegExp(`^(?:${ORDINALS.slice(1).join('|')})$`);
/** Whether a word is of the kind of an event the article counts, by the event's last word: "summit" and "forum" of a conference. */
function ofEventKind(word: string, head: string, wordnet: WordNet): boolean {
  return wordnet.knows(word) && wordnet.sameKind(word, head);
}
/** Words that pick one place among others rather than describe it: "which other city besides wuzhen", "the next city". */
const PICKING = /^(?:other|another|same|different|next|last|first|main|biggest|largest|smallest|new|old|home|host)$/;
/** "Which port city", "what coastal province": a word, then the kind of place asked for. */
const QUALIFIED_PLACE = /^(?:(?:in|at|from) )?(?:which|what) ([a-z-]+) (city|town|country|nation|province|region|district|county|village)\b/;
/** Words for one of a recurring event's occasions: "which round of the summit", "what edition of the wic". */
const EDITION_WORDS = /^(?:round|edition|session|installment|instalment|iteration|meeting|year)$/;
/** The article's names it counts by ordinals ("the fifth World Internet Conference"), lower case, with their last word and the furthest it counts. */
const countedNamesOf = perArticle(({ lexicon }) => {
  const found: Array<{ lower: string; head: string; furthest: string }> = [];
  for (const lower of lexicon.nameForms.keys()) {
    const first = lower.split(' ')[0]!;
    // The furthest it counts ("fifth"), and so whether it counts it at all.
    const furthest = ORDINALS.slice(1).filter((ordinal) => lexicon.bigrams.has(`${ordinal} ${first}`)).at(-1);
    if (furthest && lower.includes(' ')) found.push({ lower, head: lower.split(' ').at(-1)!, furthest });
  }
  return found;
});

/** Words that ask for a date to the day: "what exact date…", "the precise day…". */
export const EXACT_WORDS = '(?:exact|exactly|precise|precisely|specific)';

const LATEST = /\b(?:last|latest|most recent|newest|final)\b/;

/**
 * "The last wic", "the latest world internet conference", "the most recent wic": the one of an event the article counts by ordinals
 * that it counts furthest, by name ("the fifth world internet conference"), with the words typed; null when none is asked so.
 */
function latestCounted(text: string, context: Pick<Understanding, 'lexicon' | 'wordnet'>): { typed: string; name: string; written: string; described: string } | null {
  if (!LATEST.test(text)) return null;
  for (const { lower, furthest } of countedNamesOf(context)) {
    const written = `the ${furthest} ${context.lexicon.nameForms.get(lower) ?? lower}`;
    const found = new RegExp(`\\b(?:the )?(?:last|latest|most recent|newest|final) ${escapeRegExp(lower)}\\b`, 'u').exec(text);
    if (found) return { typed: found[0], name: `the ${furthest} ${lower}`, written, described: found[0].replace(/^(?!the )/, 'the ') };
    // "Which wic was the most recent": when that one was.
    const which = new RegExp(`^which (?:one of the )?${escapeRegExp(lower)}s? (?:was|is) (?:the )?(last|latest|most recent|newest|final)(?: one)?$`, 'u').exec(text);
    if (which) return { typed: which[0], name: `when was the ${furthest} ${lower}`, written, described: `the ${which[1]!} ${lower}` };
  }
  return null;
}

const WH_WORDS = ['what', 'when', 'where', 'who', 'why', 'which', 'how'];
/** A verb that opens a question after its question word: "when did…", "what could…". */
export const AUXILIARY_VERB = /^(?:did|does|do|is|are|was|were|can|could|will|would|should|has|have|had)$/;

function slipOfQuestionWord(token: string, next: string | undefined): string | null {
  // A common word is itself ("now is the time…", "there was…"), however close to a question word.
  // … or before the verb of a comparison: "wich came first".
  // … or before what "how" asks: "hwo many", "hw much".
  const howAsks = next !== undefined && /^(?:many|much|long|far|often|old)$/.test(next);
  if (WH_WORDS.includes(token) || COMMON_WORDS.has(token) || !next || !(AUXILIARY_VERB.test(next) || howAsks || /^(?:came|happened|happend|occurred)$/.test(next))) return null;
  const near = WH_WORDS.filter((word) => distance(word, token) === 1 || isTransposition(word, token));
  if (howAsks) return near.includes('how') ? 'how' : null;
  // "wat" could be "what" only; "wen" is "when"; a slip two question words share ("whe") is left alone.
  return near.length === 1 ? near[0]! : null;
}

/** "ran", "took", "spoken", "shown": a form of a word WordNet lists only by its base, which compromise knows ("run"). */
function irregularForm(token: string, wordnet: WordNet): boolean {
  const known = irregularForms.get(token);
  if (known !== undefined) return known;
  const found = baseIsKnown(token, wordnet);
  if (irregularForms.size > 10_000) irregularForms.clear();
  irregularForms.set(token, found);
  return found;
}

/** Whether a token is a form of a word WordNet knows, worked out once per token. */
const irregularForms = new Map<string, boolean>();

function baseIsKnown(token: string, wordnet: WordNet): boolean {
  const doc = nlp(token);
  doc.compute('root');
  // compromise gives null, not a root, for words it has none for ("once-a-year" is split, each part rootless).
  const root = (doc.terms().json() as Array<{ terms: Array<{ root?: string | null }> }>)[0]?.terms[0]?.root;
  // The root as WordNet lists it, not as its own rules would read it further: "dollers" has compromise's root "doller", which
  // WordNet would take for a comparative of "doll".
  if (typeof root === 'string' && root !== token && wordnet.senseCount(root) > 0) return true;
  // A participle compromise gives no root ("shown"): its infinitive.
  const infinitive = doc.verbs().toInfinitive().text();
  return infinitive !== token && wordnet.senseCount(infinitive) > 0;
}

/** "cs law": the initials of one of the article's names but its last word, which follows spelt out ("Cyber Security" of "Cyber Security Law"). */
function acronymBeforeLastWord(lexicon: Lexicon, token: string, next: string | undefined): string | undefined {
  if (!next || token.length < 2 || /\d/.test(token)) return undefined;
  const name = lexicon.acronyms.get(`${token}${next.charAt(0)}`);
  const words = name?.split(' ');
  if (!words || words.length < 3 || words.at(-1)!.toLowerCase() !== next) return undefined;
  return words.slice(0, -1).join(' ');
}

/** An acronym of one of the article's names, in the plural too ("wics"), allowing one slip in acronyms of four letters or more ("cnnic"). */
function findAcronym(lexicon: Lexicon, token: string): string | undefined {
  const exact = lexicon.acronyms.get(token);
  if (exact) return exact;
  // Not from two letters: "cds", "ips" are words of their own.
  const singular = token.endsWith('s') && token.length >= 4 ? lexicon.acronyms.get(token.slice(0, -1)) : undefined;
  if (singular) return `${singular}s`;
  if (token.length < 4) return undefined;
  for (const [acronym, name] of lexicon.acronyms) if (acronym.length >= 4 && acronym.length === token.length && distance(acronym, token) === 1) return name;
  return undefined;
}

/** The article's names by what WordNet says they are: "capital" → ["beijing"], "country" → ["china", "russia"]. */
const namesByKind = perArticle(({ lexicon, wordnet }) => {
  const table = new Map<string, string[]>();
  for (const word of lexicon.names) {
    if (!wordnet.isName(word)) continue;
    for (const kind of wordnet.kindsOf(word)) table.set(kind, [...(table.get(kind) ?? []), word]);
  }
  return table;
});

export interface Understanding {
  lexicon: Lexicon;
  wordnet: WordNet;
  /** The article's text in lower case, words separated by single spaces, for finding whole names. */
  articleText: string;
}

/** Whether the article uses every word of a phrase (a WordNet neighbour such as "set up"). */
function phraseInArticle(lexicon: Lexicon, phrase: string): boolean {
  return phrase.split(' ').every((part) => knowsWord(lexicon, part));
}

/** The article's words written solid with a combining form that has a plain-word meaning ("cybersecurity"). */
const solidWordsOf = perArticle(({ lexicon, wordnet }) => {
  const found: Array<{ word: string; form: string; head: string; means: readonly string[] }> = [];
  for (const word of lexicon.words) {
    const parts = combiningParts(word);
    if (parts && parts.means.length > 0 && wordnet.knows(parts.head)) found.push({ word, form: parts.form, head: parts.head, means: parts.means });
  }
  return found;
});

/**
 * Two words of the question that stand for one of the article's:
 * - a plain word for a combining form before its head, or a noun WordNet makes alike: "online
 *   safety", "digital defence", "web crime" for the article's "cybersecurity" and "cybercrime";
 * - a verb and its particle that WordNet knows as one verb: "kick off" for "start", "put up" for
 *   "build", "sign up" for "sign".
 * The article's words are added to the neighbours of the head (the verb, for a phrasal verb), so
 * that grounding finds them in a passage, and to the lexical query.
 */
function readWordPairs(terms: QuestionTerm[], text: string, context: Understanding, expansions: Set<string>): void {
  const { lexicon, wordnet } = context;
  const tokens = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const solid = solidWordsOf(context);
  const inArticle = (phrase: string): boolean => phraseInArticle(lexicon, phrase);
  const stands = (term: QuestionTerm, words: string[]): void => {
    const added = words.filter((word) => word !== term.meaning && !term.neighbours.includes(word));
    if (added.length === 0) return;
    term.neighbours = [...term.neighbours, ...added];
    for (const word of added) expansions.add(word);
    if (term.grounding === null || term.grounding === 'broader') term.grounding = 'synonym';
  };
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const [first, second] = [tokens[i]!, tokens[i + 1]!];
    const head = terms.find((term) => term.meaning === second && term.kind === 'word');
    if (head) {
      // The combining form typed apart ("cyber power") is the article's word too, where the article never writes the two apart.
      const apart = (s: { form: string; head: string }): boolean => first === s.form && second === s.head && !lexicon.bigrams.has(`${first} ${second}`);
      const words = solid.filter((s) => apart(s) || (s.means.includes(first) && (stem(s.head) === stem(second) || wordnet.nounsAlike(second, s.head)))).map((s) => s.word);
      stands(head, words);
    }
    const verb = terms.find((term) => term.meaning === first && term.pos === 'verb');
    if (verb && PARTICLES.has(second)) {
      const meant = wordnet.phrasalVerb(verb.verb ?? first, second);
      stands(verb, [...meant].filter(inArticle));
      // "pulled out" is "pull out", for what the verb says happened.
      if (meant.size > 0) verb.verb = `${verb.verb ?? first} ${second}`;
    }
  }
}

/** "List all the …", "name the …": what asks for everyone or everything of a kind. */
/** How many things a list asks for: "name the four people quoted", "which two firms". */
export const SMALL_COUNT = 'two|three|four|five|six|seven|eight|[2-9]';
const COUNT_ASKED = new RegExp(`^(?:${SMALL_COUNT})$`);
export const LIST_OF = `(?:list|name) (?:all |every )?(?:the |of the )?(?:(?:${SMALL_COUNT}) )?`;
/** Who is quoted, asked with "quoted", "cited"…: "who is quoted", "which companies are cited". */
// "list every person quoted", "list everyone quoted": one of them, or all.
// Not "which quote is from the video address", which asks for what was said.
const ASKS_QUOTED = new RegExp(`^(?:who|which(?! (?:quotes?|quotations?|statements?|remarks?|lines?|words|comments?|passages?|sentences?)\\b)|what (?:people|companies|firms|experts|persons|organi[sz]ations)|how many ${OF_SPEAKERS}|${LIST_OF}(?:${OF_SPEAKERS}|person|expert|speaker|company|firm|organi[sz]ation|everyone|everybody))\\b`);
/** Who is quoted, asked with "mentioned" or "named": of people and organisations only. */
const ASKS_MENTIONED = new RegExp(`^(?:who|(?:which|what) ${OF_SPEAKERS}|how many ${OF_SPEAKERS}|${LIST_OF}(?:${OF_SPEAKERS}|person|expert|speaker|company|firm|organi[sz]ation))\\b`);

/** What sets something aside: "besides yu wenwen", "apart from xi". */
const SET_ASIDE = 'besides|other than|apart from|aside from|except(?: for)?|excluding|not counting';
/** What is set aside, up to the next question word or verb: "xi" in "apart from xi who is quoted". */
const SET_ASIDE_WHAT = new RegExp(`\\b(?:${SET_ASIDE}) (.+?)(?= (?:who|whom|whose|what|which|how|when|where|is|are|was|were|did|does|do)\\b|$)`, 'u');
/** A set-aside clause before the question: "besides cisco which other companies…". */
const SET_ASIDE_FIRST = new RegExp(`^(?:${SET_ASIDE}) .+? (?=(?:who|whom|whose|what|which|how|when|where)\\b)`, 'u');
/** A set-aside clause after it: "…other role besides president". */
const SET_ASIDE_LAST = new RegExp(` (?:${SET_ASIDE}) .+$`, 'u');

/** People at large whose word a question goes by: "according to analysts", "what do observers say". */
const ANY_SOURCE = /^(?:the )?(?:some |many |most |other )?(?:analysts?|observers?|commentators?|pundits?|insiders?|sources?|specialists?|experts?|people|folks|critics?|scholars?|academics?|officials?|watchers?|onlookers?|industry (?:people|watchers|insiders)|china watchers)$/u;

/** Whose word a question goes by, said first: "according to the cisco guy, which…", "per xi, what…". */
const ACCORDING_FIRST = /^(?:according to|per|going by|in the words of) [^?,]{1,60}?,? (?=(?:what|which) )/u;

/** What a question asks, past the chat it opens with and what it sets aside first ("besides cisco which other companies are quoted"). */
export function askedPart(normalised: string): string {
  // "In which district is the park": asked as "which district", the kind of answer wanted.
  return withoutOpening(normalised).replace(SET_ASIDE_FIRST, '').replace(/^(?:in|at|from|to|on|for|by|with|during|under|into|of) (?=(?:which|what) )/, '');
}

/** Bodies a post is held on: "the top online-policy body", "the commission". */
const BODY = '(?:body|bodies|organi[sz]ation|commission|committee|board|council|agency|panel)';
/**
 * Which post or body someone holds: "what post does the chinese leader hold on the top
 * online-policy body", "what body does the chinese president also chair". The words around the
 * post describe it, not the person. Not a stance ("what position does X hold on cyber sovereignty").
 */
const ASKS_POST = [
  new RegExp(`^what (?:[\\w-]+ ){0,2}(?:job|title|post|office|role|position)s? (?:does|did|do|has|had) (?!.*\\b(?:want|wants|wanted|hope|hopes|expect|expects|like)\\b).+ (?:hold|have|occupy)(?: (?:on|at|in) (?:the |a |an )?(?:[\\w-]+ ){0,3}${BODY})?$`),
  // "what top body for digital affairs does xi lead"
  new RegExp(`^(?:what|which) (?:[\\w-]+ ){0,2}${BODY}(?: (?:for|on|of|in) (?:[\\w-]+ ){0,2}[\\w-]+)? (?:does|did|do|has|had) .+ (?:chair|head|lead|direct|run)$`),
  // "what cyber body is xi also the head of"
  new RegExp(`^(?:what|which) (?:[\\w-]+ ){0,2}${BODY} (?:is|was) .+ (?:head|chair|chairman|director|leader|president|chief) of$`),
];

/** Who someone is: "who is xi", "who's the president of china", "what is depoux's job", "what does yu wenwen do". */
/** "Where does depoux work", "where is diedrich employed": whom someone works for, as the whole question. */
const WORKS_WHERE = /^where (?:does|did|do|is|was) (?:[a-z'-]+ ){1,3}(?:work|works|worked|employed)(?: for| at)?$/;

const ASKS_IDENTITY = [
  // "Who even is luigi gambardella", "who exactly is he".
  /^who(?: (?:even|exactly|actually|really))?(?: is|'s|s| was)\b/,
  /^what(?: is|'s|s| was) .+\b(?:job|title|role|position|post|occupation|profession)$/,
  // And where or of what: "what other title does xi have in the article", "what post does the president hold related to the web".
  /^what (?:job|title|role|position|post|occupation|profession) (?:does|did|do|has|had) .+ (?:have|hold|do)(?: (?:in|on|at|for|related to|regarding|concerning|to do with) [a-z ]{1,30})?$/,
  ...ASKS_POST,
  /^what (?:does|did) (?:the )?(?!.*\b(?:say|said|think|want|call|ask|urge)\b)[a-z]+(?: [a-z]+){0,2} do(?: for a living)?$/,
  /^who (?:works|worked|is|was) (?:at|for|from|with)\b/,
  /^who (?:represents|represented|speaks for|spoke for)\b/,
  // Whom someone works for: "what company does denis depoux work at", "who does he work for", "what's the name of the firm guy diedrich works for".
  /^(?:what|which) (?:company|firm|organi[sz]ation|outfit|employer|group|business|corporation) (?:does|did|do|is|was) .+ (?:work|works|worked|working) (?:at|for|with|in)$/,
  /^who (?:does|did|do) .+ work (?:for|at|with)$/,
  WORKS_WHERE,
  /^(?:what|which) (?:company|firm|organi[sz]ation|outfit|employer|business|corporation) (?:is|was) .+ (?:with|from|at)$/,
  /^what(?: is|'s|s) the name of (?:the|that|this|his|her) (?:company|firm|organi[sz]ation|outfit|employer|business|corporation) .+ (?:works?|worked|working) (?:at|for|with|in)$/,
];

/**
 * A word written solid with a combining form that the article writes in two before the same
 * word, written as the article does: "cybersecurity law" → "cyber security law" (the Cyber
 * Security Law), so that the law is found, not the Cybersecurity Week.
 */
function spacedAsArticle(text: string, articleText: string): string {
  const words = text.split(' ');
  return words
    .map((word, i) => {
      const parts = combiningParts(word);
      const next = words[i + 1];
      if (!parts || !next) return word;
      const spaced = `${parts.form} ${parts.head}`;
      return articleText.includes(` ${spaced} ${next} `) && !articleText.includes(` ${word} ${next} `) ? spaced : word;
    })
    .join(' ');
}

/** Kinds of place that follow a place's name as part of how it is called ("beijing city", "zhejiang province"). */
const PLACE_KINDS = new Set(['city', 'province', 'town', 'county', 'district', 'municipality', 'region', 'village', 'state']);

/** Compass points, as members put them before a place ("eastern china"). */
const COMPASS: ReadonlySet<string> = new Set(['eastern', 'western', 'northern', 'southern', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'east', 'west', 'north', 'south']);
const AUXILIARIES = new Set(['did', 'does', 'do', 'will', 'would', 'can', 'could', 'should', 'must', 'might']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'you', 'i']);
type Tagged = Array<{ terms: Array<{ normal: string; text: string; root?: string; tags: string[] }> }>;

/**
 * "Why did china scrap the law", "how did kaspersky react": after a question word, an auxiliary and a subject of one name or
 * pronoun, English puts the verb bare, which compromise may take for a noun of a compound ("china scrap"). The index of that
 * word when WordNet has it as a verb in its base form; -1 otherwise.
 */
function bareVerbAt(tagged: Tagged, wordnet: WordNet, lexicon: Lexicon): number {
  const word = (at: number): { normal: string; text: string; root?: string; tags: string[] } | undefined => tagged[at]?.terms[0];
  if (!word(0)?.tags.includes('QuestionWord')) return -1;
  // "What small town hosts that yearly summit": a word after the noun asked for, with a determiner after it, is the verb.
  if (/^(?:which|what)$/.test(word(0)!.normal)) {
    for (let at = 2; at <= 4; at += 1) {
      const candidate = word(at);
      if (!candidate || !word(at - 1)?.tags.includes('Noun') || !/^(?:the|that|this|these|those|a|an|its|their|his|her)$/.test(word(at + 1)?.normal ?? '')) continue;
      // Not the noun asked for itself ("what tech companies this year…").
      if (CLASS_WORD.test(candidate.normal)) continue;
      if (candidate.tags.includes('Noun') && /^[a-z]+(?:s|ed)$/.test(candidate.normal) && wordnet.senses(candidate.normal).some((sense) => sense.pos === 'verb')) return at;
    }
    return -1;
  }
  if (!AUXILIARIES.has(word(1)?.normal ?? '')) return -1;
  // "Why did the chinese government fine cisco": after a subject of "the" and a word or two ending in a noun, a verb in its base form
  // before what it is done to (a name, or a determiner), however it is tagged ("fine" read as a noun).
  if (word(2)?.normal === 'the') {
    for (let at = 4; at <= 5; at += 1) {
      const candidate = word(at);
      const object = word(at + 1);
      if (!candidate || !object || !word(at - 1)?.tags.includes('Noun') || !/^[a-z]+$/.test(candidate.normal)) continue;
      const names = ['ProperNoun', 'Person', 'Organization', 'Place', 'Country'].some((tag) => object.tags.includes(tag)) || lexicon.names.has(object.normal);
      if (!names && !/^(?:the|a|an|its|their|his|her|this|that)$/.test(object.normal)) continue;
      if (wordnet.senses(candidate.normal).some((sense) => sense.pos === 'verb' && sense.words.includes(candidate.normal))) return at;
    }
  }
  const subject = word(2);
  // Or a word of one of the article's names, however it is tagged typed in lower case ("why did kaspersky slam…").
  const said = subject?.normal ?? '';
  const named = !COMMON_WORDS.has(said) && (lexicon.names.has(said) || (lexicon.words.has(said) && !wordnet.knows(said)));
  if (!subject || !(SUBJECT_PRONOUNS.has(subject.normal) || named || ['ProperNoun', 'Place', 'Person', 'Organization', 'Country'].some((tag) => subject.tags.includes(tag)))) return -1;
  // A verb in its own base form ("stress", "focus", "address"), not an inflected one WordNet reads back to its base.
  const candidate = word(3)?.normal ?? '';
  if (!/^[a-z]+$/.test(candidate)) return -1;
  return wordnet.senses(candidate).some((sense) => sense.pos === 'verb' && sense.words.includes(candidate)) ? 3 : -1;
}

/**
 * The year a news article reports in, read as its "this year": the latest year it gives, less one it gives as a deadline ("by
 * 2035", "until 2020"). Null for an article that gives no year. Kept for the last article text asked about.
 */
let lastReported: { text: string; year: string | null } | null = null;
export function reportedYear(articleText: string): string | null {
  if (lastReported?.text === articleText) return lastReported.year;
  const years = [...articleText.matchAll(/\b(by|until|before|to)? ?((?:19|20)\d{2})\b/gu)].filter((match) => !match[1]).map((match) => match[2]!);
  const year = years.length > 0 ? years.reduce((a, b) => (b > a ? b : a)) : null;
  lastReported = { text: articleText, year };
  return year;
}

/**
 * The cities of a country (or of a nationality's country) that the article names: "belgian" → ["brussels"]. A country has many
 * parts in WordNet (the United States, by its seven names, over 1,800), so what the article names is kept per word for the last
 * article text asked about.
 */
let lastCities: { text: string; byWord: Map<string, string[]> } | null = null;
function citiesNamed(word: string, articleText: string, wordnet: WordNet): string[] {
  if (lastCities?.text !== articleText) lastCities = { text: articleText, byWord: new Map() };
  const known = lastCities.byWord.get(word);
  if (known) return known;
  const countries = wordnet.isCountry(word) ? [word] : wordnet.countriesOf(word);
  const parts = new Set(countries.flatMap((country) => [...wordnet.parts(country)]));
  const city = (part: string): boolean => [...wordnet.kindsOf(part)].some((kind) => /\b(?:city|capital)$/.test(kind));
  const cities = [...parts].filter((part) => articleText.includes(` ${part} `) && city(part));
  lastCities.byWord.set(word, cities);
  return cities;
}

/**
 * Names of two or three words that WordNet spells with capitals and lists as one of a kind ("united kingdom", "silicon valley",
 * "middle east"; not the title "chief executive"), found in a question typed in lowercase where compromise finds no place: each
 * word alone is a common word ("kingdom" is near "country").
 */
function namesOfWords(normalised: string, wordnet: WordNet): string[] {
  const words = wordsOf(normalised);
  const found: string[] = [];
  for (let size = 3; size >= 2; size -= 1) {
    for (let at = 0; at + size <= words.length; at += 1) {
      const phrase = words.slice(at, at + size);
      if (QUESTION_FRAME.has(phrase[0]!) || QUESTION_FRAME.has(phrase.at(-1)!)) continue;
      const name = phrase.join(' ');
      if (!found.some((longer) => ` ${longer} `.includes(` ${name} `)) && wordnet.knows(name) && wordnet.isName(name) && (wordnet.isInstance(name) || !wordnet.isKindOf(name, 'person', 8))) found.push(name);
    }
  }
  return found;
}

/** Words that head the name of a public body: "the cyberspace administration of china", "the ministry of commerce". */
export const BODY_HEADS = 'administration|ministry|commission|bureau|agency|department|council|committee|authority|academy|university';
const BODY_NAMED = new RegExp(`\\b((?:[a-z]+ ){0,2})(${BODY_HEADS}) of (?:the )?([a-z]+)(?: ([a-z]+))?`, 'g');

/**
 * Names of public bodies in a question typed in lowercase, as "<words> <head> of <words>" ("the cyberspace administration of
 * china"): each word alone may be the article's, the name is not. The words before the head and after "of" are nouns, not the
 * question's frame ("when was the…", "…of china founded").
 */
function bodiesNamed(normalised: string, wordnet: WordNet): string[] {
  const noun = (word: string | undefined): word is string => word !== undefined && !QUESTION_FRAME.has(word) && !STOP_WORDS.has(word) && wordnet.senses(word).some((sense) => sense.pos === 'noun');
  // After "of", a second word of the name only if it is no verb too ("…of china founded").
  const onlyNoun = (word: string | undefined): word is string => noun(word) && !wordnet.senses(word).some((sense) => sense.pos === 'verb');
  return [...normalised.matchAll(BODY_NAMED)].map(([, before, head, of, next]) => {
    const leading = (before ?? '').trim().split(' ').filter(Boolean);
    while (leading.length > 0 && !noun(leading[0])) leading.shift();
    return [...leading, head!, 'of', of!, ...(onlyNoun(next) ? [next] : [])].join(' ');
  });
}

/** Understands a question against the article's lexicon. */
export function analyseQuestion(question: string, context: Understanding): QuestionAnalysis {
  const { lexicon, wordnet } = context;
  // Full-width and compatibility forms ("ＷＩＣ") read as the plain letters they stand for.
  const original = question.normalize('NFKC').trim();
  const { text: typed, replaced } = normalise(withoutLeadIn(original), lexicon, wordnet);
  // "…according to the article" says where to look, which is always the article.
  // So does "…in this article" after a question word ("what's the deal with wuzhen in this article"), once "what's the deal with",
  // "what's up with" are read as "what about". Not "is 5g in the article", which asks whether it is.
  const spaced = spacedAsArticle(typed, context.articleText);
  // "This year's wic" is the conference of the year the article reports in.
  // "This years wic", "this yrs week": the possessive typed without its apostrophe.
  const thisYear = /\bthis years?\b/u.test(spaced) ? reportedYear(context.articleText) : null;
  // "The last wic", "the most recent wic": the one of the event the article counts furthest ("the fifth world internet conference").
  const latest = latestCounted(spaced, context);
  const normalised = (latest ? spaced.replace(latest.typed, latest.name) : spaced)
    .replace(/\bthis years?\b/gu, thisYear ?? 'this year')
    .replace(/,? (?:according to|per|going by) (?:the|this) (?:article|piece|story|text|report)$/u, '')
    .replace(/^(?:yo |so |ok |okay )?what(?:'s| is|s) (?:the deal|up) with\b/u, 'what about')
    .replace(/^((?:what|who|when|where|which|how|why)\b.*) (?:in|from) (?:the|this) (?:article|piece|story|text)$/u, '$1');
  const doc = nlp(normalised);
  doc.compute('root');
  const tagged = doc.terms().json() as Array<{ terms: Array<{ normal: string; text: string; root?: string; tags: string[] }> }>;
  const terms: QuestionTerm[] = [];
  const expansions = new Set<string>();
  const replacedBy = new Map([...replaced].map(([typed, r]) => [r.meaning, { typed, how: r.how }]));

  let future = /\b(?:going to|gonna)\b/.test(normalised);
  const bareVerb = bareVerbAt(tagged, wordnet, lexicon);
  for (const [at, entry] of tagged.entries()) {
    const term = entry.terms[0];
    if (!term) continue;
    // "political will", "the will to…" is a thing asked about, not the future.
    const will = (term.normal || term.text) === 'will' ? nominalWill(tagged[at - 1]?.terms[0], tagged[at + 1]?.terms[0]) : null;
    if (will === false) future = true;
    if (will) {
      const phrase = will === true ? 'will' : will;
      // The article's "will" is its future, unless it writes the same phrase.
      const grounding: Grounding = will !== true && context.articleText.includes(` ${phrase} `) ? 'exact' : null;
      terms.push({ typed: phrase, meaning: phrase, grounding, kind: 'word', pos: 'noun', neighbours: [], named: false, place: false, antonyms: [] });
      continue;
    }
    const before = tagged[at - 1]?.terms[0];
    const afterPlace = before !== undefined && ['Place', 'City', 'Country', 'Region', 'ProperNoun'].some((tag) => before.tags.includes(tag));
    for (const word of wordsOf(term.normal || term.text)) {
      // … in the plural too: "what sorts of events", "which kinds of crime".
      if (QUESTION_FRAME.has(word) || PLURAL_FRAME.has(word) || FRAME_WORDS.includes(word) || PREPOSITIONS.has(word) || word.length < 2) continue;
      // "Each round of the awareness drive", "every iteration of…": which one of something, before what it is of, is no thing asked about.
      // Not "which round of the trade talks", which asks which one.
      if (PARTITIVE.has(word) && (tagged[at + 1]?.terms[0]?.normal ?? '') === 'of' && /^(?:each|every|a|an|one|per|any)$/.test(tagged[at - 1]?.terms[0]?.normal ?? '')) continue;
      // "What two social services…", "which three roles": how many answers are asked for, not a thing the passage must name.
      if (COUNT_ASKED.test(word) && /^(?:what|which)$/.test(before?.normal ?? '')) continue;
      const tags = new Set(term.tags);
      // A place WordNet knows only as a name, however tagged: "moscow" of "the moscow-linked security firm" is no adjective.
      const placeName = !tags.has('Verb') && at !== bareVerb && !knowsWord(lexicon, word) && wordnet.isName(word) && wordnet.isInstance(word) && wordnet.kindsOf(word).has('city');
      if (placeName) for (const tag of ['Noun', 'ProperNoun', 'Place']) tags.add(tag);
      const pos: QuestionTerm['pos'] = at === bareVerb ? 'verb' : tags.has('Noun') || tags.has('ProperNoun') ? 'noun' : tags.has('Verb') ? 'verb' : tags.has('Adjective') ? 'adjective' : 'other';
      // Chat fillers ("lol", "hmm", "btw") say nothing about the article.
      if (tags.has('Determiner') || tags.has('Preposition') || tags.has('Conjunction') || tags.has('Pronoun') || tags.has('QuestionWord') || tags.has('Expression')) continue;
      const isYear = /^(?:19|20)\d{2}$/.test(word);
      const isNumber = !isYear && (/^\d/.test(word) || tags.has('Ordinal') || tags.has('Cardinal') || tags.has('Value'));
      const root = term.root && wordsOf(term.root).length === 1 ? term.root : word;
      const taggedName = tags.has('Place') || tags.has('Person') || tags.has('Organization') || tags.has('Country') || tags.has('City') || tags.has('ProperNoun') || tags.has('Currency');
      // compromise stretches a name over the words after it ("the roland berger guy point"): a common English word is not a name.
      // And a word the article uses that English does not ("wuzhen", "chinaeu") is one of its names, though not a form of one ("shown").
      // Nor is a combining form on its own ("cyber"), though the article writes it in names ("Cyber Security Law").
      // Nor the kind of place after a place's name: "beijing city", "zhejiang province" are Beijing and Zhejiang.
      const named =
        !isCombiningForm(word) && !(PLACE_KINDS.has(word) && afterPlace) && ((taggedName && (!wordnet.knows(root) || wordnet.isName(root) || knowsWord(lexicon, word))) || (!wordnet.knows(root) && lexicon.words.has(word) && !/\d/.test(word) && !(tags.has('Verb') && irregularForm(word, wordnet))));
      const origin = replacedBy.get(word);
      let grounding: Grounding = null;
      let neighbours: string[] = [];
      let instanceOf = false;
      let partOf = false;
      if (knowsWord(lexicon, word) || knowsWord(lexicon, root) || (numberWord(word) && knowsWord(lexicon, numberWord(word)!))) grounding = origin?.how ?? 'exact';
      // A verb is not the name WordNet also spells so: "begin" is to start, not Menachem Begin; "teach" is not Blackbeard.
      else if (!isYear && !isNumber && !named && !(pos !== 'verb' && wordnet.isName(root) && !wordnet.formOfCommonVerb(word))) {
        // A name is the name or nothing: Putin is not grounded by "president", nor Shanghai by "city".
        // Never a figure: WordNet's "decade" is also "10", which every passage with ten of something would hold.
        const inArticle = (phrase: string): boolean => !/\d/.test(phrase) && phraseInArticle(lexicon, phrase);
        // A plural is a noun's: "fines" are penalties, not "all right".
        const plural = pos === 'noun' && word !== root && word.endsWith('s') && wordnet.senses(root).some((sense) => sense.pos === 'noun');
        // A verb read as one against its tag ("fine" of "why did the government fine cisco") by its verb senses: not "good", "all right".
        const synonyms = [...wordnet.related(root, undefined, plural ? 'noun' : at === bareVerb ? 'verb' : undefined)];
        neighbours = synonyms.filter(inArticle);
        if (neighbours.length > 0) grounding = 'synonym';
        else {
          // A broader word ("firm" → "company") grounds it more weakly: the passage must then hold it.
          neighbours = [...wordnet.broader(root)].filter(inArticle);
          if (neighbours.length > 0) grounding = 'broader';
        }
        // A rare word's one or two synonyms may be rare too: "homegrown" → "native" → the article's "domestic". Weak, as a broader word is.
        if (neighbours.length === 0 && synonyms.length <= 2) {
          const sense = wordnet.senses(root)[0]?.pos;
          neighbours = [...new Set(synonyms.flatMap((synonym) => [...wordnet.related(synonym, 2, sense)]))].filter((w) => w !== root && inArticle(w));
          if (neighbours.length > 0) grounding = 'broader';
        }
        // Nor a broader word: what WordNet defines it as ("clout": "special advantage or influence"). Weak too.
        if (neighbours.length === 0 && pos === 'noun') {
          neighbours = wordnet.definedAs(root, 'noun').filter((w) => w !== root && inArticle(w));
          if (neighbours.length > 0) grounding = 'broader';
        }
        // "the capital" is Beijing where the passage names Beijing: the article's names WordNet knows as one of it.
        const instances = pos === 'noun' ? (namesByKind(context).get(root) ?? namesByKind(context).get(word) ?? []) : [];
        if (instances.length > 0) {
          neighbours = [...neighbours, ...instances];
          grounding ??= 'broader';
          instanceOf = true;
        }
        // "The summit", "the forum": a word of the kind of an event the article counts by ordinals is that event ("the World Internet
        // Conference"), as it is after an ordinal ("the 4th summit"). Not a plural ("talks").
        const event = pos === 'noun' && !word.endsWith('s') ? countedNamesOf(context).find(({ head }) => head !== word && ofEventKind(word, head, wordnet)) : undefined;
        if (event && !neighbours.includes(event.head)) {
          neighbours = [...neighbours.filter((neighbour) => grounding !== 'synonym' || phraseInArticle(lexicon, neighbour)), event.head];
          grounding = grounding === 'synonym' ? 'synonym' : 'broader';
        }
        for (const n of neighbours) expansions.add(n);
      } else if (named && pos === 'noun' && grounding === null && !isYear && !isNumber) {
        // A place the article names a part of: "the group in belgium" where the article has Brussels.
        // Only where the passage names the part; elsewhere it is a place the article does not mention.
        // A country, by a city in it: not a continent by its countries ("experts from europe" are not the Russian one).
        // "The belgian group" too: a nationality is of its country.
        neighbours = citiesNamed(root, context.articleText, wordnet);
        const described = tagged[at + 1]?.terms[0]?.normal ?? '';
        // "Ties between moscow and beijing": a capital stands for its country, where the article names the country (and not the
        // capital, or it would be grounded as written). Only where the passage names the country, as a part is, and only in ties.
        // Only in ties between countries: "is kaspersky based in moscow" asks of the city.
        if (neighbours.length === 0 && /\b(?:ties|relations|relationship|links|dialogue|talks|friendship|(?:get|gets|getting|got|gotten) (?:along|on))\b/.test(normalised)) {
          neighbours = [...wordnet.capitalOf(root)].filter((country) => context.articleText.includes(` ${country} `));
        }
        // "The asian superpower": a continent's adjective is of a country in it that the article names ("asian" of China). Of one
        // thing, not of many: "how many users do asian countries have" is not China's figure.
        if (neighbours.length === 0 && !/s$/.test(described)) {
          const continent = [root.replace(/n$/, ''), root.replace(/an$/, '')].find((candidate) => candidate !== root && wordnet.kindsOf(candidate).has('continent'));
          if (continent) neighbours = [...wordnet.parts(continent)].filter((part) => context.articleText.includes(` ${part} `) && wordnet.isCountry(part));
        }
        // "Ties between china and europe": Europe is also the EU (WordNet), which the article writes only inside "ChinaEU".
        // Only where the passage names it, as a part is. Not before the head of a body's name ("the european commission"), which is
        // a body of its own.
        if (neighbours.length === 0 && !new RegExp(`^(?:${BODY_HEADS}|parliament|court|bank)$`).test(described)) {
          const inSolid = acronymsInSolidNames({ lexicon, wordnet });
          neighbours = [...new Set([...wordnet.related(root)].flatMap((synonym) => inSolid.get(synonym) ?? []))];
        }
        if (neighbours.length > 0) {
          grounding = 'broader';
          partOf = true;
          for (const n of neighbours) expansions.add(n);
        }
      }
      let kind: QuestionTerm['kind'] = isYear ? 'year' : isNumber ? 'number' : 'word';
      if (kind === 'word' && grounding === null) {
        const unknownToWordNet = !wordnet.knows(root);
        if (named || (pos !== 'verb' && unknownToWordNet) || (pos === 'noun' && wordnet.isName(root) && !wordnet.formOfCommonVerb(word))) kind = 'name';
      }
            const place = named && (tags.has('Place') || tags.has('Country') || tags.has('City'));
      const antonyms = pos === 'adjective' || (pos === 'verb' && /ed$/.test(word) && wordnet.senses(word).some((sense) => sense.pos === 'adj')) ? [...wordnet.antonyms(root), ...wordnet.antonyms(word), ...formOpposites(word, wordnet)] : [];
      // "left" is "leave", as WordNet lists it.
      const verb = pos === 'verb' && root !== word && wordnet.knows(root) ? root : undefined;
      terms.push({ typed: origin?.typed ?? word, meaning: word, grounding, kind, pos, neighbours, named, place, antonyms, ...(instanceOf ? { instanceOf } : {}), ...(partOf ? { partOf } : {}), ...(verb ? { verb } : {}) });
    }
  }
  // A multi-word name spelt out from an acronym counts once.
  const seen = new Set<string>();
  // "How far apart were…", "how many years between…": the words that ask how far apart, not what is asked about.
  const gapSides = apartParts(askedPart(normalised));
  const gapFrame = gapSides ? GAP_WORDS : new Set<string>();
  const unique = terms.filter((term) => !gapFrame.has(term.meaning) && (seen.has(term.meaning) ? false : (seen.add(term.meaning), true)));
  readWordPairs(unique, normalised, context, expansions);
  // "Eastern china", "southern china": a compass point before a place the article names is a part of that place, not a place of
  // its own the article lacks.
  for (const term of unique) {
    if (!COMPASS.has(term.meaning) || term.grounding !== null) continue;
    const next = new RegExp(`\\b${escapeRegExp(term.meaning)} ([\\p{L}]+)\\b`, 'u').exec(normalised)?.[1];
    const place = unique.find((other) => other.meaning === next && other.named && other.grounding !== null);
    if (!place) continue;
    term.grounding = 'broader';
    term.kind = 'word';
    term.neighbours = [place.meaning];
  }
  const years = normalised.match(/\b(?:19|20)\d{2}\b/g) ?? [];
  // What the question asks is read past the chat it opens with ("so wait is…", "ok real talk what…").
  // … and past what it sets aside first ("apart from xi who is quoted on 5g").
  const setAside = SET_ASIDE_WHAT.exec(normalised);
  const asked = askedPart(normalised);
  const compared = comparedParts(asked, gapSides);
  // "which newspaper ran yu wenwen's article" is about the article's content, not the article.
  // So is "who wrote the piece in the guangming paper": one of the article's names, however it is tagged.
  const frame = (word: string): boolean => FRAME_WORDS.includes(word) || (word.endsWith('s') && FRAME_WORDS.includes(word.slice(0, -1)));
  // Nor is the "address" of an email address the article's "video address".
  // "If i want to email the reporter what address do i use": an address asked with an email.
  const emailAddress = (term: QuestionTerm): boolean => term.meaning === 'address' && /\be-?mail\b/.test(normalised) && !/\bvideo address\b/.test(normalised);
  // Nor the author's own name, asked for their email ("what is cao desheng's email"), which is the article's.
  const authorsEmail = /\be-?mail\b/.test(normalised);
  const ofAuthor = (term: QuestionTerm): boolean => authorsEmail && wordsOf(term.meaning).every((word) => lexicon.authorWords.has(word));
  const aboutContent = unique.some((term) => term.grounding !== null && (term.pos === 'noun' || lexicon.names.has(term.meaning)) && !frame(term.meaning) && !emailAddress(term) && !ofAuthor(term));
  // "tl;dr", "main point of the article": a summary is asked for whatever else the question names.
  // A bare "tl;dr" or "summary?" asks for the article's too.
  const wantsSummary = /\b(?:summary|summari[sz]e|gist|main point)\b/.test(normalised) && (ABOUT_ARTICLE.test(normalised) || /^(?:summary|summari[sz]e|gist)(?: pl(?:ease|s|z))?$/.test(asked));
  // "which paper ran the academic's piece" asks about a piece the article mentions, not the article itself.
  // "Yu wenwen's article", "her article", "his piece": someone's piece, not this one.
  // Not the paper's own, by its whole name: "the china daily piece" is this one.
  const ownPaperPiece = lexicon.newspapers.some((paper) => new RegExp(`\\b${escapeRegExp(paper)}(?:['’]s)? (?:piece|article|story)\\b`, 'u').test(original.toLowerCase()));
  const anotherPiece = !ownPaperPiece && /\b(?:(?!this\b|that\b|the\b|its\b)[\p{L}]+['’]s?|his|her|their) (?:piece|article|story|column|op-?ed|essay|report)\b/u.test(original.toLowerCase());
  // "source?" on its own asks where the article comes from.
  const wantsSource = ASKS_SOURCE.test(asked);
  // "Who wrote this piece on the wic", "who wrote the china daily piece": this article's writer, whatever else the question names.
  const writerOfThis = WRITER_OF_THIS.test(asked) || (ownPaperPiece && /^who (?:wrote|penned|authored)\b/.test(asked));
  const heading = SAYS_OF_HEADING.exec(asked)?.[1] ?? (UNDER_HEADLINE.test(asked) ? 'subtitle' : undefined);
  const meta = FOOTER_ASKED.test(asked)
    ? 'footer'
    : VIEW_ASKED.test(asked)
      ? 'view'
      : SECTION_ASKED.test(asked)
        ? 'section'
        : heading
          ? /^(?:headline|title)$/.test(heading) ? 'headline' : 'subtitle'
          : (aboutContent || anotherPiece) && !wantsSummary && !wantsSource && !writerOfThis
            ? null
            : // "Who penned this piece": its writer, by any verb of writing.
              (metaTopicOf(asked) ?? (writerOfThis ? 'author' : null));
  let shape: QuestionShape = 'fact';
  if (compared) shape = 'comparison';
  else if (meta) shape = 'meta';
  else if (MENTION_PATTERN.test(asked)) shape = 'mention';
  else if (
    // "Which agency was cited for the figure": the source of a fact, not who is quoted.
    !/\b(?:cited|named|mentioned) (?:for|as)\b/.test(asked) &&
    ((QUOTED_PATTERN.test(asked) && ASKS_QUOTED.test(asked)) || (MENTIONED_PATTERN.test(asked) && ASKS_MENTIONED.test(asked)))
  )
    shape = 'quoted';
  else if (LIST_PATTERNS.some((pattern) => pattern.test(asked))) shape = 'list';
  // A bare small number ("the 4 things") is too common to be a swapped fact; a year or an ordinal is not.
  const generic = (term: QuestionTerm): boolean => term.kind === 'number' && /^(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)$/.test(term.meaning);
  const missing = unique.filter((term) => term.grounding === null && !generic(term) && (term.kind !== 'word' || term.pos === 'noun'));
  // Names of more than one word ("the united states", "great wall") are missing unless the article has the whole name.
  const articleText = context.articleText;
  // The names compromise finds in the question, read once: places, people, organisations.
  const [places, people, organisations] = [doc.places(), doc.people(), doc.organizations()].map((found) => (found.out('array') as string[]).map((phrase) => wordsOf(phrase).join(' ')));
  // Not "european union" of "the eu association", whose words the article's names ground (ChinaEU).
  const ofArticleNames = (name: string): boolean => unique.some((term) => term.named && term.grounding !== null && term.grounding !== 'exact' && name.split(' ').includes(term.meaning));
  const wordNetNames = namesOfWords(normalised, wordnet).filter((name) => !ofArticleNames(name));
  const bodies = bodiesNamed(normalised, wordnet);
  for (const phrase of [...places!, ...people!, ...organisations!, ...wordNetNames, ...bodies]) {
    const name = bodies.includes(phrase) ? phrase : phrase.split(' ').filter((word) => !QUESTION_FRAME.has(word)).join(' ');
    if (name.split(' ').length < 2 || articleText.includes(name)) continue;
    // "beijing building" is two words the article has: only a name with a word it lacks is missing.
    // Missing only when it is a name ("the united states", "great wall", "the cyberspace administration of china"), or has a word
    // neither the article nor English has.
    const words = name.split(' ');
    if (!wordnet.isName(name) && !bodies.includes(phrase) && !words.some((word) => !knowsWord(lexicon, word) && !wordnet.knows(word))) continue;
    if (missing.some((term) => term.meaning === name)) continue;
    // The whole name stands for its words: "the united states", not "united" and "states".
    for (let i = missing.length - 1; i >= 0; i -= 1) if (words.includes(missing[i]!.meaning)) missing.splice(i, 1);
    missing.push({ typed: name, meaning: name, grounding: null, kind: 'name', pos: 'noun', neighbours: [], named: true, place: false, antonyms: [] });
  }
  // "when will china hit 1 billion internet users": a figure the article does not give is missing, though it has "billion".
  // Read in the question as typed, decimals whole ("1.4 billion"); "13 billion" is not the article's "14.13 billion".
  for (const [figure] of original.toLowerCase().matchAll(/(?<![\d.,])(?:\d+(?:[.,]\d+)*|one|two|three|four|five|six|seven|eight|nine|ten) ?(?:thousand|million|billion|trillion)\b/g)) {
    const words = escapeRegExp(wordsOf(figure).join(' '));
    if (!new RegExp(`(?<!\\d )\\b${words}\\b`).test(articleText)) missing.push({ typed: figure, meaning: figure, grounding: null, kind: 'number', pos: 'other', neighbours: [], named: false, place: false, antonyms: [] });
  }
  // "What did yu wenwen write in the people's daily", "the washington post": a newspaper the article does not name, though it has
  // "China Daily" and "Guangming Daily". A name before the head, or someone's ("people's"), not any word ("a blog post", "a web-related
  // post") nor one misspelt ("the guangmign daily").
  for (const match of original.toLowerCase().replace(/[’‘]/g, "'").matchAll(/\b((?:[\p{L}-]+(?:'s)? ){1,3})(daily|times|post|herald|journal|gazette|tribune)\b/gu)) {
    // The words of the name: from the last that is no question's frame ("did the washington post…" → "washington post").
    const typedWords = match[1]!.trim().split(' ');
    let from = typedWords.length;
    while (from > 0 && (/'s$/.test(typedWords[from - 1]!) || !(QUESTION_FRAME.has(typedWords[from - 1]!) || STOP_WORDS.has(typedWords[from - 1]!)))) from -= 1;
    const before = typedWords.slice(from);
    if (before.length === 0) continue;
    const named = before.some((word) => /'s$/.test(word) || wordnet.isName(word));
    const name = `${before.join(' ')} ${match[2]!}`;
    const lower = wordsOf(name).join(' ');
    // Not one the article names, in its text or as its own paper ("china daily").
    const own = articleText.includes(lower) || lexicon.newspapers.includes(lower) || lexicon.nameForms.has(lower) || lexicon.bigrams.has(wordsOf(name).slice(-2).join(' '));
    if (!named || own || missing.some((term) => term.meaning === name)) continue;
    for (let i = missing.length - 1; i >= 0; i -= 1) if (wordsOf(name).includes(missing[i]!.meaning)) missing.splice(i, 1);
    missing.push({ typed: name, meaning: name, grounding: null, kind: 'name', pos: 'noun', neighbours: [], named: true, place: false, antonyms: [] });
  }
  // "jack ma", "lu wei": a missing word of a name compromise finds is named back as the whole name.
  const namePhrases = [...people!, ...places!, ...organisations!];
  for (const [at, term] of missing.entries()) {
    const whole = namePhrases.find((phrase) => phrase.split(' ').includes(term.meaning) && phrase.split(' ').length > 1);
    if (whole && whole !== term.meaning) missing[at] = { ...term, typed: whole, named: true };
  }
  // The one whose words are asked about ("what did trump say") must be someone the article names, not a word it merely relates to.
  // … or whether they said something: "did xi say china would shut itself off".
  const speakerSlot =
    /\b(?:what|how|why) (?:did|does|do|has|have) (?:the )?([\p{L} ]+?) (?:say|said|think|believe|expect|want|tell|mean|feel|claim|predict)\b|\baccording to (?:the )?([\p{L} ]+?)(?:,|$| what| how| is| are| was| did| does)|^(?:did|does|has) (?:the )?([\p{L} ]+?) (?:say|said|claim|claimed|predict|predicted|promise|promised|mention|mentioned|talk about|talked about|bring up|brought up|discuss|discussed) /u.exec(normalised);
  // Not "does the article say…", "did anyone say…": whether the article reports something, not whose words.
  const whetherSaid = speakerSlot?.[3] && !wordsOf(speakerSlot[3]).every((word) => QUESTION_FRAME.has(word)) ? speakerSlot[3] : undefined;
  const speaker = speakerSlot?.[1] ?? speakerSlot?.[2] ?? whetherSaid;
  const speakerWords = speaker ? wordsOf(speaker) : [];
  // "the brussels lobby guy" is found by "brussels"; "trump" by nothing the article has.
  const identified = unique.some((term) => speakerWords.includes(term.meaning) && (term.grounding === 'exact' || term.grounding === 'alias' || term.grounding === 'spelling'));
  // "According to analysts", "per observers": people at large, no one the article must name.
  if (speaker && !identified && !ANY_SOURCE.test(speaker)) {
    // As typed too, and however tagged: "joe biden" of "what did joe biden say" is no "joke" and no verb, whatever spelling and
    // tagging made of it. The slot before "say" holds a name or a noun.
    const inSlot = (term: QuestionTerm): boolean => speakerWords.includes(term.meaning) || speakerWords.includes(term.typed);
    const flagged = unique.filter((term) => inSlot(term) && (term.grounding === 'synonym' || term.grounding === null) && (term.pos === 'noun' || term.meaning !== term.typed));
    if (flagged.length >= 2) {
      // "The deputy head of state" is missing as a whole, not as "Deputy, Head or State".
      for (const term of flagged) if (missing.includes(term)) missing.splice(missing.indexOf(term), 1);
      // Its names get their capitals back: "the Google chief executive", "the French head of state".
      // So does a word spelling took for another, as typed ("biden", which spelling read as "bidens").
      const capital = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
      const written = speakerWords
        .map((word) => {
          const term = flagged.find((candidate) => candidate.meaning === word);
          // Not a shorthand's meaning ("rep" is a representative).
          const misread = term !== undefined && term.typed !== term.meaning && shorthand(term.typed) !== term.meaning;
          return misread ? capital(term.typed) : term && (term.named || term.kind === 'name') ? capital(word) : word;
        })
        .join(' ');
      const typed = new RegExp(`\\bthe ${speaker}\\b`, 'u').test(normalised) ? `the ${written}` : written;
      missing.push({ typed, meaning: speaker, grounding: 'synonym', kind: 'name', pos: 'noun', neighbours: [], named: false, place: false, antonyms: [] });
    } else {
      for (const term of flagged) {
        // Named as typed: "biden", not the "bidens" spelling made of it.
        const named = term.meaning === term.typed ? { ...term, kind: 'name' as const } : { ...term, meaning: term.typed, kind: 'name' as const, named: true };
        const at = missing.indexOf(term);
        if (at >= 0) missing[at] = named;
        else missing.push(named);
      }
    }
  }
  // "which town hosts …", "what agency put out …": the word after the question word names the
  // kind of answer wanted, which the article need not use (it says "Wuzhen", not "the town of").
  // "According to the antivirus company exec, which two nations…": the kind of answer of "which two nations", whoever it is according to.
  const typeAsked = asked.replace(ACCORDING_FIRST, '');
  const answerType = answerTypeOf(typeAsked);
  const head = headClass(typeAsked);
  const classWord = head?.type === answerType ? head.word : ANSWER_CLASS[answerType]?.exec(typeAsked)?.[1];
  // A word that says what kind of answer is wanted is asked for, not missing.
  const askedFor = (term: QuestionTerm): void => {
    term.answerClass = true;
    const at = missing.indexOf(term);
    if (at >= 0) missing.splice(at, 1);
  };
  const answerClass = classWord ? unique.find((term) => term.meaning === classWord && term.kind === 'word') : undefined;
  if (answerClass) askedFor(answerClass);
  // "What railway metaphor did xi use", "what adjectives did he use": a unit of language after the question word asks for the words
  // themselves, which the article need not name as such. What qualifies it ("railway") is still asked about.
  // The question's shape first: WordNet's kinds are looked up only for a noun in that place.
  for (const term of unique) {
    if (term.pos !== 'noun' || term.kind !== 'word' || term.answerClass) continue;
    if (!new RegExp(`^(?:which|what)(?: (?:is|was|are|were) the)?(?: (?:kind|sort|type) of)?(?: [\\w-]+){0,2}? ${escapeRegExp(term.meaning)}\\b`).test(asked)) continue;
    if (WORDING_KINDS.some((kind) => wordnet.isKindOf(term.meaning, kind, 4))) askedFor(term);
  }
  // "Which port city…", "what coastal province…": a word before the kind of place asked for describes the answer, which the article
  // may not say of it (it says the week "started in Tianjin", not that Tianjin is a port). The place is still the answer, as only the
  // closest the article comes. Not a name or a nationality ("which brazilian city"), which the article must have.
  const qualified = QUALIFIED_PLACE.exec(asked);
  if (qualified) {
    const [, describing, kind] = qualified;
    // Not held by what WordNet defines it as: "port" is no "opening" ("opening-up") the passage must hold.
    const term = unique.find((candidate) => candidate.meaning === describing && (candidate.grounding === null || candidate.grounding === 'broader') && candidate.kind === 'word' && !candidate.named && !candidate.place);
    if (term && !PICKING.test(describing!) && wordnet.knows(describing!) && !wordnet.isName(describing!) && !wordnet.isNationality(describing!)) {
      askedFor(term);
      term.answerClass = false;
      term.qualifies = true;
      for (const word of term.neighbours) if (!unique.some((other) => other !== term && other.neighbours.includes(word))) expansions.delete(word);
      term.neighbours = [];
      term.grounding = null;
      const kindTerm = unique.find((candidate) => candidate.meaning === kind);
      if (kindTerm) askedFor(kindTerm);
    }
  }
  // "At which round of the summit…", "which edition of the wic": one of an event the article counts by ordinals is asked for, which the
  // article names by its ordinal ("the second World Internet Conference"), not as a round.
  for (const term of unique) {
    if (term.pos !== 'noun' || term.answerClass || !EDITION_WORDS.test(term.meaning)) continue;
    const after = new RegExp(`^(?:(?:at|in|during|for|on) )?(?:which|what) ${escapeRegExp(term.meaning)} of (?:the |that |this )?((?:[\\w-]+ ){0,3}[\\w-]+)`).exec(asked)?.[1];
    if (!after) continue;
    // The event by its name, or by one word of its kind ("the summit"): not "the trade talks" or "talks", which are of something else.
    const [word, next] = after.split(' ');
    const oneWord = next === undefined || AUXILIARY_VERB.test(next) || /^(?:that|where|when|in|at|on)$/.test(next);
    const counted = countedNamesOf({ lexicon, wordnet }).some(({ lower, head }) => `${after} `.startsWith(`${lower} `) || (oneWord && (word === head || (!word!.endsWith('s') && ofEventKind(word!, head, wordnet)))));
    if (counted) askedFor(term);
  }
  // "What's the deadline for…": the word names the kind of answer, a date, which the article need not call a deadline.
  if (answerType === 'date') for (const term of unique) if (DEADLINE_WORDS.has(term.meaning)) askedFor(term);
  // "What's the size of china's online population": so does a word of how many or how much, which the article need not write.
  // Only of people counted: "the size of the park" is no figure the article gives ("how big is the park" is refused too).
  if (answerType === 'amount') {
    for (const term of unique) {
      if (term.pos === 'noun' && /^(?:size|count|tally|headcount|magnitude|scale)$/.test(term.meaning) && new RegExp(`\\b${term.typed} of (?:[a-z']+ ){0,3}(?:users|population|audience|people|netizens|crowd)\\b`).test(asked)) askedFor(term);
    }
  }
  // "Where is wuzhen located", "where is chinaeu based": being somewhere asks for the place, as "where is wuzhen" does; the article need not say "located".
  if (answerType === 'place') {
    for (const term of unique) if (term.pos === 'verb' && LOCATED.has(term.verb ?? term.meaning)) askedFor(term);
  }
  const focus = focusOf(asked, unique);
  // "what is xi's other role besides president" asks who he is, less one description.
  const withoutOther = asked.replace(SET_ASIDE_LAST, '').replace(/\bother /, '');
  return {
    original,
    normalised,
    shape,
    answerType,
    meta,
    terms: unique,
    expansions: [...expansions],
    years,
    compared,
    gapAsked: gapSides !== null,
    missing,
    speakerWords,
    focus: focus?.answerClass ? null : focus,
    wantsDay: /\b(?:what|which) (?:day|date)\b|\bexact date\b|\bon what date\b/.test(normalised),
    asksIdentity: ASKS_IDENTITY.some((pattern) => pattern.test(withoutOther)),
    asksPost: ASKS_POST.some((pattern) => pattern.test(withoutOther)),
    excluded: setAside?.[1] ?? '',
    future,
    thisYear,
    latest,
    names: [...lexicon.nameForms.keys()].filter((lower) => isName(lower) && ` ${normalised} `.includes(` ${lower} `)),
    people: [],
  };
}

/**
 * Whether "will" is a noun: ending the question or before "to", "of" and the like, after an
 * adjective ("political will": the phrase), a determiner or a possessive ("the will", "his will":
 * true); a modal otherwise (false).
 */
function nominalWill(previous: { normal: string; tags: string[] } | undefined, next: { normal: string } | undefined): string | boolean {
  // "how big will the park be", "what will happen": a modal, whatever comes before it, when a clause follows.
  if (next && !AFTER_NOUN_WILL.has(next.normal)) return false;
  const tags = new Set(previous?.tags ?? []);
  if (!previous || tags.has('QuestionWord') || /^(?:how|what|who|when|where|which|why)$/.test(previous.normal)) return false;
  if (tags.has('Adjective')) return `${previous.normal} will`;
  return tags.has('Determiner') || tags.has('Possessive') || !next;
}

/** What follows "will" the noun: "the will to cooperate", "the political will of china", "what political will does…", or the end of the question. */
const AFTER_NOUN_WILL = new Set(['to', 'of', 'for', 'behind', 'among', 'in', 'on', 'at', 'and', 'or', 'from', 'does', 'did', 'do', 'is', 'are', 'was', 'were', 'has', 'have']);

/** Chat a question opens with before what it asks: "so wait", "ok real talk", "hey bot", "lol". */
const OPENING = new RegExp(`^(?:(?:hmm+|um+|uh+|real talk|for \\d+ points|${CHAT_OPENINGS.join('|')})\\b[\\s,:;.!-]*)+`);

/**
 * What members say of themselves before the question, set off by a colon, a dash, a comma, "!", a full stop or "but": "for my j-school piece: in which town…",
 * "as an old engineer i'm curious - what did xi say…", "out of curiosity, who…", "sorry if this is dumb but who…". It says who asks
 * or why, not what: the words in it ("j-school", "engineer") are no part of the question. Only a lead-in that speaks of the asker (I,
 * my, me, "as a student") or of asking ("curious", "wondering", "sorry", "real quick"), before a question word or an auxiliary; "the
 * researcher lists three roles - what are they" keeps what it is about.
 */
const LEAD_IN = new RegExp(
  String.raw`^(?=[^:?]{0,90}?(?:\b(?:i|i'm|im|i've|ive|i'd|my|me)\b|^as an? |\b(?:curious|curiosity|wondering|wonder|sorry|dumb|stupid|silly|noob|newbie|new here|real quick|quick one|(?:random|genuine|honest|serious) (?:q|question))\b|\b(?:q|qn|question|query)\s*:))` +
    String.raw`[^:?]{0,90}?(?::|\s[-–—]+\s|,|!|\.\s|\sbut\s)\s*` +
    String.raw`(?=(?:(?:in|at|from|to|on|for|by|with|since|during|of) )?(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|will|would|has|have|had)\b)`,
  'iu',
);

/** A topic said first, then asked of by a pronoun: "the researcher lists three roles … - what are they?". */
const TOPIC_FIRST = /^(.{12,}?)\s*(?:[-–—:,;]|\.\.\.)\s*(what|which|who|where|when) (are|is|were|was) (?:they|these|those|it|that|this)\s*[?!.]*$/iu;

/** What refers back to a lead-in: "as a cisco employee, what did my company say", "the park i read about - how much will it make". */
const REFERS_TO_LEAD_IN = /\b(?:it|they|them|he|she|him|my (?:company|firm|employer|country|paper|piece|essay)|the (?:firm|company|group|outfit))\b/iu;

/** What a lead-in says the question is about: "i have a question regarding the conference: in which town is it held". */
const LEAD_IN_TOPIC = /\b(?:about|regarding|concerning|re)\s+((?:the |this |that )?[\p{L}\p{N}' -]{2,50}?)\s*(?::|\s[-–—]+\s|,|!|\.\s|\sbut\s)\s*$/iu;

export function withoutLeadIn(text: string): string {
  const rest = text.replace(LEAD_IN, '');
  if (rest.length === 0) return text;
  if (rest !== text && REFERS_TO_LEAD_IN.test(rest)) {
    // The one thing the lead-in says it is about is what "it" of the question is: "… regarding the conference: in which town is it held".
    // Only a lead-in that says it asks: not "i think xi said something about terrorism, what was it", where "it" is what he said.
    const leadIn = text.slice(0, text.length - rest.length);
    const topic = /\b(?:question|questions|query|wondering|wonder|curious|ask|asking)\b/iu.test(leadIn) ? LEAD_IN_TOPIC.exec(leadIn)?.[1] : undefined;
    const told = topic && !/\b(?:he|she|him|her|my|the (?:firm|company|group|outfit))\b/iu.test(rest) ? forOnePronoun(rest, topic.replace(/^(?:this|that) /iu, 'the '), /\b(?:it|they|them)\b/iu) : null;
    return told ?? text;
  }
  // Asked as "what are the three roles the researcher lists…".
  const topic = TOPIC_FIRST.exec(rest);
  if (topic) return `${topic[2]!} ${topic[3]!} ${topic[1]!}`;
  // "depoux vs diedrich - which companies are they from": the topic said first is what the one pronoun of the question stands for.
  const said = TOPIC_THEN_QUESTION.exec(rest);
  if (!said || /\b(?:what|which|who|whom|whose|when|where|why|how)\b/iu.test(said[1]!)) return rest;
  // "4th vs 5th wic messages" are the fourth's and the fifth's.
  const sides = said[1]!.replace(/\s+(?:vs\.?|versus|v\.?)\s+/giu, ' and ');
  const named = /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|last|latest)\b/iu.test(sides) ? `the ${sides}` : sides;
  return forOnePronoun(said[2]!, named, /\b(?:they|them|their|it|its)\b/iu) ?? rest;
}

/** A question with its one pronoun of those given read as the topic ("their" as the topic's); null when it has none or several. */
function forOnePronoun(question: string, topic: string, pronoun: RegExp): string | null {
  if ((question.match(new RegExp(pronoun.source, 'giu')) ?? []).length !== 1) return null;
  return question.replace(pronoun, (word) => (/^(?:their|its)$/iu.test(word) ? `${topic}'s` : topic));
}

/** A topic with no verb of its own, a dash or colon, then a question of it: "depoux vs diedrich - what are their titles". */
const TOPIC_THEN_QUESTION = /^((?:(?!\b(?:is|are|was|were|has|have|had|did|does|do|will|would|can|could)\b)[^?]){3,60}?)(?:\s+[-–—]+|\s*:|\s*\.\.\.)\s+((?:what|which|who|where|when|how|why|is|are|was|were|did|do|does)\b.*)$/iu;

export function withoutOpening(text: string): string {
  const rest = withoutLeadIn(text.replace(OPENING, '')).replace(OPENING, '');
  return rest.length > 0 ? rest : text;
}

/** The first noun after the question word ("what awards", "what is the great firewall of china" → "firewall"). */
function focusOf(normalised: string, terms: QuestionTerm[]): QuestionTerm | null {
  const match = /^(?:what|which)((?: (?:is|are|was|were|kind of|kinds of|sort of|type of))?(?: (?:the|a|an))?)((?: [\w-]+){1,3})/.exec(normalised);
  if (!match?.[2]) return null;
  const words = match[2].trim().split(' ');
  // "which town hosts …": right after the question word, the first noun is the one asked about.
  if (!match[1]) {
    const first = terms.find((t) => t.meaning === words[0]);
    // "which port city…": the kind of place, which "port" only describes.
    if (first?.qualifies) return terms.find((t) => t.meaning === words[1]) ?? null;
    if (first && (first.pos === 'noun' || first.pos === 'verb')) return first;
  }
  // The head of the phrase: the last of its leading nouns ("great firewall" → "firewall").
  let focus: QuestionTerm | null = null;
  for (const [i, word] of words.entries()) {
    const term = terms.find((t) => t.meaning === word);
    if (!term) {
      if (focus) break;
      continue;
    }
    // compromise reads "what awards get handed out" with "awards" as a verb: right after "what" it is the thing asked about.
    if (i === 0 && term.pos === 'verb') return term;
    if (term.pos !== 'noun' && term.pos !== 'adjective') break;
    if (term.pos === 'noun') focus = term;
  }
  return focus;
}
