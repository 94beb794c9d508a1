import {
  type Attachment,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  Client,
  type CommandInteractionOption,
  Events,
  GatewayIntentBits,
  type Interaction,
  type Message,
  MessageFlags,
  Options,
  PermissionFlagsBits,
} from 'discord.js';
import type { Logger } from 'pino';
import { type AttachmentInput, type Choice, type Command, type CommandInput, type OptionValue, type Services } from '../command.js';
import type { Reply } from '../reply.js';
import type { Config } from '../config.js';
import { admit, perform, runCommand, SOMETHING_WENT_WRONG } from '../dispatch.js';
import { toComponents, toEmbed } from './discord-render.js';
import { scrubTokens } from '../logger.js';

/** Nothing the bot sends may ping anyone, whatever a question or an excerpt contains. */
const NO_MENTIONS = { parse: [] as [] };

/** Answers that are not done by then are deferred, well inside Discord's three seconds. */
export const DEFER_AFTER_MS = 1500;
const DOWNLOAD_TIMEOUT_MS = 15_000;
/** Discord allows 3 s for autocomplete choices. */
export const AUTOCOMPLETE_BUDGET_MS = 2_500;
/** Discord allows 3 s to acknowledge an interaction: one older than that when it arrives (replayed after a RESUME) cannot be answered. */
const MAX_INTERACTION_AGE_MS = 3_000;

/** Interactions being answered, and whether the bot is shutting down. */
export class Lifecycle {
  inFlight = 0;
  closing = false;
  private waiters: Array<() => void> = [];

  begin(): void {
    this.inFlight += 1;
  }

  end(): void {
    this.inFlight -= 1;
    if (this.inFlight === 0) for (const wake of this.waiters.splice(0)) wake();
  }

  /** Resolves when no interaction is in flight, or after `timeoutMs`. */
  idle(timeoutMs: number): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}

export interface DiscordOptions {
  config: Pick<Config, 'discordToken' | 'discordApiUrl' | 'moderatorRoleIds'>;
  services: Services;
  commands: ReadonlyMap<string, Command>;
  /** How long an answer may take before it is deferred (default DEFER_AFTER_MS); tests set it to keep the clock out. */
  deferAfterMs?: number;
  /** How long Discord keeps an interaction's token (15 minutes; tests shorten it). */
  tokenLifetimeMs?: number;
}

/** Discord keeps an interaction's token 15 minutes: replies and edits after that are refused (50027). */
const TOKEN_LIFETIME_MS = 15 * 60_000;
/** Progress is shown at most this often. */
const PROGRESS_EVERY_MS = 3_000;

/** Where Discord serves attachments from; with DISCORD_API_URL set (a fake Discord in tests), its host too. */
const ATTACHMENT_HOSTS = ['cdn.discordapp.com', 'media.discordapp.net'];

/** Refused before or while downloading; the message is safe to show. */
export class DownloadRefused extends Error {
  override name = 'DownloadRefused';
}

/**
 * An attachment as commands see it. The download goes only to Discord's hosts, follows no
 * redirect, stops after `maxBytes` (it never holds more than that) and gives up after 15 s.
 */
function attachmentInput(attachment: Attachment, apiUrl: string | undefined): AttachmentInput {
  return {
    name: attachment.name,
    size: attachment.size,
    contentType: attachment.contentType,
    async download(maxBytes) {
      const url = new URL(attachment.url);
      const hosts = [...ATTACHMENT_HOSTS, ...(apiUrl ? [new URL(apiUrl).host] : [])];
      if (!hosts.includes(url.host)) throw new DownloadRefused(`attachment host ${url.host} is not Discord's`);
      const response = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
      if (!response.ok || !response.body) throw new DownloadRefused(`attachment download failed with HTTP ${response.status}`);
      const chunks: Uint8Array[] = [];
      let received = 0;
      for await (const chunk of response.body) {
        received += chunk.byteLength;
        // Past the cap: stop reading, and report how much arrived (more than the cap).
        if (received > maxBytes) return new Uint8Array(received);
        chunks.push(chunk);
      }
      return Buffer.concat(chunks);
    },
  };
}

