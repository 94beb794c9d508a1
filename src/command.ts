import type { Logger } from 'pino';
import type { AnswerQueue } from './answer-queue.js';
import type { Libraries } from './core/libraries.js';
import type { Reply } from './reply.js';
import type { RateLimiter, Usage } from './usage.js';

export type { Reply } from './reply.js';

/** A file a user attached to a command. */
export interface AttachmentInput {
  name: string;
  /** Bytes, as the platform reports before download. */
  size: number;
  /** The MIME type the platform reports, when it does. */
  contentType: string | null;
  /** The file's bytes; past `maxBytes` it stops and gives a buffer longer than that (its content is not the file's). */
  download(maxBytes: number): Promise<Uint8Array>;
}

/**
 * A command's options, declared once: the Discord registration, the console's parsing, the
 * check of every value a front end hands over and the types `execute` sees all come from it.
 */
export type OptionSpec =
  | { type: 'string'; description: string; required?: boolean; maxLength?: number; autocomplete?: boolean; example?: string }
  | { type: 'integer'; description: string; required?: boolean; min?: number; max?: number; autocomplete?: boolean }
  | { type: 'boolean'; description: string; required?: boolean }
  /** A role of the server, by id. */
  | { type: 'role'; description: string; required?: boolean }
  | { type: 'attachment'; description: string; required?: boolean };
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

type ValueOf<S extends OptionSpec> = S extends { type: 'string' }
  ? string
  : S extends { type: 'integer' }
    ? number
    : S extends { type: 'role' }
      ? string
    : S extends { type: 'boolean' }
      ? boolean
      : AttachmentInput;
type RequiredKeys<O extends OptionSpecs> = { [K in keyof O]: O[K]['required'] extends true ? K : never }[keyof O];

/** The values of a command's options, typed from its declaration: required ones are always there. */
export type OptionsOf<O extends OptionSpecs> = { [K in RequiredKeys<O>]: ValueOf<O[K]> } & {
  [K in Exclude<keyof O, RequiredKeys<O>>]?: ValueOf<O[K]>;
};

export type OptionValue = string | number | boolean | AttachmentInput;

/** One use of a command, as every front end (Discord, console, tests) hands it over. */
export interface CommandInput<Options = Record<string, OptionValue | undefined>> {
  options: Options;
  /** The platform's id of this use (a Discord interaction), for what refers back to it (votes); null in the console. */
  id?: string | null;
  user: { id: string; name: string };
  /** The Discord server it comes from, whose library answers; null for a DM, the console and the command line. */
  server: string | null;
  /** Whether the user may run moderator-only commands; the front end decides how it knows. */
  isModerator: boolean;
  /** Whether the user has the Manage Server permission itself (a moderator role is not enough for everything). */
  canManageServer: boolean;
  /** Shows how long work is going on (where the front end can show it while the member waits). */
  progress?: (reply: Reply) => void;
}

export interface Choice {
  name: string;
  value: string | number;
}

export interface Services {
  /** Each server's articles, and the default ones. */
  libraries: Libraries;
  /** Answers questions, a few at a time across the process. */
  answers: AnswerQueue;
  logger: Logger;
  /** Null when rate limiting is off. */
  limiter: RateLimiter | null;
  usage: Usage;
}

