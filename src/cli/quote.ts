import { quote, quoteReply } from '../../commands/quote.js';
import { checkOptions } from '../command.js';
import { quotesIn } from '../core/library.js';
import { renderReply } from '../frontends/render-text.js';
import { readArguments, start, UsageError } from '../start.js';

const USAGE = 'Usage: npm run --silent quote -- [--year 2015] [--speaker "Xi"] [--json]   (a year, a speaker or both)';

start(async ({ logger, services }) => {
  const values = readArguments({ options: { year: { type: 'string' }, speaker: { type: 'string' }, json: { type: 'boolean', default: false } } }, USAGE)?.values;
  if (!values) return;
  // The same check /quote's options get on Discord and in the console.
  const checked = checkOptions(quote, { year: values.year, speaker: values.speaker }, true);
  if (!checked.ok) throw new UsageError(`--${checked.problem}\n${USAGE}`);
  const year = typeof checked.options.year === 'number' ? checked.options.year : null;
  const speaker = typeof checked.options.speaker === 'string' ? checked.options.speaker.trim() || undefined : undefined;
  if (year === null && speaker === undefined) throw new UsageError(`Give --year, --speaker or both.\n${USAGE}`);
  const library = (await services(logger('warn'))).libraries.default;
  const result = quotesIn(await library.ready(), { year: year ?? undefined, speaker });
  if (values.json) {
    const quotes = result.quotes.map(({ text, speaker: who, occasion, date, passage, article, kind }) => ({
      text,
      speaker: who,
      occasion,
      date,
      passage,
      kind,
      ...(result.articles ? { article: result.articles[article] } : {}),
    }));
    process.stdout.write(`${JSON.stringify({ year, ...(speaker ? { speaker } : {}), quotes })}\n`);
  } else {
    process.stdout.write(`${renderReply(quoteReply(result), Boolean(process.stdout.isTTY))}\n`);
  }
});
