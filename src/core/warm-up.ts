import { articlePhrases, articleWords, passageStems } from './grounding.js';
import { quotedOrganisations } from './described.js';
import { judgeQuestionLanguage } from './language.js';
import type { KnowledgeIndex } from './index-store.js';
import { answerableSentences } from './passages.js';
import type { ReaderContext } from './reader.js';
import { answeringText, namesPlace } from './sentence-types.js';
import { suggestionNear } from './suggestions.js';
import type { Understanding } from './understand.js';

/**
 * Warms what answering computes once per sentence (the places compromise finds, the question a
 * refusal near it suggests) and WordNet's table of lemmas, so the first questions after a load
 * are as fast as later ones. Runs in small slices, off the answering path.
 */
export function warmReader(index: KnowledgeIndex, understanding: Understanding, embed: ReaderContext['embed']): Promise<void> {
  const work: Array<() => void> = [
    () => understanding.wordnet.loadLemmas(),
    () => void articlePhrases({ index, embed } as ReaderContext).catch(() => undefined),
    // The language detector, for the first question in another language.
    () => void judgeQuestionLanguage('warm').catch(() => undefined),
  ];
  for (const passage of index.passages) {
    // Its stems, with the irregular pasts compromise finds in it.
    work.push(() => void passageStems(passage));
    passage.sentences.forEach((_, s) => {
      work.push(() => {
        namesPlace(answeringText(passage, s));
        if (s < answerableSentences(passage)) suggestionNear({ passage, sentence: s, dense: 0, lexical: 0, score: 0, sentenceScores: [] }, { index, understanding });
      });
    });
  }
  // The phrase and word tables are embedded by the model: the warm-up is done when that is too.
  const phrases = (): Promise<unknown> =>
    Promise.all([
      articlePhrases({ index, embed } as ReaderContext).catch(() => undefined),
      articleWords({ index, embed }).catch(() => undefined),
      quotedOrganisations({ index, embed }).catch(() => undefined),
    ]);
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
