import nlp from 'compromise';
import { type Answer, type Citation, citationFor, DEFAULT_POLICY, NOT_COVERED, answerText } from './answer.js';
import type { ArticleInfo } from './article.js';
import { COVERAGE } from './coverage.js';
import type { KnowledgeIndex } from './index-store.js';
import { type Passage, sentenceText, answerableSentences } from './passages.js';
import type { Hit, Retriever } from './retrieve.js';
import { type AnswerType, analyseQuestion, type QuestionAnalysis, type QuestionTerm, type Understanding } from './understand.js';

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
  amount: /\b\d[\d,.]*(?!\d)(?:\s*(?:million|billion|trillion|thousand|percent|%|yuan|dollars?))?|\$\d|\b(?:ten|hundreds?|thousands?|millions?|billions?|dozens?)\b/iu,
  date: new RegExp(`\\b(?:19|20)\\d{2}\\b|\\b${MONTH}\\b|\\b(?:last|next) (?:month|year|week)\\b`, 'u'),
  place: /\b(?:in|at|near|from) (?:the )?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}\p{Ll}+|\b\p{Lu}\p{Ll}+(?:-based| province| city)\b/u,
  person: /\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+(?:,| said| says)|\b(?:President|Premier|Minister) \p{Lu}/u,
  organisation: /\b(?:\p{Lu}[\p{L}]+ ){1,6}(?:Center|Centre|Bureau|Commission|Daily|Association|Administration|Ministry|Office|Council|Group|Company|Inc)\b|\b(?:Cisco|Kaspersky|Roland Berger|ChinaEU)\b/u,
};

/** Whether a sentence carries an answer of the type asked for. */
export function carriesType(sentence: string, type: AnswerType): boolean {
  if (!(type in SENTENCE_TYPES)) return true;
  const pattern = SENTENCE_TYPES[type as keyof typeof SENTENCE_TYPES];
  if (type === 'amount') return pattern.test(sentence.replace(/\b(?:19|20)\d{2}\b/g, ''));
  return pattern.test(sentence);
}

/** A bonus, on the fused scale, for a sentence that carries the answer type asked for. */
export const TYPE_BONUS = 0.12;
/** Hits within this margin of the best may give up their place to one whose sentence carries the answer type. */
const TYPE_MARGIN = 0.1;
const LIST_MARGIN = 0.12;
const LIST_MAX = 5;

interface Choice {
  hit: Hit;
  sentence: number;
  score: number;
}

/** The best sentence of a hit for the analysis: its fused score, plus a bonus when it carries the answer type. */
function bestSentence(hit: Hit, analysis: QuestionAnalysis): Choice {
  let best: Choice = { hit, sentence: hit.sentence, score: -Infinity };
  hit.sentenceScores.forEach((score, s) => {
    const typed = carriesType(sentenceText(hit.passage, s), analysis.answerType) ? TYPE_BONUS : 0;
    const years = analysis.years.length > 0 && analysis.years.some((year) => sentenceText(hit.passage, s).includes(year)) ? TYPE_BONUS / 2 : 0;
    if (score + typed + years > best.score) best = { hit, sentence: s, score: score + typed + years };
  });
  if (best.score === -Infinity) best = { hit, sentence: hit.sentence, score: hit.score };
  return best;
}

