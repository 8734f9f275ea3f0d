import { lintCommand, type LintCommandOptions } from '../../src/cli/lint-command.js';

export interface JsonMessage {
  ruleId: string;
  line: number;
  column: number;
  message: string;
  related: Array<{ line: number; column: number; filePath?: string; message: string }>;
}

export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
}

/** Runs the lint command in-process on a folder with JSON output (the path users take, minus the process). */
export async function lintFolder(dir: string, options: Partial<LintCommandOptions> = {}): Promise<{ code: number; text: string; results: JsonResult[] }> {
  let text = '';
  const code = await lintCommand({
    patterns: ['.'],
    cwd: dir,
    format: 'json',
    lang: 'zh',
    color: false,
    quiet: false,
    maxWarnings: -1,
    rule: [],
    jobs: 1,
    ...options,
    write: (chunk) => (text += chunk),
  });
  return { code, text, results: options.format && options.format !== 'json' ? [] : (JSON.parse(text) as JsonResult[]) };
}

/** `file:line rule` of every finding of the rules whose id starts with `prefix`, paths relative to `dir`. */
export function findings(results: JsonResult[], dir: string, prefix = 'repo/'): string[] {
  return results.flatMap((result) =>
    result.messages.filter((m) => m.ruleId.startsWith(prefix)).map((m) => `${result.filePath.slice(dir.length + 1)}:${m.line} ${m.ruleId}`),
  );
}
