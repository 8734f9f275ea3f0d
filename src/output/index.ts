import type { Formatter } from './formatter.js';
import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import { unix } from './unix.js';

export type { FormatContext, Formatter } from './formatter.js';

export const formatters = { stylish, json, sarif, github, unix } satisfies Record<string, Formatter>;
export type FormatterName = keyof typeof formatters;

export function getFormatter(name: string): Formatter {
  const formatter = (formatters as Record<string, Formatter>)[name];
  if (!formatter) throw new UnknownFormatterError(name);
  return formatter;
}

export class UnknownFormatterError extends Error {
  constructor(name: string) {
    super(`未知输出格式 unknown format "${name}"; 可用 available: ${Object.keys(formatters).join(', ')}`);
  }
}
