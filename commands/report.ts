import { defineCommand } from '../src/command.js';
import { DEFAULT_LIBRARY } from '../src/core/libraries.js';
import { bold, type Reply, type Span } from '../src/reply.js';

const day = (iso: string): string => iso.slice(0, 10);

export const report = defineCommand({
  name: 'report',
  description: 'Moderators: what members asked that the article could not answer, and answers voted wrong.',
  options: {},
  moderatorOnly: true,
  rateLimited: false,
  isPrivate: () => true,
  async execute({ server }, { libraries }): Promise<Reply> {
    const { unanswered, downvoted } = await libraries.store.report(server ?? DEFAULT_LIBRARY);
    const body: Span[] = [];
    body.push(bold('Asked, and not answered by the article'), '\n');
    if (unanswered.length === 0) body.push('Nothing yet.\n');
    unanswered.forEach((entry, i) => body.push(`${i + 1}. “${entry.question}”: ${entry.times} time${entry.times === 1 ? '' : 's'}, last ${day(entry.last)}\n`));
    body.push('\n', bold('Answers voted wrong'), '\n');
    if (downvoted.length === 0) body.push('None yet.\n');
    downvoted.forEach((entry, i) => body.push(`${i + 1}. “${entry.question}”: 👎 ${entry.down} · 👍 ${entry.up}, last ${day(entry.last)}\n   ${entry.answer.replace(/\s+/g, ' ').slice(0, 200)}\n`));
    body.push('\nA question the article cannot answer may call for another article: /reindex article: adds one.');
    return { ephemeral: true, tone: 'info', title: 'What members asked', body };
  },
});
