import { commands } from '../commands/index.js';
import { runConsole } from './frontends/console.js';
import { start } from './start.js';

start(async ({ config, logger: makeLogger, services: makeServices }) => {
  if (config.discordToken) {
    const logger = makeLogger('info');
    const services = await makeServices(logger);
    // An unreadable article or model stops the start with a clear message, before logging in.
    await services.libraries.default.ready();
    const { startDiscord } = await import('./frontends/discord.js');
    const bot = await startDiscord({ config, services, commands });
    let stopping = false;
    const stop = (signal: string, code = 0): void => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'shutting down');
      bot.stop().then(
        () => process.exit(code),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    };
    // (A signal handler is called with the signal's number too: it is not an exit code.)
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
    // A defect that escaped every handler: logged, then the bot stops as on SIGTERM and exits 1,
    // for its supervisor (systemd, a container runtime) to start it again.
    process.on('unhandledRejection', (reason) => {
      logger.fatal({ err: reason }, 'unhandled promise rejection');
      stop('unhandledRejection', 1);
    });
    process.on('uncaughtException', (error) => {
      logger.fatal({ err: error }, 'uncaught exception');
      stop('uncaughtException', 1);
    });
    return;
  }
  // In the console the replies are the interface, so only warnings are logged unless asked.
  const logger = makeLogger('warn');
  const interactive = Boolean(process.stdin.isTTY);
  // One local operator, often piping questions in: the per-member rate limit is for Discord.
  const services = { ...(await makeServices(logger)), limiter: null };
  await services.libraries.default.ready();
  // Ctrl-C ends the console like Ctrl-D: the reply being written finishes first.
  const stop = (): void => {
    process.stdin.destroy();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await runConsole({
    input: process.stdin,
    output: process.stdout,
    services,
    commands,
    color: Boolean(process.stdout.isTTY),
    prompt: interactive,
    ...(process.stdout.isTTY ? { columns: process.stdout.columns } : {}),
  });
  await services.libraries.close();
});
