import { type Citation, citationFor, DEFAULT_POLICY } from './citations.js';
import { type ArticleFact, type Finding, LACKING_KINDS, type LackingKind, type PlaceKind, type Reading, type Refusal, type Said, saidBy } from './finding.js';
import { type ArticleInfo, articleLabel } from './article.js';
import { PROMO } from './clean.js';
import { COVERAGE, type CoverageThresholds } from './coverage.js';
import type { KnowledgeIndex } from './index-store.js';
import type { LoadedLibrary } from './library.js';
import { continuedFrom, type Passage, sentenceText, SPEECH_VERBS, TITLES } from './passages.js';
import { fusedScore, type Hit, type Retriever } from './retrieve.js';
import {
  articlePhrases,
  articleWords,
  ASKS_NAME,
  type Choice,
  describesPerson,
  leadsAs,
  namesSpecificPlace,
  ground,
  type Grounded,
  isPervasive,
  ofPervasive,
  namesSomethingNew,
  nearestPhrase,
  nearWords,
  passageStems,
  normaliseSpace,
  phraseAround,
  stemsInSection,
  supports,
  SAYING_OR_MINDING,
  begunIn,
  NOW_ASKED,
  NOW_SAID,
  OCCASIONS,
  EXPECTED,
  GOAL,
  asksEnd,
  saysEnded,
  supportsLiterally,
  textStems,
  titleAsked,
  type WordTable,
  WANTING,
  HELD_BY,
  HOSTING,
  REFERS_BACK,
  verbsOfSentenceKind,
} from './grounding.js';
import { answeringFor, answeringText, asksSource, carriesFor, CONTENTS_ASKED, EXAMPLES_GIVEN, carriesType, EVERY_YEAR, FULL_DATE, MONTH, namesPlaceElse, placesIn, placesNamed, SENTENCE_TYPES, SOURCE_GIVEN, TYPE_BONUS, typeBonus } from './sentence-types.js';
import { buriedQuestion, questionsIn } from './several.js';
import { suggestionNear } from './suggestions.js';
import { claimIn, claimText, roleVerdict, statedQuestion, verdictOn, withFiguresSpelt, withoutTag } from './yes-no.js';
import { withOrganisationsNamed } from './described.js';
import { judgeQuestionLanguage } from './language.js';
import { correctSpelling, escapeRegExp, withoutIdioms, IN_ORDER, ORDINALS, PARTICLES, shorthand, STOP_WORDS, stem, stemsWithParts, wordsOf } from './lexicon.js';
import { WordNet } from './wordnet.js';
import { type AnswerType, askedPart, withoutOpening, withoutLeadIn, ORDER_RELATION, PAGE_SECTION_ASKED, AUXILIARY_VERB, BODY_HEADS, DEADLINE_ASKED, LIST_OF, LOCATED, SMALL_COUNT, type MetaTopic, analyseQuestion, OWNER_ASKED, type QuestionAnalysis, type QuestionTerm, type Understanding, VIEW_ASKED } from './understand.js';

/**
 * The reader: from a question and the ranked passages to the reply. It answers with the
 * article's own sentences, picks the sentence that carries the kind of answer asked for (an
 * amount for "how much", a place for "where"), lists several facts when the question asks for
 * several, sets two dated facts side by side for a comparison, answers questions about the
 * article itself from its metadata, and refuses, saying what the article does not mention,
 * when the question's focus is not in it.
 */

export interface ReaderContext {
  index: KnowledgeIndex;
  retriever: Retriever;
  understanding: Understanding;
  embed(texts: string[]): Promise<Float32Array[]>;
  articleOf(passage: Passage): string | null;
  /** Similarity bounds of the grounding decision; the shipped ones when absent (evaluation sweeps them). */
  thresholds?: CoverageThresholds;
}

/** Milliseconds spent answering one question, by stage. */
export interface AskTimings {
  understandMs: number;
  embedMs: number;
  searchMs: number;
  composeMs: number;
}

/** What the reader saw, for evaluation and logs. */
export interface ReadTrace {
  analysis: QuestionAnalysis;
  hits: Hit[];
  similarity: number;
  timings: AskTimings;
}

/** Verbs of wanting to do something, which a sentence that says what is aimed at holds ("with the aim of becoming…"). */
const INTENT_VERBS = new RegExp(`^(?:${WANTING})$`);
const INTENT_SAID = /\b(?:aim|aims|aimed|goal|goals|target|targets|plan|plans|planned|intends?|wants?|hopes?|seeks?|strives?)\b/i;

/** Words of an aim in a claim: "is china aiming to…", "does china plan to…". */
const AIM_WORDS = 'aim|aims|aiming|aimed|goal|goals|target|targets|plan|plans|planned|planning|want|wants|hope|hopes';
/** A claim of an aim or an expectation, which a sentence of one confirms ("is the park expected to…", "will china…"). */
const INTENT_CLAIMED = new RegExp(`\\b(?:${AIM_WORDS}|expect|expects|expected|will|would|should|going|set|projected|forecast|supposed|due)\\b`);
/** A claim that an aim or an expectation was met: "did the park reach…", "has it hit its target". */
const MET = /\b(?:reach|reached|hit|achieve|achieved|attain|attained|meet|met|exceed|exceeded|surpass|surpassed|become|became)\b/;
/** A claim of the aim, not that it was met: "did china want to become…", "was the park expected to reach…". */
const MEANT_TO = /\b(?:want|wants|wanted|aim|aims|aimed|plan|plans|planned|hope|hopes|hoped|intend|intends|intended|seek|seeks|sought|expect|expects|expected|supposed|going|due|set) to\b/;
/** A claim of the aim itself, which alone a sentence of an aim settles ("does china intend to…"). */
const AIM_CLAIMED = new RegExp(`\\b(?:${AIM_WORDS}|intend|intends|ambition|trying|seek|seeks)\\b`);

/** What a speaker's organisation is called by what it is: "gambardella's association", "depoux's firm". */
const ORGANISATION_WORDS = /\b(?:association|company|firm|group|organi[sz]ation|employer|outfit|body|cent(?:er|re)|think tank|consultancy|lobby)\b/u;

/** A sentence that places an event by where it began or took place: "…Week that started in Tianjin". */
const EVENT_PLACED = /\b(?:started|starts|began|begins|opened|opens|kicked off|took place|takes place|was held|is held|held|hosted)\s+in\s+\p{Lu}/u;

/** Verbs of holding an event, which "an annual event" implies. */
const HOLDING: ReadonlySet<string> = new Set(['hold', 'held', 'host', 'hosted', 'organise', 'organize', 'organised', 'organized', 'run', 'stage', 'staged']);

/** For each of the question's nouns a sentence holds, on the fused scale. */
const SENTENCE_TERM_BONUS = 0.05;
const TOPIC_TERM_BONUS = 0.1;
/** For each of the question's nouns a passage holds, when choosing among close passages. */
const PASSAGE_TERM_BONUS = 0.1;

/** Words that name the kind of answer, not what it is about ("take place", "what date"). */
const TYPE_WORDS = new Set(['place', 'location', 'venue', 'date', 'time', 'year', 'day', 'month', 'number', 'amount', 'figure', 'total', 'name', 'person']);

/** The question's grounded nouns and values that are not everywhere in the article: what picks one passage over another. */
function specificTerms(analysis: QuestionAnalysis, context: ReaderContext): QuestionTerm[] {
  return analysis.terms.filter(
    (term) =>
      (term.pos === 'noun' || term.pos === 'other') &&
      term.grounding !== null &&
      !TYPE_WORDS.has(term.meaning) &&
      !isPervasive(term.meaning, context) &&
      // "Chinese" in an article about China picks no passage over another.
      !ofPervasive(term.meaning, context),
  );
}

/**
 * Hits within this margin of the best may give up their place to one whose sentence carries the answer type. 0.12 lets
 * "which company said cyberspace belongs to all countries" reach Kaspersky's statement past a paragraph with the same
 * words and no company; 0.1 did not, and 0.16 answered one more off-topic question on dev.
 */
const TYPE_MARGIN = 0.12;
const LIST_MARGIN = 0.12;
/** How far below the best a later paragraph of its section may be, and how many paragraphs later, to be a contender for the answer type. */
const SECTION_MARGIN = 0.3;
const SECTION_REACH = 2;
const LIST_MAX = 5;
/** How many of the article's words near a question's word in meaning stand in for it. */
const MAX_NEAR_WORDS = 3;

/**
 * Whether a sentence carries the kind of answer asked for (`carriesFor`), where a place is one the
 * article is not about throughout: "where is the wic held" is answered by "in Wuzhen", not by a
 * sentence whose only place is China.
 */
function carriesAsked(text: string, analysis: QuestionAnalysis, context: ReaderContext): boolean {
  if (!carriesFor(text, analysis)) return false;
  return analysis.answerType !== 'place' || namesSpecificPlace(text, context);
}

/** News's verbs of saying (those that attribute a statement, less proposing and highlighting, which are not what was said), and a few more. */
const REPORTED = new RegExp(`\\b(?:${SPEECH_VERBS.split('|').filter((verb) => !['proposed', 'highlighted', 'underlined'].includes(verb)).join('|')}|pledged|told|stated|emphasi[sz]ed)\\b`, 'u');

/** The best sentence of a hit for the analysis: its fused score, plus a bonus when it carries the answer type. */
function bestSentence(hit: Hit, analysis: QuestionAnalysis, context: ReaderContext): Choice {
  let best: Choice = { hit, sentence: hit.sentence, score: -Infinity };
  // What the question is about, apart from who said it: "china and russia" in "what does kaspersky say about china and russia".
  // Nor words that name whose statement the passage is ("cisco" in "cisco's govt program name?"): every sentence of it is theirs.
  const speaking = new Set(wordsOf(`${hit.passage.speaker ?? ''} ${hit.passage.role ?? ''}`).map(stem));
  const names = (term: QuestionTerm): boolean => term.named && wordsOf(term.meaning).every((word) => speaking.has(stem(word)));
  // "How did the president describe…": a title or role that names someone the article quotes is held by a sentence that names him
  // ("Xi said cyberspace is…"), as much as by the one that gives the title ("President Xi Jinping proposed…").
  const naming = [...context.retriever.namedIn(analysis.normalised)];
  const namedHere = (term: QuestionTerm, stems: Set<string>): boolean =>
    naming.some(([person, words]) => words.includes(stem(term.meaning)) && wordsOf(person).some((word) => stems.has(stem(word))));
  // And the question's own verbs of what was done ("introduce" in "what does kaspersky want to introduce to china"), not of saying or wanting.
  // Not a verb of the clause that says when ("…when he proposed the shared future idea"): that is the occasion, not what was said.
  // A "when" that asks ("the zone in the capital, when did building it begin") opens no occasion.
  const asking = /.\bwhen ([a-z]+)\b/.exec(analysis.normalised);
  const occasion = new Set(wordsOf(asking && AUXILIARY_VERB.test(asking[1]!) ? '' : (/.\b(?:when|while)\b(.*)$/.exec(analysis.normalised)?.[1] ?? '')));
  // Nor a name however tagged ("kaspersky" of "what does kaspersky want to introduce" read as a verb).
  const capitalNames = capitalNamesOf(context.index);
  const acted = (term: QuestionTerm): boolean =>
    !occasion.has(term.typed) && !occasion.has(term.meaning) && term.pos === 'verb' && !PARTICLES.has(term.meaning) && !SAYING_OR_MINDING.has(term.verb ?? term.meaning) && !capitalNames.has(term.meaning);
  // Nor a noun of the occasion a statement was made on: "what did xi say cyberspace is in his 2015 keynote" asks what was said, and
  // the sentence that says the keynote was given is not it.
  const occasionWords = new Set(
    analysis.speakerWords.length > 0 ? wordsOf(/ (?:in|at|during|on) (?:his|her|their|the|that|this|its|a) ((?:[a-z0-9-]+ ){0,3}(?:keynote|speech|message|address|letter|remarks|talk|summit|meeting|interview)s?)$/.exec(analysis.normalised)?.[1] ?? '') : [],
  );
  const literal = analysis.terms.filter((term) => term.grounding !== null && (term.pos === 'noun' || term.named || acted(term)) && !analysis.speakerWords.includes(term.meaning) && !names(term) && !occasionWords.has(term.typed));
  // A capital stands for its country: "beijing" of "ties between moscow and beijing" is held by "China and Russia…".
  // Only a place one of two in ties, not one that describes something ("the moscow security vendor" is the vendor).
  const placeAsked = (term: QuestionTerm): boolean =>
    new RegExp(`\\b(?:between|with|and) ${escapeRegExp(term.meaning)}\\b|\\b${escapeRegExp(term.meaning)} (?:and|or)\\b`, 'u').test(analysis.normalised);
  const capitalsCountry = (term: QuestionTerm, stems: Set<string>): boolean =>
    term.place && placeAsked(term) && [...context.understanding.wordnet.capitalOf(term.meaning)].some((country) => stems.has(stem(country)));
  // The answer sentence carries the kind of answer asked for whenever a sentence of the passage does.
  const texts = hit.sentenceScores.map((_, s) => answeringFor(analysis, hit.passage, s));
  // "What's the name of cisco's program": the sentence that names something new ("Country Digital Acceleration").
  const asksName = ASKS_NAME.test(analysis.normalised);
  const carriesAnswer = texts.map((text, s) => (asksName ? namesSomethingNew(sentenceText(hit.passage, s), analysis, context) : carriesAsked(text, analysis, context)));
  // "Where…", "which nation…": a sentence naming a place the question does not name answers it before one that only repeats the question's.
  const elsewhere = analysis.answerType === 'place' ? texts.map((text, s) => carriesAnswer[s]! && namesPlaceElse(text, analysis)) : [];
  const carrying = elsewhere.some(Boolean) ? elsewhere : carriesAnswer;
  const anyCarries = carrying.some(Boolean);
  // "What kind of cyberspace does xi want": the sentence that says what kind, by words that describe the thing before its name ("a
  // peaceful, secure, open and cooperative cyberspace", "a people-centric approach").
  const saysKind = kindSaid(analysis, context);
  // Or what something features or includes ("what does the annual awareness drive feature").
  const contentsAsked = CONTENTS_ASKED.test(askedPart(analysis.normalised));
  const examplesAsked = EXAMPLES_ASKED.test(askedPart(analysis.normalised)) || contentsAsked;
  const deadlineAsked = DEADLINE_ASKED.test(askedPart(analysis.normalised));
  const owner = WHOSE.exec(analysis.normalised)?.[1];
  const rolesAsked = ROLES_ASKED.test(analysis.normalised);
  // "Who does cyberspace belong to": the sentence that says whose it is.
  const ownerAsked = OWNER_ASKED.test(analysis.normalised);
  // "What is the park for": the sentence that says what it is made to do.
  const purposeAsked = PURPOSE_ASKED.test(analysis.normalised);
  const wantAsked = WANT_ASKED.test(analysis.normalised);
  // Only a sentence that says by when answers a deadline, where one does.
  const byDate = deadlineAsked && texts.some((text, s) => carrying[s] !== false && BY_DATE.test(text));
  // "What does kaspersky want to introduce": asked of whose statement it is, the sentence that does what was asked, by the question's
  // own verb as written, answers before one that only names them ("Kaspersky believes…").
  const ofSpeaker = analysis.terms.some(names);
  // Only a verb of what they want, hope or plan to do ("…want to introduce"), and not one that does little of itself ("to see").
  const meant = new Set([...analysis.normalised.matchAll(/\bto ([a-z]+)\b/g)].map((match) => match[1]!));
  const doneBy = (term: QuestionTerm): boolean => acted(term) && meant.has(term.typed) && !LIGHT_VERBS.has(term.verb ?? term.meaning);
  // Each sentence's stems, worked out once for the checks below.
  const stemsOf = hit.sentenceScores.map((_, s) => new Set(wordsOf(sentenceText(hit.passage, s)).map(stem)));
  // "What concept should countries follow": the sentence that writes the kind of thing asked for ("…follow the concept of mutual
  // support…"), where not every sentence of the passage does.
  const asClass = askedKind(analysis);
  const classIn = stemsOf.map((stems) => writesKind(stems, asClass));
  const classSays = classIn.some(Boolean) && !classIn.every(Boolean);
  const doing = ofSpeaker ? stemsOf.map((stems) => literal.some((term) => doneBy(term) && supportsLiterally(stems, term))) : [];
  const anyDoing = doing.some(Boolean);
  // "What did the kaspersky guy say about russia": what was said about something, by the sentence of the statement that names it
  // ("China and Russia have good relations…"), before one that only names whose statement it is.
  // Up to when it was said: "what did xi say about cyberspace in his 2015 keynote" is about cyberspace, said in the keynote.
  const aboutText = / about (.+)$/.exec(analysis.normalised)?.[1]?.replace(/ (?:in|at|during|on|while|when) (?:his|her|their|the|that|this|its|a) .*$/, '');
  const about = aboutText && analysis.speakerWords.length > 0 ? literal.filter((term) => term.pos === 'noun' && ` ${aboutText} `.includes(` ${term.typed} `)) : [];
  const holdsAbout = about.length > 0 ? stemsOf.map((stems) => about.every((term) => supportsLiterally(stems, term))) : [];
  const anyAbout = holdsAbout.some(Boolean);
  const yearAsked = texts.some((text) => analysis.years.some((year) => text.includes(year)));
  const sayIsThing = /\bsay (?:that )?((?:the |a |an )?[a-z-]+(?: [a-z-]+)?) (?:is|are|was|were)\b/.exec(analysis.normalised)?.[1]?.replace(/^(?:the|a|an) /, '');
  const sayIs = sayIsThing ? new RegExp(`\\bsaid (?:that )?(?:the |a |an )?${escapeRegExp(sayIsThing)} (?:is|are|was|were)\\b`, 'iu') : null;
  // "What did xi say cyberspace is": a sentence that says it in the question's own form ("Xi said cyberspace is…") answers it, where
  // one does, however near the others are ("…the keynote speech … in December 2015").
  const saysForm = texts.map((text) => analysis.speakerWords.length > 0 && sayIs !== null && sayIs.test(text));
  const anySaysForm = saysForm.some(Boolean);
  // As a whole figure: "10" is not in "100 billion".
  const figures = analysis.terms.filter((term) => term.kind === 'number' && /^\d[\d.,]*$/.test(term.typed)).map((term) => new RegExp(`(?<![\\d.,])${escapeRegExp(term.typed)}(?!\\d|[.,]\\d)`, 'u'));
  hit.sentenceScores.forEach((score, s) => {
    if (anyCarries && !carrying[s]) return;
    if (anyDoing && !doing[s]) return;
    if (anyAbout && !holdsAbout[s]) return;
    if (anySaysForm && !saysForm[s]) return;
    if (byDate && !BY_DATE.test(texts[s]!)) return;
    const text = texts[s]!;
    const typed = typeBonus(text, analysis.answerType, carrying[s]);
    const sentenceStems = stemsOf[s]!;
    // The sentence that holds more of the question's own nouns answers it ("…China and Russia have good relations").
    // Once the question names who spoke, the words it asks about pick the sentence of their statement.
    const bonus = analysis.speakerWords.length > 0 ? TOPIC_TERM_BONUS : SENTENCE_TERM_BONUS;
    // A verb of what was done counts by its synonyms too: "when did building it begin" is held by "Construction … started".
    const held =
      // So does a place by the country or city it stands for ("ties between moscow and beijing" by "China and Russia…").
      literal.filter((term) => supportsLiterally(sentenceStems, term) || namedHere(term, sentenceStems) || capitalsCountry(term, sentenceStems) || (((term.partOf && placeAsked(term)) || (acted(term) && term.grounding === 'synonym')) && supports(sentenceStems, term))).length * bonus +
      // "What does kaspersky want to introduce to china": the question's own verb of what is done, as written, picks the sentence that
      // does it ("…to introduce some of our most advanced technologies"), over one that only names the one asked about.
      literal.filter((term) => acted(term) && supportsLiterally(sentenceStems, term)).length * bonus;
    // "What did xi say cyberspace is": in a passage that reports rather than quotes, the sentence that says what was said.
    const reports = analysis.speakerWords.length > 0 && hit.passage.attribution === null && REPORTED.test(text) ? SENTENCE_TERM_BONUS : 0;
    // And one that dates something else ("Construction … started at the end of 2017") is not of the year asked ("… produce by 2020").
    // A paragraph dated by its first sentence dates the sentences after it that give no year of their own: "what did xi say
    // cyberspace is in his 2015 keynote" is of "Xi said cyberspace is…", after "…the keynote speech … in December 2015".
    const datedBefore = !/\b(?:19|20)\d{2}\b/.test(text) && s > 0 && analysis.years.some((year) => texts[0]!.includes(year));
    const yearHere = analysis.years.some((year) => text.includes(year)) || datedBefore;
    const otherYear = !yearHere && yearAsked && /\b(?:19|20)\d{2}\b/.test(text);
    // So does the figure asked of: "when's it supposed to hit 100 billion" is of the sentence with the 100 billion yuan.
    const figure = figures.some((pattern) => pattern.test(text)) ? TYPE_BONUS / 2 : 0;
    const years = (analysis.years.length > 0 && yearHere ? TYPE_BONUS / 2 : otherYear ? -TYPE_BONUS : 0) + figure;
    // "What day…" wants the day: a full date beats a month.
    const day =
      (analysis.wantsDay && FULL_DATE.test(text) ? TYPE_BONUS / 2 : 0) +
      (saysKind(sentenceText(hit.passage, s)) * TYPE_BONUS) / 2 +
      // "What kinds of events go on during that awareness drive": the sentence that gives examples ("such as a cybersecurity expo").
      // What it features or what goes on in it, the sentence that gives them says in full.
      (examplesAsked && EXAMPLES_GIVEN.test(text) ? (contentsAsked ? TYPE_BONUS : TYPE_BONUS / 2) : 0) +
      // "What's the deadline for the park's output target": the sentence that says by when ("By 2020, the industrial output…").
      (deadlineAsked && BY_DATE.test(text) ? TYPE_BONUS : 0) +
      (ownerGiven(sentenceText(hit.passage, s), owner) ? TYPE_BONUS : 0) +
      (rolesAsked && ROLE_GIVEN.test(sentenceText(hit.passage, s)) ? TYPE_BONUS : 0) +
      (ownerAsked && OWNER_GIVEN.test(sentenceText(hit.passage, s)) ? TYPE_BONUS : 0) +
      (purposeAsked && PURPOSE_GIVEN.test(sentenceText(hit.passage, s)) ? TYPE_BONUS : 0) +
      (wantAsked && WANT_GIVEN.test(sentenceText(hit.passage, s)) ? TYPE_BONUS : 0) +
      (classSays && classIn[s] ? TYPE_BONUS / 2 : 0);
    if (score + typed + years + held + day + reports > best.score) best = { hit, sentence: s, score: score + typed + years + held + day + reports };
  });
  if (best.score === -Infinity) best = { hit, sentence: hit.sentence, score: hit.score };
  return best;
}

/** The line the article prints above a statement: "Luigi Gambardella, president of ChinaEU, an international association in Brussels…". */
function speakerLine(speaker: string | null, role: string | null): string {
  return `${speaker ?? ''}, ${role ?? ''}`;
}

/** That line as what the article says, the answer where it settles the question ("where is chinaeu based"). */
function speakerLineSaid(speaker: string | null, role: string | null): Said {
  return { text: `${speakerLine(speaker, role)}.`, speaker: null, role: null, occasion: null, quoted: false };
}

/** A citation whose excerpt is headed by its statement's speaker line, which is what answers: as the article prints it, above the statement. */
function headedBy(citation: Citation, heading: string): Citation {
  return { ...citation, excerpt: `${heading}\n${citation.excerpt}`, highlight: [0, heading.length] };
}

/** The names a speaker's role gives, lower case: "chinaeu", "brussels" of "president of ChinaEU, an international association in Brussels". */
function namesInRole(role: string | null): Set<string> {
  return new Set((role ?? '').match(/\p{Lu}[\p{L}-]*/gu)?.map((word) => word.toLowerCase()) ?? []);
}

