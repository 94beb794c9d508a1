import { escapeMarkdown, InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/command.js';
import { articleLabel } from '../src/core/article.js';

/** "2 h 5 min" from milliseconds. */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const parts = [days ? `${days} d` : '', hours ? `${hours} h` : '', `${minutes % 60} min`].filter(Boolean);
  return minutes === 0 ? `${Math.floor(ms / 1000)} s` : parts.join(' ');
}

export const status = {
  data: new SlashCommandBuilder()
    .setName('status')
    .setDescription('Moderators: the bot’s index, its last reindex and what it has served.')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild),
  moderatorOnly: true,
  rateLimited: false,
  async execute(_input, { knowledge, usage, limiter }) {
    const index = await knowledge.ready();
    const { manifest } = index;
    const who = manifest.requestedBy === null ? 'at start' : /^\d{17,20}$/.test(manifest.requestedBy) ? `by <@${manifest.requestedBy}>` : `from the ${escapeMarkdown(manifest.requestedBy)}`;
    const articles = manifest.articles.length === 1 ? `“${escapeMarkdown(manifest.articles[0] ? articleLabel(manifest.articles[0]) : '')}”` : `${manifest.articles.length} articles`;
    return {
      ephemeral: true,
      tone: 'info',
      title: 'Bot status',
      body: [
        `Index: \`${index.version ?? 'unsaved'}\`, checksum \`${manifest.indexChecksum.slice(0, 16)}\``,
        `Passages: **${manifest.passageCount}** from ${articles}; quotations: **${index.quotations.length}**`,
        `Last reindex: ${new Date(manifest.createdAt).toISOString().replace('T', ' ').slice(0, 16)} UTC ${who}${knowledge.isRebuilding ? ' (a rebuild is running now)' : ''}`,
        `Uptime: ${formatDuration(Date.now() - usage.startedAt)}`,
        `Questions served: **${usage.questionsServed}** (${usage.commandsServed} commands)`,
        `Rate limit: ${limiter ? `${limiter.points} commands per ${limiter.windowSeconds} s per member` : 'off'}`,
      ].join('\n'),
    };
  },
} satisfies Command;
