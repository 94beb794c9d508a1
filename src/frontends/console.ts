import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { ApplicationCommandOptionType, type APIApplicationCommandOption } from 'discord.js';
import type { AttachmentInput, Command, CommandInput, OptionValue, Services } from '../command.js';
import { runCommand } from '../dispatch.js';
import { renderReply } from './render-text.js';

export type ParsedLine =
  | { kind: 'empty' }
  | { kind: 'quit' }
  | { kind: 'error'; message: string }
  | { kind: 'command'; command: Command; options: Record<string, OptionValue | undefined> };

const TRUE_WORDS = new Set(['true', 'yes', 'y', 'on', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'n', 'off', '0']);

async function localAttachment(file: string): Promise<AttachmentInput> {
  const info = await stat(file);
  return { name: basename(file), size: info.size, contentType: null, download: async () => new Uint8Array(await readFile(file)) };
}

/**
 * Reads a console line the way Discord's client fills a slash command:
 * `/quote year:2015 speaker:Xi`. Text before any `name:` goes to the first text option,
 * so `/ask How many users?` works, and a line without a slash is a question.
 */
export async function parseLine(line: string, commands: ReadonlyMap<string, Command>): Promise<ParsedLine> {
  const text = line.trim();
  if (!text) return { kind: 'empty' };
  if (/^\/?(?:quit|exit)$/i.test(text)) return { kind: 'quit' };
  const [head, ...restWords] = text.startsWith('/') ? text.slice(1).split(/\s+/) : ['ask', ...text.split(/\s+/)];
  const name = (head ?? '').toLowerCase();
  const command = commands.get(name);
  if (!command) return { kind: 'error', message: `There is no /${name} command. Type /help to see the commands.` };
  const rest = text.startsWith('/') ? text.slice(1 + (head?.length ?? 0)).trim() : text;
  const definitions = (command.data.toJSON().options ?? []) as APIApplicationCommandOption[];
  const raw: Record<string, string> = {};
  if (definitions.length > 0) {
    const names = definitions.map((option) => option.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    const marker = new RegExp(`(?:^|\\s)(${names}):`, 'gi');
    const marks = [...rest.matchAll(marker)];
    const leading = rest.slice(0, marks[0]?.index ?? rest.length).trim();
    const firstText = definitions.find((option) => option.type === ApplicationCommandOptionType.String);
    if (leading && firstText) raw[firstText.name] = leading;
    else if (leading) return { kind: 'error', message: `I did not understand “${leading}”. Use name:value, as in /help.` };
    marks.forEach((mark, i) => {
      const start = (mark.index ?? 0) + mark[0].length;
      const end = marks[i + 1]?.index ?? rest.length;
      raw[mark[1]!.toLowerCase()] = rest.slice(start, end).trim();
    });
  } else if (rest) {
    return { kind: 'error', message: `/${name} takes no options.` };
  }

  const options: Record<string, OptionValue | undefined> = {};
  for (const option of definitions) {
    const value = raw[option.name];
    if (value === undefined || value === '') {
      if ('required' in option && option.required) {
        return { kind: 'error', message: `/${name} needs ${option.name}: for example /${name} ${option.name}:${exampleFor(option)}` };
      }
      continue;
    }
    switch (option.type) {
      case ApplicationCommandOptionType.Integer:
      case ApplicationCommandOptionType.Number: {
        const number = Number(value);
        if (!Number.isFinite(number) || (option.type === ApplicationCommandOptionType.Integer && !Number.isInteger(number))) {
          return { kind: 'error', message: `${option.name} must be a whole number, for example ${option.name}:${exampleFor(option)}` };
        }
        options[option.name] = number;
        break;
      }
      case ApplicationCommandOptionType.Boolean: {
        const word = value.toLowerCase();
        if (!TRUE_WORDS.has(word) && !FALSE_WORDS.has(word)) return { kind: 'error', message: `${option.name} must be true or false.` };
        options[option.name] = TRUE_WORDS.has(word);
        break;
      }
      case ApplicationCommandOptionType.Attachment:
        try {
          options[option.name] = await localAttachment(value);
        } catch {
          return { kind: 'error', message: `There is no readable file at ${value}.` };
        }
        break;
      default:
        options[option.name] = value;
    }
  }
  return { kind: 'command', command, options };
}

function exampleFor(option: APIApplicationCommandOption): string {
  if (option.type === ApplicationCommandOptionType.Integer) return '2015';
  if (option.type === ApplicationCommandOptionType.Attachment) return 'path/to/article.txt';
  return 'How many internet users did China have?';
}

export interface ConsoleOptions {
  input: Readable;
  output: Writable;
  services: Services;
  commands: ReadonlyMap<string, Command>;
  color?: boolean;
  /** Whether to show a prompt; off when input is not a terminal. */
  prompt?: boolean;
  /** Terminal width to wrap replies at; no wrapping when absent. */
  columns?: number;
}

/** The interactive console: the bot's replies, rendered for a terminal. Resolves when input ends. */
export async function runConsole({ input, output, services, commands, color = false, prompt = false, columns }: ConsoleOptions): Promise<void> {
  const write = (text: string): void => {
    output.write(`${text}\n`);
  };
  write('Ask the article: console mode (no DISCORD_TOKEN is set, so nothing is sent to Discord).');
  write('Type /ask followed by a question, /quote year:2015, /reindex, /help, or /quit.');
  try {
    const { articles, passageCount } = (await services.knowledge.ready()).manifest;
    const from = articles.length === 1 ? (articles[0]?.title ? ` from “${articles[0].title}”` : '') : ` from ${articles.length} articles`;
    write(`Ready: ${passageCount} passages${from}.`);
  } catch (error) {
    services.logger.error({ err: error }, 'could not load the index');
    write('The index could not be loaded; replies will say why. The log has the details.');
  }
  const lines = createInterface({ input, terminal: false });
  const user = { id: 'console', name: 'console' };
  if (prompt) output.write('> ');
  for await (const line of lines) {
    const parsed = await parseLine(line, commands);
    if (parsed.kind === 'quit') break;
    if (parsed.kind === 'error') write(parsed.message);
    if (parsed.kind === 'command') {
      // The person at the console runs the bot, so they are its moderator.
      const commandInput: CommandInput = { options: parsed.options, user, isModerator: true };
      const reply = await runCommand(parsed.command, commandInput, services, { frontend: 'console' });
      write(renderReply(reply, color, columns));
    }
    if (parsed.kind !== 'empty') write('');
    if (prompt) output.write('> ');
  }
  lines.close();
}
