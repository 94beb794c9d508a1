import type { Citation } from '../src/core/citations.js';
import { MAX_QUESTION_CHARS } from '../src/core/reader.js';
import { articleLabel } from '../src/core/article.js';
import type { Library } from '../src/core/library.js';
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

/**
 * The buttons under an answer given on Discord: helpful, wrong, and the cited paragraphs whole.
 * Their ids carry all they need (the answer's id, the paragraphs), so they work after a restart.
 */
function answerButtons(answerId: string | null, answer: Answer): Array<{ id: string; label: string }> {
  const cited = answer.citations.filter((citation) => citation.passage > 0 && citation.articleIndex !== undefined);
  return [
    ...(answerId
      ? [
          { id: `ask:up:${answerId}`, label: '👍 Helpful' },
          { id: `ask:down:${answerId}`, label: '👎 Wrong' },
        ]
      : []),
    ...(cited.length > 0 ? [{ id: `ask:paras:${cited.map((citation) => `${citation.articleIndex}.${citation.passage}`).join(',')}`, label: 'Show paragraphs' }] : []),
  ];
}

export function answerReply(answer: Answer, ephemeral: boolean, answerId: string | null = null, withButtons = answerId !== null): Reply {
  const title = answer.question.replace(/\s+/g, ' ');
  const buttons = withButtons ? { buttons: answerButtons(answerId, answer) } : {};
  if (!answer.answered) return { ephemeral, tone: 'info', title, body: answer.answer, ...buttons };
  return {
    ephemeral,
    tone: 'answer',
    title,
    body: answer.answer,
    fields: answer.citations.map((citation) => ({ name: citationHeading(citation), value: emphasise(citation) })),
    footer: 'Excerpts are quoted verbatim from the article; ¶ is the paragraph number.',
    ...buttons,
  };
}

/** The cited paragraphs whole, for the member who asked to see them. */
async function paragraphsReply(refs: string, library: Library): Promise<Reply> {
  const { index } = await library.ready();
  const many = index.manifest.articles.length > 1;
  const body: Span[] = [];
  for (const ref of refs.split(',').slice(0, 5)) {
    const [article, n] = ref.split('.').map(Number);
    const passage = index.passages.find((p) => p.article === article && p.n === n);
    if (body.length > 0) body.push('\n\n');
    if (!passage) {
      body.push(bold(`¶${n}`), `\nThis paragraph is no longer in the article (it was reindexed since).`);
      continue;
    }
    const label = many ? `${articleLabel(index.manifest.articles[passage.article]!)} ` : '';
    body.push(bold(`${label}¶${passage.n}`), `\n${passage.text}`);
  }
  return { ephemeral: true, tone: 'info', title: 'The cited paragraphs, whole', body };
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
  async execute({ options, server, id }, { libraries, answers }) {
    const question = options.question.trim();
    const ephemeral = options.private ?? false;
    if (!/[\p{L}\p{N}]/u.test(question)) {
      return { ephemeral: true, tone: 'warning', body: ['Ask me a question about the article, for example: ', code(`/ask ${EXAMPLE}`)] };
    }
    const library = libraries.for(server);
    const answer = await answers.ask(library, question);
    // Kept (on Discord, where members can vote on it and moderators see what went unanswered), unless
    // asked privately: a private question is nobody else's, so it gets no votes and stays out of /report.
    const kept = id && !ephemeral ? id : null;
    if (kept) await libraries.store.recordAnswer({ id: kept, libraryId: library.id, question, answer: answer.answer, answered: answer.answered }).catch(() => undefined);
    return answerReply(answer, ephemeral, kept, id !== undefined && id !== null);
  },
  async press(action, { user, server }, { libraries }) {
    const [kind, ...rest] = action.split(':');
    const target = rest.join(':');
    if (kind === 'paras') return paragraphsReply(target, libraries.for(server));
    if (kind !== 'up' && kind !== 'down') return { ephemeral: true, tone: 'warning', body: 'That button is no longer in use.' };
    const counts = await libraries.store.vote(target, user.id, kind === 'up' ? 1 : -1);
    if (!counts) return { ephemeral: true, tone: 'info', body: 'I no longer know that answer, so the vote was not counted.' };
    const said = kind === 'up' ? 'Thanks: you marked this answer helpful.' : 'Thanks: you marked this answer wrong; moderators see it in /report.';
    return { ephemeral: true, tone: 'info', body: `${said} Votes on it: 👍 ${counts.up} · 👎 ${counts.down}. You can change your vote.` };
  },
});