function optionValues(options: readonly CommandInteractionOption[], apiUrl: string | undefined): Record<string, OptionValue | undefined> {
  const values: Record<string, OptionValue | undefined> = {};
  for (const option of options) {
    if (option.attachment) values[option.name] = attachmentInput(option.attachment, apiUrl);
    else if (option.value !== undefined && option.value !== null) values[option.name] = option.value;
  }
  return values;
}

/** Manage Server, or one of the server's moderator roles. */
export function isModerator(interaction: Interaction, moderatorRoleIds: readonly string[]): boolean {
  if (!interaction.inGuild()) return false;
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  const roles = interaction.member?.roles;
  const roleIds: readonly string[] = Array.isArray(roles) ? roles : roles ? [...roles.cache.keys()] : [];
  return roleIds.some((id) => moderatorRoleIds.includes(id));
}

/** The interaction as every command sees it; moderator roles are the server's own (`/settings`), else MODERATOR_ROLE_IDS. */
async function inputOf(interaction: ChatInputCommandInteraction | AutocompleteInteraction | ButtonInteraction, options: DiscordOptions): Promise<CommandInput> {
  const server = interaction.guildId;
  const roles = server ? ((await options.services.libraries.store.moderatorRoles(server)) ?? options.config.moderatorRoleIds) : [];
  return {
    id: interaction.id,
    options: interaction.isButton() ? {} : optionValues(interaction.options.data, options.config.discordApiUrl),
    user: { id: interaction.user.id, name: interaction.user.username },
    server,
    isModerator: isModerator(interaction, roles),
    canManageServer: interaction.inGuild() && Boolean(interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)),
  };
}

function payload(reply: Reply) {
  return { embeds: [toEmbed(reply)], components: toComponents(reply), allowedMentions: NO_MENTIONS };
}

/**
 * A button under a reply: `<command>:<action>` goes to that command's `press`, whose reply
 * only the member who pressed sees. Nothing about the button is kept in memory: a restart
 * changes nothing.
 */
async function handleButton(interaction: ButtonInteraction, options: DiscordOptions, log: Logger): Promise<void> {
  const [name = '', ...rest] = interaction.customId.split(':');
  const command = options.commands.get(name);
  const context = { guildId: interaction.guildId, interactionId: interaction.id, frontend: 'discord', button: interaction.customId };
  // Like a command: acknowledged privately when the answer takes longer (a library to load after a restart).
  let deferring: Promise<boolean> | null = null;
  const timer = setTimeout(() => {
    deferring = interaction.deferReply({ flags: MessageFlags.Ephemeral }).then(
      () => true,
      (error: unknown) => {
        log.warn({ err: error, ...context }, 'could not acknowledge the button');
        return false;
      },
    );
  }, options.deferAfterMs ?? DEFER_AFTER_MS);
  let reply: Reply;
  try {
    if (!command?.press) {
      reply = { ephemeral: true, tone: 'info', body: 'That button is no longer in use.' };
    } else {
      const input = await inputOf(interaction, options);
      try {
        reply = await command.press(rest.join(':'), { ...input, options: {} }, options.services);
        log.info({ command: name, userId: input.user.id, ...context, outcome: reply.tone }, 'button pressed');
      } catch (error) {
        log.error({ err: error, ...context }, 'button failed');
        reply = { ephemeral: true, tone: 'error', body: SOMETHING_WENT_WRONG };
      }
    }
  } finally {
    clearTimeout(timer);
  }
  const deferred: Promise<boolean> | null = deferring;
  if (deferred && !(await deferred)) return;
  if (deferred) await interaction.editReply(payload(reply));
  else await interaction.reply({ ...payload(reply), flags: MessageFlags.Ephemeral });
}

/**
 * Sends the reply however the interaction stands: as the acknowledgement itself, or, after a
 * deferral, as an edit of it. Discord fixes a message's visibility with its acknowledgement,
 * so after a deferral the reply has the visibility the command declared, whatever the reply
 * asks: the deferral was made with it.
 */
async function deliver(interaction: ChatInputCommandInteraction, reply: Reply, deferred: boolean): Promise<void> {
  if (deferred) await interaction.editReply(payload(reply));
  else await interaction.reply({ ...payload(reply), flags: reply.ephemeral ? MessageFlags.Ephemeral : undefined });
}

