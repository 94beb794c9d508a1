import { defineCommand } from '../src/command.js';
import { role, type Span } from '../src/reply.js';

export const settings = defineCommand({
  name: 'settings',
  description: 'Moderators: this server’s settings (who may reindex it).',
  options: {
    'moderator-role': { type: 'role', description: 'A role whose members may /reindex this server, besides Manage Server' },
    remove: { type: 'boolean', description: 'Remove that role instead of adding it' },
    mentions: { type: 'boolean', description: 'Answer questions in messages that mention the bot (on unless turned off)' },
  },
  moderatorOnly: true,
  managersOnly: true,
  isPrivate: () => true,
  async execute({ options, server }, { libraries }) {
    if (server === null) return { ephemeral: true, tone: 'info', body: 'Settings belong to a server: use /settings in the server they are for.' };
    const store = libraries.store;
    const current = (await store.moderatorRoles(server)) ?? [];
    const chosen = options['moderator-role'];
    // @everyone has the server's id: making it a moderator role would make every member a moderator.
    if (chosen === server) return { ephemeral: true, tone: 'warning', body: 'The @everyone role cannot be a moderator role: every member would be a moderator. Nothing was changed.' };
    let roles = current;
    if (chosen) {
      roles = options.remove ? current.filter((id) => id !== chosen) : [...new Set([...current, chosen])];
      await store.setModeratorRoles(server, roles);
    }
    if (options.mentions !== undefined) await store.setAnswersMentions(server, options.mentions);
    const body: Span[] = ['Moderator roles of this server (besides Manage Server): '];
    if (roles.length === 0) body.push('none.');
    roles.forEach((id, i) => body.push(...(i > 0 ? [', '] : []), role(id)));
    if (roles.length > 0) body.push('.');
    body.push(`\nQuestions in messages that mention the bot: ${(await store.answersMentions(server)) ? 'answered' : 'not answered'}.`);
    return { ephemeral: true, tone: 'info', title: 'Server settings', body };
  },
});
