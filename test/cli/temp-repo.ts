import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, fixtureText } from '../helpers.js';

/** A temporary folder holding `files` (name → content). */
export function tempRepo(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-cli-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/**
 * A folder with a local plugin (its options a zod schema made with the package's own zod), a
 * config that turns its rule on, and the 2023 Changle report in r.txt.
 */
export function pluginRepo(): string {
  return tempRepo({
    'plugin.mjs': `import { z } from ${JSON.stringify(import.meta.resolve('zod'))};
export const rules = [{
  meta: { id: 'province/penalty-ceiling', family: 'province', description: { zh: '行政处罚不超过上限', en: 'penalty ceiling' },
    recommended: 'off', generations: ['gb2021'], messages: { over: { zh: '行政处罚 {n} 件，超过 {max}', en: 'penalty {n} over {max}' } } },
  options: z.object({ max: z.number().default(100) }).strict(),
  check(context) {
    const table = context.report.children.flatMap(function all(n) { return n.type === 'table' ? [n] : n.type === 'section' ? n.children.flatMap(all) : []; }).find((t) => t.kind === 'proactive');
    const cell = table && table.children.find((c) => c.key === 'penalty:decisions');
    if (cell && cell.value > context.options.max) context.emit({ messageId: 'over', data: { n: cell.value, max: context.options.max }, position: cell.position });
  },
}];`,
    'xxgk.config.json': JSON.stringify({ plugins: ['./plugin.mjs'], rules: { 'province/penalty-ceiling': ['error', { max: 500 }] } }),
    'r.txt': fixtureText(FIXTURES.changleTownship2023),
  });
}

/** The plugin's finding in r.txt, as `-f unix` prints it. */
export const PLUGIN_FINDING = 'r.txt:75:1: error 行政处罚 848 件，超过 500 [province/penalty-ceiling]';
