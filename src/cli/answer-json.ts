import { isClosest } from '../core/finding.js';
import { type Answer, partSaid } from '../wording.js';

/**
 * The public JSON shape of an answer; other tools depend on these keys, which are never renamed
 * or removed. A citation gains an `article` key only when the bot knows more than one article,
 * and a `part` key when it cites the byline, headline or a credit instead of a paragraph.
 */
export function answerJson(answer: Answer): object {
  return {
    question: answer.question,
    answered: answer.answered,
    answer: answer.answer,
    citations: answer.citations.map(({ n, passage, excerpt, score, article, part }) => ({
      n,
      passage,
      excerpt,
      score,
      ...(article ? { article } : {}),
      // Added for facts about the article itself ("byline", "headline"); `passage` is then 0.
      ...(part ? { part } : {}),
    })),
    // Added: "low" when the answer is only the nearest the article comes to the question, "high" otherwise; null for a refusal.
    confidence: answer.answered ? (isClosest(answer.finding) ? 'low' : 'high') : null,
    // Added: "yes" or "no" for a yes/no question that checks a place, a date, a figure or a role ("is the wic held in beijing"); only then.
    ...((answer.finding.kind === 'said' || answer.finding.kind === 'person' || answer.finding.kind === 'facts') && answer.finding.verdict ? { verdict: answer.finding.verdict } : {}),
    // Added: for a message that asks several questions, each as typed with its answer, how sure it is and its verdict; only then.
    ...(answer.finding.kind === 'parts'
      ? {
          parts: answer.finding.parts.map(({ question, finding, before }) => ({
            question,
            // Numbered as in the whole answer's citations.
            answer: partSaid(finding, before),
            // Added: false for a question of several the article does not answer ("…and where was he born"), whose confidence is then null.
            answered: finding.kind !== 'refused',
            confidence: finding.kind === 'refused' ? null : isClosest(finding) ? 'low' : 'high',
            ...((finding.kind === 'said' || finding.kind === 'person' || finding.kind === 'facts') && finding.verdict ? { verdict: finding.verdict } : {}),
          })),
        }
      : {}),
    // Added: companies the question described rather than named, and the names they were read as; only when there were some.
    ...(answer.readAs && answer.readAs.length > 0 ? { readAs: answer.readAs } : {}),
  };
}
