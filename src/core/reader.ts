import { nlp } from './nlp.js';
import { type ArticleFact, type Citation, citationFor, DEFAULT_POLICY, type Reading, type Refusal, saidBy } from './answer.js';
import { type ArticleInfo, articleLabel } from './article.js';
import { COVERAGE, type CoverageThresholds } from './coverage.js';
import type { KnowledgeIndex } from './index-store.js';
import type { LoadedLibrary } from './library.js';
import { answerableSentences, isGroupSpeaker, type Passage, sentenceText } from './passages.js';
import type { Hit, Retriever } from './retrieve.js';
import { stem, wordsOf } from './lexicon.js';
import { type AnswerType, type MetaTopic, analyseQuestion, type QuestionAnalysis, type QuestionTerm, type Understanding } from './understand.js';

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

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const SENTENCE_TYPES: Record<Exclude<AnswerType, 'reason' | 'definition' | 'yesno' | 'other'>, RegExp> = {
  duration: /\b(?:weeklong|yearlong|monthlong|daylong|annual|\d+[- ](?:day|week|month|year|hour)s?|(?:one|two|three|four|five|six|seven|ten) (?:days|weeks|months|years))\b/iu,
  amount: /\b\d[\d,.]*(?![\d\p{L}])(?:\s*(?:million|billion|trillion|thousand|percent|%|yuan|dollars?))?|\$\d|\b(?:ten|hundreds?|thousands?|millions?|billions?|dozens?|doubled|tripled|quadrupled|halved|twice|thrice|half)\b/iu,
  date: new RegExp(`\\b(?:19|20)\\d{2}\\b|\\b${MONTH}\\b|\\b(?:last|next) (?:month|year|week)\\b`, 'u'),
  place: /\b(?:in|at|near|from) (?:the )?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}\p{Ll}+|\b\p{Lu}\p{Ll}+(?:-based| province| city)\b/u,
  person: /\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+(?:,| said| says| \()|\b(?:President|Premier|Minister) \p{Lu}/u,
  /** A role's organisation: "officer of Cisco", "vice-president of public affairs at Kaspersky". */
  organisation: /\b(?:officer|director|president|head|chairman|chief|founder|member|researcher|spokesperson|affairs) (?:of|at|for) (?:the )?\p{Lu}[\p{L}]+/u,
};

const placeCache = new Map<string, boolean>();
/** Whether compromise finds a place in the text ("Beijing is building…", "started in Tianjin"). */
function namesPlace(text: string): boolean {
  let found = placeCache.get(text);
  if (found === undefined) {
    found = (nlp(text).places().out('array') as string[]).length > 0;
    if (placeCache.size > 10_000) placeCache.clear();
    placeCache.set(text, found);
  }
  return found;
}

/**
 * Whether a "who" or "which organisation" answer names someone the question does not already
 * name: "who runs the China Internet Network Information Center" is not answered by a sentence
 * whose only organisation is that centre. A person the passage attributes its words to counts
 * when the sentence names them ("…, Xi, who is also director of …").
 */
function namesSomeoneElse(text: string, analysis: QuestionAnalysis, passage: Passage): boolean {
  const asked = new Set(analysis.terms.flatMap((term) => wordsOf(term.meaning)));
  const fresh = (span: string): boolean => (span.match(/\p{Lu}[\p{L}-]*/gu) ?? []).some((word) => !asked.has(word.toLowerCase()));
  const patterns = [new RegExp(SENTENCE_TYPES.person.source, 'gu'), new RegExp(ORGANISATION_NAME.source, 'gu')];
  if (analysis.answerType === 'organisation') patterns.push(new RegExp(SENTENCE_TYPES.organisation.source, 'gu'));
  if (patterns.some((pattern) => [...text.matchAll(pattern)].some((match) => fresh(match[0])))) return true;
  const speaker = passage.speaker && !isGroupSpeaker(passage.speaker) ? passage.speaker : null;
  return speaker !== null && speaker.split(' ').some((name) => new RegExp(`\\b${name}\\b`, 'u').test(text) && !asked.has(name.toLowerCase()));
}

/** A named organisation: capitalised words ending in what organisations are called. */
const ORGANISATION_NAME = /\b(?:\p{Lu}[\p{L}]+ ){1,6}(?:Center|Centre|Bureau|Commission|Daily|Association|Administration|Ministry|Office|Council|Group|Company|Corporation|Institute|University|Inc|Ltd)\b/u;

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

const FULL_DATE = new RegExp(`\\b${MONTH} \\d{1,2}, (?:19|20)\\d{2}\\b`, 'u');

/** A bonus, on the fused scale, for a sentence that carries the answer type asked for. */
export const TYPE_BONUS = 0.15;

