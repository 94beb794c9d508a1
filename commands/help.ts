import { defineCommand } from '../src/command.js';
import { code } from '../src/reply.js';

export const help = defineCommand({
  name: 'help',
  description: 'What this bot does and how to use it.',
  options: {},
  rateLimited: false,
  isPrivate: () => true,
  async execute() {
    return {
      ephemeral: true,
      tone: 'info',
      title: 'Ask the article',
      body: [
        'I answer questions about the article and quote it as evidence: every answer comes with numbered, verbatim excerpts and their paragraph numbers (¶), so you can check them.\n\n',
        code('/ask question:'), ' ask anything about the article, e.g. ', code('/ask How many internet users did China have?'), '\n',
        code('/quote [year:] [speaker:]'), ' quotations by year, by speaker or both, e.g. ', code('/quote year:2015'), ' or ', code('/quote speaker:kaspersky'), '\n',
        code('/reindex [article:]'), ' moderators only: rebuild my knowledge, optionally from an attached article\n',
        code('/status'), ' moderators only: the index, the last reindex and what I have served\n',
        code('/settings [moderator-role:]'), ' moderators only: the roles that may reindex this server\n',
        code('/report'), ' moderators only: what members asked that the article could not answer, and answers voted wrong\n',
        code('/help'), ' this message',
      ],
    };
  },
});
