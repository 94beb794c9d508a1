import type { KnowledgeIndex } from './index-store.js';
import { createLexicalIndex, type LexicalIndex, terms } from './lexical.js';
import { escapeRegExp, STOP_WORDS, stem, wordsOf } from './lexicon.js';
import { answerableSentences, continuedFrom, type Passage, passageEmbeddingText } from './passages.js';

/** A passage retrieved for a question, with the sentence in it that answers best. */
export interface Hit {
  passage: Passage;
  /** Index of the answering sentence inside the passage. */
  sentence: number;
  /** Cosine similarity of the question to the passage or its best sentence, whichever is higher. */
  dense: number;
  /** BM25 of the passage against that of an ideal passage for the question (0 to 1). */
  lexical: number;
  /** What hits are ranked by: the weighted sum, plus the person and year bonuses. */
  score: number;
  /** The fused score of each answerable sentence of the passage (dense and BM25, as for the passage). */
  sentenceScores: number[];
}

export interface RankOptions {
  /** Weight of dense similarity against normalised BM25 in the weighted sum (and inside passages). */
  denseWeight: number;
  /** Added to a passage by a person the question names… */
  personBoost: number;
  /** …and to one that mentions a year the question names. */
  yearBoost: number;
  /** …and to one that says a thing the question names as another's ("the internet's development"), per such thing. */
  phraseBoost: number;
}

/**
 * The shipped settings: 0.7 × cosine + 0.3 × normalised BM25. Dense-only, BM25-only and
 * reciprocal rank fusion lose to it on hit@1 (`npm run eval -- --strategies`, src/eval/strategies.ts).
 */
export const SHIPPED: RankOptions = { denseWeight: 0.7, personBoost: 0.15, yearBoost: 0.15, phraseBoost: 0.15 };

const CANDIDATES = 20;
/** Weight of WordNet neighbours against the question's own words in BM25. */
export const EXPANSION_WEIGHT = 0.5;
/** Weight of the article's words nearest in meaning to the question's (by the model, not WordNet): below WordNet's, as they are less sure (0.15 to 0.5 tried on dev; 0.15 kept hit@1). */
export const NEAR_WEIGHT = 0.15;

/**
 * What the question names as one thing's: "the internet's development", "the internet
 * development" as members write it, or "the development of the internet", as pairs of stems
 * (owner, thing). A passage that says it in either of the forms English has for it ("the
 * development of the internet", "the internet's development") names the same thing
 * (`saysOwned`); one that has the two words side by side may not.
 */
