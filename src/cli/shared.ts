import type { Services } from '../command.js';
import { createServices } from '../app.js';
import { ConfigError, loadConfig, loadDotEnv } from '../config.js';
import { SourceError } from '../core/article.js';
import { ModelError } from '../core/embedder.js';
import { createLogger } from '../logger.js';

/** Services for a one-shot command: logs go to stderr at warn unless LOG_LEVEL says otherwise. */
export function cliServices(): Services {
  loadDotEnv();
  const config = loadConfig();
  return createServices(config, createLogger(config.logLevel ?? 'warn'));
}

/** Runs a CLI entry point: a known failure prints one clear line and exits 1, never a stack trace. */
export function runCli(main: () => Promise<void>): void {
  // `... | head` closes stdout early; that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
  });
  main().catch((error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    const known = error instanceof ConfigError || error instanceof SourceError || error instanceof ModelError;
    const message = known
      ? `${error.message}${error instanceof SourceError && error.path ? ` (${error.path})` : ''}`
      : `Unexpected error: ${(error as Error)?.message ?? String(error)}`;
    process.stderr.write(`${message}\n`);
    process.exitCode = 1;
  });
}

/** Wrong arguments; the message says how to call the command. */
export class UsageError extends Error {
  override name = 'UsageError';
}
