/**
 * Load through the fake Discord (`npm run load`): prints figures, asserts nothing.
 *
 * 1. 500 `/ask` interactions sent at once: how long each waited for its acknowledgement
 *    (Discord allows three seconds) and whether all were answered.
 * 2. 10,000 questions in waves of 100: the bot's resident memory before and after.
 *
 * The bot runs as `npm start` does, in its own process; all traffic stays on 127.0.0.1 and
 * the run is bounded in count and time. Rate limiting is off for it (RATE_LIMIT_COUNT=0):
 * this measures capacity, not the limit.
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { summarize } from '../src/bench/stats.js';
import { loadSplit } from '../src/eval/evaluate.js';
import { FakeDiscord } from './fake-discord.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, burst: { type: 'string', default: '500' }, total: { type: 'string', default: '10000' } } });
const BURST = Number(values.burst);
const TOTAL = Number(values.total);
const WAVE = 100;
const DEADLINE = Date.now() + 15 * 60_000;
const say = (text: string): void => {
  process.stderr.write(`${text}\n`);
};

async function rssMB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN) / 1024;
}

const fake = await new FakeDiscord().start();
const dir = await mkdtemp(path.join(tmpdir(), 'article-bot-load-'));
const articlePath = path.join(dir, 'article.txt');
await copyFile(path.join(ROOT, 'data/world-internet-conference.txt'), articlePath);
const bot = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  cwd: ROOT,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, DISCORD_TOKEN: 'load-test-token', DISCORD_API_URL: fake.apiUrl, ARTICLE_PATH: articlePath, INDEX_DIR: path.join(dir, 'embeddings'), LOG_LEVEL: 'error', RATE_LIMIT_COUNT: '0' },
});

try {
  await fake.waitFor(() => fake.identifies.length > 0, 60_000);
  const questions = (await loadSplit(path.join(ROOT, 'data/eval/dev.json'))).questions.map((q) => q.question);
  let asked = 0;
  const ask = () => {
    const question = questions[asked % questions.length]!;
    const userId = String(950_000_000_000_000_000n + BigInt(asked % 5000));
    asked += 1;
    return { sentAt: Date.now(), interaction: fake.interact({ name: 'ask', userId, options: [{ name: 'question', type: 3, value: question }] }) };
  };
  const settle = async (sent: Array<ReturnType<typeof ask>>) =>
    Promise.all(sent.map(async ({ sentAt, interaction }) => {
      const final = await fake.finalMessage(interaction, Math.max(1_000, DEADLINE - Date.now()));
      const callback = fake.responsesTo(interaction).find((request) => request.path.endsWith('/callback'))!;
      return { ackMs: callback.at - sentAt, doneMs: Math.max(...final.requests.map((request) => request.at)) - sentAt, deferred: final.deferred, answered: Boolean(final.body?.embeds?.length) };
    }));

  say('warming up…');
  await settle(Array.from({ length: 20 }, ask));

  say(`${BURST} /ask at once…`);
  const burst = await settle(Array.from({ length: BURST }, ask));
  const acks = burst.map((result) => result.ackMs);
  const burstFigures = {
    interactions: BURST,
    acknowledgedWithin3s: burst.filter((result) => result.ackMs <= 3_000).length,
    answered: burst.filter((result) => result.answered).length,
    deferred: burst.filter((result) => result.deferred).length,
    ackMs: summarize(acks, 0),
    answerMs: summarize(burst.map((result) => result.doneMs), 0),
  };
  say(JSON.stringify(burstFigures));

  const before = await rssMB(bot.pid!);
  say(`${TOTAL} questions in waves of ${WAVE}: resident ${before.toFixed(0)} MB before`);
  const samples: Array<{ questions: number; rssMB: number }> = [{ questions: 0, rssMB: Math.round(before) }];
  let answered = 0;
  for (let done = 0; done < TOTAL && Date.now() < DEADLINE; done += WAVE) {
    const wave = await settle(Array.from({ length: Math.min(WAVE, TOTAL - done) }, ask));
    answered += wave.filter((result) => result.answered).length;
    if ((done + WAVE) % 1000 === 0) {
      samples.push({ questions: done + WAVE, rssMB: Math.round(await rssMB(bot.pid!)) });
      say(`  ${done + WAVE}: ${samples.at(-1)!.rssMB} MB`);
    }
  }
  const after = await rssMB(bot.pid!);
  const report = {
    burst: burstFigures,
    memory: { questions: TOTAL, answered, rssBeforeMB: Math.round(before), rssAfterMB: Math.round(after), growthMB: Math.round(after - before), samples },
  };
  if (values.json) process.stdout.write(`${JSON.stringify(report)}\n`);
  else {
    process.stdout.write(
      [
        `Burst: ${burstFigures.acknowledgedWithin3s}/${BURST} acknowledged within 3 s (max ${burstFigures.ackMs.max} ms, p99 ${burstFigures.ackMs.p99} ms), ${burstFigures.answered}/${BURST} answered (${burstFigures.deferred} deferred), last answer after ${burstFigures.answerMs.max} ms`,
        `Memory: ${report.memory.rssBeforeMB} MB → ${report.memory.rssAfterMB} MB over ${TOTAL} questions (${report.memory.growthMB >= 0 ? '+' : ''}${report.memory.growthMB} MB), ${answered} answered`,
      ].join('\n') + '\n',
    );
  }
} finally {
  bot.kill('SIGTERM');
  await new Promise((resolve) => bot.once('exit', resolve));
  await fake.stop();
  await rm(dir, { recursive: true, force: true });
}
