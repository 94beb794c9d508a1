import type { Command } from '../src/command.js';
import { ask } from './ask.js';
import { help } from './help.js';
import { quote } from './quote.js';
import { reindex } from './reindex.js';
import { report } from './report.js';
import { settings } from './settings.js';
import { status } from './status.js';

/** Every slash command, by name. */
export const commands: ReadonlyMap<string, Command> = new Map([ask, quote, reindex, status, settings, report, help].map((command): [string, Command] => [command.name, command]));
