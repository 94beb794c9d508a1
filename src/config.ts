import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { decodeText } from './core/encoding.js';
import path from 'node:path';
import { z } from 'zod';
import { bundledModelDir } from './core/embedder.js';

const SNOWFLAKE = /^\d{17,20}$/;
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const schema = z.object({
  DISCORD_TOKEN: optionalText,
  DISCORD_CLIENT_ID: optionalText.refine((v) => v === undefined || SNOWFLAKE.test(v), 'must be a Discord application id (17 to 20 digits)'),
  DISCORD_GUILD_ID: optionalText.refine((v) => v === undefined || SNOWFLAKE.test(v), 'must be a Discord server id (17 to 20 digits)'),
  DISCORD_API_URL: optionalText.refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), 'must be an http(s) URL'),
  MODERATOR_ROLE_IDS: optionalText.refine(
    (v) => v === undefined || v.split(',').every((id) => SNOWFLAKE.test(id.trim())),
    'must be a comma-separated list of Discord role ids',
  ),
  DATABASE_URL: optionalText.refine((v) => v === undefined || /^postgres(?:ql)?:\/\/\S+$/.test(v), 'must be a postgres:// connection URL'),
  ARTICLE_PATH: optionalText,
  INDEX_DIR: optionalText,
  MODEL_DIR: optionalText,
  RATE_LIMIT_COUNT: optionalText.refine((v) => v === undefined || /^\d{1,4}$/.test(v), 'must be a whole number (0 turns rate limiting off)'),
  RATE_LIMIT_WINDOW_SECONDS: optionalText.refine((v) => v === undefined || /^[1-9]\d{0,4}$/.test(v), 'must be a whole number of seconds, 1 or more'),
  SHARD_COUNT: optionalText.refine((v) => v === undefined || /^[1-9]\d{0,3}$/.test(v), 'must be a whole number of shards, 1 or more'),
  LOG_LEVEL: optionalText.refine(
    (v) => v === undefined || ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(v),
    'must be one of fatal, error, warn, info, debug, trace, silent',
  ),
});

export interface Config {
  discordToken: string | undefined;
  discordClientId: string | undefined;
  discordGuildId: string | undefined;
  discordApiUrl: string | undefined;
  moderatorRoleIds: string[];
  articlePath: string;
  indexDir: string;
  /** PostgreSQL for the store; SQLite in the index folder when unset. */
  databaseUrl: string | undefined;
  modelDir: string;
  logLevel: string | undefined;
  /** For `npm run start:sharded`; Discord's recommendation when unset. */
  shardCount: number | undefined;
  /** Commands per user per window; 0 turns the limit off. */
  rateLimit: { count: number; windowSeconds: number };
}

/** Configuration that cannot be used; the message names every bad key and never echoes a value. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The folder with package.json: `src/` run by tsx, or `dist/src/` once compiled, lies under it. */
export const PROJECT_ROOT = (() => {
  let dir = import.meta.dirname;
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
})();

/** Reads and checks the configuration once, naming every missing or bad setting. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`The configuration has ${problems.length === 1 ? 'a problem' : 'problems'}:\n${problems.join('\n')}\nSee .env.example for every setting.`);
  }
  const values = parsed.data;
  const fromRoot = (value: string | undefined, fallback: string): string => path.resolve(PROJECT_ROOT, value ?? fallback);
  return {
    discordToken: values.DISCORD_TOKEN,
    discordClientId: values.DISCORD_CLIENT_ID,
    discordGuildId: values.DISCORD_GUILD_ID,
    discordApiUrl: values.DISCORD_API_URL,
    moderatorRoleIds: values.MODERATOR_ROLE_IDS?.split(',').map((id) => id.trim()) ?? [],
    articlePath: fromRoot(values.ARTICLE_PATH, 'data/world-internet-conference.txt'),
    indexDir: fromRoot(values.INDEX_DIR, 'embeddings'),
    databaseUrl: values.DATABASE_URL,
    modelDir: values.MODEL_DIR ? path.resolve(values.MODEL_DIR) : bundledModelDir(),
    logLevel: values.LOG_LEVEL,
    shardCount: values.SHARD_COUNT === undefined ? undefined : Number(values.SHARD_COUNT),
    rateLimit: { count: Number(values.RATE_LIMIT_COUNT ?? 5), windowSeconds: Number(values.RATE_LIMIT_WINDOW_SECONDS ?? 30) },
  };
}

/**
 * Loads `.env` from the project root when there is one; variables already set win. It may be
 * saved as UTF-8 or as UTF-16 with a byte order mark (Notepad's "Unicode"); anything else is
 * refused with what to save it as, never silently ignored.
 */
export function loadDotEnv(file = path.join(PROJECT_ROOT, '.env')): void {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new ConfigError(`.env could not be read: ${(error as Error).message}`);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    if (decoded.problem === 'empty') return;
    throw new ConfigError('.env is not text the bot can read: save it as UTF-8 (or as UTF-16 with a byte order mark).');
  }
  for (const [key, value] of Object.entries(parseEnv(decoded.text))) {
    if (process.env[key] === undefined) process.env[key] = value;
  }
}
