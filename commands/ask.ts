import { escapeMarkdown, SlashCommandBuilder } from 'discord.js';
import { booleanOption, type Command, type Reply, stringOption } from '../src/command.js';
import type { Answer, Citation } from '../src/core/answer.js';
import { MAX_QUESTION_CHARS } from '../src/core/knowledge.js';

export const MAX_QUESTION_LENGTH = MAX_QUESTION_CHARS;

/** The excerpt with the answering sentence in bold; the rest escaped so it shows verbatim. */
export function emphasise(citation: Citation): string {
  const [start, end] = citation.highlight;
  const { excerpt } = citation;
  const middle = excerpt.slice(start, end).trim();
  const emphasised = middle ? `**${escapeMarkdown(middle)}**` : '';
  return `${escapeMarkdown(excerpt.slice(0, start))}${emphasised}${escapeMarkdown(excerpt.slice(end))}`;
}

export function citationHeading(citation: Citation): string {
  // A fact about the article itself cites its byline or headline, not a paragraph.
  const place = citation.part ? citation.part.charAt(0).toUpperCase() + citation.part.slice(1) : `¶${citation.passage}`;
  const where = citation.article ? `${citation.article} ${place}` : place;
  return `[${citation.n}] ${where}${citation.speaker ? ` · ${citation.speaker}` : ''}`;
}

/** A user's text as shown back: markdown escaped, and mentions broken so they cannot even look like pings. */
export function showUserText(text: string): string {
  return escapeMarkdown(text.replace(/\s+/g, ' ')).replace(/@(everyone|here)/gi, '@\u200b$1').replace(/<@/g, '<@\u200b');
}

export function answerReply(answer: Answer, ephemeral: boolean): Reply {
  const title = showUserText(answer.question);
  if (!answer.answered) return { ephemeral, tone: 'info', title, body: escapeMarkdown(answer.answer) };
  return {
    ephemeral,
    tone: 'answer',
    title,
    body: escapeMarkdown(answer.answer),
    fields: answer.citations.map((citation) => ({ name: citationHeading(citation), value: emphasise(citation) })),
    footer: 'Excerpts are quoted verbatim from the article; ¶ is the paragraph number.',
  };
}

export const ask = {
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask a question about the article; the answer quotes it as evidence.')
    .addStringOption((option) =>
      option.setName('question').setDescription('Your question').setRequired(true).setMaxLength(MAX_QUESTION_LENGTH),
    )
    .addBooleanOption((option) => option.setName('private').setDescription('Only you see the answer')),
  async execute(input, { knowledge }) {
    const question = (stringOption(input, 'question') ?? '').trim();
    const ephemeral = booleanOption(input, 'private') ?? false;
    if (!/[\p{L}\p{N}]/u.test(question)) {
      return {
        ephemeral: true,
        tone: 'warning',
        body: 'Ask me a question about the article, for example: `/ask How many internet users did China have?`',
      };
    }
    return answerReply(await knowledge.ask(question), ephemeral);
  },
} satisfies Command;
