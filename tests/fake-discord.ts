/**
 * A fake Discord on loopback for end-to-end tests: the real discord.js Client logs in to it.
 *
 * It speaks the parts of the real protocol a bot uses: REST `GET /gateway/bot`, the gateway
 * handshake (HELLO, IDENTIFY, READY, GUILD_CREATE, heartbeats, RESUME), `INTERACTION_CREATE`
 * dispatches shaped as Discord sends them, and the interaction callback and webhook routes,
 * which it records so tests can read what the bot answered.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';

export const APPLICATION_ID = '900000000000000001';
export const BOT_USER_ID = '900000000000000001';
export const GUILD_ID = '910000000000000001';
export const DM_CHANNEL_ID = '920000000000000009';
/** Titles of the edits the bot makes while long work goes on: progress, not the final message. */
const INTERIM_TITLES = ['Reindexing…'];
export const CHANNEL_ID = '920000000000000001';
export const EVERYONE_ROLE_ID = GUILD_ID;
export const MODERATOR_ROLE_ID = '930000000000000001';

/** Permission bits as Discord sends them: a decimal string. */
export const PERMISSIONS = {
  member: (1n << 10n | 1n << 11n | 1n << 31n).toString(), // view channel, send messages, use application commands
  manageGuild: (1n << 5n | 1n << 10n | 1n << 11n | 1n << 31n).toString(),
};

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: any;
  at: number;
}

export interface InteractionOptions {
  name: string;
  options?: Array<{ name: string; type: number; value?: unknown; focused?: boolean }>;
  /** 2: a slash command, 3: a button pressed (with `customId`), 4: autocomplete. */
  type?: 2 | 3 | 4;
  customId?: string;
  userId?: string;
  permissions?: string;
  roles?: string[];
  /** The server it comes from (default: the fake's one server). */
  guildId?: string;
  /** How long ago Discord created it (an interaction replayed after a RESUME arrives old). */
  ageMs?: number;
  /** From the bot's DMs: no server, no member, the user at the top. */
  dm?: boolean;
  attachments?: Record<string, { filename: string; size: number; content_type?: string; url: string }>;
}

let sequence = 0n;
/** A fresh snowflake-shaped id. */
export function snowflake(ageMs = 0): string {
  sequence += 1n;
  return ((BigInt(Date.now() - ageMs - 1420070400000) << 22n) | sequence).toString();
}