async function handleCommand(interaction: ChatInputCommandInteraction, options: DiscordOptions, log: Logger): Promise<void> {
  const { services, commands } = options;
  const command = commands.get(interaction.commandName);
  const context = { guildId: interaction.guildId, interactionId: interaction.id, frontend: 'discord' };
  if (!command) {
    log.warn({ command: interaction.commandName, ...context }, 'unknown command');
    await interaction.reply({
      ...payload({ ephemeral: true, tone: 'warning', body: 'I do not know that command any more. Try /help.' }),
      flags: MessageFlags.Ephemeral,
    });
    return;
  }
  const input = await inputOf(interaction, options);
  const decision = await admit(command, input, services, context);
  // A refusal is known at once and sent as the acknowledgement, privately.
  if ('refusal' in decision) {
    await deliver(interaction, decision.refusal, false);
    return;
  }
  const { admitted } = decision;
  // The acknowledgement, if one is needed before the answer, has the visibility the command declared.
  let deferring: Promise<boolean> | null = null;
  const defer = (): Promise<boolean> => {
    deferring ??= interaction.deferReply({ flags: admitted.isPrivate ? MessageFlags.Ephemeral : undefined }).then(
      () => true,
      (error: unknown) => {
        // Too late (10062) or a network error: there is nothing to answer into; the work is still done and logged.
        log.warn({ err: error, ...context }, 'could not acknowledge the interaction');
        return false;
      },
    );
    return deferring;
  };
  // Defer at once when the answer is known to be slow, and let the acknowledgement go out
  // before any work starts; otherwise defer only if it turns out slow.
  if (command.isSlow?.(services, input.server)) await defer();
  const timer = setTimeout(() => void defer(), options.deferAfterMs ?? DEFER_AFTER_MS);
  // Long work: its progress edits the acknowledgement every few seconds, and before the token runs
  // out the member is told the work goes on and where its result will show.
  const lifetime = options.tokenLifetimeMs ?? TOKEN_LIFETIME_MS;
  let tokenGone = false;
  let lastProgress = 0;
  const edit = (reply: Reply, last = false): void => {
    if (tokenGone || !deferring) return;
    void deferring.then((acknowledged) => {
      if (!acknowledged || (tokenGone && !last)) return;
      interaction.editReply(payload(reply)).catch((error: unknown) => log.warn({ err: error, ...context }, 'could not show progress'));
    });
  };
  admitted.input.progress = (reply) => {
    const now = Date.now();
    if (now - lastProgress < PROGRESS_EVERY_MS) return;
    lastProgress = now;
    edit(reply);
  };
  const beforeExpiry = setTimeout(() => {
    edit({ ephemeral: true, tone: 'info', title: 'Still working', body: 'This is taking longer than Discord lets me answer here. The work goes on: /status will show its result when it is done.' }, true);
    tokenGone = true;
  }, Math.max(0, lifetime - (Date.now() - interaction.createdTimestamp) - Math.min(60_000, lifetime / 15)));
  beforeExpiry.unref();
  let reply: Reply;
  try {
    reply = await perform(command, admitted, services);
  } finally {
    clearTimeout(timer);
    clearTimeout(beforeExpiry);
  }
  if (deferring && !(await deferring)) return;
  if (tokenGone) {
    log.info({ ...context, outcome: reply.tone }, 'finished after the interaction token ran out; the result is in /status and the log');
    return;
  }
  // Private when the command declares it; a reply may be private besides (a refusal) when nothing was sent yet.
  await deliver(interaction, { ...reply, ephemeral: deferring ? admitted.isPrivate : admitted.isPrivate || reply.ephemeral }, deferring !== null);
}

