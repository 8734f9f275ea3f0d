import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cellsByKey, tableOf } from '../../src/model/query.js';
import { parseBytes } from '../helpers.js';
import type { Planted } from './synthetic-repo.js';

/** Where the planted defects sit: lines in the generated reports, computed from the model. */
export function placesIn(repo: Planted) {
  const modelOf = (file: string) => parseBytes(file, readFileSync(join(repo.dir, file)));
  return {
    modelOf,
    async cellLine(file: string, kind: 'applications' | 'proactive', key: string): Promise<number> {
      return cellsByKey(tableOf(await modelOf(file), kind)!).get(key)!.position!.start.line;
    },
    async cellValue(file: string, kind: 'applications' | 'proactive', key: string): Promise<number> {
      return cellsByKey(tableOf(await modelOf(file), kind)!).get(key)!.value!;
    },
    /** Line of the report's own (generated) prose: "2023年，<name>…". */
    proseLine(file: string, body: number, year: number): number {
      return readFileSync(join(repo.dir, file), 'utf8').split('\n').findIndex((line) => line.includes(`${year}年，${repo.name(body)}`)) + 1;
    },
  };
}