export interface CommandSpec<O extends OptionSpecs> {
  name: string;
  description: string;
  options: O;
  /** Only moderators may run it: registered for Manage Server in servers only, and checked before `execute`. */
  moderatorOnly?: boolean;
  /** Only members with Manage Server itself may run it (a moderator role is not enough): who moderates is theirs to decide. */
  managersOnly?: boolean;
  /** False for commands that cost nothing (help): they are not rate limited. */
  rateLimited?: boolean;
  /** Counted as a question in /status. */
  isQuestion?: boolean;
  /** Takes a console line typed without a slash, as its first text option. */
  freeText?: boolean;
  /** Whether the reply will be private, known from the options before any work: a front end acknowledges accordingly. */
  isPrivate?(options: OptionsOf<O>): boolean;
  /** Whether the reply will take long enough that the front end should acknowledge at once. */
  isSlow?(services: Services, server: string | null): boolean;
  execute(input: CommandInput<OptionsOf<O>>, services: Services): Promise<Reply>;
  /**
   * A button of one of this command's replies was pressed: `action` is what follows `<name>:` in
   * the button's id. The reply is private to whoever pressed it.
   */
  press?(action: string, input: CommandInput<Record<string, never>>, services: Services): Promise<Reply>;
  /** Choices for the option being typed; the other options are as far as the user has filled them. */
  autocomplete?(focused: { name: string; value: string }, input: CommandInput<Partial<OptionsOf<O>>>, services: Services): Promise<Choice[]>;
}

/** A command with its option types erased, as front ends hold it. */
export type Command = CommandSpec<OptionSpecs>;

/** Declares a command; `execute` sees its options with the types the declaration gives. */
export function defineCommand<const O extends OptionSpecs>(spec: CommandSpec<O>): Command {
  return spec as unknown as Command;
}

export type OptionsCheck = { ok: true; options: Record<string, OptionValue> } | { ok: false; problem: string };

/**
 * Checks the values a front end read against the command's declaration: unknown names are
 * dropped, types, bounds and required options are enforced. Text from the console is read as
 * the option's type (`year:2015`, `private:yes`).
 */
export function checkOptions(command: Command, values: Record<string, unknown>, fromText = false): OptionsCheck {
  const options: Record<string, OptionValue> = {};
  for (const [name, spec] of Object.entries(command.options)) {
    let value = values[name];
    if (value === undefined || value === null || value === '') {
      if (spec.required) {
        const example = 'example' in spec && spec.example ? `, for example /${command.name} ${name}: ${spec.example}` : ` (${spec.description.toLowerCase()})`;
        return { ok: false, problem: `/${command.name} needs ${name}${example}` };
      }
      continue;
    }
    if (fromText && typeof value === 'string') value = fromTextAs(spec, value);
    switch (spec.type) {
      case 'string':
        if (typeof value !== 'string') return { ok: false, problem: `${name} must be text.` };
        if (spec.maxLength !== undefined && value.length > spec.maxLength) return { ok: false, problem: `${name} can be at most ${spec.maxLength} characters long.` };
        break;
      case 'integer': {
        const range = `${spec.min !== undefined ? ` from ${spec.min}` : ''}${spec.max !== undefined ? ` to ${spec.max}` : ''}`;
        const ok = typeof value === 'number' && Number.isInteger(value) && value >= (spec.min ?? -Infinity) && value <= (spec.max ?? Infinity);
        if (!ok) return { ok: false, problem: `${name} must be a whole number${range}.` };
        break;
      }
      case 'boolean':
        if (typeof value !== 'boolean') return { ok: false, problem: `${name} must be true or false.` };
        break;
      case 'role':
        if (typeof value !== 'string' || !/^\d{17,20}$/.test(value.replace(/^<@&(\d+)>$/, '$1'))) return { ok: false, problem: `${name} must be a role of this server.` };
        value = value.replace(/^<@&(\d+)>$/, '$1');
        break;
      case 'attachment':
        if (typeof value !== 'object' || value === null || !('download' in value)) return { ok: false, problem: `${name} must be an attached file.` };
        break;
    }
    options[name] = value as OptionValue;
  }
  return { ok: true, options };
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', 'on', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'n', 'off', '0']);

function fromTextAs(spec: OptionSpec, text: string): unknown {
  if (spec.type === 'integer') return /^[+-]?\d+$/.test(text.trim()) ? Number(text) : text;
  if (spec.type === 'boolean') {
    const word = text.trim().toLowerCase();
    return TRUE_WORDS.has(word) ? true : FALSE_WORDS.has(word) ? false : text;
  }
  return text;
}
