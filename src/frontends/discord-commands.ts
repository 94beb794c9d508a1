import {
  type APIApplicationCommandBasicOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Command, OptionSpec } from '../command.js';

function optionJson(name: string, spec: OptionSpec): APIApplicationCommandBasicOption {
  const common = { name, description: spec.description, required: spec.required ?? false };
  switch (spec.type) {
    case 'string':
      return {
        ...common,
        type: ApplicationCommandOptionType.String,
        ...(spec.maxLength !== undefined ? { max_length: spec.maxLength } : {}),
        ...(spec.autocomplete ? { autocomplete: true } : {}),
      };
    case 'integer':
      return {
        ...common,
        type: ApplicationCommandOptionType.Integer,
        ...(spec.min !== undefined ? { min_value: spec.min } : {}),
        ...(spec.max !== undefined ? { max_value: spec.max } : {}),
        ...(spec.autocomplete ? { autocomplete: true } : {}),
      };
    case 'boolean':
      return { ...common, type: ApplicationCommandOptionType.Boolean };
    case 'attachment':
      return { ...common, type: ApplicationCommandOptionType.Attachment };
    case 'role':
      return { ...common, type: ApplicationCommandOptionType.Role };
  }
}

/**
 * A command as Discord registers it, installed to servers only. Members' commands work in
 * servers and in the bot's DMs (never in group DMs or other people's DMs); moderator commands
 * are shown to Manage Server holders, in servers only.
 */
export function discordCommandJson(command: Command): RESTPostAPIChatInputApplicationCommandsJSONBody {
  // Discord lists required options first.
  const options = Object.entries(command.options)
    .map(([name, spec]) => optionJson(name, spec))
    .sort((a, b) => Number(b.required ?? false) - Number(a.required ?? false));
  return {
    type: ApplicationCommandType.ChatInput,
    name: command.name,
    description: command.description,
    ...(options.length ? { options } : {}),
    integration_types: [ApplicationIntegrationType.GuildInstall],
    contexts: command.moderatorOnly ? [InteractionContextType.Guild] : [InteractionContextType.Guild, InteractionContextType.BotDM],
    ...(command.moderatorOnly ? { default_member_permissions: String(PermissionFlagsBits.ManageGuild) } : {}),
  };
}