async function handleAutocomplete(interaction: AutocompleteInteraction, options: DiscordOptions, log: Logger): Promise<void> {
  const command = options.commands.get(interaction.commandName);
  if (!command?.autocomplete) {
    await interaction.respond([]);
    return;
  }
  const focused = interaction.options.getFocused(true);
  try {
    // Discord waits 3 s for choices: what is not ready in 2.5 s is answered with none.
    let timer: NodeJS.Timeout | undefined;
    const budget = new Promise<Choice[]>((resolve) => (timer = setTimeout(() => resolve([]), AUTOCOMPLETE_BUDGET_MS)));
    const work = (async () => command.autocomplete!({ name: focused.name, value: String(focused.value) }, await inputOf(interaction, options), options.services))();
    const choices = await Promise.race([work, budget]).finally(() => clearTimeout(timer));
    work.catch((error: unknown) => log.warn({ err: error, command: interaction.commandName }, 'autocomplete failed after its budget'));
    // At most 25 choices, names and values within Discord's 100 characters.
    const fitted = choices.slice(0, 25).map((choice) => ({
      name: choice.name.length > 100 ? `${choice.name.slice(0, 99)}…` : choice.name,
      value: typeof choice.value === 'string' ? choice.value.slice(0, 100) : choice.value,
    }));
    await interaction.respond(fitted);
  } catch (error) {
    log.error({ err: error, command: interaction.commandName }, 'autocomplete failed');
    await interaction.respond([]).catch(() => undefined);
  }
}

/**
 * A message that mentions the bot is a question: it is answered in a reply, with what the
 * command that takes free text (/ask) gives, its limits and buttons, unless the server's
 * moderators turned it off with /settings.
 */
async function handleMention(message: Message<true>, options: DiscordOptions, log: Logger): Promise<void> {
  const { services, commands } = options;
  const command = [...commands.values()].find((each) => each.freeText);
  const field = command ? Object.entries(command.options).find(([, spec]) => spec.type === 'string')?.[0] : undefined;
  if (!command || !field) return;
  if (!(await services.libraries.store.answersMentions(message.guildId))) return;
  const question = message.content.replace(/<@!?\d+>/g, ' ').replace(/\s+/g, ' ').trim();
  const context = { guildId: message.guildId, messageId: message.id, frontend: 'discord-mention' };
  const input: CommandInput = {
    id: message.id,
    options: { [field]: question },
    user: { id: message.author.id, name: message.author.username },
    server: message.guildId,
    isModerator: false,
    canManageServer: false,
  };
  const reply = await runCommand(command, input, services, context);
  await message.reply({ ...payload(reply), allowedMentions: { ...NO_MENTIONS, repliedUser: false } }).catch((error: unknown) => log.warn({ err: error, ...context }, 'could not reply to a mention'));
}

