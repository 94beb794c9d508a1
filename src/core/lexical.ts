import MiniSearch from 'minisearch';
import { eng } from 'stopword';
import { CHAT_OPENINGS, stem } from './lexicon.js';
import { type Passage, sentenceText } from './passages.js';

// Words of the question itself ("what did X say") that carry nothing about the topic.
const QUESTION_WORDS = ['say', 'said', 'says', 'tell', 'told', 'think', 'thinks', 'article', 'mention', 'mentioned'];
// What members put around a question ("lol where even is…", "pls", "ngl"): no word of the article, and not to count against every passage as one it lacks.
const FILLERS = [...CHAT_OPENINGS, 'even', 'really', 'exactly', 'literally', 'anyways', 'plz', 'idk', 'imo'];
const STOP = new Set([...eng, ...QUESTION_WORDS, ...FILLERS]);

/** Combining forms English writes solid ("cybersecurity", "telecommunications"): the word after one is searchable alone. */
const COMBINING = /^(cyber|tele|micro|nano|bio|eco|geo|info|techno|crypto|robo|hyper|mega|multi|inter)([\p{L}]{4,})$/u;

/**
 * What members write for a combining form as a word of its own: "online security" and "web
 * crime" for "cybersecurity" and "cybercrime". Forms whose sense is too loose to say in a word
 * (micro, multi, inter…) have none.
 */
const COMBINING_MEANS: Record<string, readonly string[]> = {
  cyber: ['online', 'internet', 'web', 'digital', 'computer', 'net', 'network'],
  tele: ['remote', 'distance'],
  bio: ['biological', 'life'],
  eco: ['ecological', 'environmental', 'green'],
  geo: ['earth', 'geographic', 'geographical'],
  info: ['information'],
  techno: ['technology', 'technological', 'tech'],
  crypto: ['encrypted', 'encryption'],
  robo: ['robot', 'robotic'],
};

/** Whether a word is a combining form on its own ("cyber" in "the cyber park"): a word of meaning, never a name. */
export function isCombiningForm(word: string): boolean {
  return (COMBINING_MEANS[word.toLowerCase()]?.length ?? 0) > 0;
}

/** A word written solid with a combining form, split: "cybersecurity" → cyber + security, and what the form means as a word. */
export function combiningParts(word: string): { form: string; head: string; means: readonly string[] } | null {
  const match = COMBINING.exec(word.toLowerCase());
  if (!match) return null;
  return { form: match[1]!, head: match[2]!, means: COMBINING_MEANS[match[1]!] ?? [] };
}

/**
 * Lower-cased, stemmed content words; numbers and alphanumerics such as "5g" are kept whole. A
 * word made of a combining form and a word ("cybersecurity") also gives that word ("security"),
 * so "security week" finds the China Cybersecurity Week.
 */
export function terms(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [])
    .map((word) => word.replace(/['’]s$/u, ''))
    .filter((word) => word.length > 1 && !STOP.has(word))
    .flatMap((word) => {
      const head = COMBINING.exec(word)?.[2];
      return head && !STOP.has(head) ? [stem(word), stem(head)] : [stem(word)];
    });
}

/** BM25 over the article's passages and sentences. */
export interface LexicalIndex {
  /**
   * BM25 of each passage sharing a term with the query, divided by the score of an ideal
   * passage that holds every query term once: about 0 to 1, the same scale for every question.
   * Words the article never uses count against every passage.
   */
  passageScores(query: string): Map<number, number>;
  /** The same for sentences, keyed `passageId:sentenceIndex`. */
  sentenceScores(query: string): Map<string, number>;
  /** Whether the article uses the term, or a word of the same stem start ("Russian" for "Russia"). */
  knows(term: string): boolean;
}

// MiniSearch's BM25+ defaults; the ideal score below uses the same ones.
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX = 6;

interface Collection<K> {
  search(queryTerms: string[]): Map<K, number>;
}

/**
 * One MiniSearch index (maintained full-text search; its scoring is BM25+) over texts that were
 * run through `terms` first, so queries and texts share stemming and stop words.
 */
function collection<K extends string | number>(docs: Array<{ id: K; terms: string[] }>): Collection<K> {
  const index = new MiniSearch<{ id: K; text: string }>({
    fields: ['text'],
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term || null,
    searchOptions: { combineWith: 'OR', prefix: false, fuzzy: false, bm25: BM25 },
  });
  const frequency = new Map<string, number>();
  for (const doc of docs) {
    index.add({ id: doc.id, text: doc.terms.join(' ') });
    for (const term of new Set(doc.terms)) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  }
  const idf = (term: string): number => {
    const n = frequency.get(term) ?? 0;
    return Math.log(1 + (docs.length - n + 0.5) / (n + 0.5));
  };
  return {
    search(queryTerms) {
      const unique = [...new Set(queryTerms)];
      const ideal = unique.reduce((sum, term) => sum + idf(term) * (1 + BM25.d), 0);
      if (unique.length === 0 || ideal === 0) return new Map();
      // MiniSearch multiplies a result's score by how many query terms it matched; undo that.
      return new Map(
        index.search(unique.join(' ')).map((result) => [result.id as K, Math.min(1, result.score / result.queryTerms.length / ideal)]),
      );
    },
  };
}

export function createLexicalIndex(passages: Passage[], contextOf: (passage: Passage) => string): LexicalIndex {
  const passageDocs = passages.map((passage) => ({ id: passage.id, terms: terms(contextOf(passage)) }));
  const sentenceDocs = passages.flatMap((passage) =>
    passage.sentences.map((_, s) => ({ id: `${passage.id}:${s}`, terms: terms(sentenceText(passage, s)) })),
  );
  const byPassage = collection(passageDocs);
  const bySentence = collection(sentenceDocs);
  const vocabulary = new Set(passageDocs.flatMap((doc) => doc.terms));
  const prefixes = new Set([...vocabulary].filter((term) => term.length >= PREFIX).map((term) => term.slice(0, PREFIX)));
  return {
    passageScores: (query) => byPassage.search(terms(query)),
    sentenceScores: (query) => bySentence.search(terms(query)),
    knows: (term) => vocabulary.has(term) || (term.length >= PREFIX && prefixes.has(term.slice(0, PREFIX))),
  };
}
