import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Logger } from 'pino';
import type { KnowledgeBase } from './core/knowledge.js';
import type { RateLimiter, Usage } from './usage.js';

/** A file a user attached to a command. */
export interface AttachmentInput {
  name: string;
  /** Bytes, as the platform reports before download. */
  size: number;
  contentType: string | null;
  download(): Promise<Uint8Array>;
}

export type OptionValue = string | number | boolean | AttachmentInput;

/** One use of a command, as every front end (Discord, console, tests) hands it over. */
export interface CommandInput {
  options: Record<string, OptionValue | undefined>;
  user: { id: string; name: string };
  /** Whether the user may run moderator-only commands; the front end decides how it knows. */
  isModerator: boolean;
}

export interface AutocompleteInput extends CommandInput {
  focused: { name: string; value: string };
}

export interface Choice {
  name: string;
  value: string | number;
}

/**
 * A reply, independent of where it is shown. Text is Discord-flavoured markdown;
 * front ends fit it to their own limits.
 */
export interface Reply {
  /** Only the person who asked sees it. */
  ephemeral: boolean;
  tone: 'answer' | 'info' | 'warning' | 'error';
  title?: string;
  body: string;
  fields?: Array<{ name: string; value: string }>;
  footer?: string;
}

export interface Services {
  knowledge: KnowledgeBase;
  logger: Logger;
  /** Null when rate limiting is off. */
  limiter: RateLimiter | null;
  usage: Usage;
}

export interface Command {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /** Only moderators may run it: front ends check before calling `execute`. */
  moderatorOnly?: boolean;
  /** False for commands that cost nothing (help): they are not rate limited. */
  rateLimited?: boolean;
  execute(input: CommandInput, services: Services): Promise<Reply>;
  autocomplete?(input: AutocompleteInput, services: Services): Promise<Choice[]>;
}

/** The option `name` if it is a string, else undefined. */
export function stringOption(input: CommandInput, name: string): string | undefined {
  const value = input.options[name];
  return typeof value === 'string' ? value : undefined;
}

export function numberOption(input: CommandInput, name: string): number | undefined {
  const value = input.options[name];
  return typeof value === 'number' ? value : undefined;
}

export function booleanOption(input: CommandInput, name: string): boolean | undefined {
  const value = input.options[name];
  return typeof value === 'boolean' ? value : undefined;
}

export function errorReply(body: string): Reply {
  return { ephemeral: true, tone: 'error', body };
}
