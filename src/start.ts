import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Logger } from 'pino';
import { createServices } from './app.js';
import type { Services } from './command.js';
import { type Config, ConfigError, loadConfig, loadDotEnv } from './config.js';
import { SourceError } from './core/article.js';
import { ModelError } from './core/embedder.js';
import { createLogger } from './logger.js';
import { BusyError } from './core/library.js';
import { plainText } from './reply.js';
import { StoreFullError } from './core/store.js';
import { modelProblemText, reindexBusy, sourceProblemText, STORE_FULL } from './wording.js';

/** What every entry point starts from: the checked configuration, and the logger and services built from it. */
export interface Startup {
  config: Config;
  /** The logger at LOG_LEVEL, or at `level` when LOG_LEVEL is not set. */
  logger(level: 'info' | 'warn'): Logger;
  /** The store, the libraries, answer queue, rate limiter and usage counts, logging to `logger`. */
  services(logger: Logger): Promise<Services>;
}

/** Wrong arguments; the message says how to call the command. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * A command line's arguments read against `config` (`--help`/`-h` included): wrong ones are a
 * UsageError with the usage line; with `--help` the usage is printed and the result is null.
 */
type WithHelp<T extends ParseArgsConfig> = T & { options: { help: { type: 'boolean'; short: 'h' } } };

export function readArguments<const T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<WithHelp<T>>> | null {
  const withHelp = { ...config, options: { ...config.options, help: { type: 'boolean', short: 'h' } } } as WithHelp<T>;
  let parsed;
  try {
    parsed = parseArgs(withHelp);
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${usage}`);
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(`${usage}\n`);
    return null;
  }
  return parsed;
}

/**
 * Starts an entry point (the bot, the shard manager, every command-line tool): loads `.env`,
 * checks the configuration, runs `main`. A failure prints one clear line on stderr, never a
 * stack trace, and sets the exit code: 2 for wrong arguments, 1 for anything else.
 */
export function start(main: (startup: Startup) => Promise<void>): void {
  // `... | head` closes stdout early; that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
  });
  const run = async (): Promise<void> => {
    loadDotEnv();
    const config = loadConfig();
    const logger = (level: 'info' | 'warn'): Logger => createLogger(config.logLevel ?? level);
    await main({ config, logger, services: (log) => createServices(config, log) });
  };
  run().catch((error: unknown) => {
    process.stderr.write(`${fatalMessage(error)}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  });
}

/** The one line printed when an entry point stops on an error: what went wrong and, for a file, which. */
export function fatalMessage(error: unknown): string {
  if (error instanceof UsageError || error instanceof ConfigError) return error.message;
  if (error instanceof ModelError) return modelProblemText(error);
  if (error instanceof BusyError) return plainText(reindexBusy(error.holder));
  if (error instanceof StoreFullError) return STORE_FULL;
  if (error instanceof SourceError) return error.path ? `${sourceProblemText(error)} (${error.path})` : sourceProblemText(error);
  return `Stopped because of an unexpected error: ${(error as Error)?.message ?? String(error)}`;
}