/** The bonus a text earns for the type asked for: half for a place compromise finds but no "in <Place>" states. */
function typeBonus(text: string, type: AnswerType, carries = carriesType(text, type)): number {
  if (!carries) return 0;
  return type === 'place' && !SENTENCE_TYPES.place.test(text) ? TYPE_BONUS / 2 : TYPE_BONUS;
}
/** For each of the question's nouns a sentence holds, on the fused scale. */
const SENTENCE_TERM_BONUS = 0.05;
const TOPIC_TERM_BONUS = 0.1;
/** A word used this often (per passage) is what the article is about throughout ("China"), so it picks no passage. */
const PERVASIVE_SHARE = 0.25;
/** For each of the question's nouns a passage holds, when choosing among close passages. */
const PASSAGE_TERM_BONUS = 0.1;

/** Words that name the kind of answer, not what it is about ("take place", "what date"). */
const TYPE_WORDS = new Set(['place', 'location', 'date', 'time', 'year', 'day', 'month', 'number', 'amount', 'figure', 'total', 'name', 'person']);

/** The question's grounded nouns and values that are not everywhere in the article: what picks one passage over another. */
function specificTerms(analysis: QuestionAnalysis, context: ReaderContext): QuestionTerm[] {
  const { frequency } = context.understanding.lexicon;
  const passages = context.index.passages.length;
  return analysis.terms.filter(
    (term) =>
      (term.pos === 'noun' || term.pos === 'other') &&
      term.grounding !== null &&
      !TYPE_WORDS.has(term.meaning) &&
      (frequency.get(stem(term.meaning)) ?? 0) < passages * PERVASIVE_SHARE,
  );
}

/** Hits within this margin of the best may give up their place to one whose sentence carries the answer type. */
const TYPE_MARGIN = 0.1;
const LIST_MARGIN = 0.12;
const LIST_MAX = 5;

interface Choice {
  hit: Hit;
  sentence: number;
  score: number;
}

/** A sentence with what is shown beside it, written as the article attributes words: "Xi Jinping, in a keynote speech at … on December 16, 2015: …". */
function answeringText(passage: Passage, sentence: number): string {
  const said = saidBy({ passage, sentence, dense: 0, lexical: 0, score: 0, sentenceScores: [] });
  if (!said.quoted) return said.text;
  return `${said.speaker ?? ''}${said.occasion ? `, in a ${said.occasion}` : ''}${said.role ? ` (${said.role})` : ''}: ${said.text}`;
}

/** The best sentence of a hit for the analysis: its fused score, plus a bonus when it carries the answer type. */
function bestSentence(hit: Hit, analysis: QuestionAnalysis): Choice {
  let best: Choice = { hit, sentence: hit.sentence, score: -Infinity };
  // What the question is about, apart from who said it: "china and russia" in "what does kaspersky say about china and russia".
  const literal = analysis.terms.filter((term) => term.grounding !== null && (term.pos === 'noun' || term.named) && !analysis.speakerWords.includes(term.meaning));
  // The answer sentence carries the kind of answer asked for whenever a sentence of the passage does.
  const texts = hit.sentenceScores.map((_, s) => answeringText(hit.passage, s));
  const carrying = texts.map((text) => carriesType(text, analysis.answerType));
  const anyCarries = carrying.some(Boolean);
  hit.sentenceScores.forEach((score, s) => {
    if (anyCarries && !carrying[s]) return;
    const text = texts[s]!;
    const typed = typeBonus(text, analysis.answerType, carrying[s]);
    const sentenceStems = new Set(wordsOf(sentenceText(hit.passage, s)).map(stem));
    // The sentence that holds more of the question's own nouns answers it ("…China and Russia have good relations").
    // Once the question names who spoke, the words it asks about pick the sentence of their statement.
    const bonus = analysis.speakerWords.length > 0 ? TOPIC_TERM_BONUS : SENTENCE_TERM_BONUS;
    const held = literal.filter((term) => supportsLiterally(sentenceStems, term)).length * bonus;
    const years = analysis.years.length > 0 && analysis.years.some((year) => text.includes(year)) ? TYPE_BONUS / 2 : 0;
    // "What day…" wants the day: a full date beats a month.
    const day = analysis.wantsDay && FULL_DATE.test(text) ? TYPE_BONUS / 2 : 0;
    if (score + typed + years + held + day > best.score) best = { hit, sentence: s, score: score + typed + years + held + day };
  });
  if (best.score === -Infinity) best = { hit, sentence: hit.sentence, score: hit.score };
  return best;
}

