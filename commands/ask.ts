import type { Citation } from '../src/core/citations.js';
import { MAX_QUESTION_CHARS } from '../src/core/reader.js';
import { defineCommand } from '../src/command.js';
import { bold, code, type Reply, type Span } from '../src/reply.js';
import type { Answer } from '../src/wording.js';

const EXAMPLE = 'How many internet users did China have?';
/** With this many questions waiting, a new one is acknowledged at once: a burst must not run out Discord's three seconds. */
const SLOW_QUEUE = 8;

/** The excerpt verbatim, the answering sentence in bold. */
export function emphasise(citation: Citation): Span[] {
  const [start, end] = citation.highlight;
  const { excerpt } = citation;
  const middle = excerpt.slice(start, end).trim();
  return [excerpt.slice(0, start), ...(middle ? [bold(middle)] : []), excerpt.slice(end)].filter((span) => span !== '');
}

export function citationHeading(citation: Citation): string {
  // A fact about the article itself cites its byline or headline, not a paragraph.
  const place = citation.part ? citation.part.charAt(0).toUpperCase() + citation.part.slice(1) : `¶${citation.passage}`;
  const where = citation.article ? `${citation.article} ${place}` : place;
  return `[${citation.n}] ${where}${citation.speaker ? ` · ${citation.speaker}` : ''}`;
}

export function answerReply(answer: Answer, ephemeral: boolean): Reply {
  const title = answer.question.replace(/\s+/g, ' ');
  if (!answer.answered) return { ephemeral, tone: 'info', title, body: answer.answer };
  return {
    ephemeral,
    tone: 'answer',
    title,
    body: answer.answer,
    fields: answer.citations.map((citation) => ({ name: citationHeading(citation), value: emphasise(citation) })),
    footer: 'Excerpts are quoted verbatim from the article; ¶ is the paragraph number.',
  };
}

export const ask = defineCommand({
  name: 'ask',
  description: 'Ask a question about the article; the answer quotes it as evidence.',
  options: {
    question: { type: 'string', description: 'Your question', required: true, maxLength: MAX_QUESTION_CHARS, example: EXAMPLE },
    private: { type: 'boolean', description: 'Only you see the answer' },
  },
  isQuestion: true,
  freeText: true,
  isPrivate: (options) => options.private ?? false,
  isSlow: ({ libraries, answers }, server) => !libraries.for(server).isReady || answers.pending >= SLOW_QUEUE,
  async execute({ options, server }, { libraries, answers }) {
    const question = options.question.trim();
    const ephemeral = options.private ?? false;
    if (!/[\p{L}\p{N}]/u.test(question)) {
      return { ephemeral: true, tone: 'warning', body: ['Ask me a question about the article, for example: ', code(`/ask ${EXAMPLE}`)] };
    }
    return answerReply(await answers.ask(libraries.for(server), question), ephemeral);
  },
});
