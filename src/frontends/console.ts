import { readFile, stat } from 'node:fs/promises';
import { distance } from 'fastest-levenshtein';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { type AttachmentInput, checkOptions, type Command, type CommandInput, type OptionValue, type Services } from '../command.js';
import { runCommand } from '../dispatch.js';
import { renderReply } from './render-text.js';

export type ParsedLine =
  | { kind: 'empty' }
  | { kind: 'quit' }
  | { kind: 'error'; message: string }
  | { kind: 'command'; command: Command; options: Record<string, OptionValue> };

async function localAttachment(file: string): Promise<AttachmentInput> {
  const info = await stat(file);
  return { name: basename(file), size: info.size, contentType: null, download: async () => new Uint8Array(await readFile(file)) };
}

/**
 * Reads a console line the way Discord's client fills a slash command:
 * `/quote year:2015 speaker:Xi`. Text before any `name:` goes to the first text option,
 * so `/ask How many users?` works, and so do words after a yes/no or number option
 * (`/ask private:true how many users`), and a line without a slash goes to the command that takes
 * free text (`/ask`: a question). The values are
 * checked against the command's declared options, as Discord checks them.
 */
export async function parseLine(line: string, commands: ReadonlyMap<string, Command>): Promise<ParsedLine> {
  const text = line.trim();
  if (!text) return { kind: 'empty' };
  if (/^\/?(?:quit|exit)$/i.test(text)) return { kind: 'quit' };
  const freeText = [...commands.values()].find((command) => command.freeText)?.name ?? '';
  const [head, ...restWords] = text.startsWith('/') ? text.slice(1).split(/\s+/) : [freeText, ...text.split(/\s+/)];
  const name = (head ?? '').toLowerCase();
  const command = commands.get(name);
  if (!command) return { kind: 'error', message: `There is no /${name} command. Type /help to see the commands.` };
  const rest = text.startsWith('/') ? text.slice(1 + (head?.length ?? 0)).trim() : text;
  const specs = Object.entries(command.options);
  const raw: Record<string, unknown> = {};
  if (specs.length > 0) {
    const names = specs.map(([option]) => option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    const marker = new RegExp(`(?:^|\\s)(${names}):`, 'gi');
    const marks = [...rest.matchAll(marker)];
    let leading = rest.slice(0, marks[0]?.index ?? rest.length).trim();
    const firstText = specs.find(([, spec]) => spec.type === 'string');
    marks.forEach((mark, i) => {
      const start = (mark.index ?? 0) + mark[0].length;
      const end = marks[i + 1]?.index ?? rest.length;
      const option = mark[1]!.toLowerCase();
      let value = rest.slice(start, end).trim();
      // A yes/no or a number is one word: "/ask private:true how many users" asks "how many users" privately.
      const type = command.options[option]?.type;
      if ((type === 'boolean' || type === 'integer') && /\s/.test(value)) {
        const [word, ...after] = value.split(/\s+/);
        value = word!;
        leading = `${leading} ${after.join(' ')}`.trim();
      }
      raw[option] = value;
    });
    // "/quote yr:2017": an option the command does not have is named back, with those it has.
    const unknown = /^([a-z][\w-]*):/i.exec(leading)?.[1];
    const itsOptions = `Its options: ${specs.map(([option]) => `${option}:`).join(', ')}.`;
    if (unknown && !command.freeText) return { kind: 'error', message: `/${name} has no option “${unknown}:”. ${itsOptions}` };
    // "/ask qustion:who wrote it": a command that takes free text still names back an option misspelt, not asked as part of the question.
    const meant = unknown && command.freeText ? specs.find(([option]) => distance(option, unknown.toLowerCase()) <= 2 && unknown.length >= 4) : undefined;
    if (unknown && meant) return { kind: 'error', message: `/${name} has no option “${unknown}:”. Did you mean ${meant[0]}:? ${itsOptions}` };
    // "/quote 2017": a bare number goes to the number option, as a bare text goes to the text one.
    const firstNumber = specs.find(([, spec]) => spec.type === 'integer');
    if (/^\d+$/.test(leading) && firstNumber && raw[firstNumber[0]] === undefined) raw[firstNumber[0]] = leading;
    else if (leading && firstText && raw[firstText[0]] === undefined) raw[firstText[0]] = leading;
    else if (leading) return { kind: 'error', message: `I did not understand “${leading}”. Use name:value, as in /help.` };
  } else if (rest || restWords.length > 0) {
    return { kind: 'error', message: `/${name} takes no options.` };
  }
  for (const [option, spec] of specs) {
    const file = raw[option];
    if (spec.type !== 'attachment' || typeof file !== 'string' || file === '') continue;
    try {
      raw[option] = await localAttachment(file);
    } catch {
      return { kind: 'error', message: `There is no readable file at ${file}.` };
    }
  }
  const checked = checkOptions(command, raw, true);
  return checked.ok ? { kind: 'command', command, options: checked.options } : { kind: 'error', message: checked.problem };
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
  write(`Commands: ${[...commands.keys()].map((name) => `/${name}`).join(', ')}, or /quit. A line without a slash is a question.`);
  try {
    const { articles, passageCount } = (await services.libraries.default.ready()).index.manifest;
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
      const commandInput: CommandInput = { options: parsed.options, user, server: null, isModerator: true, canManageServer: true };
      const reply = await runCommand(parsed.command, commandInput, services, { frontend: 'console' });
      write(renderReply(reply, color, columns));
    }
    if (parsed.kind !== 'empty') write('');
    if (prompt) output.write('> ');
  }
  lines.close();
}
