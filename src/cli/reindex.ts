import { SingleBar, Presets } from 'cli-progress';
import path, { basename } from 'node:path';
import { reindexReply } from '../../commands/reindex.js';
import { readArticle } from '../core/article.js';
import { renderReply } from '../frontends/render-text.js';
import { readArguments, start } from '../start.js';

const USAGE = 'Usage: npm run reindex [-- --article path/to/new-article.txt]   (replaces the article, or joins a folder of them)';

start(async ({ logger, services }) => {
  const values = readArguments({ options: { article: { type: 'string' } } }, USAGE)?.values;
  if (!values) return;
  let upload: { name: string; text: string } | undefined;
  if (values.article) {
    const file = values.article;
    upload = { name: basename(file), text: await readArticle(path.resolve(file)) };
  }
  const log = logger('warn');
  const library = (await services(log)).libraries.default;
  // The bar goes to stderr and only on a terminal, so piped output stays clean.
  const bar = process.stderr.isTTY
    ? new SingleBar(
        { format: 'Embedding {bar} {percentage}% | {value}/{total} texts ({reused} reused) | {duration}s', hideCursor: true },
        Presets.shades_classic,
      )
    : null;
  let started = false;
  const report = await library.reindex({
    ...(upload ? { upload } : {}),
    requestedBy: 'command line',
    onProgress: ({ done, total, reused }) => {
      log.debug({ done, total, reused }, 'embedding progress');
      if (!bar) return;
      if (!started) {
        bar.start(total, done, { reused });
        started = true;
      } else bar.update(done, { reused });
    },
  });
  bar?.stop();
  process.stdout.write(`${renderReply(reindexReply(report), Boolean(process.stdout.isTTY))}\n`);
});
