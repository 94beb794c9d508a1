import pino, { type Logger } from 'pino';

/**
 * Structured logs on stderr, so stdout stays free for replies and JSON.
 * Anything named like a secret is censored wherever it appears in a log object.
 */
export function createLogger(level: string): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: {
        paths: ['token', '*.token', 'discordToken', '*.discordToken', 'headers.authorization', '*.headers.authorization', 'DISCORD_TOKEN'],
        censor: '[redacted]',
      },
    },
    pino.destination(2),
  );
}
