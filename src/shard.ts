import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager } from 'discord.js';
import { ConfigError } from './config.js';
import { start } from './start.js';

/**
 * Runs the bot as several shards, one process each, for bots in many servers (Discord requires
 * sharding from 2,500 servers). Each shard is the bot's main module (compiled, or through tsx in development) with its own model and index.
 */
start(async ({ config, logger: makeLogger, services }) => {
  const logger = makeLogger('info');
  const token = config.discordToken;
  if (!token) throw new ConfigError('Sharding needs DISCORD_TOKEN (see .env.example).');
  let totalShards = config.shardCount;
  if (totalShards === undefined) {
    // Discord's recommendation, asked of the configured API so a fake Discord works too.
    const rest = new REST(config.discordApiUrl ? { api: config.discordApiUrl } : {}).setToken(token);
    totalShards = ((await rest.get(Routes.gatewayBot())) as { shards: number }).shards;
  }
  // Build or check the index once here, so the shards only load it.
  const built = await services(logger);
  await built.libraries.default.ready();
  await built.libraries.close();
  // Shards run what this runs: the compiled bot, or the sources through tsx in development.
  const compiled = import.meta.url.endsWith('.js');
  const manager = new ShardingManager(fileURLToPath(new URL(compiled ? './main.js' : './main.ts', import.meta.url)), {
    token,
    totalShards,
    execArgv: compiled ? ['--enable-source-maps'] : ['--import', 'tsx'],
    respawn: true,
  });
  manager.on('shardCreate', (shard) => {
    logger.info({ shardId: shard.id, totalShards }, 'shard launched');
    shard.on('death', () => logger.warn({ shardId: shard.id }, 'shard exited'));
  });
  await manager.spawn();
  const stop = (): void => {
    // A shard that exits on the same signal must not be started again.
    manager.respawn = false;
    for (const shard of manager.shards.values()) shard.kill();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
});
