import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/command.js';

export const help = {
  data: new SlashCommandBuilder().setName('help').setDescription('What this bot does and how to use it.'),
  rateLimited: false,
  async execute() {
    return {
      ephemeral: true,
      tone: 'info',
      title: 'Ask the article',
      body: [
        'I answer questions about one news article and quote it as evidence: every answer comes with numbered, verbatim excerpts and their paragraph numbers (¶), so you can check them.',
        '',
        '`/ask question:` ask anything about the article, e.g. `/ask How many internet users did China have?`',
        '`/quote [year:] [speaker:]` quotations by year, by speaker or both, e.g. `/quote year:2015` or `/quote speaker:kaspersky`',
        '`/reindex [article:]` moderators only: rebuild my knowledge, optionally from an attached article',
        '`/status` moderators only: the index, the last reindex and what I have served',
        '`/help` this message',
      ].join('\n'),
    };
  },
} satisfies Command;
