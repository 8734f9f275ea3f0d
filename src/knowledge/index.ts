import type { Generation } from '../model/types.js';
import { buildChanges, type ChangeVocabulary } from './changes.js';
import { buildClaims, type Claims } from './claims.js';
import { changeVocabularyInput } from './data/changes.js';
import { claimVocabularyInput } from './data/claims.js';
import { gb2019 } from './data/gb2019.js';
import { gb2021 } from './data/gb2021.js';
import { legacy } from './data/legacy.js';
import { PROVINCIAL_SERVICES } from './data/provincial-services.js';
import { ADMINISTRATIVE_UNITS, type AdministrativeUnit } from './data/units.js';
import { gazetteer, type Gazetteer } from './gazetteer.js';
import { z } from 'zod';
import { generationDefinitionSchema, type GenerationDefinition, type GenerationInput, type TableDefinition } from './schema.js';

/**
 * What rules know of the domain besides the report: rules receive it on their context and never
 * import it, so a host may give another set (a new format, a vocabulary of its own).
 */
export interface Knowledge {
  /** The format generations: their years, parts, tables (rows, columns) and identities. */
  generations: Record<Generation, GenerationDefinition>;
  /** What the prose says: which words around a figure name which table cells (docs/phrasing.md). */
  claims: Claims;
  /** How prose states a change against last year (同比增长20%, 较上年减少3件). */
  changes: ChangeVocabulary;
  /** The administrative units a body can head (镇、县 …), with the level that decides its deadline. */
  units: readonly AdministrativeUnit[];
  /** The provinces' service apps whose names do not carry the province's (浙里办), by the province's short name. */
  provincialServices: Readonly<Record<string, readonly string[]>>;
  /** The gazetteer of places, parsed on first use. */
  gazetteer(): Gazetteer;
}

/** The data knowledge is built from; `claims` is validated against the vocabulary's schema. */
export interface KnowledgeInput {
  generations: GenerationInput[];
  claims: unknown;
  changes: unknown;
  units: readonly AdministrativeUnit[];
  provincialServices: unknown;
  gazetteer: () => Gazetteer;
}

/** Service names of three characters or more: shorter ones occur inside other words. */
const provincialServicesSchema = z.record(z.string().min(2), z.array(z.string().min(3)));

/** Validates the data; a format added as data is checked here, not in code. */
export function buildKnowledge(input: KnowledgeInput): Knowledge {
  const generations = {} as Record<Generation, GenerationDefinition>;
  for (const generation of input.generations) {
    const parsed = generationDefinitionSchema.parse(generation);
    for (const table of parsed.tables) {
      for (const pattern of table.layout === 'rows' ? table.rows.flatMap((row) => row.match) : []) new RegExp(pattern);
    }
    generations[parsed.id] = parsed;
  }
  if (!generations.legacy || !generations.gb2019 || !generations.gb2021) throw new Error('knowledge must define legacy, gb2019 and gb2021');
  return {
    generations,
    claims: buildClaims(input.claims, generations),
    changes: buildChanges(input.changes),
    units: input.units,
    provincialServices: provincialServicesSchema.parse(input.provincialServices),
    gazetteer: input.gazetteer,
  };
}

/** The built-in knowledge, which the engine gives every rule unless a host gives its own. */
export const knowledge: Knowledge = buildKnowledge({ generations: [legacy, gb2019, gb2021], claims: claimVocabularyInput, changes: changeVocabularyInput, units: ADMINISTRATIVE_UNITS, provincialServices: PROVINCIAL_SERVICES, gazetteer });

export function generationForYear(year: number, from: Knowledge): Generation {
  if (year >= from.generations.gb2021.years.from) return 'gb2021';
  if (year >= from.generations.gb2019.years.from) return 'gb2019';
  return 'legacy';
}

/** A generation's table of a kind, from the knowledge given (a rule's: its context's). */
export function tableDefinition(generation: Generation, kind: TableDefinition['kind'], from: Knowledge): TableDefinition | undefined {
  return from.generations[generation].tables.find((table) => table.kind === kind);
}

/** Cell key of a row and column; single-value rows (legacy table) are keyed by the row alone. */
export function cellKey(row: string, column: string): string {
  return column === 'value' ? row : `${row}:${column}`;
}
