import pino, { type DestinationStream, type Logger } from 'pino';

/** Interaction and webhook tokens in Discord URLs, and a bot token after "Bot ". */
const TOKEN_IN_TEXT = [
  [/\b(interactions|webhooks)\/(\d+)\/[A-Za-z0-9_.-]{20,}/g, '$1/$2/[redacted]'],
  [/\bBot [A-Za-z0-9_.-]{20,}/g, 'Bot [redacted]'],
] as const;

/** A text with every token in it replaced. */
export function scrubTokens(text: string): string {
  return TOKEN_IN_TEXT.reduce<string>((scrubbed, [pattern, replacement]) => scrubbed.replace(pattern, replacement), text);
}

function scrubDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubTokens(value);
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => scrubDeep(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubDeep(item, depth + 1)]));
}

/**
 * Structured logs on stderr, so stdout stays free for replies and JSON.
 * Anything named like a secret is censored wherever it appears in a log object, and an error's
 * message, stack and fields (a discord.js error carries the request URL, which holds the
 * interaction's token) are scrubbed of tokens.
 */
export function createLogger(level: string, destination: DestinationStream = pino.destination(2)): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: {
        paths: ['token', '*.token', 'discordToken', '*.discordToken', 'headers.authorization', '*.headers.authorization', 'DISCORD_TOKEN'],
        censor: '[redacted]',
      },
      serializers: { err: (error: Error) => scrubDeep(pino.stdSerializers.err(error)) },
    },
    destination,
  );
}
