import { parseArgs } from 'node:util';
import { MAX_YEAR, MIN_YEAR, quoteReply } from '../../commands/quote.js';
import { articleLabel } from '../core/article.js';
import { findQuotes } from '../core/quotations.js';
import { renderReply } from '../frontends/render-text.js';
import { start, UsageError } from '../start.js';

const USAGE = 'Usage: npm run --silent quote -- [--year 2015] [--speaker "Xi"] [--json]   (a year, a speaker or both)';

start(async ({ logger, services }) => {
  let values;
  try {
    ({ values } = parseArgs({
      options: { year: { type: 'string' }, speaker: { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const year = values.year === undefined ? null : Number(values.year);
  const speaker = values.speaker?.trim() || undefined;
  if (year === null && speaker === undefined) throw new UsageError(`Give --year, --speaker or both.\n${USAGE}`);
  if (year !== null && (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR)) {
    throw new UsageError(`--year must be a year between ${MIN_YEAR} and ${MAX_YEAR}.\n${USAGE}`);
  }
  const { library } = services(logger('warn'));
  const { index } = await library.ready();
  const result = findQuotes(index.quotations, index.manifest.articles.map(articleLabel), { year: year ?? undefined, speaker });
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
