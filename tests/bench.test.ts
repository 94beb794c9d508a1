import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

// The benchmark's figures are printed, never asserted (these machines are noisy); this only
// checks that it runs and that its JSON has the documented shape.
describe('npm run bench -- --quick --json', () => {
  it('prints one JSON object with every documented figure', { timeout: 300_000 }, async () => {
    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'bench', '--', '--quick', '--json'], {
      cwd: ROOT,
      maxBuffer: 16 * 2 ** 20,
    });
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining(['coldStartMs', 'askP50Ms', 'askP99Ms', 'embedPerSec', 'articleBuildMs', 'scale', 'reindex', 'servers', 'escapingMs', 'detail', 'targets']),
    );
    expect(Object.keys(report.embedPerSec)).toEqual(['1', '8', '32']);
    expect(Object.keys(report.scale[0]).sort()).toEqual(
      ['buildS', 'diskMB', 'exactQueryMs', 'passages', 'queryP50Ms', 'queryP99Ms', 'recallAt10', 'rssMB', 'speedup'].sort(),
    );
    for (const value of [report.coldStartMs, report.askP50Ms, report.askP99Ms, report.articleBuildMs, report.scale[0].recallAt10]) {
      expect(Number.isFinite(value)).toBe(true);
    }
    expect(report.reindex.reused).toBeGreaterThan(0);
    expect(Object.keys(report.escapingMs)).toEqual(['16KB', '64KB', '256KB', '1024KB']);
    expect(report.servers).toMatchObject({ servers: 100, rssMB: expect.any(Number), storeMB: expect.any(Number) });
    expect(Number.isFinite(report.servers.commitToAnswerMs.median)).toBe(true);
    // Huge articles of one sentence and of one line: timed, and every passage and excerpt within its cap.
    expect(report.huge.map((row: { shape: string; kb: number }) => `${row.shape} ${row.kb}`)).toEqual(['one sentence 64', 'one sentence 256', 'one line 64', 'one line 256']);
    for (const row of report.huge) expect(row.longestPassage).toBeLessThanOrEqual(700);
    const indexed = report.huge.filter((row: { reindexS: number | null }) => row.reindexS !== null);
    expect(indexed).toHaveLength(2);
    for (const row of indexed) expect(row.longestExcerpt).toBeLessThanOrEqual(700);
  });
});
