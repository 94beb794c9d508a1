// Builds the bot to dist/ when dist/ is missing or older than any source file, before an entry
// point runs (npm's pre-scripts call it). Plain JavaScript, so it runs before anything is
// compiled. It writes to stderr only: the command line's stdout is JSON that tools read.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const stamp = path.join(root, 'dist', '.built');

function newestSource(dir) {
  // A folder's own time changes when a file in it is added, renamed or deleted.
  let newest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

const sources = Math.max(
  newestSource(path.join(root, 'src')),
  newestSource(path.join(root, 'commands')),
  statSync(path.join(root, 'tsconfig.json')).mtimeMs,
  statSync(path.join(root, 'tsconfig.build.json')).mtimeMs,
);
const force = process.argv.includes('--force');
if (force || !existsSync(stamp) || statSync(stamp).mtimeMs < sources) {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  if (!existsSync(tsc)) {
    process.stderr.write('dist/ is missing or out of date, and TypeScript is not installed to build it: run `npm ci` (with dev dependencies) and `npm run build`.\n');
    process.exit(1);
  }
  if (!force) process.stderr.write('Building the bot to dist/ (the sources changed)…\n');
  // A clean build: nothing compiled from a source since deleted or renamed is left behind.
  rmSync(path.join(root, 'dist'), { recursive: true, force: true });
  const built = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { cwd: root, stdio: ['ignore', 2, 2] });
  if (built.status !== 0) {
    process.stderr.write('The build failed; see the errors above.\n');
    process.exit(built.status ?? 1);
  }
  writeFileSync(stamp, new Date().toISOString());
}