async function readBody(request: IncomingMessage): Promise<any> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  if (raw.length === 0) return null;
  const type = request.headers['content-type'] ?? '';
  if (type.includes('application/json')) return JSON.parse(raw.toString('utf8'));
  if (type.includes('multipart/form-data')) {
    const match = /name="payload_json"\r\n(?:[^\r\n]*\r\n)*\r\n([\s\S]*?)\r\n--/.exec(raw.toString('utf8'));
    return match ? JSON.parse(match[1]!) : raw.toString('utf8');
  }
  return raw.toString('utf8');
}

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  readonly identifies: any[] = [];
  readonly resumes: any[] = [];
  readonly files = new Map<string, Buffer>();
  /** Close codes of the gateway connections the bot closed or lost, in order. */
  readonly closes: number[] = [];
  /** Interactions whose next request from the bot gets no response until the test releases it, by token. */
  private readonly holds = new Map<string, { arrived: (request: RecordedRequest) => void; released: Promise<void> }>();
  private readonly releases = new Set<() => void>();
  /** Requests by the interaction token they answer, so lookups stay cheap under load. */
  private readonly byToken = new Map<string, RecordedRequest[]>();
  private readonly server: Server;
  private readonly gateway: WebSocketServer;
  /** One gateway session per shard, and the one that connected last. */
  private readonly sessions = new Map<number, { socket: WebSocket; seq: number; missed: Array<{ t: string; d: unknown }>; id: string; shard: number }>();
  private last: { socket: WebSocket; seq: number; missed: Array<{ t: string; d: unknown }>; id: string; shard: number } | null = null;
  private shardCount = 1;
  /** Every event sent, with the shard it went to. */
  readonly delivered: Array<{ t: string; shard: number; d: unknown }> = [];
  port = 0;

  constructor() {
    this.server = createServer((request, response) => {
      this.route(request, response).catch((error: unknown) => {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ message: String(error), code: 0 }));
      });
    });
    this.gateway = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (request, socket, head) => {
      this.gateway.handleUpgrade(request, socket, head, (ws) => this.accept(ws));
    });
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const release of this.releases) release();
    for (const client of this.gateway.clients) client.terminate();
    this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** How each attachment download ended, by its key: read whole, or cut short by the client. */
  readonly downloads = new Map<string, 'whole' | 'cut'>();

  /** Serves a file at a URL the bot can download, as Discord's CDN does for attachments. */
  attachment(filename: string, content: Buffer | string): string {
    const key = `${snowflake()}/${filename}`;
    this.files.set(key, Buffer.from(content));
    return `http://127.0.0.1:${this.port}/attachments/${key}`;
  }

  private message(body: any, flags = 0): any {
    return {
      id: snowflake(),
      type: 20,
      channel_id: CHANNEL_ID,
      author: { id: BOT_USER_ID, username: 'article-bot', discriminator: '0', avatar: null, global_name: null, bot: true },
      content: body?.content ?? '',
      embeds: body?.embeds ?? [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: body?.flags ?? flags,
      components: [],
      application_id: APPLICATION_ID,
      webhook_id: APPLICATION_ID,
    };
  }

  private async route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${this.port}`);
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, '');
    const body = await readBody(request);
    const recorded = { method: request.method ?? 'GET', path, query: url.searchParams, body, at: Date.now() };
    this.requests.push(recorded);
    const token = /^\/(?:interactions\/\d+|webhooks\/\d+)\/([^/]+)/.exec(path)?.[1];
    if (token) this.byToken.set(token, [...(this.byToken.get(token) ?? []), recorded]);
    const held = token ? this.holds.get(token) : undefined;
    if (token && held) {
      this.holds.delete(token);
      held.arrived(recorded);
      await held.released;
    }
    const json = (status: number, data: unknown): void => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(data === undefined ? undefined : JSON.stringify(data));
    };
    const method = request.method;
    const limited = this.rateLimits.findIndex((limit) => limit.route.test(path));
    if (limited >= 0) {
      const [limit] = this.rateLimits.splice(limited, 1);
      const seconds = limit!.retryAfterMs / 1000;
      response.writeHead(429, {
        'content-type': 'application/json',
        'retry-after': String(Math.ceil(seconds)),
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset-after': String(seconds),
        'x-ratelimit-bucket': 'fake-bucket',
        'x-ratelimit-scope': 'user',
      });
      response.end(JSON.stringify({ message: 'You are being rate limited.', retry_after: seconds, global: false }));
      return;
    }
    if (method === 'GET' && url.pathname.startsWith('/attachments/')) {
      const file = this.files.get(url.pathname.slice('/attachments/'.length));
      if (!file) return json(404, { message: 'Not found', code: 0 });
      response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': file.length });
      // Sent in pieces, each when the client has taken the last: whether it read the whole
      // file, or stopped and closed the connection before the end, is then known.
      const name = url.pathname.slice('/attachments/'.length);
      let closed = false;
      response.on('close', () => (closed = true));
      for (let at = 0; at < file.length && !closed; at += 64 * 1024) {
        const more = response.write(file.subarray(at, at + 64 * 1024));
        if (!more) {
          await new Promise<void>((resolve) => {
            // One listener of each at a time: both are removed whichever comes first.
            const done = (): void => {
              response.off('drain', done);
              response.off('close', done);
              resolve();
            };
            response.once('drain', done);
            response.once('close', done);
          });
        }
      }
      this.downloads.set(name, closed ? 'cut' : 'whole');
      response.end();
      return;
    }
    if (method === 'GET' && (path === '/gateway/bot' || path === '/gateway')) {
      return json(200, {
        url: `ws://127.0.0.1:${this.port}`,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      // As Discord answers: too late (more than 3 s), or a second acknowledgement.
      if (token && this.late.has(token)) return json(404, { message: 'Unknown interaction', code: 10062 });
      if (token && this.acknowledged.has(token)) return json(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
      if (token) this.acknowledged.add(token);
      response.writeHead(204);
      response.end();
      return;
    }
    if (token && /^\/webhooks\//.test(path) && this.expiredTokens.has(token)) return json(401, { message: 'Invalid Webhook Token', code: 50027 });
    if (/^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(path)) {
      if (method === 'DELETE') {
        response.writeHead(204);
        response.end();
        return;
      }
      return json(200, this.message(body));
    }
    if (method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(path)) return json(200, this.message(body));
    if (method === 'POST' && /^\/channels\/\d+\/messages$/.test(path)) return json(200, this.message(body));
    if (method === 'PUT' && /^\/applications\/\d+(?:\/guilds\/\d+)?\/commands$/.test(path)) {
      this.register(body as any[]);
      return json(200, (body as any[]).map((command) => ({ id: snowflake(), application_id: APPLICATION_ID, version: snowflake(), ...command })));
    }
    return json(404, { message: '404: Not Found', code: 0 });
  }

  /** The session's socket gets the payload (by default, the session that connected last). */
  private send(payload: { op: number; d: unknown; t?: string | null; s?: number | null }, session = this.last): void {
    session?.socket.send(JSON.stringify({ t: null, s: null, ...payload }));
  }

  /** The shard Discord sends a server's events to: `(guild_id >> 22) % shards`; DMs go to shard 0. */
  private shardOf(d: unknown): number {
    const guildId = (d as { guild_id?: string } | null)?.guild_id;
    return guildId ? Number((BigInt(guildId) >> 22n) % BigInt(this.shardCount)) : 0;
  }

  private dispatch(t: string, d: unknown, shard = this.shardOf(d)): void {
    const session = this.sessions.get(shard);
    if (!session || session.socket.readyState !== WebSocket.OPEN) {
      // Kept for the session's RESUME, as Discord does.
      if (session) session.missed.push({ t, d });
      return;
    }
    session.seq += 1;
    this.delivered.push({ t, shard, d });
    this.send({ op: 0, t, s: session.seq, d }, session);
  }

  private accept(ws: WebSocket): void {
    ws.on('close', (code) => this.closes.push(code));
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null }));
    ws.on('message', (raw) => {
      const message = JSON.parse(raw.toString());
      if (message.op === 1) ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      if (message.op === 2) {
        this.identifies.push(message.d);
        const [shard = 0, count = 1] = (message.d?.shard as [number, number] | undefined) ?? [];
        this.shardCount = count;
        // A new session: nothing of an old one is replayed.
        const session = { socket: ws, seq: 0, missed: [] as Array<{ t: string; d: unknown }>, id: randomBytes(8).toString('hex'), shard };
        this.sessions.set(shard, session);
        this.last = session;
        this.dispatch(
          'READY',
          {
            v: 10,
            user: { id: BOT_USER_ID, username: 'article-bot', discriminator: '0', global_name: null, avatar: null, bot: true, verified: true, flags: 0 },
            guilds: [{ id: GUILD_ID, unavailable: true }],
            session_id: session.id,
            resume_gateway_url: `ws://127.0.0.1:${this.port}`,
            application: { id: APPLICATION_ID, flags: 0 },
            private_channels: [],
            presences: [],
            relationships: [],
            guild_join_requests: [],
            geo_ordered_rtc_regions: [],
            shard: [shard, count],
            _trace: ['fake-discord'],
          },
          shard,
        );
        this.dispatch('GUILD_CREATE', this.guild(), shard);
      }
      if (message.op === 6) {
        this.resumes.push(message.d);
        const session = [...this.sessions.values()].find((each) => each.id === message.d?.session_id);
        if (!session) {
          ws.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
          return;
        }
        session.socket = ws;
        this.last = session;
        // What happened while the bot was away comes first, as Discord replays it.
        for (const event of session.missed.splice(0)) this.dispatch(event.t, event.d, session.shard);
        this.dispatch('RESUMED', null, session.shard);
      }
    });
  }

  private guild(): any {
    return {
      id: GUILD_ID,
      name: 'Test server',
      icon: null,
      owner_id: '940000000000000001',
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      features: [],
      mfa_level: 0,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      preferred_locale: 'en-US',
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: 3,
      roles: [
        { id: EVERYONE_ROLE_ID, name: '@everyone', color: 0, hoist: false, position: 0, permissions: PERMISSIONS.member, managed: false, mentionable: false, flags: 0 },
        { id: MODERATOR_ROLE_ID, name: 'Moderators', color: 0, hoist: false, position: 1, permissions: PERMISSIONS.member, managed: false, mentionable: true, flags: 0 },
      ],
      emojis: [],
      stickers: [],
      channels: [{ id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'general', position: 0, permission_overwrites: [], nsfw: false, parent_id: null }],
      threads: [],
      members: [],
      voice_states: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  /** Routes whose next request is answered 429, with Discord's rate-limit headers. */
  private readonly rateLimits: Array<{ route: RegExp; retryAfterMs: number }> = [];

  /** The next request to a route matching `route` is refused with 429 and a retry-after of `retryAfterMs`. */
  rateLimit(route: RegExp, retryAfterMs: number): void {
    this.rateLimits.push({ route, retryAfterMs });
  }

  /** Asks the bot to reconnect (op 7): it closes the connection and resumes; events sent meanwhile are replayed. */
  reconnect(): void {
    this.send({ op: 7, d: null });
  }

  /** Tells the bot its session is invalid (op 9, not resumable): it identifies again. */
  invalidateSession(): void {
    this.send({ op: 9, d: false });
  }

  /** Interactions acknowledged once, too late to acknowledge, and whose 15-minute token has run out. */
  private readonly acknowledged = new Set<string>();
  private readonly late = new Set<string>();
  private readonly expiredTokens = new Set<string>();

  /** From now on, the interaction's acknowledgement is refused as too late (10062), as Discord does after 3 s. */
  tooLate(interaction: { token: string }): void {
    this.late.add(interaction.token);
  }

  /** From now on, the interaction's token is refused (50027), as Discord does after 15 minutes. */
  expire(interaction: { token: string }): void {
    this.expiredTokens.add(interaction.token);
  }

  /**
   * A member's message in a server's channel, as Discord sends it to a bot with the
   * GuildMessages intent; `mention` puts the bot's mention first, which is what makes Discord
   * include the content without the privileged content intent. Returns the message's id.
   */
  say(content: string, options: { guildId?: string; userId?: string; bot?: boolean; mention?: boolean; replyToBot?: boolean } = {}): string {
    const id = snowflake();
    const userId = options.userId ?? '950000000000000001';
    const author = { id: userId, username: `user${userId.slice(-4)}`, discriminator: '0', global_name: null, avatar: null, ...(options.bot ? { bot: true } : {}) };
    const botUser = { id: BOT_USER_ID, username: 'article-bot', discriminator: '0', global_name: null, avatar: null, bot: true };
    const mention = options.mention ?? true;
    this.dispatch('MESSAGE_CREATE', {
      id,
      type: 0,
      channel_id: CHANNEL_ID,
      guild_id: options.guildId ?? GUILD_ID,
      author,
      member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
      content: mention ? `<@${BOT_USER_ID}> ${content}` : content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      // A reply to one of the bot's messages that pings it lists the bot among the mentions too.
      mentions: mention || options.replyToBot ? [botUser] : [],
      ...(options.replyToBot
        ? {
            message_reference: { message_id: snowflake(), channel_id: CHANNEL_ID, guild_id: options.guildId ?? GUILD_ID },
            referenced_message: { ...this.message({ content: 'an earlier answer' }), guild_id: options.guildId ?? GUILD_ID },
            type: 19,
          }
        : {}),
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      flags: 0,
      components: [],
    });
    return id;
  }

  /** The bot's messages replying to a message (POST to the channel with a reference to it). */
  repliesTo(messageId: string): RecordedRequest[] {
    return this.requests.filter((request) => request.method === 'POST' && /^\/channels\/\d+\/messages$/.test(request.path) && request.body?.message_reference?.message_id === messageId);
  }

  /** The commands registered (as the bot's deploy registers them): Discord shows and delivers them by their contexts and permissions. */
  private readonly registered = new Map<string, { contexts?: number[]; default_member_permissions?: string | null }>();

  register(commands: Array<{ name: string; contexts?: number[]; default_member_permissions?: string | null }>): void {
    for (const command of commands) this.registered.set(command.name, command);
  }

  /** Sends an interaction as Discord does, and returns its id and token. */
  interact(options: InteractionOptions): { id: string; token: string } {
    // Discord does not offer a registered command where its contexts or default permissions exclude it.
    const registered = (options.type ?? 2) === 2 ? this.registered.get(options.name) : undefined;
    if (registered) {
      const context = options.dm ? 1 : 0;
      if (registered.contexts && !registered.contexts.includes(context)) throw new Error(`Discord would not deliver /${options.name} in this context`);
      const needed = BigInt(registered.default_member_permissions ?? '0');
      const has = BigInt(options.permissions ?? PERMISSIONS.member);
      // (A server can grant a command to roles under Integrations: a member with roles is taken to have been.)
      if (!options.dm && (needed & has) !== needed && !(options.roles ?? []).length) throw new Error(`Discord would not show /${options.name} to this member`);
    }
    const guildId = options.guildId ?? GUILD_ID;
    const id = snowflake(options.ageMs);
    const token = `aW50ZXJhY3Rpb246${randomBytes(24).toString('hex')}`;
    const userId = options.userId ?? '950000000000000001';
    const user = { id: userId, username: `user${userId.slice(-4)}`, discriminator: '0', global_name: null, avatar: null };
    const attachments = options.attachments ?? {};
    const where = options.dm
      ? { channel_id: DM_CHANNEL_ID, channel: { id: DM_CHANNEL_ID, type: 1, recipients: [user], flags: 0 }, authorizing_integration_owners: { '0': guildId }, context: 1, user }
      : {
          guild_id: guildId,
          guild: { id: guildId, locale: 'en-US', features: [] },
          guild_locale: 'en-US',
          channel_id: CHANNEL_ID,
          channel: { id: CHANNEL_ID, type: 0, guild_id: guildId, name: 'general', permissions: PERMISSIONS.member, flags: 0 },
          authorizing_integration_owners: { '0': guildId },
          context: 0,
        };
    const member = {
        user,
        roles: options.roles ?? [],
        permissions: options.permissions ?? PERMISSIONS.member,
        joined_at: new Date().toISOString(),
        deaf: false,
        mute: false,
        flags: 0,
        pending: false,
        nick: null,
        avatar: null,
        premium_since: null,
        communication_disabled_until: null,
    };
    this.dispatch('INTERACTION_CREATE', {
      id,
      application_id: APPLICATION_ID,
      type: options.type ?? 2,
      token,
      version: 1,
      ...where,
      locale: 'en-US',
      app_permissions: PERMISSIONS.member,
      entitlements: [],
      attachment_size_limit: 10_485_760,
      ...(options.dm ? {} : { member }),
      ...(options.type === 3
        ? { data: { custom_id: options.customId ?? '', component_type: 2 }, message: { ...this.message({}), guild_id: guildId } }
        : {
            data: {
              id: snowflake(),
              name: options.name,
              type: 1,
              ...(options.dm ? {} : { guild_id: guildId }),
              options: options.options ?? [],
              ...(Object.keys(attachments).length
                ? { resolved: { attachments: Object.fromEntries(Object.entries(attachments).map(([key, a]) => [key, { id: key, proxy_url: a.url, ...a }])) } }
                : {}),
            },
          }),
    });
    return { id, token };
  }

  /**
   * Holds Discord's response to the bot's next request for an interaction (its callback or a
   * webhook call) until `release`, so a test can act while the bot is mid-reply. The request is
   * recorded when it arrives. Call it in the same turn as `interact`, before the bot can answer.
   */
  hold(interaction: { token: string }): { arrived: Promise<RecordedRequest>; release(): void } {
    let arrive!: (request: RecordedRequest) => void;
    const arrived = new Promise<RecordedRequest>((resolve) => (arrive = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    this.releases.add(release);
    this.holds.set(interaction.token, { arrived: arrive, released });
    return { arrived, release };
  }

  /** Closes the gateway socket as Discord does when it asks a client to reconnect. */
  dropConnection(code = 4000): void {
    this.last?.socket.close(code, 'fake-discord: reconnect');
  }

  /** The requests the bot made for one interaction: its callback and its webhook calls, in order. */
  responsesTo(interaction: { id: string; token: string }): RecordedRequest[] {
    return this.byToken.get(interaction.token) ?? [];
  }

  /** Waits until `predicate` holds, polling the recorded traffic. */
  async waitFor<T>(predicate: () => T | undefined | null | false, timeoutMs = 20_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = predicate();
      if (value) return value;
      if (Date.now() > deadline) throw new Error('fake-discord: timed out waiting');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Waits for the interaction's final message body: the callback's data, or the edit of a deferred reply. */
  async finalMessage(
    interaction: { id: string; token: string },
    timeoutMs = 20_000,
  ): Promise<{ deferred: boolean; ephemeral: boolean; body: any; requests: RecordedRequest[] }> {
    return this.waitFor(() => {
      const requests = this.responsesTo(interaction);
      const callback = requests.find((request) => request.path.endsWith('/callback'));
      if (!callback) return undefined;
      if (callback.body?.type === 4) {
        return { deferred: false, ephemeral: Boolean((callback.body.data?.flags ?? 0) & 64), body: callback.body.data, requests };
      }
      if (callback.body?.type === 5) {
        // The first follow-up after a deferral takes the place of the deferred message: its visibility is the deferral's, whatever it asks.
        const followUp = requests.find((request) => request.method === 'POST' && !request.path.endsWith('/callback'));
        if (followUp) return { deferred: true, ephemeral: Boolean((callback.body.data?.flags ?? 0) & 64), body: followUp.body, requests };
        // Progress shown while long work goes on is not the answer: the final message is the last other edit.
        const edit = requests.filter((request) => request.method === 'PATCH' && !INTERIM_TITLES.includes(request.body?.embeds?.[0]?.title)).at(-1);
        if (edit) return { deferred: true, ephemeral: Boolean((callback.body.data?.flags ?? 0) & 64), body: edit.body, requests };
      }
      return undefined;
    }, timeoutMs);
  }
}
