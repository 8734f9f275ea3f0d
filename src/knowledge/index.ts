import type { Generation } from '../model/types.js';
import { gb2019 } from './data/gb2019.js';
import { gb2021 } from './data/gb2021.js';
import { legacy } from './data/legacy.js';
import { generationDefinitionSchema, type GenerationDefinition, type GenerationInput, type TableDefinition } from './schema.js';

export interface Knowledge {
  generations: Record<Generation, GenerationDefinition>;
}

/** Validates generation definitions; a format added as data is checked here, not in code. */
export function buildKnowledge(inputs: GenerationInput[]): Knowledge {
  const generations = {} as Record<Generation, GenerationDefinition>;
  for (const input of inputs) {
    const parsed = generationDefinitionSchema.parse(input);
    for (const table of parsed.tables) {
      for (const pattern of table.layout === 'rows' ? table.rows.flatMap((row) => row.match) : []) new RegExp(pattern);
    }
    generations[parsed.id] = parsed;
  }
  return generations.legacy && generations.gb2019 && generations.gb2021
    ? { generations }
    : (() => {
        throw new Error('knowledge must define legacy, gb2019 and gb2021');
      })();
}

export const knowledge: Knowledge = buildKnowledge([legacy, gb2019, gb2021]);

export function generationForYear(year: number): Generation {
  if (year >= knowledge.generations.gb2021.years.from) return 'gb2021';
  if (year >= knowledge.generations.gb2019.years.from) return 'gb2019';
  return 'legacy';
}

/** A generation's table of a kind; rules pass the knowledge their context gives them. */
export function tableDefinition(generation: Generation, kind: TableDefinition['kind'], from: Knowledge = knowledge): TableDefinition | undefined {
  return from.generations[generation].tables.find((table) => table.kind === kind);
}

/** Cell key of a row and column; single-value rows (legacy table) are keyed by the row alone. */
export function cellKey(row: string, column: string): string {
  return column === 'value' ? row : `${row}:${column}`;
}