/** Creates the discord.js client that serves the commands. Call `login` on it to connect. */
export function createDiscordClient(options: DiscordOptions, lifecycle = new Lifecycle()): Client {
  const log = options.services.logger;
  const client = new Client({
    // Guild messages (not privileged) bring the messages that mention the bot, with their content.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    allowedMentions: NO_MENTIONS,
    // The bot reads nothing back: caching every member, user and reply it meets would grow
    // memory with every question (measured with `npm run load`).
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      GuildMessageManager: 0,
      ReactionManager: 0,
      PresenceManager: 0,
      ThreadMemberManager: 0,
      GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
      UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
    }),
    ...(options.config.discordApiUrl ? { rest: { api: options.config.discordApiUrl } } : {}),
  });
  client.once(Events.ClientReady, (ready) => {
    log.info({ botUserId: ready.user.id, guilds: ready.guilds.cache.size }, 'logged in to Discord');
  });
  client.on(Events.ShardResume, (shardId, replayed) => log.info({ shardId, replayed }, 'gateway session resumed'));
  client.on(Events.ShardReconnecting, (shardId) => log.warn({ shardId }, 'gateway reconnecting'));
  client.on(Events.ShardDisconnect, (event, shardId) => log.warn({ shardId, code: event.code }, 'gateway disconnected'));
  // discord.js re-identifies by itself when Discord invalidates a session (op 9): a shard ready again is a new session.
  const readyShards = new Set<number>();
  client.on(Events.ShardReady, (shardId) => {
    if (readyShards.has(shardId)) log.warn({ shardId }, 'gateway session started again (the previous one was invalidated)');
    readyShards.add(shardId);
  });
  client.on(Events.ShardError, (error, shardId) => log.error({ err: error, shardId }, 'gateway error'));
  client.rest.on('rateLimited', (info) => log.warn({ route: scrubTokens(info.route), method: info.method, retryAfterMs: info.retryAfter, global: info.global, limit: info.limit }, 'rate limited by Discord'));
  client.rest.on('response', (request, response) => {
    if (response.status !== 429) return;
    const retryAfterMs = Number(response.headers.get('retry-after') ?? 0) * 1000;
    log.warn({ route: scrubTokens(request.route), method: request.method, retryAfterMs, scope: response.headers.get('x-ratelimit-scope') }, 'rate limited by Discord');
  });
  client.on(Events.Error, (error) => log.error({ err: error }, 'discord client error'));
  client.on(Events.MessageCreate, (message) => {
    // Only a message that mentions the bot itself: not a reply to it that pings it, not @everyone or a role.
    const mentioned = client.user !== null && message.mentions.has(client.user, { ignoreRepliedUser: true, ignoreEveryone: true, ignoreRoles: true });
    if (lifecycle.closing || message.author.bot || !message.inGuild() || !mentioned) return;
    lifecycle.begin();
    handleMention(message, options, log)
      .catch((error: unknown) => log.error({ err: error, messageId: message.id }, 'could not answer a mention'))
      .finally(() => lifecycle.end());
  });
  client.on(Events.InteractionCreate, (interaction) => {
    if (lifecycle.closing) {
      if (interaction.isChatInputCommand()) {
        const body = 'I am restarting. Please try again in a minute.';
        interaction.reply({ ...payload({ ephemeral: true, tone: 'info', body }), flags: MessageFlags.Ephemeral }).catch(() => undefined);
      }
      return;
    }
    const ageMs = Date.now() - interaction.createdTimestamp;
    if (ageMs > MAX_INTERACTION_AGE_MS && (interaction.isChatInputCommand() || interaction.isAutocomplete() || interaction.isButton())) {
      log.warn({ interactionId: interaction.id, ageMs }, 'dropped an interaction too old to answer (more than 3 s)');
      return;
    }
    lifecycle.begin();
    const work = interaction.isChatInputCommand()
      ? handleCommand(interaction, options, log)
      : interaction.isAutocomplete()
        ? handleAutocomplete(interaction, options, log)
        : interaction.isButton()
          ? handleButton(interaction, options, log)
          : Promise.resolve();
    work.catch(async (error: unknown) => {
      log.error({ err: error, interactionId: interaction.id }, 'could not answer an interaction');
      if (!interaction.isChatInputCommand()) return;
      // After an acknowledgement the failure edits it (a follow-up would be public whatever it asks); before, it is the private acknowledgement.
      const failure = payload({ ephemeral: true, tone: 'error', body: SOMETHING_WENT_WRONG });
      const sent = interaction.replied || interaction.deferred ? interaction.editReply(failure) : interaction.reply({ ...failure, flags: MessageFlags.Ephemeral });
      await sent.catch((failed: unknown) => log.warn({ err: failed, interactionId: interaction.id }, 'could not tell the member that answering failed'));
    }).finally(() => lifecycle.end());
  });
  return client;
}

export interface RunningBot {
  client: Client;
  /**
   * Stops taking interactions, finishes those in flight (for at most `graceMs`), stops or
   * finishes a rebuild so no partial index is left, and closes the gateway.
   */
  stop(graceMs?: number): Promise<void>;
}

/** Logs in and serves the commands until stopped. */
export async function startDiscord(options: DiscordOptions): Promise<RunningBot> {
  const lifecycle = new Lifecycle();
  const client = createDiscordClient(options, lifecycle);
  const { libraries, logger } = options.services;
  // Load the model and index while the gateway connects, so the first question is quick.
  libraries.default.ready().catch((error: unknown) => logger.error({ err: error }, 'could not load the index'));
  await client.login(options.config.discordToken);
  return {
    client,
    async stop(graceMs = 10_000) {
      lifecycle.closing = true;
      logger.info({ inFlight: lifecycle.inFlight }, 'finishing replies in flight');
      await lifecycle.idle(graceMs);
      await libraries.close();
      await client.destroy();
      logger.info({ unanswered: lifecycle.inFlight }, 'stopped');
    },
  };
}
