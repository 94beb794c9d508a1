import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { embeddedCorpus } from '../bench/corpus.js';
import { type Summary, summarize, time } from '../bench/stats.js';
import { PROJECT_ROOT } from '../config.js';
import { prepareCorpus, readSources } from '../core/article.js';
import { createTransformersEmbedder, type Embedder } from '../core/embedder.js';
import { buildIndex } from '../core/index-build.js';
import { efFor, HNSW_PARAMS } from '../core/vector-index.js';
import { AnswerQueue } from '../answer-queue.js';
import { Libraries } from '../core/libraries.js';
import type { Library } from '../core/library.js';
import { Store } from '../core/store.js';
import type { AskTimings } from '../core/reader.js';
import { loadSplit } from '../eval/evaluate.js';
import { measureHugeArticles } from '../bench/huge.js';
import { measureServers, type ServersFigures } from '../bench/servers.js';
import { markdown } from '../frontends/discord-render.js';
import { readArguments, start } from '../start.js';
import { judgeLanguage, judgeQuestionLanguage } from '../core/language.js';

const USAGE = 'Usage: npm run bench -- [--quick] [--json] [--servers-only]   (--servers-only: only the many-servers figures)';
const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const QUESTION = 'How many internet users did China have?';

let json = false;
/** Progress goes to stderr, so `--json` keeps stdout to the one object. */
const say = (text: string): void => {
  process.stderr.write(`${text}\n`);
};

