import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../config.js';
import { evaluate, loadQuestions, type MethodReport } from '../eval/evaluate.js';
import { sweep } from '../eval/sweep.js';
import { cliServices, runCli, UsageError } from './shared.js';

const USAGE = 'Usage: npm run eval -- [--json] [--misses] [--sweep] [--questions file.json]';

function table(reports: MethodReport[]): string {
  const rows: Array<[string, (report: MethodReport) => string]> = [
    ['hit@1', (r) => r.hitAt1.toFixed(3)],
    ['hit@3', (r) => r.hitAt3.toFixed(3)],
    ['MRR', (r) => r.mrr.toFixed(3)],
    ['out-of-scope refused', (r) => `${(r.outOfScopeRefused * 100).toFixed(1)}%`],
    ['answerable refused', (r) => `${(r.answerableRefused * 100).toFixed(1)}%`],
  ];
  const width = 22;
  const header = ['', ...reports.map((r) => r.method)].map((cell, i) => (i === 0 ? cell.padEnd(width) : cell.padStart(18))).join('');
  const lines = rows.map(([label, value]) => [label.padEnd(width), ...reports.map((r) => value(r).padStart(18))].join(''));
  const counts = `${reports[0]?.answerable ?? 0} answerable questions, ${reports[0]?.outOfScope ?? 0} out of scope`;
  return [header, ...lines, '', counts].join('\n');
}

runCli(async () => {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        json: { type: 'boolean', default: false },
        misses: { type: 'boolean', default: false },
        sweep: { type: 'boolean', default: false },
        questions: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const questions = await loadQuestions(values.questions ?? path.join(PROJECT_ROOT, 'data/eval/questions.json'));
  const { knowledge } = cliServices();
  if (values.sweep) {
    process.stdout.write(`${await sweep(knowledge, questions)}\n`);
    return;
  }
  const reports = await evaluate(knowledge, questions);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ questions: questions.length, methods: reports })}\n`);
    return;
  }
  process.stdout.write(`${table(reports)}\n`);
  if (values.misses) {
    for (const report of reports) {
      process.stdout.write(`\n${report.method}: misses\n`);
      for (const miss of report.misses) {
        process.stdout.write(`  [${miss.kind}] ${miss.question}  rank=${miss.rank ?? '-'}${miss.refused ? ' refused' : ''}\n`);
      }
    }
  }
});
