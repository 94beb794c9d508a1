import { escapeMarkdown, SlashCommandBuilder } from 'discord.js';
import { type Command, numberOption, type Reply, stringOption } from '../src/command.js';
import type { QuoteResult } from '../src/core/knowledge.js';
import type { Quotation } from '../src/core/quotations.js';

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** "December 16, 2015" from "2015-12-16"; partial dates as far as they go. */
export function formatDate(date: string | null): string | null {
  if (!date) return null;
  const [year, month, day] = date.split('-').map(Number);
  if (!month) return String(year);
  const when = new Date(Date.UTC(year!, month - 1, day ?? 1));
  return when.toLocaleDateString('en-US', { timeZone: 'UTC', month: 'long', year: 'numeric', ...(day ? { day: 'numeric' } : {}) });
}

function listOf(items: Array<string | number>): string {
  const words = items.map(String);
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function quoteField(quote: Quotation, articles: string[] | null): { name: string; value: string } {
  const when = formatDate(quote.date);
  const where = articles ? `${articles[quote.article] ?? ''} ¶${quote.passage}` : `¶${quote.passage}`;
  const name = `${where}${when ? ` · ${when}` : ''}`;
  const who = [quote.speaker, quote.occasion ?? quote.role].filter(Boolean).join(', ');
  // Reported speech is the article's sentence about what was said, not the speaker's own words: no quotation marks.
  if (quote.kind === 'reported') return { name: `${name} · reported`, value: `${escapeMarkdown(quote.text)}${who ? `\n— as reported: ${escapeMarkdown(who)}` : ''}` };
  return { name, value: `“${escapeMarkdown(quote.text)}”${who ? `\n— ${escapeMarkdown(who)}` : ''}` };
}

export function quoteReply(result: QuoteResult): Reply {
  const scope = [result.year ? `from ${result.year}` : null, result.speaker ? `by “${escapeMarkdown(result.speaker)}”` : null]
    .filter(Boolean)
    .join(' ');
  if (result.quotes.length === 0) {
    const years = result.years.length ? `The article has dated quotations from ${listOf(result.years)}.` : 'The article has no dated quotations.';
    // A speaker quoted only without a date ("What they say") is found without a year.
    // Only for someone the article quotes; a code span shows its text as it is, so it is not escaped, only kept free of backticks.
    const quoted = result.speaker ? result.speakers.some((name) => name.toLowerCase().includes(result.speaker!.toLowerCase())) : false;
    const undated = result.year !== null && quoted ? ` Try \`/quote speaker:${result.speaker!.replace(/`/g, '')}\` without a year: words the article does not date are listed there.` : '';
    const speakers = result.speaker && result.speakers.length ? ` Speakers quoted: ${escapeMarkdown(listOf(result.speakers))}.` : '';
    return { ephemeral: true, tone: 'info', body: `No quotation ${scope}. ${years}${speakers}${undated}` };
  }
  return {
    ephemeral: false,
    tone: 'answer',
    title: `Quotations ${scope}`,
    body: `${result.quotes.length} quotation${result.quotes.length === 1 ? '' : 's'} from the article, verbatim.`,
    fields: result.quotes.map((quote) => quoteField(quote, result.articles)),
  };
}

export const quote = {
  data: new SlashCommandBuilder()
    .setName('quote')
    .setDescription('Quotations from the article, by year, by speaker, or both.')
    .addIntegerOption((option) =>
      option.setName('year').setDescription('Year of the quotation').setMinValue(MIN_YEAR).setMaxValue(MAX_YEAR).setAutocomplete(true),
    )
    .addStringOption((option) =>
      option.setName('speaker').setDescription('Part of the speaker’s name or role').setMaxLength(100).setAutocomplete(true),
    ),
  async execute(input, { knowledge }) {
    const year = numberOption(input, 'year');
    const speaker = stringOption(input, 'speaker')?.trim() || undefined;
    const badYear = year !== undefined && (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR);
    if (badYear || (year === undefined && speaker === undefined)) {
      const { years, speakers } = await knowledge.quotes({});
      const has = [
        years.length ? `The article has dated quotations from ${listOf(years)}.` : 'The article has no dated quotations.',
        speakers.length ? `Speakers quoted: ${escapeMarkdown(listOf(speakers))}.` : '',
      ].join(' ');
      return {
        ephemeral: true,
        tone: 'warning',
        body: `Give a year, a speaker or both, for example \`/quote year:${years[0] ?? 2015}\` or \`/quote speaker:${speakers[0]?.split(' ')[0] ?? 'Xi'}\`. ${has}`.trim(),
      };
    }
    return quoteReply(await knowledge.quotes({ year, speaker }));
  },
  async autocomplete(input, { knowledge }) {
    const typed = input.focused.value.trim().toLowerCase();
    if (input.focused.name === 'year') {
      const { years } = await knowledge.quotes({});
      return years.filter((year) => String(year).startsWith(typed)).map((year) => ({ name: String(year), value: year }));
    }
    // Offer only the speakers quoted in the year already chosen, or all of them when none is.
    const { quotes, speakers } = await knowledge.quotes({ year: numberOption(input, 'year') });
    const inYear = new Set(quotes.map((quote) => quote.speaker));
    return speakers
      .filter((speaker) => inYear.has(speaker) && speaker.toLowerCase().includes(typed))
      .slice(0, 25)
      .map((speaker) => ({ name: speaker, value: speaker }));
  },
} satisfies Command;