/** Among the leading hits, the passage and sentence that answer best, preferring one that carries the answer type. */
function choose(hits: Hit[], analysis: QuestionAnalysis, context: ReaderContext): Choice | null {
  const top = hits[0];
  if (!top) return null;
  const contenders = hits.filter((hit) => hit.score >= top.score - TYPE_MARGIN).slice(0, 4);
  const specific = specificTerms(analysis, context);
  let best: Choice | null = null;
  for (const hit of contenders) {
    const choice = bestSentence(hit, analysis);
    // Rank by the passage score, moved by how well its best sentence fits.
    const text = answeringText(hit.passage, choice.sentence);
    const typed = typeBonus(text, analysis.answerType);
    // A number in a passage about something else is no answer: the passage must also hold what is asked about.
    const stems = passageStems(hit.passage);
    const held = specific.filter((term) => supports(stems, term)).length * PASSAGE_TERM_BONUS;
    const total = hit.score + typed + held;
    if (!best || total > best.score) best = { ...choice, score: total };
  }
  return best;
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

function metaAnswer(analysis: QuestionAnalysis, articles: ArticleInfo[]): Reading | null {
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
      case 'date':
        // The page gives no date of its own (only the dates of what it reports): say so, never guess.
        return refused(analysis, { why: 'no own date' }, []);
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

/** People the article quotes, with their roles, each cited where they first speak. */
function quotedAnswer(analysis: QuestionAnalysis, context: ReaderContext): Reading | null {
  // The same people /quote knows, in the year asked about when there is one.
  const years = analysis.years.map(Number);
  const first = new Map<string, { role: string | null; passage: Passage }>();
  for (const quote of context.index.quotations) {
    if (!quote.speaker || first.has(quote.speaker) || (years.length > 0 && (quote.year === null || !years.includes(quote.year)))) continue;
    const passage = context.index.passages.find((p) => p.article === quote.article && p.n === quote.passage);
    if (passage) first.set(quote.speaker, { role: quote.role, passage });
  }
  if (first.size === 0) return null;
  const hits = [...first.values()].map(({ passage }) => ({ passage, sentence: 0, dense: 1, lexical: 0, score: 1, sentenceScores: [] }));
  const speakers = [...first.entries()].map(([name, { role }]) => ({ name, role }));
  return { question: analysis.original, answered: true, finding: { kind: 'speakers', years, speakers }, citations: cite(hits, context) };
}

function listAnswer(analysis: QuestionAnalysis, hits: Hit[], context: ReaderContext): Reading {
  const top = hits[0]!;
  const chosen: Hit[] = [];
  // "What did China do in 2016": every passage of that year answers, however it ranks.
  const dated = analysis.years.length > 0;
  for (const hit of dated ? hits : hits.slice(0, 10)) {
    if (chosen.length >= LIST_MAX) break;
    if (dated) {
      if (!analysis.years.some((year) => hit.passage.text.includes(year))) continue;
    } else if (hit.score < top.score - LIST_MARGIN || hit.dense < COVERAGE.refuseBelow) break;
    chosen.push(withSentence(hit, bestSentence(hit, analysis).sentence));
  }
  if (chosen.length === 0) chosen.push(withSentence(top, bestSentence(top, analysis).sentence));
  const finding = chosen.length === 1 ? { kind: 'said' as const, said: saidBy(chosen[0]!) } : { kind: 'list' as const, items: chosen.map(saidBy) };
  return { question: analysis.original, answered: true, finding, citations: cite(chosen, context) };
}

const DATE_PATTERN = new RegExp(`(?:(${MONTH}) (\\d{1,2}), )?(?:(?:the )?(end|beginning|start|middle) of |(${MONTH}) )?((?:19|20)\\d{2})`, 'u');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The first date in a text, as a sortable number and as written. */
export function firstDate(text: string): { at: number; written: string } | null {
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[5]);
  const monthName = match[1] ?? match[4];
  const part = match[3];
  const month = monthName ? MONTHS.indexOf(monthName) + 1 : part === 'end' ? 12 : part === 'middle' ? 6 : part ? 1 : 6.5;
  const day = match[2] ? Number(match[2]) : 15;
  return { at: year * 10_000 + month * 100 + day, written: match[0].replace(/^the /, '') };
}

async function comparisonAnswer(analysis: QuestionAnalysis, context: ReaderContext): Promise<Reading | null> {
  const parts = analysis.compared;
  if (!parts) return null;
  const vectors = await context.embed(parts);
  const sides: Array<{ hit: Hit; date: { at: number; written: string } }> = [];
  for (const [i, part] of parts.entries()) {
    const hits = context.retriever.rank(part, vectors[i]!);
    const dated = hits.slice(0, 5).flatMap((hit) => {
      const choice = bestSentence(hit, { ...analysis, answerType: 'date', years: [] });
      const text = sentenceText(hit.passage, choice.sentence);
      const date = firstDate(hit.passage.kind === 'quotation' ? (hit.passage.attribution ?? text) : text) ?? firstDate(hit.passage.text);
      return date ? [{ hit: withSentence(hit, choice.sentence), date, score: hit.score }] : [];
    });
    const best = dated[0];
    if (!best || best.hit.dense < COVERAGE.refuseBelow) return null;
    sides.push(best);
  }
  const [a, b] = sides as [(typeof sides)[0], (typeof sides)[0]];
  if (a.hit.passage.id === b.hit.passage.id && a.date.at === b.date.at) return null;
  const [first, second] = a.date.at <= b.date.at ? [a, b] : [b, a];
  const { nameForms } = context.understanding.lexicon;
  // The article's names get their capitals back: "the cyber security law" → "the Cyber Security Law".
  const forms = [...nameForms].sort((x, y) => y[0].length - x[0].length);
  const asNamed = (part: string): string => forms.reduce((text, [lower, written]) => text.replace(new RegExp(`\\b${lower}\\b`, 'u'), written), part);
  const firstName = asNamed(first === a ? parts[0] : parts[1]);
  const secondName = asNamed(first === a ? parts[1] : parts[0]);
  const finding = {
    kind: 'compared' as const,
    first: { name: firstName, date: first.date.written, said: saidBy(first.hit) },
    second: { name: secondName, date: second.date.written, said: saidBy(second.hit) },
    sameDate: first.date.at === second.date.at,
  };
  return { question: analysis.original, answered: true, finding, citations: cite([first.hit, second.hit], context) };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Is the great firewall mentioned?": yes, with where, when every word of it is in one passage; otherwise no. */
function mentionAnswer(analysis: QuestionAnalysis, hits: Hit[], context: ReaderContext): Reading {
  const asked = analysis.terms.filter((term) => term.pos === 'noun' || term.kind !== 'word' || term.named);
  const literal = (passage: Passage, term: QuestionTerm): boolean => supportsLiterally(passageStems(passage), term);
  const holding = asked.length === 0 ? [] : context.index.passages.filter((passage) => asked.every((term) => literal(passage, term)));
  if (holding.length === 0) {
    const absent = asked.filter((term) => !context.index.passages.some((passage) => literal(passage, term)));
    return refusal(analysis, { refuse: true, missing: absent.length > 0 ? absent : asked, elsewhere: [] }, context);
  }
  const ranked = hits.filter((hit) => holding.includes(hit.passage));
  const shown = (ranked.length > 0 ? ranked : holding.map((passage) => ({ passage, sentence: 0, dense: 0, lexical: 0, score: 0, sentenceScores: [] }))).slice(0, DEFAULT_POLICY.maxCitations);
  const where = shown.map((hit) => withSentence(hit, bestSentence(hit, analysis).sentence));
  return { question: analysis.original, answered: true, finding: { kind: 'mentioned', said: saidBy(where[0]!) }, citations: cite(where, context) };
}

// ---------------------------------------------------------------------------------------------
// Refusals

const LACKING = new Set(['amount', 'duration', 'date', 'place', 'person', 'organisation'] as const);
type Lacking = typeof LACKING extends Set<infer T> ? T : never;
const isLacking = (type: AnswerType): type is Lacking => LACKING.has(type as Lacking);

/**
 * A term as the member typed it: with their capitals when they used any ("FBI", "OpenAI"); a
 * name typed in lower case gets a capital ("brazil" → "Brazil"); anything else as typed.
 */
function nameOf(term: QuestionTerm, question: string): string {
  const words = term.typed.split(' ');
  const typed = words
    .map((word) => {
      const match = new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').exec(question);
      const asTyped = match?.[0] ?? word;
      if (/\p{Lu}/u.test(asTyped) || !(term.kind === 'name' || term.named) || !/^[a-z]/.test(asTyped)) return asTyped;
      return capitalise(asTyped);
    })
    .join(' ');
  return typed.length > MAX_NAMED_CHARS ? `${typed.slice(0, MAX_NAMED_CHARS - 1)}…` : typed;
}

const MAX_NAMED_CHARS = 40;

/** A question the article can answer, close to what was asked: built from the passage nearest to it. */
export function suggestionFrom(hit: Hit | undefined): string | null {
  if (!hit) return null;
  const { passage } = hit;
  const sentence = sentenceText(passage, Math.min(hit.sentence, answerableSentences(passage) - 1));
  const phrases = (nlp(sentence).nouns().out('array') as string[])
    .map((phrase) => phrase.replace(/^(?:the|a|an|its|their|his|her|our)\s+/i, '').replace(/[,.;:]+$/, '').trim())
    .filter((phrase) => phrase.split(/\s+/).length >= 2 && phrase.split(/\s+/).length <= 6 && /\p{L}/u.test(phrase) && !/^(?:it|this|that|we|they)\b/i.test(phrase));
  // "Over 10 companies" reads "over 10 companies" in a question; "World Internet Conference" keeps its capitals.
  const phrase = phrases[0];
  const [firstWord = '', secondWord = ''] = phrase?.split(/\s+/) ?? [];
  const keepsCapital = /\p{Lu}/u.test(secondWord) || nlp(firstWord).has('#ProperNoun');
  const topic = phrase && /^\p{Lu}\p{Ll}/u.test(firstWord) && !keepsCapital ? firstWord.toLowerCase() + phrase.slice(firstWord.length) : phrase;
  if (passage.speaker && !isGroupSpeaker(passage.speaker)) {
    return topic ? `What did ${passage.speaker} say about ${topic}?` : `What did ${passage.speaker} say?`;
  }
  return topic ? `What does the article say about ${topic}?` : null;
}

function refusal(analysis: QuestionAnalysis, grounded: Grounded, context: ReaderContext): Reading {
  const { missing, elsewhere, lacking } = grounded;
  const named = (term: QuestionTerm): string => nameOf(term, analysis.original);
  const why: Refusal =
    missing.length > 0
      ? { why: 'missing', terms: missing.map(named) }
      : lacking && isLacking(lacking)
        ? { why: 'lacking', answerType: lacking }
        : elsewhere.length > 0
          ? { why: 'elsewhere', terms: elsewhere.map(named) }
          : { why: 'not covered' };
  return refused(analysis, why, context.index.manifest.articles);
}

function refused(analysis: QuestionAnalysis, refusal: Refusal, articles: ArticleInfo[]): Reading {
  const about = articles.length === 1 ? (articles[0]?.title ? [articles[0].title] : []) : articles.map(articleLabel);
  return { question: analysis.original, answered: false, finding: { kind: 'refused', refusal, about, suggestion: null }, citations: [] };
}

// ---------------------------------------------------------------------------------------------

const stemsOf = new WeakMap<Passage, Set<string>>();

/** The stems of a passage with its section, speaker and role, worked out once per passage. */
function passageStems(passage: Passage, before?: Passage): Set<string> {
  let own = stemsOf.get(passage);
  if (!own) {
    const text = `${passage.text} ${passage.section ?? ''} ${passage.speaker ?? ''} ${passage.role ?? ''}`;
    // "vice-president" holds "vice" and "president" too.
    own = new Set(wordsOf(text).flatMap((word) => [word, ...word.split(/[-'’]/u)]).map(stem));
    stemsOf.set(passage, own);
  }
  return before ? new Set([...own, ...passageStems(before)]) : own;
}

/** Whether a passage says the term: its words, or a WordNet neighbour of it. */
function supports(stems: Set<string>, term: QuestionTerm): boolean {
  const has = (text: string): boolean => wordsOf(text).every((word) => stems.has(stem(word)));
  return has(term.meaning) || term.neighbours.some(has);
}

function normaliseSpace(text: string): string {
  return wordsOf(text).join(' ');
}

function supportsLiterally(stems: Set<string>, term: QuestionTerm): boolean {
  return wordsOf(term.meaning).every((word) => stems.has(stem(word)));
}

export interface Grounded {
  refuse: boolean;
  /** Terms to name in the refusal: what the article does not mention. */
  missing: QuestionTerm[];
  /** Names the article has, but not where the answer would be. */
  elsewhere: QuestionTerm[];
  /** The kind of answer asked for that no passage near the question gives ("how many…" with no number). */
  lacking?: AnswerType | null;
}

/**
 * The grounding decision. A name, year or ordinal the article never mentions stops an answer
 * outright. Then the chosen passage must carry the question: a place, person or company the
 * article names must be in it (unless the article is about it throughout), a "why" question's
 * verb must be in it, and a noun it does not hold is let through only when the passage is close
 * in meaning. Similarity bounds (`COVERAGE`) were calibrated on the dev split.
 */
export function ground(analysis: QuestionAnalysis, choice: Choice, similarity: number, namedPeople: number, context: ReaderContext): Grounded {
  const bounds = context.thresholds ?? COVERAGE;
  const none: QuestionTerm[] = [];
  const answer = (): Grounded => ({ refuse: false, missing: none, elsewhere: none });
  const refuse = (missing: QuestionTerm[] = none, elsewhere: QuestionTerm[] = none, lacking: AnswerType | null = null): Grounded => ({ refuse: true, missing, elsewhere, lacking });
  const hard = analysis.missing.filter((term) => term.kind !== 'word');
  if (hard.length > 0) return refuse(hard);
  const chosen = choice.hit;
  const stems = passageStems(chosen.passage);
  const { lexicon } = context.understanding;
  const passages = context.index.passages.length;
  const pervasive = (term: QuestionTerm): boolean => (lexicon.frequency.get(stem(term.meaning)) ?? 0) >= passages * PERVASIVE_SHARE;
  // A paragraph goes on about what the one before it named ("Construction on the park…" after "Beijing is building a park").
  const previous = context.index.passages[chosen.passage.id - 1];
  const inContext = previous && previous.article === chosen.passage.article && previous.section === chosen.passage.section ? passageStems(chosen.passage, previous) : stems;
  const elsewhere = analysis.terms.filter((term) => term.named && term.grounding !== null && !pervasive(term) && !supports(inContext, term));
  // A place is never a detail: "Russia's cyber security law" is not answered by China's, however close the wording.
  // A comparison names two things that stand in two passages: each side is checked on its own.
  if (analysis.shape !== 'comparison' && elsewhere.length > 0 && (similarity < bounds.answerAbove || elsewhere.some((term) => term.place))) return refuse(none, elsewhere);
  // "why … bad relations" where the passage says "good relations": the article says the opposite.
  // Only for questions that presuppose ("why…", "is it…"), and not for pairs one of which holds the other ("national", "international").
  const presupposes = analysis.answerType === 'reason' || analysis.answerType === 'yesno';
  const opposite = (term: QuestionTerm, antonym: string): boolean => !antonym.includes(term.meaning) && !term.meaning.includes(antonym) && stems.has(stem(antonym));
  const contradicted = presupposes ? analysis.terms.filter((term) => term.antonyms.some((antonym) => opposite(term, antonym)) && !supportsLiterally(stems, term)) : [];
  if (contradicted.length > 0) return refuse();
  // "The theme of the 2019 World Internet Conference": the year is in the article, but not with what is asked.
  const years = analysis.terms.filter((term) => term.kind === 'year' && !supports(stems, term));
  if (years.length > 0) return refuse(none, years);
  // "How many base stations…": an answer without a number is no answer.
  const answering = answeringText(chosen.passage, choice.sentence);
  const who = analysis.answerType === 'person' || analysis.answerType === 'organisation';
  const carries = who ? namesSomeoneElse(answering, analysis, chosen.passage) : carriesType(answering, analysis.answerType);
  if (analysis.shape !== 'comparison' && analysis.answerType in SENTENCE_TYPES && !carries) {
    return refuse(none, none, analysis.answerType);
  }
  // "Who founded Kaspersky": a quotation's speaker answers "who" only if the passage says what was asked about them.
  const byAttribution = analysis.answerType === 'person' && !carriesType(sentenceText(chosen.passage, choice.sentence), 'person');
  if (analysis.answerType === 'reason' || byAttribution) {
    const verbs = analysis.terms.filter((term) => term.pos === 'verb' && !supports(stems, term));
    if (verbs.length > 0) return refuse();
  }
  // "Who is the CEO of Cisco": a speaker's name answers "who" only if the passage names what they are asked to be.
  if (byAttribution && analysis.terms.some((term) => term.pos === 'noun' && !supports(stems, term))) return refuse();
  const nouns = analysis.terms.filter((term) => term.pos === 'noun' || term.kind !== 'word');
  const literal = (term: QuestionTerm): boolean => supportsLiterally(stems, term);
  const unsupported = nouns.filter((term) => !supports(stems, term));
  // "which province is wuzhen in", or just "wuzhen": every name and noun asked about stands in the passage.
  if (nouns.length >= 1 && nouns.every(literal) && (nouns.length >= 2 || nouns.some((term) => term.named))) return answer();
  if (similarity < bounds.refuseBelow && namedPeople === 0) return refuse(analysis.missing);
  if (namedPeople > 0 && analysis.missing.length === 0) return answer();
  if (similarity >= bounds.answerAbove) return answer();
  if (unsupported.length > 0 && similarity < bounds.softMissingAbove) return refuse(analysis.missing);
  // "What awards…", "what is the great firewall": the thing asked about is a word nothing in the article relates to.
  // A broader word grounds it only where the passage holds that word ("wrongdoing" → "crime" in the passage on crimes).
  const { focus } = analysis;
  // A phrase near in meaning grounds it only where the passage has that phrase itself.
  const groundedHere =
    focus?.grounding === 'similar' ? normaliseSpace(chosen.passage.text).includes(focus.similarTo ?? '\u0000') : focus?.grounding === 'broader' ? supports(stems, focus) : true;
  if (analysis.shape !== 'comparison' && focus && (focus.grounding === null || !groundedHere)) return refuse([focus]);
  // A noun nothing in the article relates to ("awards", "firewall", "theme") needs a passage clearly about the question.
  const unrelated = analysis.missing.filter((term) => term.kind === 'word');
  if (unrelated.length > 0 && similarity < bounds.unrelatedAbove) return refuse(unrelated);
  // Most of what the question is about is not in the passage: it answers another question.
  const specific = nouns.filter((term) => !pervasive(term));
  if (specific.length >= 2 && unsupported.filter((term) => !pervasive(term)).length / specific.length > bounds.maxUnsupportedShare) return refuse();
  return answer();
}

/** The word and the one before it when that one says something ("online population", "tariff fights"). */
function phraseAround(normalised: string, word: string): string {
  const words = normalised.split(' ');
  const at = words.indexOf(word);
  const before = at > 0 ? words[at - 1]! : '';
  return before && !/^(?:the|a|an|of|in|on|at|to|for|is|are|was|what|which|how|does|did|do|and|or)$/.test(before) ? `${before} ${word}` : word;
}

interface PhraseTable {
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
function articlePhrases(context: ReaderContext): Promise<PhraseTable> {
  let table = phraseTables.get(context.index);
  if (!table) {
    const phrases = new Set<string>();
    for (const passage of context.index.passages) {
      for (const phrase of nlp(passage.text).nouns().out('array') as string[]) {
        const clean = phrase.toLowerCase().replace(/^(?:the|a|an|its|their|his|her|our|this|that|these|those)\s+/, '').replace(/[,.;:“”"()]/g, '').trim();
        if (clean && clean.split(' ').length <= 5) phrases.add(clean);
      }
    }
    const list = [...phrases];
    table = context.embed(list).then((vectors) => ({ phrases: list, vectors }));
    phraseTables.set(context.index, table);
  }
  return table;
}

function nearestPhrase(table: PhraseTable, vector: Float32Array): { phrase: string; similarity: number } | null {
  let best: { phrase: string; similarity: number } | null = null;
  table.vectors.forEach((candidate, i) => {
    let similarity = 0;
    for (let d = 0; d < candidate.length; d += 1) similarity += candidate[d]! * vector[d]!;
    if (!best || similarity > best.similarity) best = { phrase: table.phrases[i]!, similarity };
  });
  return best;
}

/**
 * Answers a question from the index: understand, retrieve, ground, then read. A refusal suggests
 * a question built from the passage nearest to what was asked, and only one the bot can answer.
 */
/** The longest question read: Discord's option allows this much, and every front end is held to it. */
export const MAX_QUESTION_CHARS = 500;

/** Answers a question from a loaded library: what the article says, with the excerpts it rests on, or why it cannot. */
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

export async function read(question: string, context: ReaderContext): Promise<{ reading: Reading; trace: ReadTrace }> {
  const result = await readOnce(question, context);
  const { reading, trace } = result;
  if (reading.finding.kind !== 'refused') return result;
  const nearest = trace.hits[0];
  if (!nearest || nearest.dense < (context.thresholds ?? COVERAGE).refuseBelow - 0.1) return result;
  // One suggestion per passage and sentence, checked once: later refusals near it cost nothing.
  const cache = suggestions(context.index);
  const key = `${nearest.passage.id}:${nearest.sentence}`;
  if (!cache.has(key)) {
    const suggestion = suggestionFrom(nearest);
    cache.set(key, suggestion && answersItself(suggestion, nearest.passage, context) ? suggestion : null);
  }
  const suggestion = cache.get(key);
  if (suggestion) reading.finding.suggestion = suggestion;
  return result;
}

/** A suggestion built from a passage is answerable when the passage itself holds everything it names. */
function answersItself(suggestion: string, passage: Passage, context: ReaderContext): boolean {
  const analysis = analyseQuestion(suggestion, context.understanding);
  if (analysis.missing.length > 0 || analysis.shape === 'meta') return false;
  const stems = passageStems(passage);
  return analysis.terms.filter((term) => term.pos === 'noun' || term.named).every((term) => supports(stems, term));
}

/**
 * Warms what answering computes once per sentence (the places compromise finds, the question a
 * refusal near it suggests) and WordNet's table of lemmas, so the first questions after a load
 * are as fast as later ones. Runs in small slices, off the answering path.
 */
export function warmReader(index: KnowledgeIndex, understanding: Understanding, embed: ReaderContext['embed']): Promise<void> {
  const cache = suggestions(index);
  const work: Array<() => void> = [
    () => understanding.wordnet.loadLemmas(),
    () => void articlePhrases({ index, embed } as ReaderContext).catch(() => phraseTables.delete(index)),
  ];
  for (const passage of index.passages) {
    passage.sentences.forEach((_, s) => {
      work.push(() => {
        namesPlace(answeringText(passage, s));
        const key = `${passage.id}:${s}`;
        if (cache.has(key) || s >= answerableSentences(passage)) return;
        const suggestion = suggestionFrom({ passage, sentence: s, dense: 0, lexical: 0, score: 0, sentenceScores: [] });
        const context = { index, understanding } as ReaderContext;
        cache.set(key, suggestion && answersItself(suggestion, passage, context) ? suggestion : null);
      });
    });
  }
  // The phrase table is embedded by the model: the warm-up is done when that is too.
  const phrases = (): Promise<unknown> => articlePhrases({ index, embed } as ReaderContext).catch(() => phraseTables.delete(index));
  return new Promise((resolve) => {
    const step = (from: number): void => {
      for (const task of work.slice(from, from + 4)) task();
      if (from + 4 < work.length) setImmediate(() => step(from + 4));
      else void phrases().then(() => resolve());
    };
    // A second after the load, so the first questions do not share the thread with it; a process
    // that has answered and is done (the command line) does not wait for it.
    setTimeout(() => step(0), WARM_AFTER_MS).unref();
  });
}

const WARM_AFTER_MS = 1000;

const suggestionCache = new WeakMap<KnowledgeIndex, Map<string, string | null>>();
function suggestions(index: KnowledgeIndex): Map<string, string | null> {
  let cache = suggestionCache.get(index);
  if (!cache) {
    cache = new Map();
    suggestionCache.set(index, cache);
  }
  return cache;
}

async function readOnce(question: string, context: ReaderContext): Promise<{ reading: Reading; trace: ReadTrace }> {
  let mark = performance.now();
  const lap = (): number => {
    const now = performance.now();
    const elapsed = now - mark;
    mark = now;
    return elapsed;
  };
  const analysis = analyseQuestion(question, context.understanding);
  const timings: AskTimings = { understandMs: lap(), embedMs: 0, searchMs: 0, composeMs: 0 };
  const trace: ReadTrace = { analysis, hits: [], similarity: -1, timings };
  const done = (reading: Reading): { reading: Reading; trace: ReadTrace } => {
    timings.composeMs = lap();
    return { reading, trace };
  };
  // "cao desheng" on its own asks about the author; "wu heping" about the photo credit.
  const creditedTo = creditedPart(analysis, context.index.manifest.articles);
  if (analysis.shape === 'meta' || creditedTo) {
    const meta = metaAnswer(creditedTo ? { ...analysis, meta: creditedTo } : analysis, context.index.manifest.articles);
    if (meta) return done(meta);
  }
  // Words nothing in WordNet ties to the article are looked for among the article's own phrases, by meaning.
  const unsure = analysis.terms.filter((term) => term.pos === 'noun' && term.kind === 'word' && (term.grounding === null || term.grounding === 'broader'));
  const phrasesAsked = unsure.map((term) => phraseAround(analysis.normalised, term.meaning));
  const [query, ...phraseVectors] = await context.embed([analysis.normalised, ...phrasesAsked]);
  if (unsure.length > 0) {
    const table = await articlePhrases(context);
    unsure.forEach((term, i) => {
      const best = nearestPhrase(table, phraseVectors[i]!);
      if (!best || best.similarity < (context.thresholds ?? COVERAGE).phraseAbove) return;
      term.grounding = 'similar';
      term.similarTo = best.phrase;
      term.neighbours = [...term.neighbours, best.phrase];
      analysis.expansions.push(best.phrase);
      const at = analysis.missing.indexOf(term);
      if (at >= 0) analysis.missing.splice(at, 1);
    });
  }
  timings.embedMs = lap();
  const hits = context.retriever.rank(analysis.normalised, query!, undefined, analysis.expansions);
  trace.hits = hits;
  trace.similarity = Math.max(-1, ...hits.map((hit) => hit.dense));
  timings.searchMs = lap();
  if (hits.length === 0) return done(refusal(analysis, { refuse: true, missing: [], elsewhere: [] }, context));
  if (analysis.shape === 'mention') return done(mentionAnswer(analysis, hits, context));
  if (analysis.shape === 'quoted') {
    const quoted = quotedAnswer(analysis, context);
    if (quoted) return done(quoted);
  }
  const named = context.retriever.peopleIn(analysis.normalised).size;
  const choice = choose(hits, analysis, context)!;
  const decision = ground(analysis, choice, trace.similarity, named, context);
  if (decision.refuse) return done(refusal(analysis, decision, context));
  if (analysis.shape === 'comparison') {
    const compared = await comparisonAnswer(analysis, context);
    if (compared) return done(compared);
  }
  if (analysis.shape === 'list') return done(listAnswer(analysis, hits, context));
  const chosen = withSentence(choice.hit, choice.sentence);
  const cited = [chosen, ...supporting(hits, chosen)];
  return done({ question: analysis.original, answered: true, finding: { kind: 'said', said: saidBy(chosen) }, citations: cite(cited, context) });
}
