import { commands } from '../commands/index.js';
import { createServices } from './app.js';
import { ConfigError, loadConfig, loadDotEnv } from './config.js';
import { SourceError } from './core/article.js';
import { ModelError } from './core/embedder.js';
import { runConsole } from './frontends/console.js';
import { createLogger } from './logger.js';

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  if (config.discordToken) {
    const logger = createLogger(config.logLevel ?? 'info');
    const { startDiscord } = await import('./frontends/discord.js');
    const client = await startDiscord({ config, services: createServices(config, logger), commands });
    const stop = (signal: string): void => {
      logger.info({ signal }, 'shutting down');
      void client.destroy().finally(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return;
  }
  // In the console the replies are the interface, so only warnings are logged unless asked.
  const logger = createLogger(config.logLevel ?? 'warn');
  const interactive = Boolean(process.stdin.isTTY);
  await runConsole({
    input: process.stdin,
    output: process.stdout,
    services: createServices(config, logger),
    commands,
    color: Boolean(process.stdout.isTTY),
    prompt: interactive,
  });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof SourceError || error instanceof ModelError) {
    process.stderr.write(`${error instanceof SourceError && error.path ? `${error.message} (${error.path})` : error.message}\n`);
  } else {
    process.stderr.write(`The bot stopped because of an unexpected error: ${(error as Error)?.message ?? String(error)}\n`);
  }
  process.exitCode = 1;
});
