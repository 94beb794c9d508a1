import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { Command, Reply } from '../src/command.js';
import { BusyError, type ReindexReport } from '../src/core/knowledge.js';
import { SourceError } from '../src/core/article.js';

export function reindexReply(report: ReindexReport): Reply {
  const before = report.passagesBefore === null ? '' : ` (was ${report.passagesBefore})`;
  return {
    ephemeral: false,
    tone: 'answer',
    title: report.sourceReplaced ? 'New article indexed' : 'Index rebuilt',
    body: [
      `Passages: **${report.passagesAfter}**${before}`,
      `Quotations: **${report.quotations}**`,
      `Time taken: **${(report.durationMs / 1000).toFixed(1)} s**`,
      `Index checksum: \`${report.indexChecksum.slice(0, 16)}\``,
    ].join('\n'),
  };
}

export const reindex = {
  data: new SlashCommandBuilder()
    .setName('reindex')
    .setDescription('Moderators: rebuild the bot’s knowledge from the article.')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild),
  moderatorOnly: true,
  async execute(input, { knowledge }) {
    try {
      return reindexReply(await knowledge.reindex({ requestedBy: input.user.id }));
    } catch (error) {
      if (error instanceof BusyError || error instanceof SourceError) {
        return { ephemeral: true, tone: 'warning', body: `${error.message} The current index is still in use.` };
      }
      throw error;
    }
  },
} satisfies Command;
