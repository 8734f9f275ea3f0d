import type { ChunkedFormatter, Formatter } from './formatter.js';
import { github } from './github.js';
import { json, jsonChunks } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import { unix } from './unix.js';

export type { ChunkedFormatter, FormatContext, Formatter } from './formatter.js';

export const formatters = { stylish, json, sarif, github, unix } satisfies Record<string, Formatter>;
export type FormatterName = keyof typeof formatters;

export function getFormatter(name: string): Formatter {
  const formatter = (formatters as Record<string, Formatter>)[name];
  if (!formatter) throw new UnknownFormatterError(name);
  return formatter;
}

const chunkedFormatters: Partial<Record<string, ChunkedFormatter>> = { json: jsonChunks };

/** The formatter as chunks to write one after another: its own chunked form, else its whole text as one chunk. */
export function getChunkedFormatter(name: string): ChunkedFormatter {
  const formatter = getFormatter(name);
  return chunkedFormatters[name] ?? ((results, context) => [formatter([...results], context)]);
}

export class UnknownFormatterError extends Error {
  constructor(name: string) {
    super(`未知输出格式 unknown format "${name}"; 可用 available: ${Object.keys(formatters).join(', ')}`);
  }
}
