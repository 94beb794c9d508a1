import path from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../config.js';
import { type EvalSplit, evaluateSplit, loadSplit, reportTable, type SplitReport, sweep } from '../eval/evaluate.js';
import { compareStrategies } from '../eval/strategies.js';
import { readArguments, start, UsageError } from '../start.js';

/**
 * `holdout` and `sealed` to `sealed18` are never read, only run (`--split holdout`, `--split sealed`…):
 * the holdout was written after the test split's failures were read, the sealed sets in the seventh, eighth,
 * ninth, twelfth, thirteenth (sealed5 and sealed6) fourteenth (sealed7), fifteenth (sealed8), sixteenth (sealed9), seventeenth (sealed10), eighteenth (sealed11), nineteenth (sealed12), twentieth (sealed13), twenty-first (sealed14), twenty-second (sealed15), twenty-third (sealed16) twenty-fourth (sealed17) and twenty-fifth (sealed18) rounds by writers who saw only the article, and only their totals were ever shown.
 */
export const SPLIT_FILES = {
  dev: 'data/eval/dev.json',
  test: 'data/eval/test.json',
  holdout: 'data/eval/holdout.json',
  sealed: 'data/eval/sealed.json',
  sealed2: 'data/eval/sealed2.json',
  sealed3: 'data/eval/sealed3.json',
  sealed4: 'data/eval/sealed4.json',
  sealed5: 'data/eval/sealed5.json',
  sealed6: 'data/eval/sealed6.json',
  sealed7: 'data/eval/sealed7.json',
  sealed8: 'data/eval/sealed8.json',
  sealed9: 'data/eval/sealed9.json',
  sealed10: 'data/eval/sealed10.json',
  sealed11: 'data/eval/sealed11.json',
  sealed12: 'data/eval/sealed12.json',
  sealed13: 'data/eval/sealed13.json',
  sealed14: 'data/eval/sealed14.json',
  sealed15: 'data/eval/sealed15.json',
  sealed16: 'data/eval/sealed16.json',
  sealed17: 'data/eval/sealed17.json',
  sealed18: 'data/eval/sealed18.json',
} as const;

const SPLITS = Object.keys(SPLIT_FILES);
const USAGE = `Usage: npm run eval -- [--split ${SPLITS.join('|')} | --file QUESTIONS.json] [--misses] [--json] [--sweep] [--strategies]   (--file: any question file of the same shape, e.g. a new blind batch; --sweep: the grounding bounds on dev; --strategies: retrieval strategies by hit@1 and hit@3)`;

function misses(report: SplitReport): string {
  const lines = [`\n${report.split}: wrong answers`];
  for (const j of report.judgements.filter((x) => !x.right)) {
    const expected = j.question.answer ?? j.question.items ?? ['(refuse)'];
    lines.push(`  [${j.question.kind}] ${j.question.question}  rank=${j.rank ?? '-'}  expected: ${expected.join(' + ')}`);
    lines.push(`      ${j.answer.answered ? 'answered' : 'refused'}: ${j.answer.answer.replace(/\s+/g, ' ').slice(0, 220)}`);
  }
  return lines.join('\n');
}

/**
 * A file given with --file, read before the model loads: a missing or malformed one is a usage error, said plainly. A relative path
 * is from where the command was typed (npm runs scripts from the package root and keeps that place in INIT_CWD).
 */
async function readQuestionFile(file: string): Promise<EvalSplit> {
  try {
    return await loadSplit(path.resolve(process.env.INIT_CWD || process.cwd(), file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`There is no file ${file}.\n${USAGE}`);
    if (error instanceof z.ZodError) throw new UsageError(`${file} is not a question file: ${z.prettifyError(error)}`);
    throw new UsageError(`${file} is not a question file: ${(error as Error).message}`);
  }
}

start(async ({ logger, services: makeServices }) => {
  const values = readArguments(
    {
      options: {
        split: { type: 'string' },
        file: { type: 'string' },
        json: { type: 'boolean', default: false },
        misses: { type: 'boolean', default: false },
        sweep: { type: 'boolean', default: false },
        strategies: { type: 'boolean', default: false },
      },
    },
    USAGE,
  )?.values;
  if (!values) return;
  if (values.split !== undefined && !Object.hasOwn(SPLIT_FILES, values.split)) throw new UsageError(`--split is ${SPLITS.slice(0, -1).join(', ')} or ${SPLITS.at(-1)}.\n${USAGE}`);
  if (values.split !== undefined && values.file !== undefined) throw new UsageError(`Give --split or --file, not both.\n${USAGE}`);
  if (values.sweep && (values.split !== undefined || values.file !== undefined)) throw new UsageError(`--sweep runs on the dev split only.\n${USAGE}`);
  if (values.sweep) {
    const services = await makeServices(logger('warn'));
    process.stdout.write(`${await sweep(services, await loadSplit(path.join(PROJECT_ROOT, SPLIT_FILES.dev)))}\n`);
    return;
  }
  const names = values.split ? [values.split as keyof typeof SPLIT_FILES] : (['dev', 'test'] as const);
  const splits =
    values.file !== undefined ? [await readQuestionFile(values.file)] : await Promise.all(names.map((name) => loadSplit(path.join(PROJECT_ROOT, SPLIT_FILES[name]))));
  const services = await makeServices(logger('warn'));
  if (values.strategies) {
    for (const split of splits) {
      const table = await compareStrategies(await services.libraries.default.ready(), split);
      process.stdout.write(`${split.split}: ${table}\n\n`);
    }
    return;
  }
  const reports: SplitReport[] = [];
  for (const split of splits) reports.push(await evaluateSplit(services, split));
  if (values.json) {
    process.stdout.write(`${JSON.stringify(reports.map(({ judgements, ...rest }) => ({ ...rest, questions: judgements.length })))}\n`);
    return;
  }
  process.stdout.write(`${reportTable(reports)}\n`);
  if (values.misses) for (const report of reports) process.stdout.write(`${misses(report)}\n`);
});