/** "What kind of cyberspace", "what sort of approach", "which type of internet": the thing whose kind is asked. */
// After whom it is according to, too: "according to xi, what kind of economy will … help china develop"; or after a greeting or a
// filler ("hey so what kind of cyberspace does xi want").
const NOT_THING = '(?!(?:does|do|did|is|are|was|were|will|would|should|can|could|has|have|had|he|she|they|it|xi|china|beijing|the|a|an|that|this|to|in|of|for|on|by|with|at|from)\\b)';
const THING = `(?:an? |the )?([a-z-]+(?: ${NOT_THING}[a-z-]+){0,3})\\b`;
const KIND_OF = new RegExp(`^(?:(?:hey|hi|yo|so|ok|okay|and|but|like|um|hmm|bot|quick q|question)[,:]? )*(?:according to [a-z' -]{1,40}? )?(?:what|which)(?: (?:kind|kinds|sort|sorts|type|types) of| kinda| sorta) ${THING}`);
/** Or the kind named inside the question: "4 adjectives for the kind of online world xi wants", "the sort of web china is after". */
const KIND_NAMED = new RegExp(`\\b(?:the|a|what) (?:kind|sort|type) of ${THING}`);
/** Words asking for the words that describe something: "what 3 qualities should the … system have", "in three adjectives". */
const QUALITIES_ASKED = /\b(?:adjectives?|qualities|attributes|characteristics|traits|descriptors|describing words|properties)\b/;
/** The thing whose qualities are asked: "should the global net governance system have", "wants the online world to be what three things". */
const QUALITIES_OF = new RegExp(
  `\\b(?:(?:should|does|did|do|will|would|must|can|could) ${THING} (?:have|be|possess|show)\\b|(?:for|of|describing|describe|describes|about) ${THING}(?: (?:that|which|he|she|they|xi|china|beijing|it)\\b|$)|wants? ${THING} to be (?:what|which) (?:\\d|two|three|four|five) (?:things|qualities|words|adjectives))`,
);

/** The words of the thing whose kind a question asks, or none: "what kind of internet governance system" → internet, governance, system. */
function kindAsked(analysis: QuestionAnalysis): string[] {
  const { normalised } = analysis;
  // Asked for in a tail that normalising drops: "…, in three adjectives", "like the adjectives".
  const qualities = QUALITIES_ASKED.test(normalised) || QUALITIES_ASKED.test(analysis.original.toLowerCase()) || /\bwhat (?:(?:\d|two|three|four|five) )?(?:things|words)\b(?! (?:did|does|do) )/.test(normalised);
  // Or asked inside what a member says: "xi called the online world what kind of space for humanity".
  const kind =
    KIND_OF.exec(normalised)?.[1] ??
    (qualities ? (KIND_NAMED.exec(normalised)?.[1] ?? QUALITIES_OF.exec(normalised)?.slice(1).find(Boolean)) : /\bwhat (?:kind|sort|type) of\b/.test(normalised) ? KIND_NAMED.exec(normalised)?.[1] : undefined);
  return kind?.split(' ') ?? [];
}

/**
 * For "what kind of X" asked, whether a sentence says what kind. The thing is the last word of what is asked of ("what kind of
 * internet governance system": the system, an internet governance one).
 */
function kindSaid(analysis: QuestionAnalysis, context: ReaderContext): (text: string) => number {
  const kindWords = kindAsked(analysis);
  const described =
    [...kindWords].reverse().map((word) => analysis.terms.find((term) => term.meaning === word && term.pos === 'noun')).find(Boolean) ?? analysis.terms.find((term) => term.meaning === kindWords[0]);
  // The words of it as the article may write them too: "global internet governance system" for "global net governance system".
  const askedWords = kindWords.flatMap((word) => [word, ...(analysis.terms.find((term) => term.typed === word || term.meaning === word)?.neighbours ?? [])]);
  // By the thing's own word (2), before a word near it (1): "an uplifting cyberculture" before "a … safer cyberspace". A thing the
  // article never names ("the online world") is said only by a word near it, as well as it can be.
  const { wordnet } = context.understanding;
  const nearWord = described !== undefined && !context.understanding.lexicon.words.has(described.meaning) ? 2 : 1;
  return (text) => (described === undefined ? 0 : describesKind(text, described, wordnet, askedWords, kindWords.length > 1, true) ? 2 : describesKind(text, described, wordnet, askedWords, kindWords.length > 1) ? nearWord : 0);
}

/**
 * Whether a sentence describes the thing asked, or a word for it, by words before its name that describe, after an article: "a
 * peaceful, secure, open and cooperative cyberspace", "a people-centric approach", "an open, standards-based internet". Not "Xi said
 * cyberspace is…", whose "said" is an adjective too.
 */
function describesKind(text: string, term: QuestionTerm, wordnet: WordNet, asked: readonly string[], qualified: boolean, ownWord = false): boolean {
  const names = new Set((ownWord ? [term.meaning] : [term.meaning, ...term.neighbours]).map(stem));
  // As written: a word of a name ("the second World Internet Conference") is no thing described.
  const written = text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
  const words = written.map((word) => word.toLowerCase());
  // A word that describes: one with a hyphen ("people-centric"), or an adjective that is no function word ("in" is one too). One that
  // is also a noun ("open", "cooperative") only in a run joined by "and", or beside one that is only a describing word.
  // "Cleaner", "safer" by their base ("safe": WordNet's forms miss "-er" after an "e").
  const describing = (word: string): boolean =>
    word.includes('-') ||
    (!STOP_WORDS.has(word) && [word, ...WordNet.baseForms(word), word.replace(/(?<=e)(?:r|st)$/, '')].some((form) => wordnet.senses(form).some((sense) => sense.pos === 'adj')));
  const onlyDescribing = (word: string): boolean => word.includes('-') || !wordnet.senses(word).some((sense) => sense.pos === 'noun');
  return words.some((word, i) => {
    if (i < 2 || !names.has(stem(word)) || /^\p{Lu}/u.test(written[i]!)) return false;
    // Before the thing, the words of it the question asks of too ("internet governance" of "… global internet governance system").
    let end = i;
    while (end > 1 && asked.includes(words[end - 1]!) && words[end - 1] !== word) end -= 1;
    // Back over the run of describing words ("peaceful secure open and cooperative") to the article before it.
    let start = end - 1;
    while (start > 0 && end - start <= 8 && !['a', 'an', 'the', 'more', 'most'].includes(words[start - 1]!) && /^[\p{L}-]+$/u.test(words[start - 1]!)) start -= 1;
    if (start === 0 || !['a', 'an', 'the', 'more', 'most'].includes(words[start - 1]!)) return false;
    const run = words.slice(start, end);
    const joined = (w: string): boolean => w === 'and' || w === 'or';
    // A kind of a thing asked in one word is said by one describing word ("an uplifting cyberculture"); of one the question already
    // qualifies ("internet governance system"), by two or more, or one with a hyphen: not "the global internet governance system" alone.
    const saysWhatKind = !qualified || run.some(joined) || run.some((w) => w.includes('-')) || run.filter(describing).length >= 2;
    return run.length > 0 && describing(run.at(-1)!) && run.every((w) => joined(w) || describing(w)) && run.some((w) => joined(w) || onlyDescribing(w)) && saysWhatKind;
  });
}

/**
 * Whether a paragraph says the very thing asked, by the question's own verbs and one of its specific nouns: "construction on
 * the park started" for "when did construction on the park begin". A paragraph further down is reached for the answer type
 * only so: on dev it was otherwise reached mostly by questions to refuse ("how much did cisco invest in the park" → "over 10
 * companies").
 */
function saysWhatWasAsked(passage: Passage, analysis: QuestionAnalysis, context: ReaderContext, before?: Passage): boolean {
  const stems = passageStems(passage, before);
  // Asked where, a verb of being somewhere is what the place answers, not what the passage must say ("where is the week held": "the
  // 2019 China Cybersecurity Week that started in Tianjin").
  const whereVerb = (term: QuestionTerm): boolean => analysis.answerType === 'place' && (LOCATED.has(term.verb ?? term.meaning) || HELD_AT.has(term.verb ?? term.meaning));
  // So is a verb of making a sum, asked how much ("how much is the hub supposed to produce": "the industrial output is expected to
  // reach 100 billion yuan"), and one that says only that it is expected ("supposed to", "projected to").
  const sumVerb = (term: QuestionTerm): boolean => analysis.answerType === 'amount' && SUM_VERBS.test(term.verb ?? term.meaning);
  const expected = (term: QuestionTerm): boolean => EXPECTED_VERBS.test(term.verb ?? term.meaning) && new RegExp(`\\b${escapeRegExp(term.typed)} to\\b`).test(analysis.normalised);
  const verbs = analysis.terms.filter((term) => term.pos === 'verb' && term.grounding !== null && !term.answerClass && !PARTICLES.has(term.meaning) && !whereVerb(term) && !sumVerb(term) && !expected(term));
  // Or by one of its kind: "released" by "unveiled".
  let ofKind: ((term: QuestionTerm) => boolean) | undefined;
  return verbs.every((term) => supports(stems, term) || (ofKind ??= verbsOfSentenceKind(analysis, passage.text))(term)) && specificTerms(analysis, context).some((term) => supports(stems, term));
}

/**
 * Personal details of people, which a news article gives in so many words when it gives them: nationality, sex, dress, meals,
 * schooling, birth, family, faith.
 */
const PERSONAL_DETAIL =
  /\b(nationality|nationalities|citizenship|ethnicity|gender|wear|wears|wearing|wore|worn|dressed|clothes|clothing|eat|eats|ate|eaten|eating|drink|drinks|drank|drinking|food|meal|lunch|dinner|breakfast|studied|university|college|alma mater|graduate|graduated|graduates|graduating|birthplace|hometown|born|married|wife|husband|religion)\b/;
/** What a country's government is asked to have said: "what did the russian government say", "what do us officials think". */
const GOVERNMENT_SAID =
  /^what (?:did|does|do|has|have|had) (?:the )?([a-z]+)(?:'s)? (?:government|govt|officials?|ministry|ministers?|president|authorities|regulators?|embassy|state media|leadership) (?:[a-z'-]+ ){0,3}(?:say|said|says|think|thought|tell|told|announce|announced)\b/;

/** Asked whether someone is a man or a woman: "is yu wenwen a woman", "…a man or woman". */
const SEX_WORDS = /^(?:a |an )?(?:man|male|woman|female|guy|girl|lady|boy)(?: or (?:a |an )?(?:man|male|woman|female|guy|girl|lady|boy))?$/;
/** A yes/no claim that someone or a firm is of a nationality: "is anton shingarev russian", "is roland berger a chinese company". */
const NATIONALITY_CLAIM = /^(?:is|was|are|were) (.+?) (?:a |an )?([a-z]+)(?: (?:citizen|national|company|firm|business|man|woman|person|guy|group|organi[sz]ation|association))?$/;

function personalDetailUnsaid(analysis: QuestionAnalysis, context: ReaderContext): boolean {
  if (analysis.shape !== 'fact' || (analysis.people.length === 0 && analysis.names.length === 0)) return false;
  const detail = PERSONAL_DETAIL.exec(askedPart(analysis.normalised))?.[1];
  // Of a person the article quotes, not of a firm or a country ("what hat does china wear").
  if (detail) return analysis.people.length > 0 && !context.understanding.lexicon.words.has(detail);
  // "Is anton shingarev russian", as typed (the reading makes a nationality its country): the claim's subject is wholly someone or
  // something the article names, and the nationality is not written before their name ("Russian firm Kaspersky"). Not "is cisco a
  // trusted partner for china", whose last word is no nationality of Cisco's.
  const typed = withoutOpening(analysis.original.toLowerCase().replace(/[?!.\s]+$/u, '').trim());
  const claim = NATIONALITY_CLAIM.exec(typed);
  if (!claim || !context.understanding.wordnet.isNationality(claim[2]!)) return false;
  const named = [...analysis.people, ...analysis.names, ...analysis.terms.filter((term) => term.named).map((term) => term.meaning)];
  const nameWords = new Set(named.flatMap((name) => wordsOf(name)));
  const subject = wordsOf(claim[1]!).filter((word) => !/^(?:the|a|an)$/.test(word));
  if (subject.length === 0 || !subject.every((word) => nameWords.has(word))) return false;
  const written = (name: string): boolean => new RegExp(`\\b${escapeRegExp(claim[2]!)}\\p{L}*(?:'s)? (?:[\\p{L}-]+ ){0,2}${escapeRegExp(name)}\\b`, 'iu').test(context.understanding.articleText);
  return !named.some(written);
}

/** How a sentence gives a reason or an aim: "stem from its vision to tackle…", "with an aim to safeguard…", "in the interests of…". */
const REASON_GIVEN =
  /\b(?:because|due to|owing to|as a result|stems? from|stemmed from|in order to|so as to|so that|with (?:an|the) aim|aims? to|aimed at|in the interests? of|for the (?:sake|purpose|benefit) of|thanks to|driven by|to (?:tackle|combat|guarantee|safeguard|protect|prevent|ensure|boost|promote|advance|maintain|build|uphold))\b/i;

/**
 * Whether a paragraph goes on about something an earlier one introduced, by "the" and its name: "Construction on the park started…"
 * after "Beijing is building a … park". Not one that only shares the article's common words, nor one about something of its own
 * ("the weeklong campaign", after a paragraph on the Belt and Road).
 */
function refersBack(passage: Passage, earlier: Passage, context: ReaderContext): boolean {
  const earlierStems = passageStems(earlier);
  return [...passage.text.toLowerCase().matchAll(/\bthe ([a-z][a-z-]{2,})\b/g)].some(([, word]) => !STOP_WORDS.has(word!) && !isPervasive(word!, context) && earlierStems.has(stem(word!)));
}

/** Verbs of making a sum: "how much is it to produce, earn, generate, churn out". */
const SUM_VERBS = /^(?:produce|make|earn|generate|churn|churn out|pull in|bring in|rake in|hit|reach|yield|deliver)$/;
/** Verbs that say something is expected, before "to": "supposed to", "projected to", "set to". */
const EXPECTED_VERBS = /^(?:suppose|expect|project|forecast|predict|plan|set|slate|schedule|estimate|anticipate)$/;

/** A question of what something is for: "what is the park for", "the purpose of the strategy", "why was the park built". */
const PURPOSE_ASKED = /^what (?:is|are|was|were) (?:the |a |an |that |this )?[a-z -]+ (?:for|meant for|used for|there for)$|^what (?:is|are|was|were) (?!(?:(?:the|a|an|that|this) )?(?:international community|community|countries|nations|people|china|beijing|government|world|members|users|experts|companies|firms|officials|he|she|they|we|you|i)\b)(?:the |a |an |that |this )?[a-z -]+ (?:supposed|meant|designed|intended|built|set up|there) to do$|\b(?:purpose|aim|goal|point|objective)s? of\b|^why (?:(?:is|was|are|were|did|does|do) .*)?\b(?:built|build|building|set up|launched|launch|created|create|established|unveiled|unveil|mapped out|map out|made)\b/;
/** Words that say a figure or a date is aimed at: "the output target", "the cyberpower goal". */
const GOAL_WORDS = /^(?:target|targets|goal|goals|aim|aims|objective|objectives|projection|forecast)$/;

/** The verbs of wanting in every form: "hoping", "planned", "wishes", "sought". */
const WANTING_FORMS = `(?:(?:${WANTING})(?:s|es|ed|d|ing)?|hoping|planning|planned|striving|strove|sought)`;

/** "What does kaspersky hope to bring to china", "what does cisco want to be": what someone means to do, asked by a verb of wanting. */
const WANT_ASKED = new RegExp(`^what (?:does|do|did|is|are|was|were) [a-z' -]+? ${WANTING_FORMS} to [a-z]+`);
/** A sentence that says what its speaker means to do: "We look forward to … to introduce…", "Cisco wants to be…", "China stands ready to…". */
const WANT_GIVEN = new RegExp(`\\b(?:look(?:s|ing)? forward to|would like to|(?:is|are|stands?) ready to|(?:is|are) committed to|${WANTING_FORMS} to)\\b`, 'i');
/** A sentence that says what something is made or done to do: "building a … park to boost the industry", "with an aim to safeguard", "…efforts to build … stem from its vision to tackle…". */
const PURPOSE_GIVEN = /\b(?:in order to|so as to|stem(?:s|med)? from|with an? (?:aim|goal|view) (?:to|of)|aim(?:s|ed)? to|designed to|meant to|intended to)\b|\b(?:build|builds|building|built|set up|launch|launched|establish|established|create|created|unveil|unveiled|mapped out)\b[^.,;]{0,80}? to (?!be\b)[a-z]+/;

/** Verbs of where an event is, by their base: "held", "hosted", "takes place". */
const HELD_AT: ReadonlySet<string> = new Set(['hold', 'held', 'host', 'hosted', 'stage', 'staged', 'happen', 'occur', 'take place']);

/** A role asked, to play: "what roles does china want to play", "so that policy paper says china wants to play which three roles". */
const ROLES_ASKED = /\broles?\b.*\b(?:want|wants|wanted|hope|hopes|aim|aims|wish|wishes|seek|seeks|intend|intends|like) to (?:play|act as|serve as|take on|assume|be)\b|\bto play (?:which|what) (?:(?:three|two|3|2|other) )?roles?\b/;
/** A sentence that says what someone acts as: "to act as a promoter, guardian and contributor", "wants to be the trusted partner for China". */
const ROLE_GIVEN = /\b(?:act|acts|acting|serve|serves|serving) as (?:an? |the )?\p{L}+|\b(?:be|become|becoming|being) (?:the|a|an) (?:[\p{L}-]+ ){0,2}(?:partner|leader|promoter|guardian|contributor|player|bridge|hub|builder|defender)\b|\brole (?:of|as) (?:an? |the )?\p{L}+/u;
/**
 * Whether a sentence of the passage says what something acts as, of what the question asks: holding a word of it, and naming no
 * company the article quotes that the question does not ("Cisco wants to be the trusted partner for China" is Cisco's role, not China's).
 */
function givesRole(passage: Passage, analysis: QuestionAnalysis, context: ReaderContext): boolean {
  if (!ROLE_GIVEN.test(passage.text)) return false;
  const asked = analysis.terms.filter((term) => term.grounding !== null && (term.pos === 'noun' || term.pos === 'adjective') && !/^roles?$/.test(term.meaning));
  const question = ` ${analysis.normalised} `;
  const others = [...organisationsOf(context.index)].filter((organisation) => !question.includes(` ${organisation} `));
  return passage.sentences.some((_, s) => {
    const text = sentenceText(passage, s);
    const lower = ` ${wordsOf(text).join(' ')} `;
    if (!ROLE_GIVEN.test(text)) return false;
    const stems = new Set(wordsOf(text).map(stem));
    return asked.some((term) => supportsLiterally(stems, term)) && !others.some((organisation) => lower.includes(` ${organisation} `));
  });
}

/** "What kinds of events…", "what sort of activities…", "examples of…": examples asked for, which a sentence gives after "such as". */
const EXAMPLES_ASKED = /^(?:(?:what|which) (?:kinds?|types?|sorts?|examples?) of|(?:give|name|list)(?: me)? (?:some )?examples? of|what (?:activities|events|things) (?:take place|happen|go on|are (?:held|there|on))\b|what (?:happens|goes on|takes place) (?:at|during|in)\b)/;
/** A sentence that concludes from the one before it: "Therefore, …", "As a result, …". */
const CONCLUDES = /^(?:Therefore|Thus|Hence|So|As a result|Consequently|That is why|This is why)\b/;

/** "Whose hands…", "whose interests…": the thing whose owner is asked. */
const WHOSE = /\bwhose ([a-z]+)\b/;
/** Whether a sentence says whose the thing is: "the hands of all nations", "the interests of the Chinese people", "people's sense". */
function ownerGiven(text: string, thing: string | undefined): boolean {
  return thing !== undefined && new RegExp(`\\b${escapeRegExp(thing)} of (?:the |all |a )?\\p{L}|\\p{L}['’]s? ${escapeRegExp(thing)}\\b`, 'iu').test(text);
}

/** A sentence that says whom something belongs to: "a common area for the whole of mankind", "in the hands of all nations". */
const OWNER_GIVEN = /\b(?:belongs? to|in the hands of|for the whole of|(?:of|for) all (?:nations|countries|mankind|humanity|people)|for (?:mankind|humanity|everyone))\b/i;

/** Verbs that say little of what is done: a sentence holding one does not for that do what was asked. */
const LIGHT_VERBS: ReadonlySet<string> = new Set(['see', 'seen', 'get', 'make', 'do', 'have', 'take', 'go', 'come', 'use', 'put', 'keep', 'let', 'know', 'look', 'find', 'give', 'be', 'become']);

/** A side of a comparison that is a goal: "the park output goal", "the cyberpower target", "the 2035 aim". */
const GOAL_SIDE = /\b(?:goal|goals|target|targets|aim|aims|deadline|deadlines|objective|objectives)\b/;
/** A date something is to happen by: "by 2035", "By 2020", "by the end of 2020". */
const BY_DATE = new RegExp(`\\b[Bb]y (?:the (?:end|middle|start) of )?(?:${MONTH} )?(?:19|20)\\d{2}\\b`);

/** The noun a "what X" or "which kind of X" question asks for ("what concept…", "what feelings…"), and the kind of answer it names. */
function askedKind(analysis: QuestionAnalysis): QuestionTerm[] {
  // Not a date, place, figure or person, which the sentence's type answers; nor a word so general every statement writes a kind of it.
  if (analysis.answerType in SENTENCE_TYPES) return [];
  const asked = /^(?:what|which)(?: (?:kind|sort|type)s? of)?(?: (?:two|three|four|five|\d))? ([a-z]+)\b/.exec(askedPart(analysis.normalised))?.[1];
  if (!asked || GENERAL_KINDS.test(asked)) return [];
  return analysis.terms.filter((term) => (term.answerClass || term.typed === asked || term.meaning === asked) && term.pos === 'noun' && term.kind === 'word');
}

/** Nouns of which almost anything is a kind: "what idea", "what things". */
const GENERAL_KINDS = /^(?:ideas?|things?|stuff|ways?|kinds?|types?|sorts?|points?|parts?|ones?|names?|words?|aspects?|issues?|matters?|topics?|subjects?)$/;

/**
 * Whether a sentence writes the kind of thing asked for by its own word ("…follow the concept of mutual support"). Only to pick the
 * sentence of a passage: tried in the twenty-first round to pick among passages too, by the word or one WordNet files under it ("what
 * feelings…": "happiness" is a feeling), it answered two rewordings of one dev question and lost a right answer on a never-read set.
 */
function writesKind(stems: Set<string>, asked: readonly QuestionTerm[]): boolean {
  return asked.length > 0 && asked.every((term) => supportsLiterally(stems, term));
}

