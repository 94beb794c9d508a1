import path from 'node:path';
import { defineCommand } from '../src/command.js';
import { SourceError } from '../src/core/article.js';
import type { Library } from '../src/core/library.js';
import { friendlyFailure } from '../src/dispatch.js';
import { sourceProblemText } from '../src/wording.js';
import { articleLabel } from '../src/core/article.js';
import { bold, code, type Span, user } from '../src/reply.js';

/** "2 h 5 min" from milliseconds. */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const parts = [days ? `${days} d` : '', hours ? `${hours} h` : '', `${minutes % 60} min`].filter(Boolean);
  return minutes === 0 ? `${Math.floor(ms / 1000)} s` : parts.join(' ');
}

/** A reindex that failed after the last one that succeeded: when, and why (its detail is in the log). */
function failedSince(failure: Library['lastFailure'], lastSuccess: string): Span[] {
  if (!failure || failure.at < lastSuccess) return [];
  const reason = failure.error instanceof SourceError ? sourceProblemText(failure.error) : friendlyFailure(failure.error);
  return [`A reindex started ${failure.at.replace('T', ' ').slice(0, 16)} UTC failed: ${reason}\n`];
}

export const status = defineCommand({
  name: 'status',
  description: 'Moderators: the bot’s index, its last reindex and what it has served.',
  options: {},
  moderatorOnly: true,
  rateLimited: false,
  isPrivate: () => true,
  isSlow: ({ libraries }, server) => !libraries.for(server).isReady,
  async execute({ server }, { libraries, usage, limiter }) {
    const library = libraries.for(server);
    const { index } = await library.ready();
    const { manifest } = index;
    const who: Span[] = manifest.requestedBy === null ? ['at start'] : /^\d{17,20}$/.test(manifest.requestedBy) ? ['by ', user(manifest.requestedBy)] : [`from the ${manifest.requestedBy}`];
    const own = server === null || (await libraries.store.version(server)) !== null;
    const setAside = libraries.store.setAside;
    const articles = manifest.articles.length === 1 ? `“${manifest.articles[0] ? articleLabel(manifest.articles[0]) : ''}”` : `${manifest.articles.length} articles`;
    return {
      ephemeral: true,
      tone: 'info',
      title: 'Bot status',
      body: [
        'Index: ', code(index.version ?? 'unsaved'), ', checksum ', code(manifest.indexChecksum.slice(0, 16)), '\n',
        'Passages: ', bold(String(manifest.passageCount)), ` from ${articles}; quotations: `, bold(String(index.quotations.length)), '\n',
        `Last reindex: ${new Date(manifest.createdAt).toISOString().replace('T', ' ').slice(0, 16)} UTC `, ...who, library.isRebuilding ? ' (a rebuild is running now)\n' : '\n',
        own ? '' : 'This server answers from the shipped article until a moderator reindexes it.\n',
        ...failedSince(library.lastFailure, manifest.createdAt),
        setAside ? `The database file was damaged at start; it was set aside as ${path.basename(setAside)} and the bot started again from the shipped article.\n` : '',
        `Uptime: ${formatDuration(Date.now() - usage.startedAt)}\n`,
        'Questions served: ', bold(String(usage.questionsServed)), ` (${usage.commandsServed} commands)\n`,
        `Rate limit: ${limiter ? `${limiter.points} commands per ${limiter.windowSeconds} s per member` : 'off'}`,
      ],
    };
  },
});