/** Among the leading hits, the passage and sentence that answer best, preferring one that carries the answer type. */
function choose(hits: Hit[], analysis: QuestionAnalysis): Choice | null {
  const top = hits[0];
  if (!top) return null;
  const contenders = hits.filter((hit) => hit.score >= top.score - TYPE_MARGIN).slice(0, 4);
  let best: Choice | null = null;
  for (const hit of contenders) {
    const choice = bestSentence(hit, analysis);
    // Rank by the passage score, moved by how well its best sentence fits.
    const typed = carriesType(sentenceText(hit.passage, choice.sentence), analysis.answerType) ? TYPE_BONUS : 0;
    const total = hit.score + typed;
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

function metaAnswer(analysis: QuestionAnalysis, articles: ArticleInfo[]): Answer | null {
  const many = articles.length > 1;
  const label = (article: ArticleInfo): string => article.title ?? article.name;
  const prefix = (article: ArticleInfo): string => (many ? `“${label(article)}”: ` : '');
  const lines: string[] = [];
  const citations: Citation[] = [];
  for (const article of articles) {
    const where = many ? label(article) : null;
    const add = (text: string, part: string, excerpt: string): void => {
      lines.push(`${prefix(article)}${text}`);
      citations.push(metaCitation(citations.length + 1, part, excerpt, where));
    };
    switch (analysis.meta) {
      case 'author':
        if (article.byline) add(`The article is by ${article.byline}${article.newspaper ? ` of ${article.newspaper}` : ''}.`, 'byline', `By ${article.byline}`);
        break;
      case 'email':
        if (article.email) add(`The byline gives the author's e-mail as ${article.email}.`, 'byline', `${article.byline ? `By ${article.byline}\n` : ''}${article.email}`);
        break;
      case 'newspaper':
        if (article.newspaper) add(`The article is from ${article.newspaper}.`, 'credit', article.newspaper);
        break;
      case 'headline':
        if (article.title) add(`The headline is “${article.title}”.`, 'headline', article.title);
        break;
      case 'subtitle':
        if (article.deck) add(`The subtitle is “${article.deck}”.`, 'subtitle', article.deck);
        break;
      case 'photo':
        for (const credit of article.credits) {
          add(`The photo is credited to ${credit.name}${credit.organisation ? ` for ${credit.organisation}` : ''}.`, 'photo credit', `${credit.name}${credit.organisation ? ` / for ${credit.organisation}` : ''}`);
        }
        break;
      case 'topic':
        if (article.title) add(`The article is headlined “${article.title}”${article.deck ? `: ${article.deck}` : ''}.`, 'headline', article.deck ? `${article.title}\n${article.deck}` : article.title);
        break;
      default:
        break;
    }
  }
  if (lines.length === 0) return null;
  return { question: analysis.original, answered: true, answer: lines.join('\n'), citations };
}

// ---------------------------------------------------------------------------------------------
// Lists and comparisons

/** People the article quotes, with their roles, each cited where they first speak. */
function quotedAnswer(analysis: QuestionAnalysis, context: ReaderContext): Answer | null {
  const seen = new Map<string, Passage>();
  for (const passage of context.index.passages) {
    if (!passage.speaker || seen.has(passage.speaker) || /^(?:experts|officials|analysts|researchers|observers)$/.test(passage.speaker)) continue;
    if (passage.kind === 'paragraph' && !/\b(?:said|says)\b/.test(passage.text)) continue;
    seen.set(passage.speaker, passage);
  }
  if (seen.size === 0) return null;
  const hits = [...seen.values()].map((passage) => ({ passage, sentence: 0, dense: 1, lexical: 0, score: 1, sentenceScores: [] }));
  const lines = [...seen.entries()].map(([speaker, passage], i) => `• ${speaker}${passage.role ? `, ${passage.role}` : ''} [${i + 1}]`);
  return { question: analysis.original, answered: true, answer: `The article quotes:\n${lines.join('\n')}`, citations: cite(hits, context) };
}

function listAnswer(analysis: QuestionAnalysis, hits: Hit[], context: ReaderContext): Answer {
  const top = hits[0]!;
  const chosen: Hit[] = [];
  for (const hit of hits) {
    if (chosen.length >= LIST_MAX || hit.score < top.score - LIST_MARGIN || hit.dense < COVERAGE.refuseBelow) break;
    if (analysis.years.length > 0 && !analysis.years.some((year) => hit.passage.text.includes(year))) continue;
    chosen.push(withSentence(hit, bestSentence(hit, analysis).sentence));
  }
  if (chosen.length === 0) chosen.push(withSentence(top, bestSentence(top, analysis).sentence));
  if (chosen.length === 1) return { question: analysis.original, answered: true, answer: answerText(chosen[0]!), citations: cite(chosen, context) };
  const lines = chosen.map((hit, i) => `• ${answerText(hit)} [${i + 1}]`);
  return { question: analysis.original, answered: true, answer: lines.join('\n'), citations: cite(chosen, context) };
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

async function comparisonAnswer(analysis: QuestionAnalysis, context: ReaderContext): Promise<Answer | null> {
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
  const firstName = first === a ? parts[0] : parts[1];
  const secondName = first === a ? parts[1] : parts[0];
  const verdict =
    first.date.at === second.date.at
      ? `The article dates both to ${first.date.written}.`
      : `${capitalise(firstName)} came first (${first.date.written}), then ${secondName} (${second.date.written}).`;
  const lines = [verdict, `• ${answerText(first.hit)} [1]`, `• ${answerText(second.hit)} [2]`];
  return { question: analysis.original, answered: true, answer: lines.join('\n'), citations: cite([first.hit, second.hit], context) };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Refusals

/** "Brazil", "a seventh world internet conference", "2010": how a missing term is named back. */
function nameOf(term: QuestionTerm): string {
  if (term.kind === 'name') return term.typed.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return term.typed;
}

function listWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** A question the article can answer, close to what was asked: built from the passage nearest to it. */
export function suggestionFrom(hit: Hit | undefined): string | null {
  if (!hit) return null;
  const { passage } = hit;
  const sentence = sentenceText(passage, Math.min(hit.sentence, answerableSentences(passage) - 1));
  const phrases = (nlp(sentence).nouns().out('array') as string[])
    .map((phrase) => phrase.replace(/^(?:the|a|an|its|their|his|her|our)\s+/i, '').replace(/[,.;:]+$/, '').trim())
    .filter((phrase) => phrase.split(/\s+/).length >= 2 && phrase.split(/\s+/).length <= 6 && /\p{L}/u.test(phrase) && !/^(?:it|this|that|we|they)\b/i.test(phrase));
  const topic = phrases[0];
  if (passage.speaker && !/^(?:experts|officials|analysts|researchers|observers)$/.test(passage.speaker)) {
    return topic ? `What did ${passage.speaker} say about ${topic}?` : `What did ${passage.speaker} say?`;
  }
  return topic ? `What does the article say about ${topic}?` : null;
}

function refusal(analysis: QuestionAnalysis, hits: Hit[], missing: QuestionTerm[], context: ReaderContext): Answer {
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`The article does not mention ${listWords(missing.map(nameOf))}.`);
  else parts.push(NOT_COVERED);
  const about = context.index.manifest.articles;
  if (about.length === 1 && about[0]?.title) parts.push(`It is about “${about[0].title}”.`);
  else if (about.length > 1) parts.push(`It covers ${about.length} articles: ${about.map((a) => `“${a.title ?? a.name}”`).join(', ')}.`);
  const suggestion = suggestionFrom(hits[0] && hits[0].dense >= COVERAGE.refuseBelow - 0.1 ? hits[0] : undefined);
  if (suggestion) parts.push(`You could ask: “${suggestion}”`);
  return { question: analysis.original, answered: false, answer: parts.join(' '), citations: [] };
}

// ---------------------------------------------------------------------------------------------

/** The grounding decision: which of the question's terms the article does not mention, and whether that stops an answer. */
export function ungrounded(analysis: QuestionAnalysis, similarity: number, namedPeople: number): { refuse: boolean; missing: QuestionTerm[] } {
  const hard = analysis.missing.filter((term) => term.kind !== 'word');
  if (hard.length > 0) return { refuse: true, missing: hard };
  const soft = analysis.missing.filter((term) => term.kind === 'word');
  if (namedPeople > 0 && soft.length === 0) return { refuse: false, missing: [] };
  if (similarity >= COVERAGE.answerAbove) return { refuse: false, missing: [] };
  if (similarity < COVERAGE.refuseBelow) return { refuse: true, missing: soft };
  if (soft.length > 0 && similarity < COVERAGE.softMissingAbove) return { refuse: true, missing: soft };
  return { refuse: false, missing: [] };
}

/** Answers a question from the index: understand, retrieve, ground, then read. */
export async function read(question: string, context: ReaderContext): Promise<{ answer: Answer; trace: ReadTrace }> {
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
  const done = (answer: Answer): { answer: Answer; trace: ReadTrace } => {
    timings.composeMs = lap();
    return { answer, trace };
  };
  if (analysis.shape === 'meta') {
    const meta = metaAnswer(analysis, context.index.manifest.articles);
    if (meta) return done(meta);
  }
  const [query] = await context.embed([analysis.normalised]);
  timings.embedMs = lap();
  const hits = context.retriever.rank(analysis.normalised, query!, undefined, analysis.expansions);
  trace.hits = hits;
  trace.similarity = Math.max(-1, ...hits.map((hit) => hit.dense));
  timings.searchMs = lap();
  if (hits.length === 0) return done(refusal(analysis, hits, [], context));
  if (analysis.shape === 'quoted') {
    const quoted = quotedAnswer(analysis, context);
    if (quoted) return done(quoted);
  }
  const named = context.retriever.peopleIn(analysis.normalised).size;
  const decision = ungrounded(analysis, trace.similarity, named);
  if (decision.refuse) return done(refusal(analysis, hits, decision.missing, context));
  if (analysis.shape === 'comparison') {
    const compared = await comparisonAnswer(analysis, context);
    if (compared) return done(compared);
  }
  if (analysis.shape === 'list') return done(listAnswer(analysis, hits, context));
  const choice = choose(hits, analysis)!;
  const chosen = withSentence(choice.hit, choice.sentence);
  const cited = [chosen, ...supporting(hits, chosen)];
  return done({ question: analysis.original, answered: true, answer: answerText(chosen), citations: cite(cited, context) });
}
