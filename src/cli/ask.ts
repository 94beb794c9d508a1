import { createInterface } from 'node:readline';
import { answerReply } from '../../commands/ask.js';
import type { Answer } from '../wording.js';
import { answerJson } from './answer-json.js';
import { renderReply } from '../frontends/render-text.js';
import { readArguments, start, UsageError } from '../start.js';

const USAGE = 'Usage: npm run --silent ask -- [--json] "question"   (no question: one question per line on stdin)';

start(async ({ logger, services }) => {
  const parsed = readArguments({ options: { json: { type: 'boolean', default: false } }, allowPositionals: true }, USAGE);
  if (!parsed) return;
  const { libraries, answers } = await services(logger('warn'));
  const library = libraries.default;
  const print = (answer: Answer): void => {
    process.stdout.write(
      parsed.values.json ? `${JSON.stringify(answerJson(answer))}\n` : `${renderReply(answerReply(answer, false), Boolean(process.stdout.isTTY))}\n\n`,
    );
  };
  const question = parsed.positionals.join(' ').trim();
  // `ask -- --json ""`: a question given, but blank, is asked of no one; only no question at all reads stdin.
  if (parsed.positionals.length > 0 && !question) throw new UsageError(`The question is empty: type what you want to know about the article.\n${USAGE}`);
  if (question) {
    print(await answers.ask(library, question));
    return;
  }
  if (process.stdin.isTTY) process.stderr.write('Type one question per line; end with Ctrl-D.\n');
  for await (const line of createInterface({ input: process.stdin, terminal: false })) {
    if (line.trim()) print(await answers.ask(library, line));
  }
});