/** Spawns a process and resolves when it first prints on stdout (or exits): the whole-process cold start. */
function firstOutput(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ ms: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let answeredAt: number | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      answeredAt ??= performance.now();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${command} exited with ${code}`));
      else resolve({ ms: (answeredAt ?? performance.now()) - started, stdout });
    });
  });
}

function runChild(mode: 'build' | 'serve', jobFile: string): Promise<any> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [path.join(PROJECT_ROOT, 'src/bench/hnsw-child.ts'), mode, jobFile], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`hnsw ${mode} failed (${code})`))));
  });
}

interface ScaleResult {
  passages: number;
  buildS: number;
  diskMB: number;
  rssMB: number;
  queryP50Ms: number;
  queryP99Ms: number;
  recallAt10: number;
  exactQueryMs: number;
  speedup: number;
  ef: number;
  m: number;
  efConstruction: number;
  curve: Array<{ ef: number; recallAt10: number; p50Ms: number; p99Ms: number }>;
}

async function measureScale(
  work: string,
  vectors: Float32Array[],
  texts: string[],
  count: number,
  queries: number,
  params: { m: number; efConstruction: number },
  efs: number[],
): Promise<ScaleResult> {
  const dimensions = vectors[0]!.length;
  const dir = path.join(work, `scale-${count}-${params.m}-${params.efConstruction}`);
  await mkdir(dir, { recursive: true });
  const picked = [...vectors.slice(0, count), ...vectors.slice(vectors.length - queries)];
  const packed = new Float32Array(picked.length * dimensions);
  picked.forEach((vector, i) => packed.set(vector, i * dimensions));
  const job = {
    vectors: path.join(dir, 'vectors.f32'),
    count,
    queries,
    dimensions,
    m: params.m,
    efConstruction: params.efConstruction,
    efs: [...new Set([...efs, efFor(count)])].sort((a, b) => a - b),
    indexFile: path.join(dir, 'index.hnsw'),
    exactFile: path.join(dir, 'exact.json'),
    textsFile: path.join(dir, 'texts.json'),
  };
  await writeFile(job.vectors, new Uint8Array(packed.buffer));
  await writeFile(job.textsFile, JSON.stringify(texts.slice(0, count)));
  const jobFile = path.join(dir, 'job.json');
  await writeFile(jobFile, JSON.stringify(job));
  const built = await runChild('build', jobFile);
  const served = await runChild('serve', jobFile);
  const curve = (served.curve as Array<{ ef: number; recallAt10: number; query: Summary }>).map((point) => ({
    ef: point.ef,
    recallAt10: Math.round(point.recallAt10 * 1000) / 1000,
    p50Ms: point.query.p50,
    p99Ms: point.query.p99,
  }));
  const chosen = curve.find((point) => point.ef === efFor(count))!;
  const exactMs = (built.exact as Summary).p50;
  await rm(dir, { recursive: true, force: true });
  return {
    passages: count,
    buildS: Math.round(built.buildS * 100) / 100,
    diskMB: Math.round(built.diskMB * 10) / 10,
    rssMB: Math.round(served.rssMB),
    queryP50Ms: chosen.p50Ms,
    queryP99Ms: chosen.p99Ms,
    recallAt10: chosen.recallAt10,
    exactQueryMs: exactMs,
    speedup: Math.round((exactMs / Math.max(chosen.p50Ms, 0.001)) * 10) / 10,
    ef: chosen.ef,
    m: params.m,
    efConstruction: params.efConstruction,
    curve,
  };
}

/** A folder of articles made of corpus passages, about `perArticle` paragraphs each. */
async function writeArticles(folder: string, texts: string[], perArticle: number, variant = ''): Promise<void> {
  await mkdir(folder, { recursive: true });
  for (let start = 0, n = 0; start < texts.length; start += perArticle, n += 1) {
    const paragraphs = texts.slice(start, start + perArticle).map((text) => (/[.!?]$/.test(text) ? text : `${text}.`));
    if (n === 0 && variant) paragraphs.forEach((_, i) => (paragraphs[i] = `${variant} ${paragraphs[i]}`));
    const body = [`Bench article ${n + 1}`, '', 'By THE BENCH', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
    await writeFile(path.join(folder, `article-${String(n + 1).padStart(4, '0')}.txt`), body);
  }
}

start(async ({ config, logger: makeLogger }) => {
  const values = readArguments(
    { options: { quick: { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, 'servers-only': { type: 'boolean', default: false } } },
    USAGE,
  )?.values;
  if (!values) return;
  json = values.json;
  const quick = values.quick;
  const logger = makeLogger('warn');
  const work = await mkdtemp(path.join(tmpdir(), 'article-bot-bench-'));
  const makeEmbedder = (batchSize?: number): Promise<Embedder> =>
    createTransformersEmbedder({ modelDir: config.modelDir, ...(batchSize ? { batchSize } : {}) });
  // The default library of an article (or folder) with its own store in `indexDir`, as the bot keeps it.
  const stores = new Map<string, Store>();
  const libraryAt = async (sourcePath: string, indexDir: string): Promise<Library> => {
    let store = stores.get(indexDir);
    if (!store) {
      store = await Store.open({ sqliteFile: path.join(indexDir, 'store.sqlite') });
      stores.set(indexDir, store);
    }
    return new Libraries({ store, sourcePath, indexDir, createEmbedder: () => makeEmbedder(), logger }).default;
  };
  const answers = new AnswerQueue();

  const serverCount = quick ? 100 : 1000;
  const servers = async (): Promise<ServersFigures> => {
    say(`${serverCount} servers, each with an article of its own, in one process over one SQLite store…`);
    const figures = await measureServers(path.join(work, 'servers'), config.articlePath, serverCount, () => makeEmbedder(), logger);
    say(
      `  resident ${figures.rssMB} MB with all loaded (${figures.rssPerServerKB} KB per server); store ${figures.storeMB} MB\n` +
        `  setting up a server (embed + commit) ${JSON.stringify(figures.reindexMs)}\n` +
        `  first answer of a server not in memory ${JSON.stringify(figures.firstAnswerMs)}\n  warm answer ${JSON.stringify(figures.warmAnswerMs)}\n` +
        `  reindex committed in one process to an answer from it in another ${JSON.stringify(figures.commitToAnswerMs)}`,
    );
    return figures;
  };
  if (values['servers-only']) {
    try {
      const figures = await servers();
      if (json) process.stdout.write(`${JSON.stringify({ servers: figures })}\n`);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
    return;
  }
  try {
    say(`Benchmark on ${process.platform}/${process.arch}, Node ${process.version}${quick ? ' (quick)' : ''}`);
    // The bot's own index, built once so cold starts below load it.
    await (await libraryAt(config.articlePath, config.indexDir)).ready();

    say('Cold start: process start to first answer of the compiled bot (dist/), prebuilt index…');
    // The compiled bot is what `npm start` and `npm run ask` run: build it first if the sources changed.
    const built = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'src/ensure-build.mjs')], { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (built.status !== 0) throw new Error('could not build the bot to dist/');
    const coldRuns = quick ? 2 : 5;
    const whole: number[] = [];
    for (let run = 0; run < coldRuns; run += 1) {
      whole.push((await firstOutput(process.execPath, ['--enable-source-maps', 'dist/src/cli/ask.js', '--json', QUESTION], { ...process.env, LOG_LEVEL: 'silent' })).ms);
    }
    const inProcess: number[] = [];
    for (let run = 0; run < coldRuns; run += 1) {
      const cold = await libraryAt(config.articlePath, config.indexDir);
      inProcess.push((await time(() => answers.ask(cold, QUESTION))).ms);
      // Its warm-up must not run during the warm measurement below.
      await cold.warmed();
    }
    const coldStart = { wholeProcessMs: summarize(whole, 0), inProcessMs: summarize(inProcess, 0) };
    say(`  whole process ${JSON.stringify(coldStart.wholeProcessMs)}\n  in process (model + index load + answer) ${JSON.stringify(coldStart.inProcessMs)}`);

    say('Warm /ask…');
    const library = await libraryAt(config.articlePath, config.indexDir);
    await library.warmed();
    const questions = (await loadSplit(path.join(PROJECT_ROOT, 'data/eval/dev.json'))).questions.map((q) => q.question);
    const askCount = quick ? 100 : 553;
    // Warm means warm: the first answers pay for JIT compilation and lazy loading.
    for (const question of questions.slice(0, 20)) await answers.ask(library, question);
    const totals: number[] = [];
    const stages: Record<keyof AskTimings, number[]> = { understandMs: [], embedMs: [], searchMs: [], composeMs: [] };
    for (let i = 0; i < askCount; i += 1) {
      const { value, ms } = await time(() => answers.traced(library, questions[i % questions.length]!));
      totals.push(ms);
      for (const key of Object.keys(stages) as Array<keyof AskTimings>) stages[key].push(value.trace.timings[key]);
    }
    const warm = {
      questions: askCount,
      totalMs: summarize(totals, 2),
      understandMs: summarize(stages.understandMs, 3),
      embedMs: summarize(stages.embedMs, 2),
      searchMs: summarize(stages.searchMs, 3),
      composeMs: summarize(stages.composeMs, 3),
    };
    say(`  ${askCount} questions: total ${JSON.stringify(warm.totalMs)}\n  understanding ${JSON.stringify(warm.understandMs)}\n  embedding ${JSON.stringify(warm.embedMs)}\n  search ${JSON.stringify(warm.searchMs)}\n  answer composition ${JSON.stringify(warm.composeMs)}`);

    say('Escaping text for Discord (linear in its length)…');
    const escaping: Record<string, number> = {};
    for (const kb of [16, 64, 256, 1024]) {
      const text = '*_[x](y) #'.repeat(Math.ceil((kb * 1024) / 10)).slice(0, kb * 1024);
      const runs: number[] = [];
      for (let run = 0; run < 3; run += 1) runs.push((await time(() => markdown(text))).ms);
      escaping[`${kb}KB`] = summarize(runs, 2).median;
    }
    say(`  median ms: ${JSON.stringify(escaping)}`);

    say(`Huge articles: one sentence and one line, ${quick ? '64 and 256 KB' : '256 KB and 1 MB'} (work linear in size; every passage and answer within its cap)…`);
    const hugeDir = path.join(work, 'huge');
    await mkdir(hugeDir, { recursive: true });
    const huge = await measureHugeArticles(hugeDir, config.articlePath, () => makeEmbedder(), logger, quick ? [64 * 1024, 256 * 1024] : [256 * 1024, 1024 * 1024], quick ? 64 * 1024 : 1024 * 1024);
    for (const row of huge) {
      const indexed = row.reindexS === null ? '' : `; reindexed in ${row.reindexS} s; answered in ${row.answerMs} ms (answer ${row.answerChars} chars, longest excerpt ${row.longestExcerpt})`;
      say(`  ${row.shape}, ${row.kb} KB: cleaned and cut in ${row.prepareMs} ms into ${row.passages} passages (longest ${row.longestPassage} chars)${indexed}`);
    }

    say('Embedding throughput…');
    const sources = await readSources(config.articlePath);
    const corpus = prepareCorpus(sources);
    const articleTexts = [...corpus.passages.map((p) => p.text), ...corpus.passages.flatMap((p) => p.sentences.map(([a, b]) => p.text.slice(a, b)))];
    const embedPerSec: Record<string, Summary> = {};
    for (const batchSize of [1, 8, 32]) {
      const embedder = await makeEmbedder(batchSize);
      await embedder.embed(articleTexts.slice(0, batchSize));
      const rates: number[] = [];
      for (let run = 0; run < (quick ? 1 : 3); run += 1) {
        const { ms } = await time(() => embedder.embed(articleTexts));
        rates.push(articleTexts.length / (ms / 1000));
      }
      embedPerSec[String(batchSize)] = summarize(rates, 1);
      say(`  batch ${batchSize}: ${JSON.stringify(embedPerSec[String(batchSize)])} texts/s (${articleTexts.length} passages and sentences)`);
    }

    say('Full index build of the article…');
    const buildTimes: number[] = [];
    const embedder = await makeEmbedder();
    for (let run = 0; run < (quick ? 1 : 3); run += 1) buildTimes.push((await time(() => buildIndex(corpus, embedder))).ms);
    const articleBuild = summarize(buildTimes, 0);
    say(`  ${JSON.stringify(articleBuild)} ms`);

    const sizes = quick ? [2000] : [10_000, 100_000];
    const queryCount = quick ? 200 : 500;
    const largest = Math.max(...sizes);
    say(`Real-text corpus: ${largest + queryCount} passages (embeddings cached in .cache/bench)…`);
    let lastShown = 0;
    const real = await embeddedCorpus(largest + queryCount, PROJECT_ROOT, embedder, (done, total) => {
      if (done - lastShown >= 10_240 || done === total) {
        lastShown = done;
        say(`  ${done}/${total}`);
      }
    });
    if (real.texts.length < largest + queryCount) say(`  only ${real.texts.length} passages of prose found on this machine`);

    const scale: ScaleResult[] = [];
    for (const size of sizes.filter((s) => s + queryCount <= real.texts.length)) {
      say(`HNSW at ${size} passages…`);
      const result = await measureScale(work, real.vectors, real.texts, size, queryCount, HNSW_PARAMS, [16, 32, 64, 96, 128, 192, 256, 384]);
      scale.push(result);
      say(`  build ${result.buildS} s, ${result.diskMB} MB on disk, ${result.rssMB} MB resident, query p50 ${result.queryP50Ms} ms p99 ${result.queryP99Ms} ms at ef ${result.ef}, recall@10 ${result.recallAt10}, exact ${result.exactQueryMs} ms: ${result.speedup}x`);
      say(`  ef curve: ${result.curve.map((p) => `ef ${p.ef}: recall ${p.recallAt10} p50 ${p.p50Ms} ms`).join('; ')}`);
    }

    const tuning: Array<Pick<ScaleResult, 'm' | 'efConstruction' | 'buildS' | 'recallAt10' | 'queryP50Ms' | 'ef'>> = [];
    if (!quick && real.texts.length >= 10_000 + queryCount) {
      say('HNSW parameters at 10,000 passages (M × efConstruction)…');
      for (const m of [8, 16, 32]) {
        for (const efConstruction of [100, 200, 400]) {
          const result = await measureScale(work, real.vectors, real.texts, 10_000, queryCount, { m, efConstruction }, []);
          tuning.push({ m, efConstruction, buildS: result.buildS, recallAt10: result.recallAt10, queryP50Ms: result.queryP50Ms, ef: result.ef });
          say(`  M ${m} efConstruction ${efConstruction}: build ${result.buildS} s, recall@10 ${result.recallAt10}, p50 ${result.queryP50Ms} ms (ef ${result.ef})`);
        }
      }
    }

    const corpusSize = quick ? 400 : 10_000;
    say(`Incremental reindex of a ${corpusSize}-passage corpus after one article changes…`);
    const folder = path.join(work, 'articles');
    // The machine's documentation has some pages in other languages, and a library refuses an article it cannot read.
    const english: string[] = [];
    for (const text of real.texts) {
      if (english.length >= corpusSize) break;
      if ((await judgeQuestionLanguage(text)).readable && (await judgeLanguage(text)).readable) english.push(text);
    }
    await writeArticles(folder, english, 100);
    const corpusLibrary = await libraryAt(folder, path.join(work, 'articles-index'));
    const full = await time(() => corpusLibrary.reindex());
    // A settled library: its warm-up (the phrase table, embedded once and kept in the store) is not the reindex's cost.
    await corpusLibrary.warmed();
    await writeArticles(folder, english.slice(0, 100), 100, 'Updated:');
    const incremental = await time(() => corpusLibrary.reindex());
    const reindex = {
      passages: full.value.passagesAfter,
      articles: full.value.articles,
      fullBuildS: Math.round(full.ms / 10) / 100,
      incrementalS: Math.round(incremental.ms / 10) / 100,
      share: Math.round((incremental.ms / full.ms) * 1000) / 1000,
      embedded: incremental.value.embedded,
      reused: incremental.value.reused,
    };
    say(`  full build ${reindex.fullBuildS} s; after changing one article ${reindex.incrementalS} s (${(reindex.share * 100).toFixed(1)}% of full): embedded ${reindex.embedded}, reused ${reindex.reused}`);

    const manyServers = await servers();

    const at100k = scale.find((s) => s.passages === 100_000);
    const report = {
      quick,
      coldStartMs: coldStart.wholeProcessMs.median,
      askP50Ms: warm.totalMs.p50,
      askP99Ms: warm.totalMs.p99,
      embedPerSec: Object.fromEntries(Object.entries(embedPerSec).map(([batch, summary]) => [batch, summary.median])),
      articleBuildMs: articleBuild.median,
      scale: scale.map(({ curve, m, efConstruction, ef, ...figures }) => figures),
      reindex,
      servers: manyServers,
      escapingMs: escaping,
      huge,
      detail: { coldStart, warm, embedPerSec, articleBuildMs: articleBuild, scale, tuning },
      targets: {
        askP99Ms: { target: 20, measured: warm.totalMs.p99, met: warm.totalMs.p99 <= 20 },
        coldStartMs: { target: 1500, measured: coldStart.wholeProcessMs.median, met: coldStart.wholeProcessMs.median <= 1500 },
        ...(at100k
          ? {
              recallAt10: { target: 0.98, measured: at100k.recallAt10, met: at100k.recallAt10 >= 0.98 },
              speedup: { target: 50, measured: at100k.speedup, met: at100k.speedup >= 50 },
              rssMB: { target: 1024, measured: at100k.rssMB, met: at100k.rssMB < 1024 },
            }
          : {}),
        reindexShare: { target: 0.05, measured: reindex.share, met: reindex.share <= 0.05 },
      },
    };
    if (json) process.stdout.write(`${JSON.stringify(report)}\n`);
    else {
      process.stdout.write(quick ? '\nTargets (a quick run is smaller than the targets assume: run without --quick to check them)\n' : '\nTargets\n');
      for (const [name, target] of Object.entries(report.targets)) {
        process.stdout.write(`  ${name.padEnd(14)} measured ${String(target.measured).padStart(8)}  target ${String(target.target).padStart(6)}  ${target.met ? 'met' : 'MISSED'}\n`);
      }
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
