import { REST, Routes } from 'discord.js';
import { commands } from '../../commands/index.js';
import { ConfigError } from '../config.js';
import { discordCommandJson } from '../frontends/discord-commands.js';
import { start } from '../start.js';

/**
 * Registers the slash commands: to DISCORD_GUILD_ID when set (instant, for development),
 * otherwise globally. Run it when commands change, not on every start: creates are rate-limited.
 */
start(async ({ config }) => {
  const { discordToken: token, discordClientId: clientId, discordGuildId: guildId } = config;
  if (!token || !clientId) {
    const missing = [token ? null : 'DISCORD_TOKEN', clientId ? null : 'DISCORD_CLIENT_ID'].filter(Boolean);
    throw new ConfigError(`To register commands, set ${missing.join(' and ')} (see .env.example).`);
  }
  const rest = new REST(config.discordApiUrl ? { api: config.discordApiUrl } : {}).setToken(token);
  const body = [...commands.values()].map((command) => discordCommandJson(command));
  const route = guildId ? Routes.applicationGuildCommands(clientId, guildId) : Routes.applicationCommands(clientId);
  const registered = (await rest.put(route, { body })) as Array<{ name: string }>;
  const names = registered.map((command) => `/${command.name}`).join(', ');
  process.stdout.write(
    guildId
      ? `Registered ${registered.length} commands (${names}) to server ${guildId}.\n`
      : `Registered ${registered.length} commands (${names}) globally; Discord may take a while to show them everywhere.\n`,
  );
});
