import type { Suggestion } from './finding.js';
import { passageStems, supports } from './grounding.js';
import type { KnowledgeIndex } from './index-store.js';
import { nlp } from './nlp.js';
import { answerableSentences, isGroupSpeaker, type Passage, sentenceText } from './passages.js';
import type { ReaderContext } from './reader.js';
import type { Hit } from './retrieve.js';
import { MONTH } from './sentence-types.js';
import { analyseQuestion } from './understand.js';

/**
 * What a refusal suggests asking instead: built from the passage nearest to the question, and
 * offered only when the passage itself holds everything it names. Worked out once per passage
 * and sentence.
 */

const DATE_PHRASE = new RegExp(`^(?:(?:early|late|mid|the end of|the start of)\\s+)?(?:${MONTH}|(?:19|20)\\d{2}\\b)`, 'iu');

/** What to suggest asking instead, close to what was asked: built from the passage nearest to it. */
export function suggestionFrom(hit: Hit | undefined): Suggestion | null {
  if (!hit) return null;
  const { passage } = hit;
  const sentence = sentenceText(passage, Math.min(hit.sentence, answerableSentences(passage) - 1));
  const phrases = (nlp(sentence).nouns().out('array') as string[])
    .map((phrase) => phrase.replace(/^(?:and|or|but)\s+/i, '').replace(/^(?:the|a|an|its|their|his|her|our)\s+/i, '').replace(/[,.;:]+$/, '').trim())
    .filter((phrase) => phrase.split(/\s+/).length >= 2 && phrase.split(/\s+/).length <= 6 && /\p{L}/u.test(phrase) && !/^(?:it|this|that|we|they)\b/i.test(phrase))
    // A date is no topic ("what does the article say about the december 2016?"), nor a count or a time ("all countries", "Tianjin last month").
    .filter((phrase) => !DATE_PHRASE.test(phrase) && !/^(?:all|many|several|each|every|over|more|\d)\b|\b(?:last|next|this) (?:week|month|year)$/iu.test(phrase))
    // Nor a stretch of time ("what does the article say about the past years?").
    .filter((phrase) => !nlp(phrase).has('#Duration'));
  // "Over 10 companies" reads "over 10 companies" in a question; "World Internet Conference" keeps its capitals.
  const phrase = phrases[0];
  const [firstWord = '', secondWord = ''] = phrase?.split(/\s+/) ?? [];
  const keepsCapital = /\p{Lu}/u.test(secondWord) || nlp(firstWord).has('#ProperNoun');
  const topic = phrase && /^\p{Lu}\p{Ll}/u.test(firstWord) && !keepsCapital ? firstWord.toLowerCase() + phrase.slice(firstWord.length) : phrase;
  const speaker = passage.speaker && !isGroupSpeaker(passage.speaker) ? passage.speaker : null;
  // "What did Xi Jinping say about President Xi Jinping?" asks nothing: then only what they said.
  const aboutThemselves = speaker !== null && topic !== undefined && topic.toLowerCase().includes(speaker.split(' ').at(-1)!.toLowerCase());
  if (aboutThemselves) return { speaker, topic: null };
  return speaker || topic ? { speaker, topic: topic ?? null } : null;
}

/** A suggestion built from a passage is answerable when the passage itself holds everything it names. */
function answersItself(suggestion: Suggestion, passage: Passage, context: Pick<ReaderContext, 'understanding'>): boolean {
  const analysis = analyseQuestion([suggestion.speaker, suggestion.topic].filter(Boolean).join(' '), context.understanding);
  if (analysis.missing.length > 0 || analysis.shape === 'meta') return false;
  const stems = passageStems(passage);
  return analysis.terms.filter((term) => term.pos === 'noun' || term.named).every((term) => supports(stems, term));
}

const suggestionCache = new WeakMap<KnowledgeIndex, Map<string, Suggestion | null>>();
function suggestions(index: KnowledgeIndex): Map<string, Suggestion | null> {
  let cache = suggestionCache.get(index);
  if (!cache) {
    cache = new Map();
    suggestionCache.set(index, cache);
  }
  return cache;
}

/** The suggestion for the sentence a hit points to, worked out once. */
export function suggestionNear(hit: Hit, context: Pick<ReaderContext, 'index' | 'understanding'>): Suggestion | null {
  const cache = suggestions(context.index);
  const key = `${hit.passage.id}:${hit.sentence}`;
  if (!cache.has(key)) {
    const suggestion = suggestionFrom(hit);
    cache.set(key, suggestion && answersItself(suggestion, hit.passage, context) ? suggestion : null);
  }
  return cache.get(key) ?? null;
}
