import type { Logger } from 'pino';
import { checkOptions, type Command, type CommandInput, type Services } from './command.js';
import { plainText, type Reply } from './reply.js';
import { StoreFullError } from './core/store.js';
import { reindexBusy, STORE_FULL } from './wording.js';
import { SourceError } from './core/article.js';
import { BusyError } from './core/library.js';
import { ModelError } from './core/embedder.js';

/** Told when answering failed for a reason the member cannot act on; the detail goes to the log. */
export const SOMETHING_WENT_WRONG = 'Sorry, something went wrong while answering. Please try again in a moment.';

export const MANAGERS_ONLY = 'Only members with the Manage Server permission can do that. Nothing was changed.';

export const MODERATORS_ONLY = 'Only moderators (Manage Server permission or a moderator role) can do that. Nothing was changed.';

/** A command admitted to run: its checked options and where to log. */
export interface Admitted {
  input: CommandInput;
  /** Whether the reply is private, as the command declares it for these options: what an acknowledgement must use. */
  isPrivate: boolean;
  log: Logger;
  started: number;
}

/**
 * Decides, before any work and before anything is sent, whether a command may run: moderator
 * rights, the rate limit, the options against the declaration. A refusal is a private reply
 * to send as it is; an admission says how private the answer will be.
 */
export async function admit(
  command: Command,
  input: CommandInput<Record<string, unknown>>,
  services: Services,
  context: Record<string, unknown> = {},
): Promise<{ refusal: Reply } | { admitted: Admitted }> {
  const started = performance.now();
  const log = services.logger.child({ command: command.name, userId: input.user.id, ...context });
  if (command.moderatorOnly && !input.isModerator) {
    log.warn({ outcome: 'refused' }, 'moderator-only command refused');
    return { refusal: { ephemeral: true, tone: 'warning', body: MODERATORS_ONLY } };
  }
  if (command.managersOnly && !input.canManageServer) {
    log.warn({ outcome: 'refused' }, 'Manage Server command refused');
    return { refusal: { ephemeral: true, tone: 'warning', body: MANAGERS_ONLY } };
  }
  const wait = command.rateLimited === false ? null : await services.limiter?.take(input.user.id);
  if (wait) {
    log.warn({ outcome: 'rate-limited', retryAfterS: wait }, 'rate limited');
    return { refusal: { ephemeral: true, tone: 'warning', body: rateLimited(wait) } };
  }
  const checked = checkOptions(command, input.options);
  if (!checked.ok) {
    log.warn({ outcome: 'bad-options' }, 'options refused');
    return { refusal: { ephemeral: true, tone: 'warning', body: checked.problem } };
  }
  const isPrivate = command.isPrivate?.(checked.options) ?? false;
  return { admitted: { input: { ...input, options: checked.options }, isPrivate, log, started } };
}

/** Runs an admitted command: logs the outcome and timing, and turns a failure into a short reply with the detail kept in the log. */
export async function perform(command: Command, { input, log, started }: Admitted, services: Services): Promise<Reply> {
  try {
    const reply = await command.execute(input, services);
    services.usage.commandsServed += 1;
    if (command.isQuestion) services.usage.questionsServed += 1;
    log.info({ outcome: reply.tone, ms: Math.round(performance.now() - started) }, 'command answered');
    return reply;
  } catch (error) {
    log.error({ err: error, outcome: 'failed', ms: Math.round(performance.now() - started) }, 'command failed');
    return { ephemeral: true, tone: 'error', body: friendlyFailure(error) };
  }
}

/** Admits and runs a command, for front ends that send one reply when it is done (the console, tests). */
export async function runCommand(command: Command, input: CommandInput<Record<string, unknown>>, services: Services, context: Record<string, unknown> = {}): Promise<Reply> {
  const decision = await admit(command, input, services, context);
  return 'refusal' in decision ? decision.refusal : perform(command, decision.admitted, services);
}

export function rateLimited(seconds: number): string {
  return `You are sending commands faster than I can answer them well. Please try again in ${seconds} second${seconds === 1 ? '' : 's'}.`;
}

/** What a user is told when a command fails: never a stack trace, path or token. */
export function friendlyFailure(error: unknown): string {
  if (error instanceof BusyError) return plainText(reindexBusy(error.holder));
  if (error instanceof StoreFullError) return STORE_FULL;
  if (error instanceof SourceError) return 'The article could not be read, so I cannot answer right now. A moderator has the details in the log.';
  if (error instanceof ModelError) return 'The language model could not be loaded, so I cannot answer right now. The log has the details.';
  return SOMETHING_WENT_WRONG;
}
