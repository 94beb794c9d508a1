import { SingleBar, Presets } from 'cli-progress';
import path from 'node:path';
import { previewReply, reindexReply } from '../../commands/reindex.js';
import { readArticle, type Source } from '../core/article.js';
import { renderReply } from '../frontends/render-text.js';
import { readArguments, start } from '../start.js';

const USAGE =
  'Usage: npm run reindex [-- --article path/to/new-article.txt|.md|.html|.pdf] [--dry-run]   (replaces the article, or joins a folder of them; --dry-run shows what would be indexed and changes nothing)';

start(async ({ logger, services }) => {
  const values = readArguments({ options: { article: { type: 'string' }, 'dry-run': { type: 'boolean' } } }, USAGE)?.values;
  if (!values) return;
  // The same rule as an upload on Discord: a .txt, .md, .html or .pdf file within its format's size limit.
  const upload: Source | undefined = values.article ? await readArticle(path.resolve(values.article), { isolated: true }) : undefined;
  const log = logger('warn');
  const library = (await services(log)).libraries.default;
  if (values['dry-run']) {
    const preview = await library.preview(upload ? { upload } : {});
    process.stdout.write(`${renderReply(previewReply(preview), Boolean(process.stdout.isTTY))}\n`);
    return;
  }
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
