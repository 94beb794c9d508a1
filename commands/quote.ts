import { defineCommand } from '../src/command.js';
import { type Library, quotesIn as quotesOf } from '../src/core/library.js';
import type { Quotation, QuoteQuery, QuoteResult } from '../src/core/quotations.js';
import { code, listOf, type Reply, type Span } from '../src/reply.js';

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
/** Discord's limit on an autocomplete choice's name and value. */
const CHOICE_CHARS = 100;

/** "December 16, 2015" from "2015-12-16"; partial dates as far as they go. */
export function formatDate(date: string | null): string | null {
  if (!date) return null;
  const [year, month, day] = date.split('-').map(Number);
  if (!month) return String(year);
  const when = new Date(Date.UTC(year!, month - 1, day ?? 1));
  return when.toLocaleDateString('en-US', { timeZone: 'UTC', month: 'long', year: 'numeric', ...(day ? { day: 'numeric' } : {}) });
}

function quoteField(quote: Quotation, articles: string[] | null): { name: string; value: string } {
  const when = formatDate(quote.date);
  const where = articles ? `${articles[quote.article] ?? ''} ¶${quote.passage}` : `¶${quote.passage}`;
  const name = `${where}${when ? ` · ${when}` : ''}`;
  const who = [quote.speaker, quote.occasion ?? quote.role].filter(Boolean).join(', ');
  // Reported speech is the article's sentence about what was said, not the speaker's own words: no quotation marks.
  if (quote.kind === 'reported') return { name: `${name} · reported`, value: `${quote.text}${who ? `\n— as reported: ${who}` : ''}` };
  return { name, value: `“${quote.text}”${who ? `\n— ${who}` : ''}` };
}

function whatExists(result: Pick<QuoteResult, 'years' | 'speakers'>): string {
  return [
    result.years.length ? `The article has dated quotations from ${listOf(result.years)}.` : 'The article has no dated quotations.',
    result.speakers.length ? `Speakers quoted: ${listOf(result.speakers)}.` : '',
  ].join(' ').trim();
}

export function quoteReply(result: QuoteResult): Reply {
  const scope = [result.year ? `from ${result.year}` : null, result.speaker ? `by “${result.speaker}”` : null].filter(Boolean).join(' ');
  if (result.quotes.length === 0) {
    const body: Span[] = [`No quotation ${scope}. `, result.years.length ? `The article has dated quotations from ${listOf(result.years)}.` : 'The article has no dated quotations.'];
    if (result.speaker && result.speakers.length) body.push(` Speakers quoted: ${listOf(result.speakers)}.`);
    // A speaker quoted only without a date ("What they say") is found without a year.
    const quoted = result.speaker ? result.speakers.some((name) => name.toLowerCase().includes(result.speaker!.toLowerCase())) : false;
    if (result.year !== null && quoted) body.push(' Try ', code(`/quote speaker:${result.speaker}`), ' without a year: words the article does not date are listed there.');
    return { ephemeral: true, tone: 'info', body };
  }
  return {
    ephemeral: false,
    tone: 'answer',
    title: `Quotations ${scope}`,
    body: `${result.quotes.length} quotation${result.quotes.length === 1 ? '' : 's'} from the article, verbatim.`,
    fields: result.quotes.map((quote) => quoteField(quote, result.articles)),
  };
}

/** The quotations of the library's index that the query asks for. */
async function quotesIn(library: Library, query: QuoteQuery): Promise<QuoteResult> {
  return quotesOf(await library.ready(), query);
}

/** An autocomplete choice within Discord's 100 characters. */
function choice(name: string, value: string | number): { name: string; value: string | number } {
  // A cut value stays a prefix of the name, which the speaker filter still matches.
  return { name: name.length > CHOICE_CHARS ? `${name.slice(0, CHOICE_CHARS - 1)}…` : name, value: typeof value === 'string' ? value.slice(0, CHOICE_CHARS) : value };
}

export const quote = defineCommand({
  name: 'quote',
  description: 'Quotations from the article, by year, by speaker, or both.',
  options: {
    year: { type: 'integer', description: 'Year of the quotation', min: MIN_YEAR, max: MAX_YEAR, autocomplete: true },
    speaker: { type: 'string', description: 'Part of the speaker’s name or role', maxLength: 100, autocomplete: true },
  },
  isSlow: ({ libraries }, server) => !libraries.for(server).isReady,
  async execute({ options, server }, { libraries }) {
    const library = libraries.for(server);
    const { year } = options;
    const speaker = options.speaker?.trim() || undefined;
    if (year === undefined && speaker === undefined) {
      const exists = await quotesIn(library, {});
      const years = exists.years;
      const example = exists.speakers[0]?.split(' ')[0] ?? 'Xi';
      return {
        ephemeral: true,
        tone: 'warning',
        body: ['Give a year, a speaker or both, for example ', code(`/quote year:${years[0] ?? 2015}`), ' or ', code(`/quote speaker:${example}`), `. ${whatExists(exists)}`],
      };
    }
    return quoteReply(await quotesIn(library, { year, speaker }));
  },
  async autocomplete(focused, { options, server }, { libraries }) {
    const library = libraries.for(server);
    // While the library loads there is nothing to offer yet: no choices now, rather than a late answer.
    if (!library.isReady) {
      library.ready().catch(() => undefined);
      return [];
    }
    const typed = focused.value.trim().toLowerCase();
    if (focused.name === 'year') {
      const { years } = await quotesIn(library, {});
      return years.filter((year) => String(year).startsWith(typed)).map((year) => choice(String(year), year));
    }
    // Offer only the speakers quoted in the year already chosen, or all of them when none is.
    const { quotes, speakers } = await quotesIn(library, { year: options.year });
    const inYear = new Set(quotes.map((quotation) => quotation.speaker));
    return speakers
      .filter((speaker) => inYear.has(speaker) && speaker.toLowerCase().includes(typed))
      .slice(0, 25)
      .map((speaker) => choice(speaker, speaker));
  },
});