export function ownedPhrasesOf(question: string): Array<[owner: string, thing: string]> {
  const pairs: Array<[owner: string, thing: string]> = [];
  for (const match of question.matchAll(/([\p{L}]+)(?:['’]s?)? (?=([\p{L}]+))/gu)) pairs.push([match[1]!, match[2]!]);
  for (const match of question.matchAll(/([\p{L}]+) of (?:the |a |an |its |their )?([\p{L}]+)/gu)) pairs.push([match[2]!, match[1]!]);
  return pairs.filter((pair) => !pair.some((word) => STOP_WORDS.has(word) || word.length < 3)).map(([owner, thing]) => [stem(owner), stem(thing)]);
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their']);

const wordsAndStems = new Map<string, { words: string[]; stems: string[] }>();

/** Whether a text says a thing as its owner's: "the internet's development", or "the development of (the) internet". */
export function saysOwned(text: string, [owner, thing]: [string, string]): boolean {
  // Each passage's words are stemmed once, not for every question.
  let known = wordsAndStems.get(text);
  if (!known) {
    const all = wordsOf(text);
    known = { words: all, stems: all.map((word) => stem(word.replace(/['’]s?$/u, ''))) };
    if (wordsAndStems.size > 10_000) wordsAndStems.clear();
    wordsAndStems.set(text, known);
  }
  const { words, stems } = known;
  return stems.some((s, i) => {
    if (s === owner && /['’]s?$/u.test(words[i]!) && stems[i + 1] === thing) return true;
    if (s !== thing || words[i + 1] !== 'of') return false;
    return stems[i + 2] === owner || (DETERMINERS.has(words[i + 2] ?? '') && stems[i + 3] === owner);
  });
}

export function dot(a: Float32Array | number[], b: Float32Array | number[]): number {
  // Four sums at once: the loop runs the word and phrase tables for each word of a question, and four independent sums
  // take it in under half the time of one (0.20 ms against 0.46 ms for 481 words of 384 dimensions, measured).
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  const n = a.length;
  let i = 0;
  for (; i + 3 < n; i += 4) {
    s0 += a[i]! * b[i]!;
    s1 += a[i + 1]! * b[i + 1]!;
    s2 += a[i + 2]! * b[i + 2]!;
    s3 += a[i + 3]! * b[i + 3]!;
  }
  for (; i < n; i += 1) s0 += a[i]! * b[i]!;
  return s0 + s1 + s2 + s3;
}

/** Name words of each person the article quotes, and rare words of their role ("Kaspersky"). */
function personKeys(passages: Passage[], isWord: (word: string) => boolean, weak: Map<string, Set<string>>): Map<string, Set<string>> {
  const text = passages.map((passage) => passage.text).join('\n');
  const frequency = new Map<string, number>();
  for (const passage of passages) for (const term of new Set(terms(passage.text))) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const keys = new Map<string, Set<string>>();
  for (const passage of passages) {
    if (!passage.speaker || keys.has(passage.speaker)) continue;
    // A first name that is also a word ("Guy") names them only with another key, unless the article uses it alone ("Xi said").
    const [first, ...rest] = passage.speaker.split(' ');
    const weakFirst = rest.length > 0 && isWord(first!.toLowerCase()) && !new RegExp(`\\b${escapeRegExp(first!)}\\b(?! ${escapeRegExp(rest[0]!)})`, 'u').test(text);
    const nameTerms = weakFirst ? rest.flatMap(terms) : terms(passage.speaker);
    if (weakFirst) weak.set(passage.speaker, new Set(terms(first!)));
    const roleTerms = (passage.role?.match(/\b\p{Lu}[\p{L}]+/gu) ?? []).flatMap(terms).filter((term) => (frequency.get(term) ?? 0) <= 3);
    keys.set(passage.speaker, new Set([...nameTerms, ...roleTerms]));
  }
  // A title the article sets before one person's name only ("President Xi Jinping") names them too: "the president", "china's president".
  const titled = new Map<string, Set<string>>();
  for (const person of keys.keys()) {
    for (const match of text.matchAll(new RegExp(`\\b(\\p{Lu}[\\p{Ll}-]+) ${escapeRegExp(person)}\\b`, 'gu'))) {
      const title = match[1]!.toLowerCase();
      if (!titled.has(title)) titled.set(title, new Set());
      titled.get(title)!.add(person);
    }
  }
  for (const [title, people] of titled) {
    const only = [...people][0];
    if (people.size === 1 && only && terms(title).length === 1) keys.get(only)!.add(terms(title)[0]!);
  }
  // News calls the one head of state or government it names "the leader" and "the head of state": only when it names one, and quotes him.
  const leaders = leadersNamed(text, [...keys.keys()]);
  const only = [...leaders][0];
  if (leaders.size === 1 && only && keys.has(only)) for (const key of LEADER_KEYS) keys.get(only)!.add(key);
  return keys;
}

/**
 * Everyone the text titles as a head of state or government, quoted or not ("President Xi
 * Jinping", "Russian President Vladimir Putin", "US President Joe Biden"), as the quoted person's
 * full name when it is one of them ("President Xi" is Xi Jinping). Not a vice or former one, nor a
 * company's ("Vice President Mike Pence", "Microsoft President Brad Smith").
 */
export function leadersNamed(text: string, quoted: string[]): Set<string> {
  const leaders = new Set<string>();
  for (const match of text.matchAll(LEADER_TITLED)) {
    const before = match[1];
    if (before && (NOT_LEADING.test(before) || (/^\p{Lu}/u.test(before) && !SENTENCE_OPENER.test(before) && !/^\p{Lu}{2,4}$/u.test(before) && !DEMONYM.test(before)))) continue;
    const name = match[2]!.replace(/['’]s$/u, '');
    const words = name.split(' ');
    leaders.add(quoted.find((person) => words.every((word) => person.split(' ').includes(word))) ?? name);
  }
  return leaders;
}

/** A title of a head of state or government before a name, with the word before it. */
const LEADER_TITLED = /(?:([\p{L}.]+)[ -])?\b(?:President|Premier|Chancellor|King|Queen|Emperor) (\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){0,2})/gu;
/** Before the title, what makes it someone else's: "Vice President", "former President". */
const NOT_LEADING = /^(?:vice|deputy|former|acting|assistant|executive|then)$/iu;
/** A capitalised word before a title that only opens the sentence ("The President…", "When President…"). */
const SENTENCE_OPENER = /^(?:The|A|An|As|By|When|While|And|But|In|On|At|For|With|From|To|Of|After|Before)$/u;
/** A people's adjective ("Chinese", "Russian", "British", "French", "Israeli"): a country's president, not a company's. */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ese|ian|an|ish|ch|i|ic)$/u;
/** What news calls the one such person of an article; each is matched in a question only as `AS_LEADER` says. */
const LEADER_KEYS = ['leader', 'head of state'];
/**
 * "The leader", "china's leader", "the chinese leader", "the head of state"; not "the market
 * leader", "a team leader", "world leaders", nor "the former (deputy, vice…) head of state".
 */
const AS_LEADER = new Map<string, RegExp>([
  ['leader', /(?:^|\b(?:the|a|its|his|her|their|our|this|that)|['’]s|\b\p{L}+(?:ese|ian|an))\s+(?:top\s+)?leader\b|^leader\b/u],
  ['head of state', /(?<!\b(?:former|ex|deputy|vice|acting|assistant|then)[ -])\bhead of state\b/u],
]);

/** A hit's score by meaning and words alone, before the bonuses for a person, a year or a phrase the question names. */
export function fusedScore(hit: Pick<Hit, 'dense' | 'lexical'>, options: RankOptions = SHIPPED): number {
  return options.denseWeight * hit.dense + (1 - options.denseWeight) * hit.lexical;
}

/** Ranks the article's passages for a question by meaning (dense) and words (BM25) together. */
export class Retriever {
  readonly lexical: LexicalIndex;
  private readonly people: Map<string, Set<string>>;
  /** First names that are also words ("guy"): they name their person only together with another key. */
  private readonly weakKeys = new Map<string, Set<string>>();

  /** `isWord`: whether a lower-case word is a common English word (WordNet's, in the shipped bot). */
  constructor(
    private readonly index: KnowledgeIndex,
    isWord: (word: string) => boolean = () => false,
  ) {
    this.lexical = createLexicalIndex(index.passages, passageEmbeddingText);
    this.people = personKeys(index.passages, isWord, this.weakKeys);
    // "He also stressed…" is of the year of the paragraph it goes on from.
    this.dated = index.passages.map((passage) => `${passage.text} ${continuedFrom(index.passages, passage)?.text ?? ''}`);
  }

  /** Each passage's text with that of the paragraph it goes on from, where the years it is of are read. */
  private readonly dated: string[];

  /** People the question names, by any of their keys. */
  peopleIn(question: string): Set<string> {
    return new Set(this.namedIn(question).keys());
  }

  /** People the question names, each with the question's terms (stems) that name them: "head", "state" for "the head of state". */
  namedIn(question: string): Map<string, string[]> {
    // Asked several times for one question (retrieval, grounding, how sure): worked out once.
    const known = this.named.get(question);
    if (known) return known;
    if (this.named.size >= 64) this.named.clear();
    const found = this.findNamed(question);
    this.named.set(question, found);
    return found;
  }

  private readonly named = new Map<string, Map<string, string[]>>();

  private findNamed(question: string): Map<string, string[]> {
    const questionTerms = new Set(terms(question));
    const phrase = ` ${terms(question).join(' ')} `;
    const lower = question.toLowerCase();
    const says = (key: string): boolean => {
      const leader = AS_LEADER.get(key);
      if (leader) return leader.test(lower);
      return key.includes(' ') ? phrase.includes(` ${terms(key).join(' ')} `) : questionTerms.has(key);
    };
    const named = new Map<string, string[]>();
    for (const [person, keys] of this.people) {
      const weak = this.weakKeys.get(person) ?? new Set<string>();
      const said = [...keys, ...weak].filter(says);
      // "The kaspersky guy" is not Guy Diedrich; "guy diedrich" is.
      if (said.some((key) => !weak.has(key))) named.set(person, said.flatMap((key) => terms(key)));
    }
    return named;
  }

  /**
   * `expansions` are words close in meaning to the question's (WordNet neighbours the article
   * uses); they count in the lexical score at `EXPANSION_WEIGHT` of the question's own words.
   */
  rank(question: string, query: Float32Array, options: RankOptions = SHIPPED, expansions: string[] = [], near: string[] = []): Hit[] {
    const { index } = this;
    if (index.vectors.size === 0) return [];

    const candidates = new Set<number>(index.vectors.nearest(query, CANDIDATES));
    // Words beside the question's own count at a weight below theirs, capped as the question's are. Scored once, added to the
    // question's scores and, for a statement whose speaker it names, to those of the question less the speaker's words.
    const beside = ([[expansions, EXPANSION_WEIGHT], [near, NEAR_WEIGHT]] as const)
      .filter(([words]) => words.length > 0)
      .map(([words, weight]) => ({ weight, passages: this.lexical.passageScores(words.join(' ')), sentences: this.lexical.sentenceScores(words.join(' ')) }));
    const withBeside = <K>(scores: Map<K, number>, scoresOf: (extra: (typeof beside)[number]) => Map<K, number>): Map<K, number> => {
      for (const extra of beside) for (const [id, score] of scoresOf(extra)) scores.set(id, Math.min(1, (scores.get(id) ?? 0) + extra.weight * score));
      return scores;
    };
    const passageLexical = withBeside(this.lexical.passageScores(question), (extra) => extra.passages);
    const sentenceLexical = withBeside(this.lexical.sentenceScores(question), (extra) => extra.sentences);
    // Every sentence of a statement is its speaker's: the name of whose statement it is, asked ("what does kaspersky want to
    // introduce"), picks none of them ("Kaspersky believes…"). Its sentences are scored by the question less those words.
    const people = this.peopleIn(question);
    const lessSpeaker = new Map<string, Map<string, number>>();
    const sentenceLexicalOf = (passage: Passage): Map<string, number> => {
      if (!passage.speaker || !people.has(passage.speaker)) return sentenceLexical;
      const key = `${passage.speaker}|${passage.role ?? ''}`;
      if (!lessSpeaker.has(key)) {
        const speaking = new Set(terms(`${passage.speaker} ${passage.role ?? ''}`));
        const words = question.split(' ');
        const asked = words.filter((word) => !terms(word).some((t) => speaking.has(t)));
        lessSpeaker.set(key, asked.length === words.length ? sentenceLexical : withBeside(this.lexical.sentenceScores(asked.join(' ')), (extra) => extra.sentences));
      }
      return lessSpeaker.get(key)!;
    };
    [...passageLexical]
      .sort((a, b) => b[1] - a[1])
      .slice(0, CANDIDATES)
      .forEach(([id]) => candidates.add(id));

    const hits: Hit[] = [...candidates].map((id) => {
      const passage = index.passages[id]!;
      const passageDense = dot(query, index.passageVectors[id]!);
      let sentence = 0;
      let sentenceScore = -Infinity;
      let bestSentenceDense = -1;
      const answerable = answerableSentences(passage);
      const sentenceScores: number[] = [];
      const ownLexical = sentenceLexicalOf(passage);
      (index.sentenceVectors[id] ?? []).forEach((vector, s) => {
        const dense = dot(query, vector);
        // A quotation's attribution helps find it ("in 2016") but is never the answer: the words are.
        bestSentenceDense = Math.max(bestSentenceDense, dense);
        if (s >= answerable) return;
        const combined = fusedScore({ dense, lexical: ownLexical.get(`${id}:${s}`) ?? 0 }, options);
        sentenceScores.push(combined);
        if (combined > sentenceScore) {
          sentenceScore = combined;
          sentence = s;
        }
      });
      const dense = Math.max(passageDense, bestSentenceDense);
      const lexical = passageLexical.get(id) ?? 0;
      return { passage, sentence, dense, lexical, score: fusedScore({ dense, lexical }, options), sentenceScores };
    });

    // People and years the question names: a passage by that person, or of that year, comes first.
    const years = question.match(/\b(?:19|20)\d{2}\b/g) ?? [];
    // A thing the question names as another's, said so in the passage in either form ("the development of the internet").
    const owned = ownedPhrasesOf(question);
    for (const hit of hits) {
      if (hit.passage.speaker && people.has(hit.passage.speaker)) hit.score += options.personBoost;
      if (years.some((year) => this.dated[hit.passage.id]!.includes(year))) hit.score += options.yearBoost;
      if (owned.length > 0) hit.score += owned.filter((pair) => saysOwned(hit.passage.text, pair)).length * options.phraseBoost;
    }
    return hits.sort((a, b) => b.score - a.score || a.passage.id - b.passage.id);
  }
}