/** Among the leading hits, the passage and sentence that answer best, preferring one that carries the answer type. */
function choose(hits: Hit[], analysis: QuestionAnalysis, context: ReaderContext): Choice | null {
  const top = hits[0];
  if (!top) return null;
  const near = hits.filter((hit) => hit.score >= top.score - TYPE_MARGIN).slice(0, 4);
  // "When did construction on the park begin": a section introduces its subject in one paragraph ("Beijing is building a … park")
  // and dates it in a later one ("Construction on the park started at the end of 2017"). When the top hit does not carry the answer
  // type, a later paragraph of its section that does, a little further down, joins the close ones.
  const asksType = analysis.shape !== 'comparison' && analysis.answerType in SENTENCE_TYPES;
  const carriesAny = (hit: Hit): boolean => hit.passage.sentences.some((_, s) => carriesAsked(answeringFor(analysis, hit.passage, s), analysis, context));
  const goesOnFromTop = (hit: Hit): boolean =>
    hit.passage.article === top.passage.article && hit.passage.section === top.passage.section && hit.passage.id > top.passage.id && hit.passage.id - top.passage.id <= SECTION_REACH;
  // "When was the policy paper … released": the top paragraph goes on about a document the one before it names and dates ("Yu said the
  // policy document…" after "China unveiled the International Strategy … in March 2017"); that one answers when.
  const topRefersBack = REFERS_BACK.test(sentenceText(top.passage, 0));
  const antecedent = (hit: Hit): boolean =>
    topRefersBack && hit.passage.id === top.passage.id - 1 && hit.passage.article === top.passage.article && hit.passage.section === top.passage.section;
  const sectionMates =
    asksType && !carriesAny(top)
      ? hits.filter(
          (hit) =>
            !near.includes(hit) &&
            hit.score >= top.score - SECTION_MARGIN &&
            hit.passage.article === top.passage.article &&
            hit.passage.section === top.passage.section &&
            hit.passage.id !== top.passage.id &&
            (hit.passage.id > top.passage.id || analysis.answerType === 'place' || antecedent(hit)) &&
            Math.abs(hit.passage.id - top.passage.id) <= SECTION_REACH &&
            carriesAny(hit) &&
            // What is asked about may be named only by the paragraph it goes on from ("Beijing is building a … park"; "Construction on
            // the park started…"), as grounding reads it; or by the one that goes on about it ("Yu said the policy document…").
            saysWhatWasAsked(hit.passage, analysis, context, (hit.passage.id > top.passage.id && refersBack(hit.passage, top.passage, context)) || antecedent(hit) ? top.passage : undefined),
        )
      : [];
  // "Which three roles does china want to play for global cyberspace": the sentence that says what it acts as ("to act as a promoter,
  // guardian and contributor of global cyberspace") answers, however far down a long paragraph ranks; one holding what is asked of.
  const rolesAsked = ROLES_ASKED.test(analysis.normalised);
  const roleMates = rolesAsked
    ? hits.filter((hit) => !near.includes(hit) && !sectionMates.includes(hit) && givesRole(hit.passage, analysis, context))
    : [];
  // "What is the park for": a passage a little further down that says what it is made to do ("…building a … park to boost the industry").
  const purposeAsked = PURPOSE_ASKED.test(analysis.normalised);
  const purposeMates = purposeAsked
    ? hits.filter((hit) => !near.includes(hit) && !sectionMates.includes(hit) && !roleMates.includes(hit) && hit.score >= top.score - SECTION_MARGIN && hit.passage.sentences.some((_, s) => PURPOSE_GIVEN.test(sentenceText(hit.passage, s))))
    : [];
  // Which passages give a role, worked out once for the contenders below.
  const roleGivers = new Set(rolesAsked ? [...near, ...sectionMates, ...roleMates].filter((hit) => roleMates.includes(hit) || givesRole(hit.passage, analysis, context)).map((hit) => hit.passage.id) : []);
  // "What kind of cyberspace does xi want": a passage a little further down whose sentence says what kind ("a peaceful, secure, open and
  // cooperative cyberspace").
  const saysKind = kindSaid(analysis, context);
  const kindMates =
    kindAsked(analysis).length > 0
      ? hits.filter((hit) => !near.includes(hit) && !sectionMates.includes(hit) && !roleMates.includes(hit) && !purposeMates.includes(hit) && hit.score >= top.score - SECTION_MARGIN && hit.passage.sentences.some((_, s) => saysKind(sentenceText(hit.passage, s)) === 2))
      : [];
  // "What is the park": the passage that introduces it ("Beijing is building a national-level cybersecurity industrial park…"), a little
  // further down, before those that go on about it ("Construction on the park started…").
  const defined = analysis.answerType === 'definition' ? /^what (?:is|are|was|were) (?:the |this |that )([a-z-]+)$/.exec(analysis.normalised)?.[1] : undefined;
  const introduction = defined ? new RegExp(`\\b(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,4}${escapeRegExp(defined)}\\b`, 'iu') : null;
  const introducing = introduction ? hits.filter((hit) => hit.score >= top.score - SECTION_MARGIN && introduction.test(hit.passage.text)) : [];
  const introMates = introducing.filter((hit) => !near.includes(hit) && !sectionMates.includes(hit) && !roleMates.includes(hit) && !purposeMates.includes(hit) && !kindMates.includes(hit));
  const close = [...near, ...sectionMates, ...roleMates, ...purposeMates, ...kindMates, ...introMates];
  // Where the thing asked about is grounded only by a broader or similar word, the passage that holds that word
  // ("wrongdoing" → criminal activities) answers before one that does not, which grounding would refuse.
  const { focus } = analysis;
  const weakly = focus && (focus.grounding === 'broader' || focus.grounding === 'similar');
  // A word near a phrase in meaning is held by that phrase, as grounding reads it: not by its words apart ("plague" by "the global
  // community", not by "global" and "community" in "the global movement … a community with a shared future").
  const heldBy = (hit: Hit, stems: Set<string>, term: QuestionTerm): boolean =>
    term.grounding === 'similar' && term.similarTo?.includes(' ') ? normaliseSpace(hit.passage.text).includes(term.similarTo) : supports(stems, term);
  const holdingFocus = weakly ? close.filter((hit) => heldBy(hit, passageStems(hit.passage), focus)) : [];
  const contenders = holdingFocus.length > 0 ? holdingFocus : close;
  const specific = specificTerms(analysis, context);
  // "The first wic": the passage on that one of the article's events, before one on another ("the second World Internet Conference").
  const ordinalNames = analysis.names.flatMap((name) => ORDINALS.slice(1).map((ordinal) => `${ordinal} ${name}`)).filter((named) => ` ${analysis.normalised} `.includes(` ${named} `));
  let best: Choice | null = null;
  const yearlyAsked = analysis.answerType === 'place' && ordinalNames.length > 0;
  const scored = contenders.map((hit) => {
    const choice = bestSentence(hit, analysis, context);
    const text = answeringFor(analysis, hit.passage, choice.sentence);
    // A later paragraph of the top one's section goes on about what that one names ("Beijing is building … park"; "Construction on the park started…").
    const own = goesOnFromTop(hit) ? passageStems(hit.passage, top.passage) : passageStems(hit.passage);
    // "Where was the 2nd wic held": where one of a yearly event was held is where it is held every year ("held by China in Wuzhen, …
    // every year since 2014").
    const yearly = yearlyAsked && EVERY_YEAR.test(hit.passage.text) && analysis.names.some((name) => ` ${wordsOf(hit.passage.text).join(' ')} `.includes(` ${name} `));
    // The paragraph a top one goes on from ("Yu said the policy document…") holds what that one does.
    const held = antecedent(hit) ? new Set([...own, ...passageStems(top.passage)]) : own;
    return { hit, choice, text, carries: carriesAsked(text, analysis, context), holds: yearly || specific.some((term) => supports(held, term)) };
  });
  // A contender that carries the answer type answers before one that does not, which grounding would refuse as lacking it:
  // "when did they break ground on that security park" is dated by "construction on the park started at the end of 2017", though
  // the paragraph that introduces the park holds more of the question's words. Only one that holds something specific the question
  // asks about: China's 854 million users say nothing about "how many 5g base stations", which the article does not give.
  const onlyCarrying = asksType && scored.some((entry) => entry.carries && entry.holds);
  const asksPublisher = asksSource(analysis);
  const asksName = ASKS_NAME.test(analysis.normalised);
  // "Whose hands should the future be in": the sentence that says whose ("in the hands of all nations").
  const owned = WHOSE.exec(analysis.normalised)?.[1];
  const ownerAsked = OWNER_ASKED.test(analysis.normalised);
  // Asked a role, a passage that gives one answers before those that do not.
  const roleGiving = roleGivers.size > 0 && scored.some(({ hit }) => roleGivers.has(hit.passage.id));
  const purposeGiving = purposeAsked && scored.some(({ hit, choice }) => PURPOSE_GIVEN.test(sentenceText(hit.passage, choice.sentence)));
  // "Who organizes the wic": the passage that says by whom it is held ("…an international event held by China…").
  const hostAsked = HOSTING.test(/^who (?:(?:is|are|was|were|has|have|had) )?([a-z]+)\b/.exec(analysis.normalised)?.[1] ?? '');
  // "What kind of internet governance system does xi want": of the close passages, the one whose sentence says what kind (below).
  const introduced = introducing.length > 0 && scored.some(({ hit }) => introducing.includes(hit));
  for (const { hit, choice, text, carries, holds } of scored) {
    if (onlyCarrying && !(carries && holds)) continue;
    if (introduced && !introducing.includes(hit)) continue;
    // Rank by the passage score, moved by how well its best sentence fits.
    const typed = typeBonus(text, analysis.answerType, carries);
    // A number in a passage about something else is no answer: the passage must also hold what is asked about.
    // A later paragraph reached for the answer type goes on about what the one before it named ("the park"), as grounding reads it.
    // So does one that goes on from it ("He also stressed…"), which holds who spoke and when as the one before it gives them.
    const stems = sectionMates.includes(hit) || continuedFrom(context.index.passages, hit.passage) ? stemsInSection(context.index.passages, hit.passage) : passageStems(hit.passage);
    // A word held only by one of its farther neighbours counts half: "drive" is a "campaign" or a "movement" before it is an "aim".
    const nearest = (term: QuestionTerm): boolean => supports(stems, { ...term, neighbours: term.neighbours.slice(0, 2) });
    const held = specific.reduce((sum, term) => sum + (heldBy(hit, stems, term) ? (term.grounding === 'synonym' && !nearest(term) ? 0.5 : 1) : 0), 0) * PASSAGE_TERM_BONUS;
    const lower = wordsOf(hit.passage.text).join(' ');
    const event = ordinalNames.filter((name) => lower.includes(name)).length * PASSAGE_TERM_BONUS;
    // "Which body put out the figure on internet users": asked who published something, the sentence that says by whom it was
    // released, or according to whom, answers before one that only names an organisation someone works for.
    const source = asksPublisher && SOURCE_GIVEN.test(text) ? TYPE_BONUS : 0;
    // "What's the name of the policy paper…": the paragraph that names it ("the International Strategy of Cooperation on
    // Cyberspace") before the one that goes on about "the policy document".
    const naming = asksName && namesSomethingNew(sentenceText(hit.passage, choice.sentence), analysis, context) ? TYPE_BONUS : 0;
    // "What will the ongoing wic do": the paragraph that speaks of the one going on.
    const now = NOW_ASKED.test(analysis.normalised) && NOW_SAID.test(text.toLowerCase()) ? TYPE_BONUS : 0;
    if (roleGiving && !roleGivers.has(hit.passage.id)) continue;
    // Asked what something is for, a sentence that says what it is made to do answers before those that do not.
    if (purposeGiving && !PURPOSE_GIVEN.test(sentenceText(hit.passage, choice.sentence))) continue;
    // A sentence that gives the role asked to play, or whose the thing asked is.
    const gives =
      (rolesAsked && ROLE_GIVEN.test(sentenceText(hit.passage, choice.sentence)) ? TYPE_BONUS : 0) +
      (ownerGiven(sentenceText(hit.passage, choice.sentence), owned) ? TYPE_BONUS : 0) +
      // "Who does cyberspace belong to": the sentence that says whom it is for ("a common area for the whole of mankind").
      (ownerAsked && OWNER_GIVEN.test(sentenceText(hit.passage, choice.sentence)) ? TYPE_BONUS : 0) +
      (saysKind(sentenceText(hit.passage, choice.sentence)) * TYPE_BONUS) / 2 +
      (hostAsked && HELD_BY.test(sentenceText(hit.passage, choice.sentence)) ? TYPE_BONUS : 0) +
      // "Why does china care so much about cybersecurity": a sentence that gives a reason or an aim ("…stem from its vision to tackle…").
      (analysis.answerType === 'reason' && REASON_GIVEN.test(sentenceText(hit.passage, choice.sentence)) ? TYPE_BONUS / 2 : 0);
    const total = hit.score + typed + held + event + source + naming + now + gives;
    if (!best || total > best.score) best = { ...choice, score: total };
  }
  return best;
}

/**
 * Whether an answer is only the nearest the article comes to the question: the passage is not
 * clearly about it, and a noun the question asks about is in it only by a related word ("online
 * safety push" for "cybersecurity campaign"). On dev, 15 of the 60 answers so marked are wrong,
 * against 8 of the 217 others; the member is told so rather than given it as certain.
 */
function onlyClosest(analysis: QuestionAnalysis, chosen: Hit, similarity: number, context: ReaderContext): boolean {
  if (similarity >= (context.thresholds ?? COVERAGE).answerAbove) return false;
  const stems = passageStems(chosen.passage);
  // "China's president", "the head of state" name the speaker of the passage, or one it names ("Xi said…"), by the title or role the article gives him.
  const { speaker } = chosen.passage;
  const inPassage = (person: string): boolean => person === speaker || wordsOf(person).some((word) => stems.has(stem(word)));
  const naming = [...context.retriever.namedIn(analysis.normalised)].filter(([person]) => inPassage(person)).flatMap(([, words]) => words);
  const namesSpeaker = (term: QuestionTerm): boolean => naming.includes(stem(term.meaning));
  // "The head of chinaeu" is its president: whoever leads it, whatever the article calls them.
  // What the article is about throughout ("China") is no detail of the passage.
  return analysis.terms.some(
    (term) =>
      term.pos === 'noun' && !term.answerClass && !supportsLiterally(stems, term) && !namesSpeaker(term) && !leadsAs(term, chosen.passage) && !isPervasive(term.meaning, context) && !describesPerson(term, analysis, context),
  );
}

/** A passage cited for what it says, not ranked for the question: a count's ordinals, someone's descriptions, who is quoted. */
function citedAsIs(passage: Passage, sentence: number): Hit {
  return { passage, sentence, dense: 1, lexical: 0, score: 1, sentenceScores: [] };
}

function withSentence(hit: Hit, sentence: number): Hit {
  return { ...hit, sentence };
}

function cite(hits: Hit[], context: ReaderContext): Citation[] {
  return hits.map((hit, i) => citationFor(hit, i + 1, DEFAULT_POLICY, context.articleOf(hit.passage)));
}

/** Supporting citations after the chosen one: close in score and similar enough to the question. */
function supporting(hits: Hit[], chosen: Hit): Hit[] {
  return hits
    .filter((hit) => hit.passage.id !== chosen.passage.id && hit.score >= chosen.score - DEFAULT_POLICY.margin && hit.dense >= DEFAULT_POLICY.minSimilarity)
    .slice(0, DEFAULT_POLICY.maxCitations - 1);
}

// ---------------------------------------------------------------------------------------------
// Questions about the article itself

function metaCitation(n: number, part: string, excerpt: string, article: string | null): Citation {
  return { n, passage: 0, part, excerpt, score: 1, highlight: [0, excerpt.length], speaker: null, section: null, article };
}

/** Of a question on a section's heading, which section: the box of quotations, the one at the end, or every one. */
function sectionsAsked(question: string, info: ArticleInfo, passages: readonly Passage[]): Array<{ title: string; of: 'box' | 'section' }> {
  const own = passages.filter((passage) => passage.section !== null && info.sections.includes(passage.section));
  const quoted = [...new Set(own.filter((passage) => passage.attribution !== null).map((passage) => passage.section!))];
  const last = own.at(-1)?.section;
  // "The quote box", "the box with xi's messages": the section of dated quotations.
  if (/\b(?:quotes?|quotations?|messages?|box|sidebar|panel)\b/.test(question) && quoted.length > 0) return quoted.map((title) => ({ title, of: 'box' }));
  // "The last section", "the section at the end", "the experts section".
  // Or the one told by what is in it: "the bit where foreign execs give their opinions".
  if (/\b(?:last|final|end|bottom|experts?|they say|opinions?|views?|comments?|reactions?|executives?|execs?)\b/.test(question) && last) return [{ title: last, of: 'section' }];
  return info.sections.map((title) => ({ title, of: 'section' }));
}

function metaAnswer(analysis: QuestionAnalysis, articles: ArticleInfo[], passages: readonly Passage[] = []): Reading | null {
  const many = articles.length > 1;
  const facts: ArticleFact[] = [];
  const citations: Citation[] = [];
  for (const info of articles) {
    const article = many ? articleLabel(info) : null;
    // A fact about the article itself cites its byline or headline, not a paragraph.
    const add = (fact: ArticleFact, excerpt: string): void => {
      facts.push(fact);
      citations.push(metaCitation(citations.length + 1, fact.part, excerpt, article));
    };
    switch (analysis.meta) {
      case 'author':
        if (info.byline) add({ article, part: 'byline', byline: info.byline, newspaper: info.newspaper }, info.bylinePrinted ?? info.byline);
        break;
      case 'email':
        if (info.email) add({ article, part: 'email', email: info.email }, `${info.bylinePrinted ? `${info.bylinePrinted}\n` : ''}${info.email}`);
        break;
      case 'newspaper':
        if (info.newspaper) add({ article, part: 'newspaper', newspaper: info.newspaper }, info.newspaperPrinted ?? info.newspaper);
        break;
      case 'headline':
        if (info.title) add({ article, part: 'headline', title: info.title }, info.title);
        break;
      case 'subtitle':
        if (info.deck) add({ article, part: 'subtitle', deck: info.deck }, info.deck);
        break;
      case 'photo':
        for (const credit of info.credits) add({ article, part: 'photo credit', name: credit.name, organisation: credit.organisation }, credit.printed);
        break;
      case 'footer':
        // "See more by scanning the code.", under the label before it ("Online").
        info.dropped.forEach((line, i) => {
          if (!PROMO.test(line)) return;
          const label = info.dropped[i - 1];
          add({ article, part: 'footer', text: line }, label && label.split(' ').length <= 3 && !PROMO.test(label) ? `${label}\n${line}` : line);
        });
        break;
      case 'section':
        // "What section is this article under": the page section over the headline ("WORLD INTERNET CONFERENCE").
        if (PAGE_SECTION_ASKED.test(analysis.normalised) && info.kicker) {
          add({ article, part: 'section heading', title: info.kicker, of: 'page' }, info.kicker);
          break;
        }
        for (const { title, of } of sectionsAsked(analysis.normalised, info, passages)) add({ article, part: 'section heading', title, of }, title);
        break;
      case 'date':
        // The page gives no date of its own (only the dates of what it reports): say so, never guess.
        return refused(analysis, { why: 'no own date' }, []);
      case 'view':
        return refused(analysis, { why: 'no own view' }, []);
      case 'topic':
        if (info.title) add({ article, part: 'topic', title: info.title, deck: info.deck }, info.deck ? `${info.title}\n${info.deck}` : info.title);
        break;
      default:
        break;
    }
  }
  if (facts.length === 0) return null;
  return { question: analysis.original, answered: true, finding: { kind: 'facts', facts }, citations };
}

/** Whether every name the question gives is the article's author, or the name in a photo credit. */
function creditedPart(analysis: QuestionAnalysis, articles: ArticleInfo[]): MetaTopic | null {
  const asked = analysis.terms.filter((term) => term.pos === 'noun' || term.named);
  if (asked.length === 0 || analysis.shape !== 'fact') return null;
  const all = (names: Array<string | null>): boolean => {
    const words = new Set(names.flatMap((name) => (name ? wordsOf(name) : [])));
    return asked.every((term) => words.has(term.meaning));
  };
  if (all(articles.map((article) => article.byline))) return 'author';
  if (all(articles.flatMap((article) => article.credits.map((credit) => credit.name)))) return 'photo';
  return null;
}

// ---------------------------------------------------------------------------------------------
// Lists and comparisons

/** The company or organisation a role names: "global innovation officer of Cisco", "vice-president of public affairs at Kaspersky". */
export function organisationOf(role: string | null): string | null {
  return role ? (/\b(?:of|at|for|with) (?:the )?(\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*)*)/u.exec(role)?.[1] ?? null) : null;
}

/** Words of "how many … have there been" that count the event, not ask about it. */
const COUNT_WORDS = new Set(['editions', 'times', 'rounds', 'sessions', 'held', 'mentioned', 'article', 'conferences', 'been', 'far', 'total', 'altogether', 'so']);

/**
 * Each of an event the article numbers by ordinals ("the first World Internet Conference"), in order: the first sentence that names
 * it (with a date, when `dated`), cited.
 */
function numberedEvents(name: string, context: ReaderContext, dated: boolean): Map<string, Hit> {
  // Worked out once per index, name and kind.
  const cache = oncePerIndexSync(numberedByIndex, context.index, () => new Map<string, Map<string, Hit>>());
  const key = `${name}|${dated}`;
  if (!cache.has(key)) cache.set(key, findNumberedEvents(name, context, dated));
  return cache.get(key)!;
}
const numberedByIndex = new WeakMap<KnowledgeIndex, Map<string, Map<string, Hit>>>();

function findNumberedEvents(name: string, context: ReaderContext, dated: boolean): Map<string, Hit> {
  const found = new Map<string, Hit>();
  for (const passage of context.index.passages) {
    passage.sentences.forEach((_, s) => {
      const text = answeringText(passage, s);
      const sentence = ` ${wordsOf(text).join(' ')} `;
      for (const ordinal of ORDINALS.slice(1)) {
        if (!sentence.includes(` ${ordinal} ${name} `)) continue;
        // Dated, the one dated to the day before one dated to the month: "December 16, 2015" of the keynote, not "December 2015".
        const date = firstDate(text);
        if (dated && (!date || (found.has(ordinal) && PRECISION.indexOf(date.precision) <= PRECISION.indexOf(firstDate(answeringText(found.get(ordinal)!.passage, found.get(ordinal)!.sentence))!.precision)))) continue;
        if (!dated && found.has(ordinal)) continue;
        found.set(ordinal, citedAsIs(passage, s));
      }
    });
  }
  return new Map(ORDINALS.filter((ordinal) => found.has(ordinal)).map((ordinal) => [ordinal, found.get(ordinal)!]));
}

/**
 * "List all the wic dates", "dates of xi's messages to the wic from 1st to 5th": when each of an event the article numbers by
 * ordinals was, in order, one item for each. Null for a list of anything else.
 */
function editionsListed(analysis: QuestionAnalysis, context: ReaderContext): Reading | null {
  if (!/\b(?:dates?|when|years?|editions?)\b/.test(analysis.normalised) || analysis.years.length > 0) return null;
  const padded = ` ${analysis.normalised} `;
  const name = [...context.understanding.lexicon.nameForms.keys()].find((lower) => lower.includes(' ') && (padded.includes(` ${lower} `) || padded.includes(` ${lower}s `)));
  if (!name) return null;
  const events = [...numberedEvents(name, context, true).values()];
  if (events.length < 2) return null;
  const items = events.slice(0, LIST_MAX);
  return { question: analysis.original, answered: true, finding: { kind: 'list', items: items.map(saidBy) }, citations: cite(items, context) };
}

/**
 * "How many wics have there been", "how many editions of the world internet conference": an
 * event the article numbers by ordinals is counted by the ordinals it names, each cited where it
 * first appears. Null for any other question, or an event numbered once or never.
 */
function countedAnswer(analysis: QuestionAnalysis, context: ReaderContext): Reading | null {
  if (!/^how many\b/.test(analysis.normalised) || analysis.years.length > 0) return null;
  const padded = ` ${analysis.normalised} `;
  const { nameForms } = context.understanding.lexicon;
  const name = [...nameForms.keys()].find(
    (lower) =>
      lower.includes(' ') && (padded.includes(` ${lower}s `) || new RegExp(` (?:editions|times|rounds|sessions) (?:of |has |have |did |was |were )?(?:the )?${escapeRegExp(lower)} `, 'u').test(padded)),
  );
  if (!name) return null;
  // Only when nothing else is asked of them: "how many wics did kaspersky attend" is not a count of conferences.
  const nameWords = name.split(' ');
  if (analysis.terms.some((term) => !nameWords.includes(term.meaning) && !COUNT_WORDS.has(term.meaning) && !wordsOf(term.meaning).every((word) => nameWords.includes(word)))) return null;
  const written = nameForms.get(name)!;
  const found = numberedEvents(name, context, false);
  if (found.size < 2) return null;
  const ordinals = [...found.keys()];
  return { question: analysis.original, answered: true, finding: { kind: 'counted', name: written, ordinals }, citations: cite(ordinals.map((ordinal) => found.get(ordinal)!), context) };
}

/** "Which cities are mentioned", "list the countries in the article", "what places does the article name": the kind of place asked. */
const PLACES_ASKED = new RegExp(`^(?:(?:which|what)(?: other)? |${LIST_OF}|(?:all )?(?:the )?)(cities|towns|countries|nations|places|locations|provinces)\\b(.*)$`);
/** The words around the kind of place in such a question: of the article and its mentions, and nothing else asked. */
const ABOUT_MENTIONS = new Set(['are', 'were', 'is', 'was', 'does', 'did', 'do', 'the', 'this', 'article', 'piece', 'story', 'text', 'it', 'mention', 'mentions', 'mentioned', 'name', 'names', 'named', 'list', 'lists', 'listed', 'talk', 'talks', 'about', 'appear', 'appears', 'come', 'comes', 'up', 'in', 'get', 'gets', 'there', 'all', 'every', 'by']);
const MENTIONS = new Set(['article', 'piece', 'story', 'text', 'mention', 'mentions', 'mentioned', 'name', 'names', 'named', 'list', 'lists', 'listed', 'appear', 'appears']);
const PLACE_KINDS_ASKED: Record<string, PlaceKind> = { cities: 'city', towns: 'city', countries: 'country', nations: 'country', provinces: 'province', places: 'place', locations: 'place' };

/**
 * The places of a kind the article names, each cited where it first names it: countries and cities as WordNet knows them, provinces
 * by name, and a town WordNet does not know by the province the article gives it ("Wuzhen, Zhejiang province"). Null for any other
 * question. Places found by compromise in the article's paragraphs and the lines above its statements ("… in Brussels").
 */
function placesAnswer(analysis: QuestionAnalysis, context: ReaderContext): Reading | null {
  const asked = PLACES_ASKED.exec(askedPart(analysis.normalised));
  if (!asked) return null;
  const rest = wordsOf(asked[2]!);
  if (!rest.some((word) => MENTIONS.has(word)) || !rest.every((word) => ABOUT_MENTIONS.has(word))) return null;
  const kind = PLACE_KINDS_ASKED[asked[1]!]!;
  // "Besides china, which countries…": not the one the question names; "which other countries…": nor the one the article is about.
  const question = ` ${analysis.normalised} `;
  const other = / other /.test(question);
  const places = placesNamedOf(context).filter(
    (place) => (kind === 'place' || place.kind === kind) && !question.includes(` ${place.written.toLowerCase()} `) && !(other && isPervasive(place.written.toLowerCase(), context)),
  );
  if (places.length === 0) return null;
  // A place named in the line above a statement ("… an international association in Brussels") is cited with that line.
  const citations = cite(places.map((place) => place.hit), context).map((citation, i) => (places[i]!.line ? headedBy(citation, places[i]!.line!) : citation));
  return { question: analysis.original, answered: true, finding: { kind: 'places', asked: kind, names: places.map((place) => place.written) }, citations };
}

interface NamedPlace {
  written: string;
  kind: PlaceKind;
  hit: Hit;
  /** The line above a statement that names it, when that is where it is named. */
  line: string | null;
}
const namedPlacesByIndex = new WeakMap<KnowledgeIndex, NamedPlace[]>();

/** The article's places by kind, in the order it first names them, worked out once per index (compromise reads every sentence). */
function placesNamedOf(context: ReaderContext): NamedPlace[] {
  return oncePerIndexSync(namedPlacesByIndex, context.index, () => {
    const { wordnet } = context.understanding;
    const found = new Map<string, NamedPlace>();
    for (const passage of context.index.passages) {
      const texts = [...passage.sentences.map((_, s) => ({ text: sentenceText(passage, s), s, line: false })), ...(passage.role ? [{ text: passage.role, s: 0, line: true }] : [])];
      for (const { text, s, line } of texts) {
        for (const place of placesNamed(text)) {
          const name = place.replace(/['’]s$/u, '');
          const written = new RegExp(`\\b${escapeRegExp(name)}\\b`, 'iu').exec(text)?.[0];
          if (!written || !/^\p{Lu}/u.test(written)) continue;
          const lower = written.toLowerCase();
          if (found.has(lower) || found.has(`${lower} province`)) continue;
          const kinds = wordnet.kindsOf(lower);
          const placeKind: PlaceKind | null = /\bprovince$/.test(lower) || kinds.has('province')
            ? 'province'
            : kinds.has('country') || kinds.has('nation')
              ? 'country'
              : kinds.has('city') || kinds.has('town') || kinds.has('municipality')
                ? 'city'
                : kinds.size === 0 && new RegExp(`\\b${escapeRegExp(written)}, \\p{Lu}\\p{Ll}+ province\\b`, 'u').test(text)
                  ? 'city'
                  : null;
          if (!placeKind) continue;
          // "Zhejiang" after "Zhejiang province": one province.
          if (placeKind === 'province') found.delete(lower.replace(/ province$/, ''));
          const hit = citedAsIs(passage, s);
          found.set(lower, { written: placeKind === 'province' ? written.replace(/ Province$/, ' province') : written, kind: placeKind, hit, line: line ? speakerLine(passage.speaker, passage.role) : null });
        }
      }
    }
    return [...found.values()];
  });
}

/**
 * A question as Discord's markup leaves it: mentions, channels, custom emoji and code blocks are
 * not asked about ("<@123> who is anton shingarev"), and bold, italics, spoilers and inline code
 * keep their words ("||who is guy diedrich||").
 */
export function withoutMarkup(question: string): string {
  // A code block is not the question, unless it is all there is ("```who is guy diedrich```").
  const outside = question.replace(/```[\s\S]*?```/g, ' ');
  return (/\p{L}/u.test(outside) ? outside : question.replace(/```(?:[a-z]+\n)?/g, ' '))
    .replace(/<a?:\w+:\d+>|<@[!&]?\d+>|<#\d+>|@(?:everyone|here)\b/g, ' ')
    .replace(/\|\||\*\*|__|~~|`/g, ' ')
    .replace(/(^|\s)[*_]+|[*_]+(?=\s|$|[?!.,])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Asking the bot what to do for oneself: how to protect, trust, use or get something. A question about what the article or
 * someone in it says ("how to build a community with a shared future according to xi", "can we expect more regulation",
 * "could i have the quote about…") is no request for advice.
 */
const ADVICE_OPENING =
  /^(?:how (?:do|can|should|could) (?:i|we)|how to|(?:should|can|could) (?:i|we)|is it (?:safe|ok|okay|wise|smart|a good idea) (?:for (?:me|us) )?to|what(?:'s| is|s) the best way (?:for (?:me|us) )?to|what should (?:i|we)|which \w+ should (?:i|we)|(?:do|would) you (?:recommend|suggest|advise))\b/;
const ADVICE_ACTION = /\b(?:protect|protecting|stay|keep|secure|trust|use|using|buy|install|avoid|choose|pick|get around|bypass|hide|block|defend|prevent|stop)\b/;
const ABOUT_THE_ARTICLE = /\b(?:article|piece|story|quotes?|said|say|says|according|mentions?|mentioned)\b/;

const WH = '(?:what|which(?: [a-z-]+){1,4}?|who|whom|where)';
/** "What did kaspersky not say", "which wic did xi never send a message to": someone, then "not", then what they did. */
const NEGATIVE_ASKED = new RegExp(`^${WH} (?:did|does|do|has|have|had|will|would) ((?:[a-z'-]+ ){1,4}?)(?:not|never) [a-z]+`);
/** "What didn't kaspersky say" (read "what did not kaspersky say"): "not" before someone and a verb of saying or doing. */
const NEGATIVE_BEFORE = new RegExp(`^${WH} (?:did|does|do|has|have) not (?:[a-z'-]+ ){1,4}?(?:say|said|mention|mentioned|send|sent|attend|attended|talk|discuss|cover|include|name|quote|write|give|do)\\b`);
/** "What is not mentioned in the article", "who was not quoted". */
const NOT_IN_ARTICLE = new RegExp(`^${WH} (?:is|are|was|were) not (?:mentioned|said|covered|included|named|quoted|discussed|answered)\\b`);
const NOT_SUBJECT = /\b(?:say|says|said|think|thinks|believe|believes|want|wants|expect|expects|argue|argues|claim|claims|stress|stressed|hope|hopes|should|must|would|could|can|will|may|might|that|is|are|was|were|be)\b/;
/**
 * "What did kaspersky not say", "which wic did xi not send a message to", "what is not mentioned": what was not said or done, which
 * no sentence of the article says; the one that says what was would be given as the answer. "Not" after the subject, before its
 * verb: not "what did gambardella say should not be delayed", which asks what he said, nor "what will not close".
 */
function asksNegative(normalised: string): boolean {
  const match = NEGATIVE_ASKED.exec(normalised);
  return (match !== null && !NOT_SUBJECT.test(match[1]!)) || NEGATIVE_BEFORE.test(normalised) || NOT_IN_ARTICLE.test(normalised);
}

function asksAdvice(analysis: QuestionAnalysis): boolean {
  const text = analysis.normalised;
  return ADVICE_OPENING.test(text) && ADVICE_ACTION.test(text) && !ABOUT_THE_ARTICLE.test(text) && analysis.speakerWords.length === 0;
}

/** Greetings, thanks and questions about the bot itself, as members type them (after markup and punctuation go). */
const CHAT = /^(?:(?:hi|hey|hello|yo|sup|ok|okay|lol|gm|gn|thanks?|thank you|thx|ty|cheers|good bot|nice|great|cool|awesome|love it|love this)(?: (?:bot|you|so much|a lot|man|guys|mate))*(?: (?:you|youre|you are|ur|u r) (?:awesome|great|amazing|the best|cool|helpful|smart|a legend))?|(?:who|what) (?:are|r) (?:you|u)|what is (?:your|ur) name|what can (?:you|u) do|how do (?:i|you) (?:use (?:you|this bot|this)|ask(?: (?:you|a question|questions|my question))?)|help)$/;

/**
 * Letters in another script, or words mostly no English dictionary has that the language detector
 * is sure are another language: the bot reads English only. Not a bare name or two ("li keqiang")
 * or a Latin phrase among English words ("de facto ban").
 */
async function foreign(question: string, wordnet: WordNet): Promise<boolean> {
  const letters = question.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 4) return false;
  const latin = question.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (latin / letters < 0.5) return true;
  const words = wordsOf(question.toLowerCase());
  const english = words.filter((word) => STOP_WORDS.has(word) || wordnet.knows(word)).length;
  if (words.length < 3 || english >= words.length / 2) return false;
  return !(await judgeQuestionLanguage(question)).readable;
}

/**
 * A question less a guess after it: "…, 2030?", "…, beijing right?", "… in 2016?" is kept (no
 * comma). Only a whole question before the comma, and a guess of at most four words after it.
 */
export function withoutGuess(question: string): string {
  // "which newspaper published this? guangming daily or something else": a guess that says it is one, after a question mark too.
  const hedged = /^(.*?\b(?:what|when|where|who|which|how|why)\b.*?)[?,]\s*(?:[\p{L}\p{N}.$%-]+\s+){1,4}(?:or (?:something|someone|somebody|somewhere|anything|anyone) else|or what|right|correct)\s*\??$/iu.exec(question.trim());
  if (hedged) return `${hedged[1]!}?`;
  // Words as runs between spaces: with an optional space after each, a long word could be split as many ways as it has letters,
  // and "what is it, aaaa…a!" (480 letters) took over a minute.
  const match = /^(.*?\b(?:what|when|where|who|which|how|why)\b.*?),\s*([\p{L}\p{N}.$%-]+(?:\s+[\p{L}\p{N}.$%-]+){0,3})\s*\??$/iu.exec(question.trim());
  if (!match) return question;
  const [, asked, guess] = match as unknown as [string, string, string];
  // "…, please?", "…, and when?" are no guesses; "or" starts a second question.
  // "Which came first, the wic or the law": the sides of a comparison are asked.
  // Nor "…, according to gambardella?": whose word it goes by is asked too.
  if (/^(?:pls|please|thanks|thx|and|or|but|if|then|so|lol|according|per|as per|going by|in the words of)\b|\b(?:or|vs|versus|and)\b/i.test(guess.trim())) return question;
  return `${asked}?`;
}

/** Words of a question that ask what someone is, not about anything else: "what is xi's job". */
const IDENTITY_WORDS = new Set([
  'job', 'title', 'role', 'position', 'post', 'occupation', 'profession', 'living', 'article', 'according', 'person', 'guy', 'man', 'woman',
  'work', 'works', 'worked', 'employed', 'represents', 'represented', 'speaks', 'spoke', 'hold', 'holds', 'held', 'other',
  'office', 'body', 'chair', 'chairs', 'head', 'heads', 'lead', 'leads', 'run', 'runs', 'direct', 'directs',
  'company', 'firm', 'organisation', 'organization', 'outfit', 'employer', 'business', 'corporation', 'name', 'working',
]);

/** Keys that name a person by a title the article gives them ("presid"), or as the leader. */
const TITLES_NAMING = /^(?:presid|premier|minist|chairman|director|leader|head of state)$/;
/** A question that asks for a person however it names them: "who works at cisco", "the kaspersky guy". */
const PERSON_ASKED = /\b(?:guy|person|man|woman|someone|rep|representative|exec|executive|boss|spokesperson|spokesman|works?|worked|from|speaks?|spoke|represents?)\b/;

/**
 * How the article describes someone: the role it quotes them in, the titles it sets before their
 * name ("President Xi Jinping") and what it says of them beside it ("Xi, who is also director of
 * the Central Cyberspace Affairs Commission"; "Yu Wenwen, a researcher of …"), each once, with
 * the sentence that says it.
 */
export function descriptionsOf(person: string, passages: Passage[]): Array<{ text: string; passage: Passage; sentence: number }> {
  const found: Array<{ text: string; passage: Passage; sentence: number }> = [];
  const add = (text: string, passage: Passage, sentence: number): void => {
    const words = ` ${wordsOf(text).join(' ')} `;
    if (words.trim() === '' || found.some((known) => ` ${wordsOf(known.text).join(' ')} `.includes(words))) return;
    found.push({ text: text.trim(), passage, sentence });
  };
  // The full name, or one word of it the article uses alone ("Xi", "Depoux").
  const name = `(?:${[person, ...person.split(' ').filter((word) => word.length >= 2)].map(escapeRegExp).join('|')})(?![\\p{L}])`;
  // With a people's word before the title ("Chinese President"), not any capitalised word ("March", "Which").
  const titled = new RegExp(`(?:(\\p{Lu}\\p{Ll}+(?:ese|ian|ish)) )?\\b(${TITLES}) ${name}`, 'gu');
  const apposed = new RegExp(`${name}, (?:who is (?:also )?|who was |(?=(?:a|an|the) ))([^.;:()“”"]+?)(?=,|\\.|;|$)`, 'gu');
  for (const passage of passages) {
    if (passage.speaker === person && passage.role) add(passage.role, passage, 0);
    passage.sentences.forEach((_, s) => {
      const sentence = sentenceText(passage, s);
      for (const match of sentence.matchAll(titled)) {
        if (/^(?:Mr|Mrs|Ms|Dr)\.$/.test(match[2]!)) continue;
        add(match[1] ? `${match[1]} ${match[2]}` : match[2]!, passage, s);
      }
      for (const match of sentence.matchAll(apposed)) add(match[1]!, passage, s);
    });
  }
  return found;
}

/**
 * "Who is xi", "who's the president of china", "what is depoux's job": the one person the question
 * names, by name, title or role, and nothing else it asks about, is answered with how the article
 * describes them. Null when the question asks more, or the article describes them nowhere.
 */
function identityAnswer(analysis: QuestionAnalysis, context: ReaderContext): Reading | null {
  const named = context.retriever.namedIn(analysis.normalised);
  if (named.size !== 1) return null;
  const [[person, naming]] = [...named] as [[string, string[]]];
  // Less what the question sets aside: "besides president".
  const aside = wordsOf(analysis.excluded).map(stem);
  const descriptions = descriptionsOf(person, context.index.passages).filter(({ text }) => aside.length === 0 || !wordsOf(text).every((word) => aside.includes(stem(word))));
  if (descriptions.length === 0) return null;
  const described = new Set(descriptions.flatMap(({ text }) => stemsWithParts(text)));
  const ownName = new Set(wordsOf(person).map(stem));
  // "Who is kaspersky", "what does cisco do" ask about the company, not the one who speaks for it; "who works at cisco", "the cisco guy" ask for a person.
  const byOrganisationOnly = naming.every((key) => !ownName.has(key) && described.has(key) && !TITLES_NAMING.test(key));
  const titled = titleAsked(analysis.normalised);
  if (byOrganisationOnly && !titled && !PERSON_ASKED.test(analysis.normalised)) return null;
  // China, the article's country throughout, and "chinese" before a title are his own: "the president of china", "the chinese president".
  const ownCountry = (term: QuestionTerm): boolean =>
    (isPervasive(term.meaning, context) && (term.place || context.understanding.wordnet.isName(term.meaning))) || describesPerson(term, analysis, context);
  const nameStems = new Set([...naming, ...ownName]);
  // "Who is the president of roland berger", "… of the world internet conference" ask of something he is not described by.
  // "What post does the leader hold on the top online-policy body": the words around the post asked for describe it, not him;
  // only a name ("…at cisco") asks of something else.
  const asksElse = analysis.terms.some((term) => {
    if (term.kind === 'number' || term.kind === 'year') return true;
    if (analysis.asksPost && !term.named && term.kind !== 'name') return false;
    const stems = wordsOf(term.meaning).map(stem);
    // A word for one of the descriptions ("online-policy" for "Cyberspace", "top" for "Central") is no other thing asked about.
    const describedBy = term.neighbours.some((neighbour) => wordsOf(neighbour).every((word) => described.has(stem(word))));
    return !stems.every((s) => nameStems.has(s) || described.has(s)) && !describedBy && !IDENTITY_WORDS.has(term.meaning) && !ownCountry(term);
  });
  if (asksElse || ORDINALS.some((ordinal) => ` ${analysis.normalised} `.includes(` ${ordinal} `))) return null;
  // "Who is the president of cyberspace": the title and what it is of must be one description ("director of the Central Cyberspace Affairs Commission").
  if (titled) {
    const own = (word: string): boolean => analysis.terms.some((term) => term.meaning === word && ownCountry(term));
    const asked = [...titled.title, ...titled.of.filter((word) => !own(word))].map(stem);
    if (!descriptions.some(({ text }) => asked.every((s) => stemsWithParts(text).includes(s)))) return null;
  }
  const hits = descriptions.map(({ passage, sentence }) => citedAsIs(passage, sentence));
  // A description from the line that names a statement's speaker ("Luigi Gambardella, president of ChinaEU, …") is cited with that
  // line, as the article prints it above the statement: the statement's words alone do not say what he is.
  const citations = cite(hits, context).map((citation, i) => {
    const { passage, text } = descriptions[i]!;
    return passage.speaker !== person || text !== passage.role ? citation : headedBy(citation, speakerLine(person, passage.role));
  });
  return { question: analysis.original, answered: true, finding: { kind: 'person', name: person, descriptions: descriptions.map(({ text }) => text) }, citations };
}

/** The article's section a question names by its heading ("in what they say", "the what they say section"), as the passages write it. */
function sectionNamed(question: string, passages: Passage[]): string | null {
  const padded = ` ${question} `;
  for (const section of new Set(passages.map((passage) => passage.section))) {
    if (!section) continue;
    const heading = escapeRegExp(wordsOf(section).join(' '));
    if (new RegExp(` (?:in|from|under) (?:the )?${heading} | ${heading} section `, 'u').test(padded)) return section;
  }
  // "Who are the experts quoted at the end": the last section, where it has a heading and quotes someone.
  if (/ (?:at|near|towards?) the (?:end|bottom) | in the (?:end|last|final) (?:section|part|bit) /u.test(padded)) {
    const last = [...passages].reverse().find((passage) => passage.section !== null && passage.speaker !== null);
    return last?.section ?? null;
  }
  return null;
}

/** People the article quotes, with their roles, each cited where they first speak: who they are, how many, or whom they speak for. */
function quotedAnswer(analysis: QuestionAnalysis, context: ReaderContext): Reading | null {
  // "How many experts from europe are quoted": what the article never mentions is refused as such, not counted as everyone.
  if (analysis.missing.some((term) => term.kind !== 'word')) return null;
  // The same people /quote knows, in the year asked about when there is one.
  const years = analysis.years.map(Number);
  // "How many people are quoted in what they say": only that section's, when the question names one of the article's sections.
  const section = sectionNamed(analysis.normalised, context.index.passages);
  const first = new Map<string, { role: string | null; passage: Passage }>();
  for (const quote of context.index.quotations) {
    if (!quote.speaker || first.has(quote.speaker) || (years.length > 0 && (quote.year === null || !years.includes(quote.year)))) continue;
    const passage = context.index.passages.find((p) => p.article === quote.article && p.n === quote.passage);
    if (passage && (section === null || passage.section === section)) first.set(quote.speaker, { role: quote.role, passage });
  }
  const question = askedPart(analysis.normalised);
  const asked = new RegExp(`^(?:which |what |how many |${LIST_OF})(?:[\\p{L}-]+ )?(?:compan(?:y|ies)|firms?|organi[sz]ations?|groups?|associations?|bod(?:y|ies))\\b`, 'u').test(question)
    ? ('organisations' as const)
    : /^how many\b/.test(question)
      ? ('how many' as const)
      : ('who' as const);
  // "Who else is quoted besides xi": not the one set aside.
  const setAside = analysis.excluded ? context.retriever.peopleIn(analysis.excluded) : new Set<string>();
  const all = [...first.entries()]
    .filter(([name]) => !setAside.has(name))
    .map(([name, { role, passage }]) => ({ name, role, organisation: organisationOf(role), passage }))
    .filter((speaker) => asked !== 'organisations' || speaker.organisation !== null);
  // "Which brussels group is quoted": those whose name or role holds what the question says of them, when any does.
  // Not by what the article is about throughout ("china", "internet"): every role would hold it.
  // Nor by how many are asked for: "name two companies quoted" (Kaspersky's "the two countries" alone held it).
  const howMany = new RegExp(`^(?:${LIST_OF}|(?:which|what) )(${SMALL_COUNT}) `).exec(question)?.[1];
  const said = analysis.terms.filter(
    (term) =>
      term.grounding !== null &&
      (term.pos === 'noun' || term.named || term.kind === 'number') &&
      !term.answerClass &&
      !isPervasive(term.meaning, context) &&
      !wordsOf(analysis.excluded).includes(term.meaning) &&
      // Nor the section they are quoted in ("in the what they say section").
      !(section !== null && [...wordsOf(section), 'section', 'end', 'bottom', 'part', 'bit'].includes(term.meaning)) &&
      !/^(?:compan|firm|organi|group|association|bod|people|person|expert|speaker|source)/.test(term.meaning) &&
      term.meaning !== howMany,
  );
  // Or whose words do: "how many people are quoted about trade disputes".
  const theirWords = (name: string): string =>
    context.index.quotations
      .filter((quote) => quote.speaker === name)
      .map((quote) => quote.text)
      .join(' ');
  // Each one's name, role and words, once.
  const stemsOf = new Map(all.map((speaker) => [speaker, new Set(wordsOf(`${speaker.name} ${speaker.role ?? ''} ${theirWords(speaker.name)}`).map(stem))]));
  // Those that hold all of it, when any does: "the chinese researcher" is Yu Wenwen, not Kaspersky's man, whose words say "Chinese".
  const holdingAll = all.filter((speaker) => said.length > 1 && said.every((term) => supportsLiterally(stemsOf.get(speaker)!, term)));
  const described = holdingAll.length > 0 ? holdingAll : all.filter((speaker) => said.some((term) => supportsLiterally(stemsOf.get(speaker)!, term)));
  // One that says something of them that fits nobody, or that the article never mentions, is not counted as everyone
  // ("how many … about trade disputes", "… about cheese"); asked who, it gets everyone to look through ("who is the top boss at the consultancy quoted").
  if (asked !== 'who' && ((said.length > 0 && described.length === 0) || analysis.missing.length > 0)) return null;
  const quoted = described.length > 0 ? described : all;
  if (quoted.length === 0) return null;
  const hits = quoted.map(({ passage }) => citedAsIs(passage, 0));
  const speakers = quoted.map(({ name, role, organisation }) => ({ name, role, organisation }));
  return { question: analysis.original, answered: true, finding: { kind: 'speakers', years, section, speakers, asked }, citations: cite(hits, context) };
}

function listAnswer(analysis: QuestionAnalysis, hits: Hit[], context: ReaderContext): Reading {
  const editions = editionsListed(analysis, context);
  if (editions) return editions;
  const top = hits[0]!;
  const chosen: Hit[] = [];
  // "What did China do in 2016": every passage of that year answers, however it ranks.
  const dated = analysis.years.length > 0;
  for (const hit of dated ? hits : hits.slice(0, 10)) {
    if (chosen.length >= LIST_MAX) break;
    if (dated) {
      if (!analysis.years.some((year) => hit.passage.text.includes(year))) continue;
    } else if (hit.score < top.score - LIST_MARGIN || hit.dense < COVERAGE.refuseBelow) break;
    chosen.push(withSentence(hit, bestSentence(hit, analysis, context).sentence));
  }
  if (chosen.length === 0) chosen.push(withSentence(top, bestSentence(top, analysis, context).sentence));
  // "List xi's wic messages": where what is chosen is one speaker's statements of one section (a box of Xi's messages), the rest of
  // that box's statements by the same speaker are in the list too, however they rank.
  const [first] = chosen;
  const oneBox = !dated && chosen.length >= 2 && first!.passage.speaker !== null && first!.passage.section !== null &&
    chosen.every((hit) => hit.passage.speaker === first!.passage.speaker && hit.passage.section === first!.passage.section && hit.passage.article === first!.passage.article);
  if (oneBox) {
    for (const passage of context.index.passages) {
      if (chosen.length >= LIST_MAX) break;
      if (passage.article !== first!.passage.article || passage.section !== first!.passage.section || passage.speaker !== first!.passage.speaker) continue;
      if (chosen.some((hit) => hit.passage.id === passage.id)) continue;
      const hit = hits.find((h) => h.passage.id === passage.id) ?? citedAsIs(passage, 0);
      chosen.push(withSentence(hit, bestSentence(hit, analysis, context).sentence));
    }
  }
  // "List the strategies china is implementing": of what ranks close, the sentences that name the thing listed, when two or more do
  // (Kaspersky's words on China and Russia were listed).
  const listed = new RegExp(`^(?:${LIST_OF}|(?:which|what) )([a-z-]+)\\b`).exec(askedPart(analysis.normalised))?.[1] ?? analysis.focus?.meaning;
  const listedTerm = listed ? analysis.terms.find((term) => term.meaning === listed && term.pos === 'noun' && !term.answerClass && !term.named) : undefined;
  if (listedTerm && !dated) {
    const naming = chosen.filter((hit) => supports(new Set(wordsOf(sentenceText(hit.passage, hit.sentence)).map(stem)), listedTerm));
    if (naming.length >= 2 && naming.length < chosen.length) chosen.splice(0, chosen.length, ...naming);
  }
  // "Which wics got congratulatory messages": of statements, only those of the kind of occasion asked, when it names one.
  const occasions = OCCASIONS.filter((kind) => ` ${analysis.normalised} `.includes(` ${kind}`));
  if (occasions.length > 0 && chosen.some((hit) => occasions.some((kind) => (hit.passage.attribution ?? '').toLowerCase().includes(kind)))) {
    for (let i = chosen.length - 1; i >= 0; i -= 1) if (!occasions.some((kind) => (chosen[i]!.passage.attribution ?? '').toLowerCase().includes(kind))) chosen.splice(i, 1);
  }
  // "List xi's wic messages in order": by their dates, earliest first (or latest first, asked so); undated ones last, as ranked.
  const order = IN_ORDER.exec(analysis.original.toLowerCase());
  if (order) {
    const at = (hit: Hit): number => firstDate(answeringText(hit.passage, hit.sentence))?.at ?? Infinity;
    const latestFirst = order[1] !== undefined || order[0].includes('reverse');
    chosen.sort((a, b) => (at(a) === at(b) ? 0 : at(a) === Infinity ? 1 : at(b) === Infinity ? -1 : latestFirst ? at(b) - at(a) : at(a) - at(b)));
  }
  const finding = chosen.length === 1 ? { kind: 'said' as const, said: saidBy(chosen[0]!), closest: false } : { kind: 'list' as const, items: chosen.map(saidBy) };
  return { question: analysis.original, answered: true, finding, citations: cite(chosen, context) };
}

const DATE_PATTERN = new RegExp(`(?:(${MONTH}) (\\d{1,2}), )?(?:(?:the )?(end|beginning|start|middle) of |(${MONTH}) )?((?:19|20)\\d{2})`, 'u');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** How fine a date is, coarsest first. */
const PRECISION: ReadonlyArray<ArticleDate['precision']> = ['year', 'month', 'day'];

/** A date as the article writes it, as a sortable number, and how fine it is (a year, a month, a day). */
export interface ArticleDate {
  at: number;
  written: string;
  precision: 'year' | 'month' | 'day';
}

/** The first date in a text. */
export function firstDate(text: string): ArticleDate | null {
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[5]);
  const monthName = match[1] ?? match[4];
  const part = match[3];
  const month = monthName ? MONTHS.indexOf(monthName) + 1 : part === 'end' ? 12 : part === 'middle' ? 6 : part ? 1 : 6.5;
  const day = match[2] ? Number(match[2]) : 15;
  const precision = match[2] ? 'day' : monthName || part ? 'month' : 'year';
  return { at: year * 10_000 + month * 100 + day, written: match[0].replace(/^the /, ''), precision };
}

/** Whether two dates can be ordered: not "2014" against "November 19, 2014", nor "June 2017" against "June 12, 2017". */
function ordered(a: ArticleDate, b: ArticleDate): boolean {
  const year = (date: ArticleDate): number => Math.floor(date.at / 10_000);
  const month = (date: ArticleDate): number => Math.floor(date.at / 100) % 100;
  if (year(a) !== year(b)) return true;
  if (a.precision === 'year' || b.precision === 'year') return false;
  return month(a) !== month(b) || (a.precision === 'day' && b.precision === 'day');
}

/** The unit vector halfway between two unit vectors. */
function meanDirection(a: Float32Array, b: Float32Array): Float32Array {
  const sum = a.map((value, i) => value + b[i]!);
  const norm = Math.hypot(...sum) || 1;
  return sum.map((value) => value / norm);
}

/** The one of an event the article numbers by ordinals that a comparison's side names ("the third world internet conference"), dated. */
function numberedSide(part: string, context: ReaderContext): { hit: Hit; date: ArticleDate; score: number } | null {
  const padded = ` ${part} `;
  for (const name of context.understanding.lexicon.nameForms.keys()) {
    if (!name.includes(' ')) continue;
    const ordinal = ORDINALS.slice(1).find((candidate) => padded.includes(` ${candidate} ${name} `));
    const hit = ordinal ? numberedEvents(name, context, true).get(ordinal) : undefined;
    const date = hit ? firstDate(answeringText(hit.passage, hit.sentence)) : null;
    if (hit && date) return { hit, date, score: hit.score };
  }
  return null;
}

/** Words for what someone said, which a quotation is: "kaspersky's comments", "depoux's remarks". */
const STATEMENT_WORDS = /^(?:comments?|remarks?|statements?|words|quotes?|quotations?|views?|opinions?|message|messages|speech|speeches|address)$/;

/** A comparison's answer, from the vectors of its two sides (embedded in the question's one call to the model). */
function comparisonAnswer(analysis: QuestionAnalysis, context: ReaderContext, vectors: Float32Array[]): Reading | null {
  const parts = analysis.compared;
  if (!parts) return null;
  // A side the article names but gives no date has none: "the cnnic report" ("by the end of June", of no year).
  const sides: Array<{ hit: Hit; date: ArticleDate | null }> = [];
  for (const [i, part] of parts.entries()) {
    const hits = context.retriever.rank(part, vectors[i]!);
    const sideAnalysis = { ...analysis, answerType: 'date' as const, years: [] };
    // "The park output goal": a goal is dated by when it is to be met ("By 2020, the industrial output…"), not by the sentence
    // before it on the same park ("Construction … started at the end of 2017").
    const goal = GOAL_SIDE.test(part);
    const datedHit = (hit: Hit): Array<{ hit: Hit; date: ArticleDate; score: number }> => {
      const by = goal ? hit.passage.sentences.findIndex((_, s) => BY_DATE.test(sentenceText(hit.passage, s))) : -1;
      const sentence = by >= 0 ? by : bestSentence(hit, sideAnalysis, context).sentence;
      const text = sentenceText(hit.passage, sentence);
      const date = firstDate(hit.passage.kind === 'quotation' ? (hit.passage.attribution ?? text) : text) ?? firstDate(hit.passage.text);
      return date ? [{ hit: withSentence(hit, sentence), date, score: hit.score }] : [];
    };
    const top = hits[0];
    if (!top) return null;
    // The passage a side is found in may not date it. A later paragraph of its section may ("Beijing is building a … park", then
    // "Construction on the park started at the end of 2017"): one whose dated sentence holds, as written, the rarest in the article of
    // what the side names that the passage found holds ("park" of "work on the beijing cyber park"). Or a passage close to it in score
    // whose dated sentence holds at least half of what the side names. Words the article uses throughout aside. Never another
    // passage: "work on the beijing cyber park" is not dated by Xi's message to the first conference, "the cnnic report" not by the aim
    // of becoming a cyberpower by 2035 in the paragraph after it, "the digital silk road call" not by the 2019 Cybersecurity Week.
    const sideTerms = analysis.terms.filter((term) => (` ${part} `.includes(` ${term.typed} `) || ` ${part} `.includes(` ${term.meaning} `)) && !isPervasive(term.meaning, context) && !PARTICLES.has(term.meaning));
    // By its words as written (no reading of irregular pasts, which takes compromise for each new sentence).
    const sentenceHolds = (entry: { hit: Hit }, term: QuestionTerm): boolean => supportsLiterally(new Set(stemsWithParts(sentenceText(entry.hit.passage, entry.hit.sentence))), term);
    const spread = (term: QuestionTerm): number => context.index.passages.filter((passage) => supportsLiterally(passageStems(passage), term)).length;
    const topHeld = sideTerms.filter((term) => supportsLiterally(passageStems(top.passage), term)).map((term) => ({ term, spread: spread(term) }));
    const rarest = topHeld.filter((entry) => entry.spread === Math.min(...topHeld.map((held) => held.spread))).map((entry) => entry.term);
    // Each dated sentence of a passage other than the one found, to choose from by what it holds.
    const datedSentences = (hit: Hit): Array<{ hit: Hit; date: ArticleDate; score: number }> =>
      hit.passage.sentences.flatMap((_, s) => {
        const date = firstDate(hit.passage.kind === 'quotation' ? (hit.passage.attribution ?? '') : sentenceText(hit.passage, s));
        return date ? [{ hit: withSentence(hit, s), date, score: hit.score }] : [];
      });
    const topDated = datedHit(top);
    const mate = hits
      .filter((hit) => hit.passage.article === top.passage.article && hit.passage.section === top.passage.section && hit.passage.id > top.passage.id && hit.passage.id - top.passage.id <= SECTION_REACH)
      .sort((x, y) => x.passage.id - y.passage.id)
      .flatMap(datedSentences)
      .filter((entry) => rarest.some((term) => sentenceHolds(entry, term)))[0];
    const close = hits
      .slice(1, 5)
      .filter((hit) => hit.score >= top.score - TYPE_MARGIN)
      .flatMap(datedSentences)
      .filter((entry) => sideTerms.length > 0 && sideTerms.filter((term) => sentenceHolds(entry, term)).length * 2 >= sideTerms.length);
    // "The third wic message": one of an event the article numbers is dated by the sentence that names that one, whatever ranks first
    // (Xi's message to the fourth conference, in "was the 1st wic message before the 3rd").
    const numbered = numberedSide(part, context);
    // "The ongoing wic" is dated only by a sentence that speaks of it as going on, which none of the article's does.
    const nowAsked = NOW_ASKED.test(part);
    const speaksOfNow = (entry: { hit: Hit }): boolean => !nowAsked || NOW_ASKED.test(sentenceText(entry.hit.passage, entry.hit.sentence).toLowerCase());
    const dated = (numbered ? [numbered] : topDated.length > 0 ? topDated : [...(mate ? [{ ...mate, hit: { ...mate.hit, dense: top.dense } }] : []), ...close]).filter(speaksOfNow);
    const best = dated[0];
    // A side that names a year ("the april 2018 conference") is found by it, however short it is to embed.
    const yearOfSide = part.match(/\b(?:19|20)\d{2}\b/g) ?? [];
    const byYear = best !== undefined && yearOfSide.some((year) => best.date.written.includes(year));
    // Found, by what it names that is rarest in the article, and dated nowhere near: the article does not say when it was.
    // Every thing it names stands there as written: "the kaspersky ban" is no undated thing, but one the article never reports, and
    // is refused as such where no passage has it. What someone said is their statement however it is called ("kaspersky's comments").
    const statement = (term: QuestionTerm): boolean => top.passage.speaker !== null && STATEMENT_WORDS.test(term.meaning);
    const named = sideTerms.filter((term) => (term.pos === 'noun' || term.named) && !statement(term));
    const allThere = named.every((term) => supportsLiterally(stemsInSection(context.index.passages, top.passage), term));
    const nowhere = named.filter((term) => !context.index.passages.some((passage) => supportsLiterally(passageStems(passage), term)));
    if (!best && nowhere.length > 0) return refusal(analysis, { refuse: true, missing: nowhere, elsewhere: [] }, context);
    // "The ongoing wic": the passage that speaks of it as going on, which dates it nowhere.
    const nowPassage = nowAsked ? context.index.passages.find((passage) => NOW_ASKED.test(passage.text.toLowerCase()) && named.every((term) => supportsLiterally(passageStems(passage), term))) : undefined;
    if (!best && nowPassage) {
      sides.push({ hit: citedAsIs(nowPassage, Math.max(0, nowPassage.sentences.findIndex((_, s) => NOW_ASKED.test(sentenceText(nowPassage, s).toLowerCase())))), date: null });
      continue;
    }
    if (!best && nowAsked) return null;
    if (!best && yearOfSide.length === 0 && top.dense >= COVERAGE.refuseBelow && rarest.length > 0 && allThere) {
      sides.push({ hit: withSentence(top, bestSentence(top, sideAnalysis, context).sentence), date: null });
      continue;
    }
    if (!best || (best.hit.dense < COVERAGE.refuseBelow && !byYear)) return null;
    // "The 2019 wic": a side whose year is not where it is found is not in the article, however close the rest.
    const unmet = yearOfSide.filter((year) => !best.date.written.includes(year) && !best.hit.passage.text.includes(year));
    if (unmet.length > 0) return refusal(analysis, { refuse: true, missing: [], elsewhere: analysis.terms.filter((term) => term.kind === 'year' && unmet.includes(term.meaning)) }, context);
    // "The cyber security law of belgium": a country grounded by its city is in neither side's passage.
    const stems = stemsInSection(context.index.passages, best.hit.passage);
    const partMissing = analysis.terms.filter((term) => term.partOf && ` ${part} `.includes(` ${term.meaning} `) && !supports(stems, term));
    if (partMissing.length > 0) return refusal(analysis, { refuse: true, missing: partMissing, elsewhere: [] }, context);
    sides.push(best);
  }
  const [a, b] = sides as [(typeof sides)[0], (typeof sides)[0]];
  if (a.hit.passage.id === b.hit.passage.id && a.date?.at === b.date?.at) return null;
  // A side with no date goes second.
  const [first, second] = b.date === null || (a.date !== null && a.date.at <= b.date.at) ? [a, b] : [b, a];
  const { nameForms } = context.understanding.lexicon;
  // The article's names get their capitals back: "the cyber security law" → "the Cyber Security Law".
  const forms = [...nameForms].sort((x, y) => y[0].length - x[0].length);
  // So do its one-word names (worked out once per index).
  const capitals = capitalNamesOf(context.index);
  const onlyCapital = (word: string): boolean => capitals.has(word);
  const asNamed = (part: string): string =>
    forms
      .reduce((text, [lower, written]) => text.replace(new RegExp(`\\b${lower}\\b`, 'u'), written), part)
      .replace(new RegExp(`\\b(?:${MONTHS.join('|')})\\b`, 'giu'), (month) => capitalise(month.toLowerCase()))
      .replace(/(?<![\p{L}'’-])\p{Ll}+(?![\p{L}-]|['’](?!s\b))/gu, (word) => (onlyCapital(word) ? capitalise(word) : word));
  // "did the cyber law take effect before the strategy came out": each side by what it names, not with its verb as typed ("The cyber
  // law take effect came first").
  // With the possessives the member typed, which reading the question drops: "Xi's written instruction", not "Xi written instruction".
  const typed = analysis.original.toLowerCase().replace(/’/g, "'");
  const owned = (part: string): string => part.replace(/[\p{L}\p{N}-]+/gu, (word) => (typed.includes(`${word}'s `) ? `${word}'s` : word));
  const named = (part: string): string => asNamed(owned(part.replace(SIDE_VERB, '') || part));
  const firstName = named(first === a ? parts[0] : parts[1]);
  const secondName = named(first === a ? parts[1] : parts[0]);
  const finding = {
    kind: 'compared' as const,
    first: { name: firstName, date: first.date?.written ?? null, said: saidBy(first.hit) },
    second: { name: secondName, date: second.date?.written ?? null, said: saidBy(second.hit) },
    sameDate: first.date !== null && second.date !== null && first.date.at === second.date.at,
    undecided: first.date === null || second.date === null || (first.date.at !== second.date.at && !ordered(first.date, second.date)),
  };
  // "How long between the 1st and 5th wic": how far apart they are, as near as the two dates say.
  const gap = analysis.gapAsked && first.date && second.date && !finding.sameDate && !finding.undecided ? gapBetween(first.date, second.date) : null;
  // "Was the 5th wic before the 4th": yes or no, where the dates order the two.
  const order = ORDER_ASKED.exec(askedPart(analysis.normalised))?.[1];
  const earlierAsked = order && !/ or /.test(order) ? !/^(?:after|later)/.test(order) : null;
  const verdict = earlierAsked === null || finding.sameDate || finding.undecided ? null : (first === a) === earlierAsked ? 'yes' : 'no';
  return { question: analysis.original, answered: true, finding: { ...finding, ...(gap ? { gap } : {}), ...(verdict ? { verdict } : {}) }, citations: cite([first.hit, second.hit], context) };
}

/** A yes/no question of which of two came first, and the order it asks about: "was the video address earlier than the 4th wic message". */
const ORDER_ASKED = new RegExp(`^(?:was|did|is|were) .+? (${ORDER_RELATION}) `);

/** How many years apart two dates must be for a gap to be given where one is only a year. */
const YEARS_APART_ALONE = 3;

/**
 * How far apart two ordered dates are, in words: "about 4 years" (November 19, 2014 to November 7, 2018), "about 1 year and 8 months"
 * (March 2017 to November 7, 2018), "about 6 months" (June 2017 to the end of 2017), "17 days". Only as precise as the less precise
 * date. Where one gives only its year, only a gap of three years or more ("about 21 years"): "the 2019 China Cybersecurity Week" and
 * the fifth conference (November 7, 2018) may be days or two years apart.
 */
function gapBetween(earlier: ArticleDate, later: ArticleDate): string | null {
  // A year alone ("the 2035 goal") leaves a year either way: only a gap of several years is worth giving ("about 21 years").
  if (earlier.precision === 'year' || later.precision === 'year') {
    const years = Math.floor(later.at / 10_000) - Math.floor(earlier.at / 10_000);
    return years >= YEARS_APART_ALONE ? `about ${years} years` : null;
  }
  const parts = (date: ArticleDate): [number, number, number] => [Math.floor(date.at / 10_000), Math.floor(date.at / 100) % 100, date.at % 100];
  const [y1, m1, d1] = parts(earlier);
  const [y2, m2, d2] = parts(later);
  const plural = (count: number, unit: string): string => `${count} ${unit}${count === 1 ? '' : 's'}`;
  const days = earlier.precision === 'day' && later.precision === 'day';
  const dayCount = days ? Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000) : Infinity;
  if (dayCount < 45) return plural(dayCount, 'day');
  const months = Math.max(1, Math.round((y2 - y1) * 12 + (m2 - m1) + (days ? (d2 - d1) / 30.4 : 0)));
  if (months < 12) return `about ${plural(months, 'month')}`;
  const [years, rest] = [Math.floor(months / 12), months % 12];
  // Under three years to the month ("about 1 year and 8 months"); beyond, in years ("about 4 years").
  if (rest === 0) return `about ${plural(years, 'year')}`;
  if (months < 36) return `about ${plural(years, 'year')} and ${plural(rest, 'month')}`;
  return rest >= 5 && rest <= 7 ? `about ${years} and a half years` : `about ${plural(Math.round(months / 12), 'year')}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Is the great firewall mentioned?": yes, with where, when every word of it is in one passage; otherwise no. */
function mentionAnswer(analysis: QuestionAnalysis, hits: Hit[], context: ReaderContext): Reading {
  // A thing named by a verb's -ing form is a thing too: "is gambling one of the crimes xi mentioned".
  const asked = analysis.terms.filter((term) => term.pos === 'noun' || term.kind !== 'word' || term.named || (term.pos === 'verb' && /ing$/.test(term.typed)));
  const literal = (passage: Passage, term: QuestionTerm): boolean => supportsLiterally(passageStems(passage), term);
  const together = (held: (passage: Passage, term: QuestionTerm) => boolean): Passage[] =>
    asked.length === 0 ? [] : context.index.passages.filter((passage) => asked.every((term) => held(passage, term)));
  // As written, or else by a word of the same family ("crimes": "criminal activities such as … gambling").
  let holding = together(literal);
  // Of its family: all but its last two letters begin the word ("crimes": "criminal"; not "cyberwarfare": "cyberattacks").
  const family = (term: QuestionTerm): QuestionTerm => {
    const root = term.meaning.slice(0, Math.max(4, term.meaning.length - 2));
    return { ...term, neighbours: term.neighbours.filter((word) => word.startsWith(root)) };
  };
  if (holding.length === 0) holding = together((passage, term) => supports(passageStems(passage), family(term)));
  if (holding.length === 0) {
    const absent = asked.filter((term) => !context.index.passages.some((passage) => literal(passage, term)));
    // Each is in the article, but not together: it mentions them, not in a way that answers this.
    return refusal(analysis, absent.length > 0 ? { refuse: true, missing: absent, elsewhere: [] } : { refuse: true, missing: [], elsewhere: asked }, context);
  }
  const ranked = hits.filter((hit) => holding.includes(hit.passage));
  const shown = (ranked.length > 0 ? ranked : holding.map((passage) => ({ passage, sentence: 0, dense: 0, lexical: 0, score: 0, sentenceScores: [] }))).slice(0, DEFAULT_POLICY.maxCitations);
  const where = shown.map((hit) => withSentence(hit, bestSentence(hit, analysis, context).sentence));
  return { question: analysis.original, answered: true, finding: { kind: 'mentioned', said: saidBy(where[0]!) }, citations: cite(where, context) };
}

// ---------------------------------------------------------------------------------------------
// Refusals

const LACKING: ReadonlySet<string> = new Set(LACKING_KINDS);
const isLacking = (type: AnswerType | LackingKind): type is LackingKind => LACKING.has(type);

/**
 * A term as the member typed it: with their capitals when they used any ("FBI", "OpenAI"); a
 * name typed in lower case gets a capital ("brazil" → "Brazil"); anything else as typed.
 */
function nameOf(term: QuestionTerm, question: string, wordnet: WordNet): string {
  const words = term.typed.split(' ');
  const typed = words
    .map((word, i) => {
      // "The Cyberspace Administration of China": small words within a name stay small.
      if (i > 0 && /^(?:of|the|and|for|on)$/.test(word)) return word;
      const match = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'iu').exec(question);
      // The member's capitals, or else the ones the reader gave a name ("the Google chief executive").
      const found = match?.[0] ?? word;
      const asTyped = !/\p{Lu}/u.test(found) && /\p{Lu}/u.test(word) ? word : found;
      // A phrase that is not a name ("the deputy head of state") stays as typed.
      const isNamed = term.named || (term.kind === 'name' && words.length === 1);
      if (/^\d{1,2}[a-z]$/.test(asTyped)) return asTyped.toUpperCase();
      if (/\p{Lu}/u.test(asTyped) || !isNamed || !/^[a-z]/.test(asTyped)) return asTyped;
      // A word English has in lower case and not first as a name ("the audience" taken for whose feelings are asked) stays so.
      if (words.length === 1 && !term.named && wordnet.knows(asTyped) && !wordnet.isName(asTyped) && !wordnet.writtenName(asTyped)) return asTyped;
      // One word of a name ("ma" of "jack ma") is no acronym.
      return (words.length === 1 ? acronymOf(asTyped, wordnet) : null) ?? capitalise(asTyped);
    })
    .join(' ');
  // "The article does not mention the United States", as one writes it.
  const name = TAKES_THE.test(typed) ? `the ${typed}` : typed;
  return name.length > MAX_NAMED_CHARS ? `${name.slice(0, MAX_NAMED_CHARS - 1)}…` : name;
}

/** A name typed in lower case that is written in capitals: as WordNet writes it ("wto" → "WTO"), or one with no vowel ("vpn", "vpns" → "VPNs"). A number with a letter ("6g") is written "6G" above. */
function acronymOf(word: string, wordnet: WordNet): string | null {
  const written = wordnet.writtenName(word);
  if (written) return written;
  const plural = /^[b-df-hj-np-tv-z]{3,5}s$/.test(word);
  if (plural || /^[b-df-hj-np-tv-z]{2,5}$/.test(word)) return plural ? `${word.slice(0, -1).toUpperCase()}s` : word.toUpperCase();
  return null;
}

const MAX_NAMED_CHARS = 40;
/** Who a question asks to have said something, by one to three words with no determiner: "what did jack ma say…", "what does trump think…". */
const SPEAKER_SLOT = /^(?:what|how|when|why|where)(?: exactly)? (?:did|does|do|has|have) ((?!(?:the|a|an|he|she|they|it|you|u|we|i|china|beijing|xi)\b)[\p{L}'’-]+(?: (?!(?:the|of|about|at|in|on)\b)[\p{L}'’-]+){0,2}) (?:say|said|says|think|thinks|mean|tell|told|claim|claimed)\b/iu;
/** Names written with "the": "the United States", "the European Union", "the Netherlands". */
const TAKES_THE = new RegExp(`^(?:United \\p{Lu}|European Union$|Middle East$|Far East$|Netherlands$|Philippines$|Czech Republic$|Dominican Republic$|Vatican$|(?:\\p{Lu}\\p{L}+ ){0,2}(?:${BODY_HEADS.split('|').map(capitalise).join('|')}) of )`, 'u');

/** Names to say, once each and without one that is part of another: "European Union", not "European Union, European or Union". */
function withoutParts(names: string[]): string[] {
  const words = (name: string): string[] => wordsOf(name.toLowerCase());
  const unique = names.filter((name, i) => names.findIndex((other) => other.toLowerCase() === name.toLowerCase()) === i);
  return unique.filter((name) => !unique.some((other) => other !== name && words(other).length > words(name).length && words(name).every((word) => words(other).includes(word))));
}

/** An ordinal the article has no such one of, with the name it counts: "a sixth World Internet Conference", not "sixth". */
function ordinalNamed(term: QuestionTerm, analysis: QuestionAnalysis, context: ReaderContext): string | null {
  if (term.kind !== 'number' || !ORDINALS.includes(term.meaning)) return null;
  const after = ` ${analysis.normalised} `.split(` ${term.meaning} `)[1] ?? '';
  const name = analysis.names.find((lower) => ` ${after}`.startsWith(` ${lower} `));
  return name ? `${/^[aeiou]/.test(term.meaning) ? 'an' : 'a'} ${term.meaning} ${context.understanding.lexicon.nameForms.get(name) ?? name}` : null;
}

function refusal(analysis: QuestionAnalysis, grounded: Grounded, context: ReaderContext): Reading {
  const { missing, elsewhere, lacking } = grounded;
  const named = (term: QuestionTerm): string => ordinalNamed(term, analysis, context) ?? nameOf(term, analysis.original, context.understanding.wordnet);
  // "Which country…" is not told "where"; "when will the park be finished" is about the future, which the article does not report either way.
  // A noun: "located" of "where is it located" names no kind ("The article does not say where.").
  const kind = analysis.terms.find((term) => term.answerClass && term.pos === 'noun')?.meaning;
  const lackingWhy = (type: LackingKind): Refusal => ({ why: 'lacking', answerType: type, ...(kind ? { kind } : {}) });
  const future = analysis.future && isLacking(analysis.answerType);
  // "What did trump say", "what did jack ma say": who is asked to have said it is someone, named whole and with capitals as one
  // writes a name ("Trump", "Jack Ma"), not as the common word ("trump") or the word of it the article lacks ("ma").
  const speaker = SPEAKER_SLOT.exec(analysis.original.trim())?.[1];
  const speakerWords = speaker ? wordsOf(speaker.toLowerCase()) : [];
  const bySpeaker = speaker && missing.length > 0 && missing.every((term) => wordsOf(term.typed.toLowerCase()).every((word) => speakerWords.includes(word)));
  const why: Refusal =
    missing.length > 0
      ? { why: 'missing', terms: bySpeaker ? [speaker.split(' ').map((word) => (/\p{Lu}/u.test(word) ? word : capitalise(word))).join(' ')] : withoutParts(missing.map(named)) }
      : lacking && isLacking(lacking)
        ? lackingWhy(lacking)
        : elsewhere.length > 0
          ? { why: 'elsewhere', terms: withoutParts(elsewhere.map(named)) }
          : grounded.unreported && future
            ? lackingWhy(analysis.answerType as LackingKind)
            : grounded.unreported
              ? { why: 'not reported' }
              : { why: 'not covered' };
  return refused(analysis, why, context.index.manifest.articles);
}

function refused(analysis: QuestionAnalysis, refusal: Refusal, articles: ArticleInfo[]): Reading {
  const about = articles.length === 1 ? (articles[0]?.title ? [articles[0].title] : []) : articles.map(articleLabel);
  return { question: analysis.original, answered: false, finding: { kind: 'refused', refusal, about, suggestion: null }, citations: [] };
}

// ---------------------------------------------------------------------------------------------

/** The longest question read: Discord's option allows this much, and every front end is held to it. */
export const MAX_QUESTION_CHARS = 500;

/**
 * Answers a question from a loaded library: understand, retrieve, ground, then read. The reading
 * is what the article says, with the excerpts it rests on, or why it cannot; a refusal suggests
 * a question built from the passage nearest to what was asked, and only one the bot can answer.
 */
export function answer(library: LoadedLibrary, question: string, thresholds?: CoverageThresholds): Promise<{ reading: Reading; trace: ReadTrace }> {
  const { index, retriever, understanding, embedder } = library;
  const { articles } = index.manifest;
  return read(question.trim().slice(0, MAX_QUESTION_CHARS), {
    index,
    retriever,
    understanding,
    embed: (texts) => embedder.embed(texts),
    articleOf: (passage) => (articles.length > 1 ? articleLabel(articles[passage.article]!) : null),
    ...(thresholds ? { thresholds } : {}),
  });
}

/** Vectors of single words questions use, kept per index with the article's own (at most 2,000 words, 3 MB): members ask about the same things in the same words. */
const wordVectorCache = new WeakMap<KnowledgeIndex, Map<string, Float32Array>>();
const MAX_CACHED_WORDS = 2_000;

/**
 * The vectors of single words the cache (or the article's own table) has, and the words still to embed. The caller embeds
 * those in its own call to the model, with the question, and gives them back to `keepWords`.
 */
function cachedWords(words: string[], table: WordTable, context: ReaderContext): { found: Map<string, Float32Array>; unknown: string[] } {
  // The article's own words are in its table already.
  let cache = wordVectorCache.get(context.index);
  if (!cache) {
    cache = new Map();
    seedWords(cache, table);
    wordVectorCache.set(context.index, cache);
  }
  // Taken before waiting: another question may clear the cache meanwhile.
  const found = new Map(words.flatMap((word) => (cache.has(word) ? [[word, cache.get(word)!] as const] : [])));
  return { found, unknown: [...new Set(words.filter((word) => !found.has(word)))] };
}

/** The article's own words, whose vectors its word table has already. */
function seedWords(cache: Map<string, Float32Array>, table: WordTable): void {
  table.words.forEach((word, i) => cache.set(word, table.vectors[i]!));
}

/** Keeps words just embedded, for the next questions (and in `found`, for this one). */
function keepWords(table: WordTable, context: ReaderContext, found: Map<string, Float32Array>, unknown: string[], vectors: Float32Array[]): void {
  const cache = wordVectorCache.get(context.index)!;
  if (cache.size + unknown.length > MAX_CACHED_WORDS) {
    cache.clear();
    seedWords(cache, table);
  }
  unknown.forEach((word, i) => {
    cache.set(word, vectors[i]!);
    found.set(word, vectors[i]!);
  });
}

/**
 * What two or more people are, asked at once, the whole question: "which companies are depoux and diedrich from", "what are depoux
 * and diedrich's titles and companies", "where do depoux and diedrich work". Group 1 is who.
 */
const WHAT_THEY_ARE = [
  /^(?:which|what) (?:compan(?:y|ies)|firms?|organi[sz]ations?|employers?) (?:are|is|do|does) (.+?) (?:from|with|at|work for|working for)\s*[?.!]*$/u,
  /^(?:what|which) (?:are|were|is) (.+?)(?:'s|s')? (?:titles?|jobs?|roles?|positions?|posts?)(?: and (?:compan(?:y|ies)|firms?|employers?|organi[sz]ations?))?\s*[?.!]*$/u,
  /^where do (.+?) work\s*[?.!]*$/u,
  /^who do (.+?) work for\s*[?.!]*$/u,
];

export async function read(typed: string, context: ReaderContext): Promise<{ reading: Reading; trace: ReadTrace }> {
  // "Which companies are depoux and diedrich from": what two or more people the article quotes are, each by what it calls them.
  // Read past what a member says first ("4th vs 5th wic messages — what dates were they" is of both), its questions each on its own.
  const led = withoutLeadIn(typed.trim());
  const plain = withoutOpening(withoutIdioms(led.toLowerCase().replace(/[’‘]/g, "'")));
  const them = WHAT_THEY_ARE.map((pattern) => pattern.exec(plain)?.[1]).find((named) => named !== undefined && /\s(?:and|&|vs\.?|versus)\s/u.test(named));
  const people = them ? [...context.retriever.peopleIn(them)] : [];
  const question = people.length >= 2 ? `who are ${people.join(' and ')}` : led.length > 0 ? led : typed;
  // A quotation whose source is asked ("where and when did xi say this") is one question, however many question words it has.
  const quotation = quotationFound(question, context);
  const whole = await readOne(question, context, quotation);
  let result = (quotation ? null : await readParts(question, whole, context)) ?? whole;
  // "ok so i was supposed to be studying… anyway, how many internet users did china have again, cause i gotta put it in a slide": a
  // long message of chatter refused whole is read by the question in it, and the reply says which question it answered.
  const buried = result.reading.finding.kind === 'refused' ? buriedQuestion(question, (word) => context.understanding.articleText.includes(` ${word} `)) : null;
  if (buried) {
    const inside = await read(buried, context);
    if (inside.reading.answered) {
      const readAs = [{ described: buried, name: 'the question', why: 'the rest of the message asks nothing of the article' }, ...(inside.reading.readAs ?? [])];
      result = { reading: { ...inside.reading, readAs }, trace: inside.trace };
    }
  }
  if (question !== typed) {
    result.trace.analysis.original = typed;
    result.reading.question = typed;
  }
  const { reading, trace } = result;
  if (reading.finding.kind !== 'refused') return result;
  const nearest = trace.hits[0];
  if (!nearest || nearest.dense < (context.thresholds ?? COVERAGE).refuseBelow - 0.1) return result;
  // One suggestion per passage and sentence, checked once: later refusals near it cost nothing.
  reading.finding.suggestion = suggestionNear(nearest, context);
  return result;
}

/** What is worked out from an index's passages once, and kept while the index lives. */
function oncePerIndexSync<T>(cache: WeakMap<KnowledgeIndex, T>, index: KnowledgeIndex, make: () => T): T {
  if (!cache.has(index)) cache.set(index, make());
  return cache.get(index)!;
}

/**
 * The one-word names of an index's article, lower case: words it writes only with a capital, and at least once on their own after a
 * word in lower case ("beijing" of "the Beijing-based center", "cisco" of "officer of Cisco"); not "week", which it capitalises only
 * in "China Cybersecurity Week", nor "over", which it capitalises only first in a sentence.
 */
const capitalNamesByIndex = new WeakMap<KnowledgeIndex, ReadonlySet<string>>();
function capitalNamesOf(index: KnowledgeIndex): ReadonlySet<string> {
  return oncePerIndexSync(capitalNamesByIndex, index, () => {
    const lower = new Set<string>();
    const alone = new Set<string>();
    const capital = (word: string | undefined): boolean => word !== undefined && /^\p{Lu}/u.test(word);
    for (const passage of index.passages) {
      for (const text of [passage.text, passage.role ?? '']) {
        // Words with what comes before them: a word, a mark, or nothing at a sentence's start.
        const words = [...text.matchAll(/(\p{L}[\p{L}'’-]*)|([.!?:;“”"])/gu)];
        words.forEach((match, i) => {
          const word = match[1];
          if (!word) return;
          const bare = word.replace(/['’]s$/u, '').split('-')[0]!;
          if (!capital(bare)) {
            lower.add(bare.toLowerCase());
            return;
          }
          const before = words[i - 1]?.[1];
          const after = words[i + 1]?.[1];
          if (before !== undefined && !capital(before) && !capital(after)) alone.add(bare.toLowerCase());
        });
      }
    }
    return new Set([...alone].filter((word) => !lower.has(word)));
  });
}

/** The places an index's article names ("wuzhen", "tianjin", "zhejiang province"), lower case. */
const placesByIndex = new WeakMap<KnowledgeIndex, ReadonlySet<string>>();
function placesOf(index: KnowledgeIndex): ReadonlySet<string> {
  return oncePerIndexSync(placesByIndex, index, () => new Set(index.passages.flatMap((passage) => placesNamed(passage.text).map((place) => place.toLowerCase()))));
}

/** The organisations an index's speakers speak for ("cisco", "roland berger china", also "roland berger"), lower case. */
const organisationsByIndex = new WeakMap<KnowledgeIndex, ReadonlySet<string>>();
function organisationsOf(index: KnowledgeIndex): ReadonlySet<string> {
  return oncePerIndexSync(organisationsByIndex, index, () => {
    const named = index.passages.flatMap((passage) => {
      const organisation = organisationOf(passage.role)?.toLowerCase();
      return organisation ? [organisation, organisation.replace(/ china$/, '')] : [];
    });
    return new Set(named);
  });
}

/** Words for an idea as such, which a claim names it by besides its own words ("the shared future idea"). */
const IDEA_WORDS = /^(?:idea|ideas|notion|notions|concept|concepts)$/;

/** A blank a member asks to have filled: "fill in the blank: xi wants a peaceful, secure, open and ___ cyberspace". */
const BLANK = /(?<![\p{L}\p{N}_])_{3,}(?![\p{L}\p{N}_])/u;
/** After "fill in the blank:", a blank may be shorter: "open and _ cyberspace". Not Discord's underline ("__words__"). */
const SHORT_BLANK = /(?<![\p{L}\p{N}_])_{1,}(?![\p{L}\p{N}_])/u;
const FILL_IN = /^\s*(?:(?:trivia(?: q)?|quick q)\s*[:,-]?\s*)?(?:fill in the blanks?|fill the blanks?|complete (?:the|this) (?:sentence|quote|phrase|line))\s*[:,;.-]*\s*/iu;
/** A word as `wordsOf` reads it, with where it stands. */
const WORD_SPAN = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
/** How many words around the blank are matched, at most, and how many the blank may stand for. */
const BLANK_CONTEXT = 4;
const BLANK_WIDTH = 4;

/**
 * The sentence a question with a blank is taken from, and the words that fill it: the article's sentence whose words run into the
 * blank from before it and out of it after it, at least two of them matched. Null where no sentence fits, so the question is read
 * as any other.
 */
function blankFilled(question: string, context: ReaderContext): { hit: Hit; filled: string } | null {
  const text = question.replace(FILL_IN, '');
  const at = (text === question ? BLANK : SHORT_BLANK).exec(text);
  if (!at) return null;
  const before = wordsOf(text.slice(0, at.index)).slice(-BLANK_CONTEXT);
  const after = wordsOf(text.slice(at.index + at[0].length)).slice(0, BLANK_CONTEXT);
  // A word that says something counts in full, a function word ("a", "the") for half: "xi wants a ___ cyberspace" fits too many.
  const weight = (word: string): number => (STOP_WORDS.has(word) ? 0.5 : 1);
  let best: { passage: Passage; sentence: number; from: number; width: number; score: number; filled: string } | null = null;
  let tied = false;
  for (const passage of context.index.passages) {
    for (let s = 0; s < passage.sentences.length; s += 1) {
      const sentence = sentenceText(passage, s);
      // The article's words with where each stands, so the words found fill the blank as it writes them ("Wuzhen, Zhejiang province").
      const spans = [...sentence.matchAll(WORD_SPAN)];
      const words = spans.map((span) => span[0].toLowerCase());
      for (let from = 1; from < words.length; from += 1) {
        let left = 0;
        let score = 0;
        while (left < before.length && from - 1 - left >= 0 && words[from - 1 - left] === before[before.length - 1 - left]) {
          score += weight(words[from - 1 - left]!);
          left += 1;
        }
        if (left === 0) continue;
        for (let width = 1; width <= BLANK_WIDTH && from + width <= words.length; width += 1) {
          let right = 0;
          let rightScore = 0;
          while (right < after.length && words[from + width + right] === after[right]) {
            rightScore += weight(words[from + width + right]!);
            right += 1;
          }
          // A blank at the end of what was typed fills one word; one before more words ends where they start again.
          if (after.length > 0 ? right === 0 : width > 1) continue;
          const total = score + rightScore;
          if (total < 2) continue;
          const filled = sentence.slice(spans[from]!.index, spans[from + width - 1]!.index + spans[from + width - 1]![0].length);
          if (best && total === best.score && filled !== best.filled) tied = true;
          if (!best || total > best.score) [best, tied] = [{ passage, sentence: s, from, width, score: total, filled }, false];
        }
      }
    }
  }
  // Two places of the article fit as well, with different words: no one answer, so the question is read as any other.
  if (!best || tied) return null;
  return { hit: citedAsIs(best.passage, best.sentence), filled: best.filled };
}

/** Words quoted in a question: "“The development of the internet is boundless…” - where and when did xi say this". */
const QUOTED_WORDS = /["“”«»]([^"“”«»]{12,})["“”«»]/u;
/** Or in single quotes, set off by spaces or marks so that no apostrophe opens or closes them: "the 'winner takes all' line". */
const SINGLE_QUOTED_WORDS = /(?<![\p{L}\p{N}])['‘]([^'‘’"“”]{12,}?)['’](?![\p{L}\p{N}])/u;
/** Asked of quoted words: who said them, where, when, on what occasion. */
const QUOTE_SOURCE_ASKED = /\b(?:who|whom|where|when|which|what (?:occasion|event|context|speech|message|conference)|source|said|say|says|saying|from)\b/;
/** The fewest words a quotation must have to be found as written: fewer are any phrase. */
const QUOTED_MIN_WORDS = 3;

/**
 * Words a question quotes that the article has as written ("…is boundless and limitless"), with where and when asked of them: the
 * sentence holding them, whose quotation line says who said them, where and when. Null when the words are not the article's.
 */
function quotationFound(question: string, context: ReaderContext): Hit | null {
  const quoted = QUOTED_WORDS.exec(question) ?? SINGLE_QUOTED_WORDS.exec(question);
  if (!quoted) return null;
  const rest = question.replace(quoted[0], ' ').toLowerCase();
  // Not whether someone said them ("did cisco say “…”", "cisco said “…”, right?"), which the reading of yes or no settles; nor with a
  // year, an ordinal or a second question beside it ("…in 2018", "…at the fourth wic", "…and what did cisco say"), which the reading
  // of the whole question grounds; nor a kind of speaker asked ("which company unveiled “…”").
  if (!QUOTE_SOURCE_ASKED.test(rest) || YES_NO_OPENING.test(rest.trim()) || /\b(?:right|correct|true|yes or no)\W*$/.test(rest.trim())) return null;
  if (/\b(?:19|20)\d{2}\b|\b\d+(?:st|nd|rd|th)\b/.test(rest) || ORDINALS.slice(1).some((ordinal) => new RegExp(`\\b${ordinal}\\b`).test(rest))) return null;
  if (/\band (?:what|who|how|why|which|did|does|is)\b/.test(rest) || /\b(?:which|what) (?!(?:occasion|event|conference|speech|message|year|date|day|one)\b)[a-z]+ (?:said|says|say|unveiled|wrote|put)\b/.test(rest)) return null;
  const words = wordsOf(quoted[1]!);
  if (words.length < QUOTED_MIN_WORDS) return null;
  const wanted = ` ${words.join(' ')} `;
  const found: Hit[] = [];
  for (const passage of context.index.passages) {
    passage.sentences.forEach((_, s) => {
      if (` ${wordsOf(sentenceText(passage, s)).join(' ')} `.includes(wanted)) found.push(citedAsIs(passage, s));
    });
  }
  // Words the article has in two places say nothing of which: read as any other question.
  return found.length === 1 ? found[0]! : null;
}

/** How a member says the answer should come, before the question: "yes/no, did xi…", "yes or no:". The question says so itself. */
const ANSWER_FORM = /^\s*(?:yes\s*\/\s*no|yes or no|y\/n|true\s*\/\s*false)\s*[,:;?–—-]+\s*(?=\p{L})/iu;

/** One question: as the claim it checks, when it is a yes/no question its answer settles, or else as typed. */
async function readOne(question: string, context: ReaderContext, quotation = quotationFound(question, context)): Promise<{ reading: Reading; trace: ReadTrace }> {
  // "is it true the wic is held every year": the statement checked is read as the yes/no question it is.
  // "854m" is 854 million, in a figure checked as in one asked about.
  // "Fill in the blank: … open and ___ cyberspace": the words the article has there, with the sentence they are in.
  const blank = blankFilled(question, context);
  if (blank) {
    // Read as a question too, for the ranking the evaluation and the logs show.
    const result = await readOnce(question.replace(FILL_IN, '').replace(SHORT_BLANK, ' '), context);
    const reading: Reading = { question, answered: true, finding: { kind: 'said', said: saidBy(blank.hit), closest: false, filled: blank.filled }, citations: cite([blank.hit], context) };
    return { reading, trace: { ...result.trace, analysis: { ...result.trace.analysis, original: question } } };
  }
  // "“The development of the internet is boundless and limitless” - where and when did xi say this": the statement as the article has it.
  if (quotation) {
    const result = await readOnce(question, context);
    const reading: Reading = { question, answered: true, finding: { kind: 'said', said: saidBy(quotation), closest: false }, citations: cite([quotation], context) };
    return { reading, trace: result.trace };
  }
  const spelt = withFiguresSpelt(question.replace(ANSWER_FORM, ''));
  const asked = statedQuestion(withoutMarkup(spelt)) ?? spelt;
  // Read as typed, without a tag it has ("…, ryt?"), which is no part of what is asked.
  const result = inPersonSettled(asked, (await readArticleClaim(asked, context)) ?? (await readAlternatives(asked, context)) ?? (await readClaim(asked, context)) ?? (await readOnce(withoutTag(asked), context)));
  if (asked === question) return result;
  result.trace.analysis.original = question;
  return { ...result, reading: { ...result.reading, question } };
}

/** Whether someone was there in person, asked yes or no: "did xi attend the 3rd wic in person". */
const IN_PERSON_ASKED = /\b(?:in person|personally|physically|in the flesh|show(?:ed)? up|turn(?:ed)? up)\b/;
/** Occasions that are no presence: a video, a message, a written instruction. */
const FROM_AFAR = /\b(?:video|message|letter|written|instruction|recorded|by phone)\b/i;
/** An occasion of being there: delivering a speech at it. */
const BEING_THERE = /\b(?:keynote speech|speech|address) (?:at|to)\b/i;

/**
 * "Did xi attend the 3rd wic in person" answered by his statement there: its occasion settles it, "No." for a video address or a
 * congratulatory message, "Yes." for a speech he delivered at it. Other answers are left as they are.
 */
function inPersonSettled(question: string, result: { reading: Reading; trace: ReadTrace }): { reading: Reading; trace: ReadTrace } {
  const { finding } = result.reading;
  const lower = question.toLowerCase();
  if (!YES_NO_OPENING.test(lower) || !IN_PERSON_ASKED.test(lower) || finding.kind !== 'said' || finding.verdict !== undefined || finding.closest) return result;
  // The occasion as the quotation line gives it, or as the sentence does ("Speaking in a written instruction to…").
  const occasion = finding.said.occasion ?? /\b(?:speaking|in) (?:in |at |via |through )?an? ([a-z ]{3,40}?) (?:to|at)\b/i.exec(finding.said.text)?.[0] ?? '';
  const verdict = FROM_AFAR.test(occasion) ? 'no' : BEING_THERE.test(occasion) && !/\bvideo\b/i.test(occasion) ? 'yes' : null;
  return verdict ? { ...result, reading: { ...result.reading, finding: { ...finding, verdict } } } : result;
}

/** A yes/no question: what opens one. */
const YES_NO_OPENING = /^(?:is|are|was|were|did|does|do|has|have|had)\b/iu;
/** What ends a question rather than offering another answer: "…or not", "…or was it just a video", "…or something else". */
const NOT_AN_ALTERNATIVE = /\b(?:not|nah|no|what|something|someone|somewhere|anything|else|is|are|was|were|did|does|do|it|he|she|they|just|both|neither)\b/iu;

/**
 * "Is chinaeu in brussels or paris", "does china have 854 million or 900 million internet users": of two answers a yes/no question
 * offers, the one the article bears out, as it says it, with no "Yes." before a question that is not one. The two are as many words
 * on each side of "or", alike (a figure against a figure, a word against a word), and each is checked as a claim, the message with
 * one of them in place of both. Null when neither is borne out, or the message offers no two answers: it is then read as typed.
 */
async function readAlternatives(question: string, context: ReaderContext): Promise<{ reading: Reading; trace: ReadTrace } | null> {
  const text = withoutMarkup(question).replace(/[?!.\s]+$/u, '').replace(/\s+/g, ' ').trim();
  if (!YES_NO_OPENING.test(text)) return null;
  const words = text.split(' ');
  const or = words.lastIndexOf('or');
  if (or < 2 || or === words.length - 1) return null;
  const numeric = (word: string): boolean => /\d/.test(word);
  for (const n of [1, 2, 3]) {
    const first = words.slice(or - n, or);
    // "a video or a letter": the second's article is no word of it.
    const skip = /^(?:the|a|an)$/iu.test(words[or + 1]!) ? 1 : 0;
    const second = words.slice(or + 1 + skip, or + 1 + skip + n);
    if (first.length < n || second.length < n || or - n < 1 || NOT_AN_ALTERNATIVE.test(second.join(' '))) continue;
    if (numeric(first[0]!) !== numeric(second[0]!) || numeric(first.at(-1)!) !== numeric(second.at(-1)!)) continue;
    const before = words.slice(0, or - n);
    const rest = words.slice(or + 1 + skip + n);
    for (const claim of [[...before, ...first, ...rest], [...before, ...second, ...rest]].map((claimWords) => claimWords.join(' '))) {
      const read = await readClaim(claim, context);
      const { finding } = read?.reading ?? {};
      // A sentence, or what the article calls someone ("is gambardella president of chinaeu or huawei").
      if (read && (finding?.kind === 'said' || finding?.kind === 'person') && finding.verdict === 'yes') {
        read.trace.analysis.original = question;
        return { ...read, reading: { ...read.reading, question, finding: { ...finding, verdict: undefined } } };
      }
    }
  }
  return null;
}

/** What a side of a comparison says happened to it, after its name: "take effect", "came out", "kicked in", "was released". */
const SIDE_VERB = / (?:was |were |got |get )?(?:take effect|took effect|taken effect|come out|came out|come into (?:force|effect)|came into (?:force|effect)|go into (?:force|effect)|went into (?:force|effect)|kick in|kicked in|start|started|begin|began|begun|happen|happened|launch|launched|open|opened|released?|unveiled?|published|proposed|propose|announced?|take place|took place|held|come|came)$/u;

/** "is this article from the global times", "did cao desheng write this": the article's own paper or author, checked. */
/** A paper's name as members type it: a few words ending in the word for what it is ("the global times", "xinhua"). */
const PAPER_NAME = String.raw`(?:the )?((?:[\p{L}'-]+ ){0,3}(?:daily|times|post|news|journal|herald|tribune|press|gazette|telegraph|guardian|globe|review|magazine|xinhua|reuters|bloomberg|economist|bbc|cnn|ap|afp|paper|newspaper|agency|wire))`;
/** This article, however it is called: "the article", "this piece", "it". */
const THIS_ARTICLE = '(?:the |this )?(?:article|piece|story|it|this)(?: article| piece| story)?';

const ARTICLE_CLAIMS: Array<[RegExp, string, 'newspaper' | 'byline' | 'photo' | 'date']> = [
  [new RegExp(`^(?:is|was) ${THIS_ARTICLE} (?:published by|printed by|run by|carried by) (?:the )?([\\p{L}' -]+)$`, 'u'), 'which newspaper is the article from', 'newspaper'],
  // "From" or "in" a paper only: "is it from beijing" asks where it was written, not which paper. "Was this in the global times".
  [new RegExp(`^(?:is|was) ${THIS_ARTICLE} (?:from|in|published in|printed in|run in) ${PAPER_NAME}$`, 'u'), 'which newspaper is the article from', 'newspaper'],
  // "Is the reporter from china daily": the paper the author writes for.
  [new RegExp(`^(?:is|was) the (?:author|writer|reporter|journalist)(?: of ${THIS_ARTICLE})? (?:from|with|at|of) ${PAPER_NAME}$`, 'u'), 'which newspaper is the article from', 'newspaper'],
  [/^did (?:the )?([\p{L}' -]+?) (?:publish|print|run|carry) (?:the |this )?(?:article|piece|story|it|this)$/u, 'which newspaper is the article from', 'newspaper'],
  // "Did this article appear in the global times", "does it come from the washington post".
  [new RegExp(`^(?:did|does) ${THIS_ARTICLE} (?:(?:appear|run|come out|get published|get printed) in|come from) ${PAPER_NAME}$`, 'u'), 'which newspaper is the article from', 'newspaper'],
  [new RegExp(`^(?:is|was) ${THIS_ARTICLE} (?:written|authored) by ([\\p{L}' -]+)$`, 'u'), 'who wrote the article', 'byline'],
  [/^did ([\p{L}' -]+?) write (?:the |this )?(?:article|piece|story|it|this)$/u, 'who wrote the article', 'byline'],
  [/^(?:is|was) ([\p{L}' -]+?) the (?:author|writer|reporter)(?: of (?:the |this )?(?:article|piece|story|it))?$/u, 'who wrote the article', 'byline'],
  // "Is the author yu wenwen"; not "is the author a local".
  [/^(?:is|was) the (?:author|writer|reporter)(?: of (?:the |this )?(?:article|piece|story|it))? ((?!(?:from|of|in|at|for|with|by|a|an|the|not)\b)[\p{L}' -]+)$/u, 'who wrote the article', 'byline'],
  [/^(?:is|was) ([\p{L}' -]+?) the (?:photographer|one who took the (?:photo|picture|pic))(?: of (?:the |this )?(?:article|piece|story|it))?$/u, 'who took the photo', 'photo'],
  [/^did ([\p{L}' -]+?) take the (?:photo|picture|pic|photograph)$/u, 'who took the photo', 'photo'],
  [/^(?:is|was) the (?:photo|picture|pic|photograph|image)(?: in (?:the |this )?(?:article|piece|story))? (?:taken|shot|snapped|credited to|by) (?:by )?([\p{L}' -]+)$/u, 'who took the photo', 'photo'],
  // "Was the article published in 2019": the article's own date, which it does not give.
  [new RegExp(`^(?:is|was) ${THIS_ARTICLE} (?:published|written|printed|out|released|dated) (?:in|on|before|after|during) ((?:[\\p{L}]+ )?(?:19|20)\\d{2})$`, 'u'), 'when was the article published', 'date'],
];

/** Words that describe the paper or the author asked about rather than name them. */
const ARTICLE_CLAIM_FILLERS = new Set(['the', 'a', 'an', 'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'newspaper', 'paper', 'journalist', 'reporter', 'writer', 'author', 'outlet', 'publication', 'someone', 'somebody', 'else']);
const PUBLISHER_WORDS = /^(?:daily|times|post|news|journal|herald|tribune|press|gazette|telegraph|guardian|globe|xinhua|reuters|bloomberg|bbc|cnn|afp)$/;

/**
 * "Is this article from the global times?" → "No. The article is from China Daily.": the paper or the author the article names,
 * compared with the one asked about. Null for any other question, or an article that names none (or a library of several).
 */
async function readArticleClaim(question: string, context: ReaderContext): Promise<{ reading: Reading; trace: ReadTrace } | null> {
  const text = claimText(withoutMarkup(question));
  // "Is the writer biased" asks what the author thinks, not who the author is.
  // "Is there an email for the reporter" asks whether the article gives one, not who the reporter is.
  if (VIEW_ASKED.test(text) || /^(?:is|are|was|were) there\b/u.test(text)) return null;
  for (const [pattern, asked, part] of ARTICLE_CLAIMS) {
    const value = pattern.exec(text)?.[1]?.trim();
    if (!value) continue;
    const result = await readOnce(asked, context);
    // What the article says of its own date, whatever date was asked about.
    if (part === 'date') {
      result.trace.analysis.original = question;
      return { ...result, reading: { ...result.reading, question } };
    }
    const { finding } = result.reading;
    if (finding.kind !== 'facts' || finding.facts.length !== 1) return null;
    const [fact] = finding.facts;
    const named =
      fact?.part === 'newspaper' || (fact?.part === 'byline' && part === 'newspaper') ? fact.newspaper : fact?.part === 'byline' ? fact.byline : fact?.part === 'photo credit' ? fact.name : null;
    if (!named) return null;
    // "Is the author cao desheng or yu wenwen": one of two names asked is no claim a yes or a no answers.
    const eitherOf = / or (?!(?:someone|somebody|something|not|else|anyone)\b)/u.test(value);
    // The name asked about, less what only describes it ("mr cao", "the china daily newspaper") and what follows it ("cao desheng
    // for china daily", "… or someone else").
    const words = (name: string): string[] => wordsOf(name.toLowerCase()).filter((word) => !ARTICLE_CLAIM_FILLERS.has(word));
    const checked = words(value.split(/ (?:for|or|of|from|at|and|with|in) /u)[0]!);
    const own = words(named);
    const { lexicon, wordnet } = context.understanding;
    // A name, not a description ("a journalist", "a newspaper"): one of the article's, or a word English has only as a name.
    // Not a nationality ("is the author chinese"), which WordNet also lists as a people's name.
    const aName = checked.some((word) => (lexicon.names.has(word) || !wordnet.knows(word) || wordnet.isName(word) || PUBLISHER_WORDS.test(word)) && !wordnet.isNationality(word));
    const verdict = checked.length === 0 || eitherOf ? null : checked.every((word) => own.includes(word)) ? 'yes' : aName && !checked.some((word) => own.includes(word)) ? 'no' : null;
    result.trace.analysis.original = question;
    return { ...result, reading: { ...result.reading, question, finding: verdict ? { ...finding, verdict } : finding } };
  }
  return null;
}

/**
 * "Is the wic held in beijing?": the question the claim stands for ("where is the wic held") is read, and its answer, when sure, in
 * the article's own account and holding what the claim is made of, says yes or no by the place, date or figure it gives; a role
 * ("is denis depoux the ceo of cisco") is answered by what the article calls the person. Null when the question checks none of
 * these, or its answer does not settle it: the question is then read as it was typed.
 */
async function readClaim(question: string, context: ReaderContext): Promise<{ reading: Reading; trace: ReadTrace } | null> {
  const read = await readOneClaim(question, context);
  const settled = (result: typeof read): boolean => result?.reading.finding.kind === 'said' && result.reading.finding.verdict !== undefined;
  if (settled(read)) return read;
  // "Did xi propose the shared future idea at the 1st wic in 2014": a claim of two things, one of them a year the question does not
  // settle, is settled "No." by the other one, where that is wrong ("…at the second World Internet Conference in December 2015").
  const withoutYear = question.replace(/,?\s*\b(?:in|during) (?:19|20)\d{2}\b/u, '');
  if (withoutYear === question || claimIn(withoutMarkup(question))?.type !== 'date') return read;
  const other = await readOneClaim(withoutYear, context);
  const { finding } = other?.reading ?? {};
  return other && finding?.kind === 'said' && finding.verdict === 'no' ? { ...other, reading: { ...other.reading, question } } : read;
}

async function readOneClaim(question: string, context: ReaderContext): Promise<{ reading: Reading; trace: ReadTrace } | null> {
  // "Why is the wic only held every two years": a reason asked for how often something recurs, which the article says otherwise, is
  // a false premise. The claim it rests on is checked as a yes/no question would be.
  const why = /^why (is|are|was|were) (.+)$/.exec(claimText(withoutMarkup(question)));
  const premise = why ? claimIn(`${why[1]!} ${why[2]!.replace(/\b(?:only|just|really|actually)\s+/g, '')}`) : null;
  if (premise?.type === 'frequency') {
    const asked = await readOnce(premise.asked, context);
    const { finding } = asked.reading;
    if (finding.kind === 'said' && !finding.closest && verdictOn(premise, finding.said.text) === 'no') {
      asked.trace.analysis.original = question;
      return { ...asked, reading: refusal(asked.trace.analysis, { refuse: true, missing: [], elsewhere: [], unreported: true }, context) };
    }
    return null;
  }
  // The article's places are worked out only when a claim may name one: it takes compromise over every paragraph, once per index.
  const claim = claimIn(withoutMarkup(question), (name) => placesOf(context.index).has(name));
  if (!claim) return null;
  const result = await readOnce(claim.asked, context);
  if (claim.type === 'role') {
    // "is yu wenwen a journalist": what the article calls her answers it, with a yes or a no where that settles it.
    const { finding } = result.reading;
    if (finding.kind !== 'person') return null;
    // "Is yu wenwen a man or a woman": what the article calls her says neither.
    if (SEX_WORDS.test(claim.value)) return { ...result, reading: refusal({ ...result.trace.analysis, original: question }, { refuse: true, missing: [], elsewhere: [] }, context) };
    // "is yu wenwen xi's researcher": a role of someone, or of anything but an organisation the article quotes someone of, is not checked.
    const organisations = organisationsOf(context.index);
    const ofOrganisation = !claim.owner || [...organisations].some((organisation) => wordsOf(organisation).includes(claim.owner!));
    // A name of the claim the article never writes, and English has only as a name or not at all ("huawei"): not a slip of one it
    // does ("ciscoo"), nor shorthand ("vp"), nor a place, which the article not naming does not make false ("from moscow").
    const { lexicon, wordnet } = context.understanding;
    const unknownName = (word: string): boolean =>
      word.length >= 3 &&
      !lexicon.words.has(word) &&
      !STOP_WORDS.has(word) &&
      (!wordnet.knows(word) || wordnet.isName(word)) &&
      correctSpelling(lexicon, word) === null &&
      shorthand(word) === null &&
      wordnet.kindsOf(word).size === 0 &&
      !wordnet.isNationality(word);
    const verdict = ofOrganisation ? roleVerdict(claim.value, finding.descriptions, organisations, unknownName) : null;
    result.trace.analysis.original = question;
    return { ...result, reading: { ...result.reading, question, finding: verdict ? { ...finding, verdict } : finding } };
  }
  const { finding } = result.reading;
  if (finding.kind !== 'said') return null;
  const { said } = finding;
  // A figure the article never gives ("did over 20 companies sign up", "is the output target 100 million yuan"): read as typed, the
  // question is refused for it ("The article does not mention 20"). Where the claim is not settled, the sentence that gives the
  // article's own figure says more, with no yes or no.
  const figure = claim.type === 'amount' ? /\d[\d,.]*(?: (?:thousand|million|billion|trillion))?/.exec(claim.value)?.[0] : undefined;
  const unknownFigure = figure !== undefined && !context.understanding.articleText.includes(` ${figure} `);
  const unsettled = (): { reading: Reading; trace: ReadTrace } | null => (unknownFigure && !finding.closest && !said.quoted ? { ...result, reading: { ...result.reading, question } } : null);
  // Someone's words speak of other places, dates and figures than their own ("is kaspersky based in moscow": a quotation on China and
  // Russia). Only the occasion dates what they spoke at: "was the first wic in 2015" is settled by Xi's message to it in 2014.
  // Nor the article's description of who speaks: "is chinaeu based in beijing" is settled by "president of ChinaEU, an international
  // association in Brussels", which the article prints above his statement.
  // Only a claim of the organisation the line names ("is chinaeu in paris"), not of the speaker's title ("is the president in beijing").
  const roleNames = namesInRole(said.role);
  // Or of the speaker's organisation by what it is: "is luigi gambardella's association based in paris".
  const subjectWords = wordsOf(claim.subject ?? claim.asked);
  const speakerNamed = wordsOf(said.speaker ?? '').some((word) => subjectWords.includes(word));
  const ofRole = subjectWords.some((word) => roleNames.has(word)) || (speakerNamed && ORGANISATION_WORDS.test(claim.subject ?? claim.asked));
  const described = said.quoted && claim.type === 'place' && said.role !== null && ofRole && placesIn(said.role).length > 0;
  if (said.quoted && !described && ((claim.type !== 'date' && claim.type !== 'edition') || !said.occasion)) return null;
  const checked = described ? said.role! : said.quoted ? said.occasion! : said.text;
  // The words of the article's names the question asks of ("world internet conference"), for the checks below.
  const eventWords = new Set(result.trace.analysis.names.flatMap((name) => wordsOf(name)));
  // Only the nearest the article comes is no ground for a yes or a no, however it reads: it is said as such, with the place, date or
  // figure it gives ("is the goal to be a top online power by 2050": the closest it comes gives 2035), not the claim refused.
  if (finding.closest) {
    const verdict = verdictOn(claim, checked);
    if (verdict === null) return null;
    // Except where a yearly event is held: "held … in Wuzhen … every year since 2014" settles "was the first wic held in beijing",
    // as it is the sentence on the event asked of (the article's names the claim is of, in it).
    // Of the event alone: not "was the first wic's organising committee in beijing", of which the sentence says nothing.
    const names = result.trace.analysis.names;
    const written = ` ${wordsOf(checked).join(' ')} `;
    const valueWords = new Set(wordsOf(claim.value));
    const more = result.trace.analysis.terms.filter(
      (term) =>
        (term.pos === 'noun' || term.pos === 'verb') &&
        term.kind === 'word' &&
        !wordsOf(term.meaning).every((word) => eventWords.has(word) || valueWords.has(word)) &&
        !HOLDING.has(term.verb ?? term.meaning),
    );
    const yearly =
      claim.type === 'place' && !said.quoted && EVERY_YEAR.test(checked) && names.length > 0 && names.every((name) => written.includes(` ${name} `)) && more.length === 0;
    if (yearly) {
      result.trace.analysis.original = question;
      return { ...result, reading: { ...result.reading, question, finding: { ...finding, closest: false, verdict } } };
    }
    return { ...result, reading: { ...result.reading, question } };
  }
  // Each thing and action the claim is made of, besides what it checks, must be in the paragraph that settles it, or the check is of
  // something else: "was the cyber law passed in june 2017" is not settled by "took effect in June 2017", nor "is the park to make 100
  // billion dollars by 2020" by its date alone. An action by its own verb ("passed" is not "took effect", whatever WordNet relates);
  // a thing by its word or a near one. Not words the article uses throughout ("china").
  // Or the statement under the line that names its speaker and role, when that line answered ("where is chinaeu based").
  const passage = result.trace.hits.find((hit) => hit.passage.text.includes(said.text) || said.text === `${speakerLine(hit.passage.speaker, hit.passage.role)}.`)?.passage;
  if (!passage) return null;
  const stems = passageStems(passage);
  // An action by the sentence that settles it: "did 10 companies build the park" is not settled by companies moving into the park
  // Beijing is building, a sentence before.
  const sentenceStems = textStems(checked);
  const value = new Set(wordsOf(claim.value).map(stem));
  // A verb of beginning is held by a sentence that dates a start ("since 2014", "the first World Internet Conference").
  const { wordnet } = context.understanding;
  const begun = (term: QuestionTerm): boolean => begunIn(term, checked, wordnet);
  // "Ended" is not held by "at the end of 2017".
  const literalVerb = (term: QuestionTerm): boolean => wordsOf(term.meaning).filter((word) => !PARTICLES.has(word)).every((word) => sentenceStems.has(stem(word))) && (!asksEnd(term) || saysEnded(checked));
  const verb = (term: QuestionTerm): boolean => begun(term) || literalVerb(term);
  // The last word of "when did the wic start" is its verb, however it is tagged.
  const last = claim.asked.split(' ').at(-1);
  const verbal = (term: QuestionTerm): boolean => term.pos === 'verb' || (term.meaning === last && /^when (?:did|does|do|will|has|have)\b/.test(claim.asked) && wordnet.senses(term.meaning).some((sense) => sense.pos === 'verb'));
  // "Where is chinaeu based": being somewhere is no action the sentence must name.
  const located = (term: QuestionTerm): boolean => term.verb !== undefined && LOCATED.has(term.verb);
  // Or, asked at which one of a yearly event, by what he did there, which the occasion names ("did xi give a video address at the
  // 4th wic": "in a video address at the third World Internet Conference").
  const speakerWords = new Set(wordsOf(said.speaker ?? ''));
  const format = result.trace.analysis.terms.filter(
    (term) => term.pos === 'noun' && term.grounding !== null && !term.answerClass && !isPervasive(term.meaning, context) && !wordsOf(term.meaning).some((word) => eventWords.has(word) || speakerWords.has(word)),
  );
  const formatHeld = (claim.type === 'edition' || claim.type === 'date') && format.length > 0 && format.every((term) => supportsLiterally(sentenceStems, term));
  // What he did there is then the occasion's own noun; the verb of doing it ("send", "give", "deliver") need not be in it.
  const lightVerb = (term: QuestionTerm): boolean => formatHeld && /^(?:send|give|deliver|make|present|issue|write|record|do)$/.test(term.verb ?? term.meaning);
  const unheld = result.trace.analysis.terms.filter(
    (term) =>
      term.grounding !== null &&
      (term.pos === 'noun' || term.pos === 'verb') &&
      !term.answerClass &&
      !located(term) &&
      !wordsOf(term.meaning).every((word) => value.has(stem(word))) &&
      !isPervasive(term.meaning, context) &&
      !lightVerb(term) &&
      // "Is the week held every two years": "an annual event" says how often it is held, with no verb of holding.
      !(claim.type === 'frequency' && term.pos === 'verb' && HOLDING.has(term.verb ?? term.meaning)) &&
      // "Was the first wic held in 2015": the occasion of a message to it dates the event itself, held that day; "was the 2019 week
      // held in tianjin": an event that "started in Tianjin" was held there.
      !(term.pos === 'verb' && HOLDING.has(term.verb ?? term.meaning) && ((claim.type === 'date' && said.quoted && !described) || (claim.type === 'place' && EVENT_PLACED.test(checked)))) &&
      // "Did china want to become a cyberpower by 2050": "with the aim of becoming…" says what it wants; "is the park expected to hit 50
      // billion yuan": a sum reached is the sum hit, made or produced.
      !(term.pos === 'verb' && INTENT_VERBS.test(term.verb ?? term.meaning) && INTENT_SAID.test(checked)) &&
      !(claim.type === 'amount' && term.pos === 'verb' && SUM_VERBS.test(term.verb ?? term.meaning) && wordsOf(checked).some((word) => WordNet.baseForms(word).some((form) => SUM_VERBS.test(form)))) &&
      // Nor a word that only says it is an idea: "the shared future idea" is "the vision of … a shared future".
      !IDEA_WORDS.test(term.meaning) &&
      // Nor one that only says it is aimed at: "is the park's output target 100 billion yuan" is settled by "the industrial output is
      // expected to reach 100 billion yuan".
      !(GOAL_WORDS.test(term.meaning) && (EXPECTED.test(checked) || GOAL.test(checked) || INTENT_SAID.test(checked))) &&
      !(verbal(term) ? verb(term) : supports(stems, term)),
  );
  // "Did xi go to the wic in 2014": the occasion dates what he did there (a message he sent), which the question, asking of him, must
  // name by its verb; asked of the event alone ("was the first wic in 2015"), the occasion dates the event.
  const ofSpeaker = said.quoted && !described && said.speaker !== null && result.trace.analysis.people.includes(said.speaker);
  // By its own verb: "did xi launch the wic in 2014" is not settled by his message to the first one, which dates the start of the
  // conference, not anything he began.
  if (ofSpeaker && !formatHeld && !result.trace.analysis.terms.some((term) => term.pos === 'verb' && term.grounding !== null && literalVerb(term))) return null;
  // "Did xi send a congratulatory message to the 4th wic": the first of his messages found is not the only one. A "No." needs no
  // other occasion of the speaker's that holds what he did there and is of the one asked.
  // That one settles it: "Yes." by it.
  const yesElsewhere = formatHeld
    ? context.index.passages.find((other) => other.speaker === said.speaker && other.attribution && format.every((term) => supportsLiterally(textStems(other.attribution!), term)) && verdictOn(claim, other.attribution) === 'yes')
    : undefined;
  if (yesElsewhere && verdictOn(claim, checked) === 'no') {
    const hit = citedAsIs(yesElsewhere, 0);
    result.trace.analysis.original = question;
    return { ...result, reading: { ...result.reading, question, finding: { kind: 'said', said: saidBy(hit), closest: false, verdict: 'yes' }, citations: cite([hit], context) } };
  }
  // Only an action the sentence words otherwise ("was the 2019 week held in tianjin": it "started in Tianjin"; "was the cyber law
  // passed in june 2017": it "took effect in June 2017"): the sentence is the answer, with no yes or no. A thing it lacks makes it
  // none: the question is read as typed.
  if (unheld.some((term) => !verbal(term))) return unsettled();
  if (unheld.length > 0) return { ...result, reading: { ...result.reading, question } };
  if (claim.counted && !stems.has(stem(claim.counted))) return null;
  const verdict = verdictOn(claim, checked);
  if (!verdict) return unsettled();
  // "China became a leading cyberpower in 2035, right?": an aim or an expectation is no fact done, and confirms only a claim of it ("is
  // china aiming to be…"). It still says no to another figure or date ("did the park output reach 13 billion dollars").
  const claimed = claimText(question);
  // "Did the park reach 100 billion yuan", "has it hit its output target": whether an aim or an expectation was met, which the article
  // does not report ("…is expected to reach…" is no yes): refused as not reported.
  const metAsked = /^(?:did|has|have|had)\b/.test(withoutOpening(question.trim().toLowerCase())) && MET.test(claimed) && !MEANT_TO.test(claimed);
  if (metAsked && verdict !== 'no' && (GOAL.test(checked) || EXPECTED.test(checked))) {
    result.trace.analysis.original = question;
    return { ...result, reading: refused(result.trace.analysis, { why: 'not reported' }, context.index.manifest.articles) };
  }
  const ofIntent = INTENT_CLAIMED.test(claimed);
  if (verdict === 'yes' && !ofIntent && (GOAL.test(checked) || EXPECTED.test(checked))) return unsettled();
  // "Will china become a leading cyberpower by 2035" (or by 2050): an aim is no forecast either way; only a claim of the aim itself
  // ("does china aim to…") is settled by it. An expectation is ("will the park's output reach 100 billion yuan by 2020": "is expected
  // to reach…").
  if (!AIM_CLAIMED.test(claimed) && GOAL.test(checked) && !EXPECTED.test(checked)) return unsettled();
  // "Was the strategy in 2016": a "No." from one strategy (March 2017) is wrong where another paragraph holds what the claim is
  // made of and says yes (the national cybersecurity strategy, December 2016). The claim names no one thing: it is read as typed.
  if (verdict === 'no' && !said.quoted) {
    const things = result.trace.analysis.terms.filter((term) => term.grounding !== null && term.pos === 'noun' && !term.answerClass && !isPervasive(term.meaning, context));
    // The same sentence must hold them and the value: "Beijing" elsewhere in a paragraph on the conference is no place of it.
    // And the article's names the claim is of ("wic": the World Internet Conference). A claim of nothing named is not checked so.
    const names = result.trace.analysis.names.filter((name) => !isPervasive(name, context));
    // The stems of the words WordNet relates to each thing, worked out once for every sentence checked.
    const relatedStems = new Map(things.map((term) => [term, [...wordnet.related(term.meaning)].filter((word) => !word.includes(' ')).map(stem)]));
    // What the claim names by two words the settling sentence writes together ("the cybersecurity strategy": "its national
    // cybersecurity strategy") another sentence must write so too: the International Strategy of March 2017 is not it.
    const claimWords = wordsOf(claim.asked);
    const checkedText = ` ${wordsOf(checked).join(' ')} `;
    const compounds = claimWords.slice(1).map((word, i) => `${claimWords[i]} ${word}`).filter((pair) => !pair.split(' ').some((word) => STOP_WORDS.has(word)) && checkedText.includes(` ${pair} `));
    const saysYes = (text: string): boolean => {
      if (things.length === 0 && names.length === 0) return false;
      const written = ` ${wordsOf(text).join(' ')} `;
      if (!compounds.every((pair) => written.includes(` ${pair} `))) return false;
      const stems = textStems(text);
      // A thing held by a word WordNet relates to it too: "did xi give a speech in 2018" is answered yes by "Speaking at a national
      // conference … in April 2018", whatever the keynote speech of 2015 says.
      const held = (term: QuestionTerm): boolean => supports(stems, term) || relatedStems.get(term)!.some((word) => stems.has(word));
      return things.every(held) && names.every((name) => wordsOf(name).every((word) => stems.has(stem(word)))) && verdictOn(claim, text) === 'yes';
    };
    const alsoYes = context.index.passages.some((other) => other.id !== passage.id && other.sentences.some((_, s) => saysYes(sentenceText(other, s))));
    if (alsoYes) return null;
  }
  result.trace.analysis.original = question;
  // A verdict rests on the one sentence that settles it: no other excerpt is cited beside it. Settled by whom the speaker is, the reply
  // gives that line as the article prints it, not the statement below it.
  const settled = described ? { ...finding, said: speakerLineSaid(said.speaker, said.role) } : finding;
  // Its excerpt holds that line too, above the statement, as the article prints it ("is chinaeu in paris": "… in Brussels").
  const citations = result.reading.citations.slice(0, 1).map((citation) => (described ? headedBy(citation, speakerLine(said.speaker, said.role)) : citation));
  // "The wic isn't in beijing, is it": a "Yes." or a "No." to a claim put in the negative is read both ways; the sentence that
  // settles it says which, with no word before it.
  return { ...result, reading: { ...result.reading, question, finding: claim.negated ? settled : { ...settled, verdict }, citations } };
}

/** "he", "his", "she", "her", "him": someone a message named before. */
const PERSONAL_PRONOUN = /\b(?:he|his|him|she|her)\b/iu;
/** "it", "its", "they", "them", "their": something a message named before. */
const IMPERSONAL_PRONOUN = /\b(?:it|its|they|them|their)\b/iu;

/** Why a question of several is refused, said of it alone once another is answered: a name, a figure, a place the article does not give, or nothing it covers. */
const OWN_REASONS: ReadonlySet<Refusal['why']> = new Set<Refusal['why']>(['missing', 'lacking', 'elsewhere', 'not reported', 'not covered']);

/**
 * "whn did the cyber law take effect and how many internet users does china have": each question of the message is read on its own
 * and answered in turn; where the message read whole was refused, one the article does not answer says why beside the others'
 * answers. Null for one question, when none is answered, when the message read whole is answered and one question of it is not, or
 * when the message read whole is answered by a kind of its own (a list, a comparison, someone's descriptions).
 */
async function readParts(question: string, whole: { reading: Reading; trace: ReadTrace }, context: ReaderContext): Promise<{ reading: Reading; trace: ReadTrace } | null> {
  const articleText = ` ${context.understanding.articleText} `;
  const asked = questionsIn(withoutMarkup(question), (phrase) => articleText.includes(` ${phrase} `));
  if (asked.length < 2 || !['said', 'refused', 'mentioned', 'facts', 'person', 'speakers'].includes(whole.reading.finding.kind)) return null;
  const readings: Reading[] = [];
  const named = new Set<string>();
  const things = new Set<string>();
  const unnamedThings = new Set<string>();
  for (const part of asked) {
    // "whos luigi gambardela and wat group is he president of": "he" is the one person named before; "is the wic in beijing and did
    // it start in 2014": "it" is the one thing the article names that was named before. With none or several, the message is one
    // question about them, read whole.
    let text = part;
    // "who took the photo and who wrote it": "it" of a question about the article itself is the article.
    let aboutArticle = false;
    for (const [pronoun, referents] of [
      [PERSONAL_PRONOUN, named],
      [IMPERSONAL_PRONOUN, things],
    ] as const) {
      if (!pronoun.test(text)) continue;
      // "…? when did china release its strategy": "its" after the verb of a name the article has is that one's own.
      const owner = /\b([\p{L}-]+) [\p{L}-]+ (?:its|their)\b/iu.exec(text)?.[1]?.toLowerCase();
      if (pronoun === IMPERSONAL_PRONOUN && owner && (context.understanding.lexicon.names.has(owner) || isPervasive(owner, context))) continue;
      if (referents.size !== 1) {
        if (pronoun === IMPERSONAL_PRONOUN && referents.size === 0) {
          aboutArticle = true;
          continue;
        }
        return null;
      }
      const [referent] = referents;
      text = text.replace(new RegExp(pronoun.source, 'giu'), (word: string) => (/^(?:his|her|its|their)$/iu.test(word) ? `${referent!}'s` : referent!));
    }
    let { reading, trace } = await readOne(text, context);
    // "when did cn unveil the strategy + by when does it aim to be a leading cyberpower": "it" is China, not the strategy. Where the
    // thing named before makes a question the article does not answer, the question is read as typed.
    // Not where "it" was the thing the question before asked of without naming it ("where's the park and who is building it"): read as
    // typed, "who is building it" is about nothing.
    const ofUnnamed = [...things].some((thing) => unnamedThings.has(thing)) && IMPERSONAL_PRONOUN.test(part);
    if (!reading.answered && text !== part && !PERSONAL_PRONOUN.test(part) && !ofUnnamed) ({ reading, trace } = await readOne(part, context));
    if (aboutArticle && trace.analysis.shape !== 'meta') return null;
    // Each question must be answered. "The article does not cover that" beside an answer is more often a half that the whole
    // message's answer holds ("ppl's sense of what did xi want raised? and which 3 things should develop together": one sentence
    // answers both); and a message refused whole stays refused ("what is the great firewall and how does china use it").
    // Unless the message was refused whole and this question is refused for a reason of its own (a name, a figure, a place the article
    // does not give, or nothing it covers; not one that leans on the message, as "incomplete" does): "who is anton shingarev and
    // where was he born" answers who he is and says the article does not say where.
    if (!reading.answered) {
      if (whole.reading.answered || reading.finding.kind !== 'refused' || !OWN_REASONS.has(reading.finding.refusal.why)) return null;
      // Whom it names counts for a "he" after it, though the article does not: "who is depoux and who is putin and what did he say" is
      // then of either, and read whole.
      for (const person of trace.analysis.people) named.add(person);
      if (reading.finding.refusal.why === 'missing') for (const term of reading.finding.refusal.terms) named.add(term);
      readings.push({ ...reading, question: part });
      continue;
    }
    for (const person of trace.analysis.people) named.add(person);
    // "who's the chinese researcher quoted and where does she work": "she" is the one person the answer before names.
    const { finding: found } = reading;
    if (found.kind === 'speakers' && found.speakers.length === 1) named.add(found.speakers[0]!.name);
    if (found.kind === 'person') named.add(found.name);
    // "when was the 3rd wic and what kind of message did xi send to it": "it" is the third one, not any.
    for (const name of trace.analysis.names) {
      const ordinal = new RegExp(`\\b(${ORDINALS.slice(1).join('|')}) ${escapeRegExp(name)}\\b`).exec(trace.analysis.normalised)?.[1];
      things.add(ordinal ? `the ${ordinal} ${name}` : name);
    }
    // "where's the park and how much will it make": "it" is the one thing the question before asked of, named or not.
    if (trace.analysis.names.length === 0) {
      const nouns = trace.analysis.terms.filter((term) => term.pos === 'noun' && !term.answerClass && !term.named && term.grounding !== null && !isPervasive(term.meaning, context));
      if (nouns.length === 1) {
        things.add(`the ${nouns[0]!.typed}`);
        unnamedThings.add(`the ${nouns[0]!.typed}`);
      }
    }
    readings.push({ ...reading, question: part });
  }
  // At least one question answered: a message of questions each refused stays refused whole.
  if (!readings.some((reading) => reading.answered)) return null;
  const parts: Array<{ question: string; finding: Finding; before: number }> = [];
  const citations: Citation[] = [];
  readings.forEach((reading, i) => {
    // A sentence is cited by the one excerpt that holds it.
    const { finding } = reading;
    const own = finding.kind === 'said' || finding.kind === 'mentioned' ? reading.citations.slice(0, 1) : reading.citations;
    // A passage an earlier question's answer cites already keeps its number: "wher was the week held n what approach did xi promise".
    const again = own.length === 1 ? citations.find((citation) => citation.passage === own[0]!.passage && citation.articleIndex === own[0]!.articleIndex && citation.part === own[0]!.part) : undefined;
    if (again) {
      parts.push({ question: asked[i]!, finding, before: again.n - 1 });
      return;
    }
    parts.push({ question: asked[i]!, finding, before: citations.length });
    citations.push(...own.map((citation) => ({ ...citation, n: citations.length + citation.n })));
  });
  const readAs = readings.flatMap((reading) => reading.readAs ?? []);
  const reading: Reading = { question, answered: true, finding: { kind: 'parts', parts }, citations, ...(readAs.length > 0 ? { readAs } : {}) };
  return { reading, trace: whole.trace };
}

/** A term grounded by a word or phrase of the article near it in meaning is no longer missing, nor its copy taken for an unknown speaker ("what does the antivirus firm say"). */
function groundBySimilar(analysis: QuestionAnalysis, term: QuestionTerm, similarTo: string): void {
  term.grounding = 'similar';
  term.similarTo = similarTo;
  analysis.missing = analysis.missing.filter((missing) => missing.meaning !== term.meaning);
}

async function readOnce(question: string, context: ReaderContext): Promise<{ reading: Reading; trace: ReadTrace }> {
  let mark = performance.now();
  const lap = (): number => {
    const now = performance.now();
    const elapsed = now - mark;
    mark = now;
    return elapsed;
  };
  // "What year does china want to be a leading cyberpower, 2030?": the guess after the question is not asked about; the answer says what the article does.
  const asked = withoutMarkup(question);
  // "Who spoke for the us router maker": a company the article quotes, described by what members know of it, is read by its name.
  const named = await withOrganisationsNamed(withoutGuess(asked), context);
  const analysis = analyseQuestion(named ? named.text : withoutGuess(asked), context.understanding);
  analysis.original = question;
  analysis.people = [...context.retriever.peopleIn(analysis.normalised)];
  const timings: AskTimings = { understandMs: lap(), embedMs: 0, searchMs: 0, composeMs: 0 };
  const trace: ReadTrace = { analysis, hits: [], similarity: -1, timings };
  const done = (reading: Reading): { reading: Reading; trace: ReadTrace } => {
    timings.composeMs = lap();
    const latest = analysis.latest ? [{ described: analysis.latest.described, name: analysis.latest.written, why: 'the latest the article numbers; it also speaks of one going on, which it does not date' }] : [];
    const readAs = [...(named?.named ?? []), ...(analysis.thisYear ? [{ described: 'this year', name: analysis.thisYear, why: 'the latest year the article reports' }] : []), ...latest];
    return { reading: readAs.length > 0 ? { ...reading, readAs } : reading, trace };
  };
  // "cao desheng" on its own asks about the author; "wu heping" about the photo credit.
  const creditedTo = creditedPart(analysis, context.index.manifest.articles);
  if (analysis.shape === 'meta' || creditedTo) {
    const meta = metaAnswer(creditedTo ? { ...analysis, meta: creditedTo } : analysis, context.index.manifest.articles, context.index.passages);
    if (meta) return done(meta);
  }
  // "thanks bot you're awesome", "who are you", "what can you do": nothing about the article is asked.
  if (CHAT.test(analysis.normalised.replace(/[^\p{L} ]/gu, '').replace(/\s+/g, ' ').trim())) return done(refused(analysis, { why: 'chat' }, []));
  // "¿quién escribió el artículo?", "世界互联网大会在哪里举行": the bot reads English only, and says so rather than list foreign words as missing.
  if ((analysis.missing.length > 0 || analysis.terms.length === 0) && (await foreign(asked, context.understanding.wordnet))) return done(refused(analysis, { why: 'language' }, []));
  // "ok but when", "who said that", "where was it": nothing says what about; the member is asked for the whole question, not told the article lacks it.
  if (analysis.shape === 'fact' && analysis.terms.length === 0 && analysis.years.length === 0) {
    return done(refused(analysis, { why: 'incomplete' }, []));
  }
  const bounds = context.thresholds ?? COVERAGE;
  // A common word of the question is tied to the article's common words nearest to it in meaning ("statute" → "law").
  // A phrase ("political will") is not a word: the model ties it to "future", here and among the article's phrases.
  const softTerms = analysis.terms.filter(
    (term) => (term.kind === 'word' || term.kind === 'name') && !term.named && !term.answerClass && term.pos !== 'other' && term.meaning.length >= 3 && !term.meaning.includes(' '),
  );
  const nearExpansions: string[] = [];
  // Nouns nothing in WordNet ties to the article are looked for among the article's own phrases, by meaning. Whether a word
  // near in meaning grounds one is known only after the model has run; the phrases of all such nouns are embedded in the same
  // call as the question and its unknown words, and used only for those a near word leaves ungrounded. One call, so the
  // model's short texts (words, phrases) run in one batch: a run fewer for one question in eight.
  // Not a place held only by a part of it ("belgium" by Brussels, "europe" by ChinaEU): a phrase near in meaning is no part of it.
  const unsure = (term: QuestionTerm): boolean => term.pos === 'noun' && term.kind === 'word' && !term.partOf && (term.grounding === null || term.grounding === 'broader') && !term.meaning.includes(' ');
  const mayBeUnsure = analysis.terms.filter(unsure);
  const phrasesAsked = mayBeUnsure.map((term) => phraseAround(analysis.normalised, term.meaning));
  const wordTable = softTerms.length > 0 ? await articleWords(context) : null;
  const words = wordTable ? cachedWords(softTerms.map((term) => term.meaning), wordTable, context) : { found: new Map<string, Float32Array>(), unknown: [] };
  // A comparison's two sides are embedded in the same call, and stand for the whole question: their mean is its query. The model
  // runs on texts of one length at a time, so the question with its two halves cost two runs, about twice one question's time,
  // and were the slowest 2% of questions; on every evaluation split the answers are the same.
  const sides = analysis.shape === 'comparison' && analysis.compared ? analysis.compared : [];
  const vectors = await context.embed([...(sides.length === 2 ? [] : [analysis.normalised]), ...phrasesAsked, ...sides, ...words.unknown]);
  if (wordTable) keepWords(wordTable, context, words.found, words.unknown, vectors.splice(vectors.length - words.unknown.length));
  const query = sides.length === 2 ? meanDirection(vectors.at(-2)!, vectors.at(-1)!) : vectors.shift()!;
  const sideVectors = vectors.splice(phrasesAsked.length);
  const phraseVectors = vectors;
  if (wordTable) {
    softTerms.forEach((term) => {
      const own = stem(term.meaning);
      const near = nearWords(wordTable, words.found.get(term.meaning)!, bounds.wordAbove)
        .filter(({ word }) => stem(word) !== own && !term.neighbours.includes(word))
        .slice(0, MAX_NEAR_WORDS);
      if (near.length === 0) return;
      term.neighbours = [...term.neighbours, ...near.map(({ word }) => word)];
      for (const { word } of near) nearExpansions.push(word);
      if (term.grounding !== null) return;
      // A name WordNet knows is the one it names, however near a common word: "britain" is no "country" the article has.
      if (context.understanding.wordnet.isName(term.meaning)) return;
      // A word no dictionary has but close in meaning to common ones ("antivirus") is a word, not a name.
      term.kind = 'word';
      groundBySimilar(analysis, term, near[0]!.word);
    });
  }
  if (mayBeUnsure.some(unsure)) {
    const table = await articlePhrases(context);
    mayBeUnsure.forEach((term, i) => {
      // Not one a word near in meaning has grounded meanwhile.
      if (!unsure(term)) return;
      const best = nearestPhrase(table, phraseVectors[i]!);
      if (!best || best.similarity < bounds.phraseAbove) return;
      term.neighbours = [...term.neighbours, best.phrase];
      analysis.expansions.push(best.phrase);
      groundBySimilar(analysis, term, best.phrase);
    });
  }
  timings.embedMs = lap();
  const ranked = context.retriever.rank(analysis.normalised, query, undefined, analysis.expansions, nearExpansions);
  // "Who else spoke of a shared future besides xi": the statements of the one set aside are no answer to who.
  const setAside = analysis.excluded && (analysis.answerType === 'person' || analysis.answerType === 'organisation') ? context.retriever.peopleIn(analysis.excluded) : new Set<string>();
  const hits = ranked.filter((hit) => !hit.passage.speaker || !setAside.has(hit.passage.speaker));
  trace.hits = hits;
  trace.similarity = Math.max(-1, ...hits.map((hit) => hit.dense));
  timings.searchMs = lap();
  // "how can i protect myself from hackers", "should i trust kaspersky": a news article reports; it advises no one. A question
  // near what it reports is suggested instead.
  if (asksAdvice(analysis)) return done(refused(analysis, { why: 'advice' }, context.index.manifest.articles));
  if (asksNegative(analysis.normalised)) return done(refused(analysis, { why: 'negative' }, context.index.manifest.articles));
  const places = placesAnswer(analysis, context);
  if (places) return done(places);
  if (hits.length === 0) return done(refusal(analysis, { refuse: true, missing: [], elsewhere: [] }, context));
  if (analysis.shape === 'mention') return done(mentionAnswer(analysis, hits, context));
  if (analysis.shape === 'quoted') {
    const quoted = quotedAnswer(analysis, context);
    if (quoted) return done(quoted);
  }
  const namedPeople = analysis.people.length;
  // "What nationality is luigi gambardella", "is yu wenwen a man or woman", "what did xi wear at the keynote": a detail of someone the
  // article names that it never gives (no word for it stands anywhere in the article) is refused, not answered with their words.
  if (personalDetailUnsaid(analysis, context)) return done(refusal(analysis, { refuse: true, missing: [], elsewhere: [] }, context));
  // "What did the russian government say about the conference": a government the article quotes no one for, however its country is
  // named (Kaspersky's man on China and Russia).
  const government = GOVERNMENT_SAID.exec(askedPart(analysis.normalised));
  const { wordnet } = context.understanding;
  if (government && (wordnet.isNationality(government[1]!) || wordnet.isCountry(government[1]!))) {
    const countries = wordnet.isCountry(government[1]!) ? [government[1]!] : wordnet.countriesOf(government[1]!);
    if (!countries.some((country) => isPervasive(country, context))) return done(refusal(analysis, { refuse: true, missing: [], elsewhere: [] }, context));
  }
  // "What did the head of state say": words that name one the article quotes by a title or role are no missing speaker.
  // Only those words: "the deputy head of state" is still someone the article does not name.
  const naming = new Set([...context.retriever.namedIn(analysis.normalised).values()].flat());
  const namesQuoted = (term: QuestionTerm): boolean =>
    term.kind === 'name' && term.grounding !== null && wordsOf(term.meaning).every((word) => analysis.speakerWords.includes(word) && (naming.has(stem(word)) || STOP_WORDS.has(word)));
  analysis.missing = analysis.missing.filter((term) => !namesQuoted(term));
  // Nor is "state" of "the head of state" a state (a kind of place) the passage must name: the words name him.
  for (const term of analysis.terms) if (term.instanceOf && naming.has(stem(term.meaning))) delete term.instanceOf;
  if (analysis.missing.length === 0) {
    const counted = countedAnswer(analysis, context);
    if (counted) return done(counted);
  }
  if (analysis.asksIdentity && analysis.shape === 'fact' && analysis.missing.length === 0) {
    const identity = identityAnswer(analysis, context);
    if (identity) return done(identity);
  }
  const choice = choose(hits, analysis, context)!;
  // How far the passage chosen stands ahead of the next one by meaning and words, when it is the first ranked: not by the
  // bonus for a year or a person the question names, which a passage can have alone ("the strategy in december 2016").
  const lead = choice.hit.passage.id === hits[0]!.passage.id && hits[1] ? fusedScore(hits[0]!) - Math.max(...hits.slice(1).map((hit) => fusedScore(hit))) : 0;
  const decision = ground(analysis, choice, trace.similarity, namedPeople, context, lead);
  if (decision.refuse) return done(refusal(analysis, decision, context));
  if (analysis.shape === 'comparison') {
    const compared = comparisonAnswer(analysis, context, sideVectors);
    if (compared) return done(compared);
    // Not one side's sentence, which reads as the one that came first: "which came first the belt and road initiative or the wic".
    return done(refused(analysis, { why: 'unordered' }, context.index.manifest.articles));
  }
  // "Name the 3 roles china wants to play": one sentence names them all ("to act as a promoter, guardian and contributor").
  const rolesInOne = ROLES_ASKED.test(analysis.normalised) && ROLE_GIVEN.test(sentenceText(choice.hit.passage, choice.sentence));
  if (analysis.shape === 'list' && !rolesInOne) return done(listAnswer(analysis, hits, context));
  // "Why does depoux say we can expect some regulation": a sentence that draws a conclusion ("Therefore, we can expect…") gives the
  // reason in the one before it, which answers why.
  const concluded = analysis.answerType === 'reason' && choice.sentence > 0 && CONCLUDES.test(sentenceText(choice.hit.passage, choice.sentence));
  const chosen = withSentence(choice.hit, concluded ? choice.sentence - 1 : choice.sentence);
  const cited = [chosen, ...supporting(hits, chosen)];
  // An amount or a length of time the sentence gives is the answer, however the question words what it is of ("how much will the park
  // produce by 2020": "the industrial output is expected to reach 100 billion yuan"): on dev, 32 answers so marked were right, and no
  // more wrong answers are given as sure. Not other kinds, where a related word more often stands for something else.
  const figured = analysis.answerType === 'amount' || analysis.answerType === 'duration';
  // A deadline is a date something is to happen by: "took effect in June 2017" is none.
  if (DEADLINE_ASKED.test(askedPart(analysis.normalised)) && analysis.shape === 'fact' && !BY_DATE.test(sentenceText(chosen.passage, chosen.sentence))) {
    return done(refusal(analysis, { refuse: true, missing: [], elsewhere: [], lacking: 'date' }, context));
  }
  const closest = decision.onlyAhead === true || (!figured && onlyClosest(analysis, chosen, trace.similarity, context));
  // "Which capital was the cybersecurity week held in": the only passage naming the capital (Beijing) is not on the week; the nearest
  // it comes is no answer to which capital.
  const placedElsewhere = (): boolean =>
    analysis.terms.some((term) => term !== analysis.focus && term.pos === 'noun' && !term.answerClass && !isPervasive(term.meaning, context) && !supports(passageStems(chosen.passage), term));
  if (closest && analysis.answerType === 'place' && analysis.shape === 'fact' && analysis.focus?.instanceOf && placedElsewhere()) {
    return done(refusal(analysis, { refuse: true, missing: [], elsewhere: [], lacking: 'place' }, context));
  }
  const said = saidBy(chosen);
  // A date asked, which only the quotation's occasion gives: who and when answer it, and the words are in the excerpt, not in the
  // reply before the member finds the date ("when did the wic start").
  // Only a question that opens by asking when: "when inviting other nations…, what did the leader liken…" asks for the words.
  const asksWhen = /^(?:when (?:did|does|do|was|were|is|are|will|has|have)|(?:on |in )?(?:what|which) (?:date|day|year|month))\b/.test(askedPart(analysis.normalised));
  if (asksWhen && said.occasion && carriesType(said.occasion, 'date') && !carriesType(said.text, 'date')) said.occasionAnswers = true;
  // "Where is chinaeu based": the line the article prints above a statement ("Luigi Gambardella, president of ChinaEU, an
  // international association in Brussels…") gives the place, where the statement's sentence gives none. That line is the answer,
  // and its excerpt holds it above the statement.
  // Only where the question names the organisation the line names ("chinaeu"), not the speaker's title ("where is the president").
  const { role } = said;
  const roleNames = namesInRole(role);
  const asksOfRole = analysis.terms.some((term) => roleNames.has(term.meaning));
  if (role && asksOfRole && analysis.answerType === 'place' && namesSpecificPlace(role, context) && !namesSpecificPlace(said.text, context)) {
    const [first, ...rest] = cite(cited, context);
    const citations = first ? [headedBy(first, speakerLine(said.speaker, role)), ...rest] : [];
    return done({ question: analysis.original, answered: true, finding: { kind: 'said', said: speakerLineSaid(said.speaker, role), closest }, citations });
  }
  return done({ question: analysis.original, answered: true, finding: { kind: 'said', said, closest, ...(decision.contradicted ? { verdict: 'no' as const } : {}) }, citations: cite(cited, context) });
}
