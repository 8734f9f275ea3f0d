import { cellKey, tableDefinition, type Identity, type RowsTableDefinition, type SequenceTableDefinition } from '../../src/engine/rule-api.js';
import { z } from 'zod';
import { defineRule, type Lang, type RelatedInput, type Rule, type RuleContext, type RuleMeta } from '../../src/engine/rule.js';
import { cellsByKey, tablesOf } from '../../src/model/query.js';
import type { Cell, Table } from '../../src/model/types.js';
import { roundFigure } from '../../src/model/round.js';

/** One side of an identity as written in a message: "本年新收 4 + 上年结转 0". */
interface Term {
  name: string;
  cell: Cell;
}

export interface Check {
  /** Column (or group) the identity is about, for the message. */
  scope: string;
  left: Term[];
  right: Term[];
  leftSum: number;
  rightSum: number;
  relation: 'equal' | 'atLeast';
  hasBlank: boolean;
}

/** Every instance of the identities a rule owns, over the report's tables; all-blank or absent instances are skipped. */
export function identityChecks(context: RuleContext<unknown>, ruleId: string): Array<{ table: Table; check: Check }> {
  const out: Array<{ table: Table; check: Check }> = [];
  for (const table of tablesOf(context.report)) {
    const definition = tableDefinition(table.generation, table.kind, context.knowledge);
    if (!definition) continue;
    const cells = cellsByKey(table);
    for (const identity of identitiesOf(definition, ruleId)) {
      for (const instance of instances(identity, definition, context.lang)) {
        const check = evaluate(cells, instance, identity.kind === 'cells' ? identity.relation : 'equal');
        if (check) out.push({ table, check });
      }
    }
  }
  return out;
}

/** A definition's identities by the rule that owns them, sorted once: every arithmetic rule asks for its own, per table of every report. */
const byRule = new Map<RowsTableDefinition | SequenceTableDefinition, Map<string, Identity[]>>();

function identitiesOf(definition: RowsTableDefinition | SequenceTableDefinition, ruleId: string): Identity[] {
  let rules = byRule.get(definition);
  if (!rules) byRule.set(definition, (rules = new Map()));
  let owned = rules.get(ruleId);
  if (!owned) rules.set(ruleId, (owned = definition.identities.filter((item) => item.rule === ruleId)));
  return owned;
}

interface Instance {
  scope: string;
  left: Array<{ key: string; name: string }>;
  right: Array<{ key: string; name: string }>;
}

/** Instances follow from the (static) definitions alone: built once per identity and language. */
const instanceCache = new Map<Identity, Partial<Record<Lang, Instance[]>>>();

function instances(identity: Identity, definition: RowsTableDefinition | SequenceTableDefinition, lang: Lang): Instance[] {
  let byLang = instanceCache.get(identity);
  if (!byLang) instanceCache.set(identity, (byLang = {}));
  return (byLang[lang] ??= buildInstances(identity, definition, lang));
}

function buildInstances(identity: Identity, definition: RowsTableDefinition | SequenceTableDefinition, lang: Lang): Instance[] {
  const rowName = (key: string) => {
    const row = definition.layout === 'rows' ? definition.rows.find((r) => r.key === key) : undefined;
    return lang === 'en' ? key : row?.short ?? row?.label ?? key;
  };
  const cellName = (key: string) => {
    if (definition.layout === 'sequence') {
      const cell = definition.cells.find((c) => c.key === key);
      return lang === 'en' ? key : cell?.label ?? key;
    }
    return rowName(key);
  };
  if (identity.kind === 'cells') {
    const named = (keys: string[]) => keys.map((key) => ({ key, name: cellName(key) }));
    return [{ scope: lang === 'en' ? identity.id : identity.label, left: named(identity.left), right: named(identity.right) }];
  }
  if (definition.layout !== 'rows') return [];
  const columnName = (key: string) => {
    const column = definition.columns.find((c) => c.key === key);
    return lang === 'en' ? column?.en ?? key : column?.label ?? key;
  };
  if (identity.kind === 'perColumn') {
    return definition.columns.map((column) => ({
      scope: columnName(column.key),
      left: identity.left.map((row) => ({ key: cellKey(row, column.key), name: rowName(row) })),
      right: identity.right.map((row) => ({ key: cellKey(row, column.key), name: rowName(row) })),
    }));
  }
  return definition.rows.map((row) => ({
    scope: rowName(row.key),
    left: [{ key: cellKey(row.key, identity.total), name: columnName(identity.total) }],
    right: identity.parts.map((column) => ({ key: cellKey(row.key, column), name: columnName(column) })),
  }));
}

/** The side's cells with their names; undefined when the table lacks one of them. */
function termsOf(cells: Map<string, Cell>, side: Instance['left']): Term[] | undefined {
  const terms: Term[] = [];
  for (const { key, name } of side) {
    const cell = cells.get(key);
    if (!cell) return undefined;
    terms.push({ name, cell });
  }
  return terms;
}

function blanksIn(side: Term[]): number {
  let blanks = 0;
  for (const term of side) if (term.cell.value === null) blanks++;
  return blanks;
}

function evaluate(cells: Map<string, Cell>, instance: Instance, relation: 'equal' | 'atLeast'): Check | undefined {
  const left = termsOf(cells, instance.left);
  const right = left && termsOf(cells, instance.right);
  // A row the page does not have (or not recognised) is table/missing's business, not an arithmetic error.
  if (!left || !right) return undefined;
  const blanks = blanksIn(left) + blanksIn(right);
  if (blanks === left.length + right.length) return undefined;
  const sum = (side: Term[]) => side.reduce((total, term) => total + (term.cell.value ?? 0), 0);
  return {
    scope: instance.scope,
    left,
    right,
    leftSum: roundFigure(sum(left)),
    rightSum: roundFigure(sum(right)),
    relation,
    hasBlank: blanks > 0,
  };
}

export function holds(check: Check): boolean {
  return check.relation === 'atLeast' ? check.leftSum >= check.rightSum : check.leftSum === check.rightSum;
}

/** "本年新收 4 + 上年结转 0"; long sides list only their non-zero terms. */
export function expression(terms: Term[], lang: Lang): string {
  const shown = terms.length > 6 ? terms.filter((term) => term.cell.value) : terms;
  if (shown.length === 0) return lang === 'zh' ? `各项（${terms.length} 项）均为 0` : `all ${terms.length} items 0`;
  const text = shown.map((term) => `${term.name} ${term.cell.value ?? (lang === 'zh' ? '(空白)' : '(blank)')}`).join(' + ');
  return shown.length < terms.length ? text + (lang === 'zh' ? '（其余为 0）' : ' (others 0)') : text;
}

/** Message data shared by the arithmetic rules. */
export function checkData(check: Check, lang: Lang): Record<string, string | number> {
  return {
    scope: check.scope,
    left: expression(check.left, lang),
    leftSum: check.leftSum,
    right: expression(check.right, lang),
    rightSum: check.rightSum,
    diff: roundFigure(Math.abs(check.leftSum - check.rightSum)),
    blankNote: check.hasBlank ? (lang === 'zh' ? '（空白单元格按 0 计）' : ' (blank cells counted as 0)') : '',
  };
}

/** Report at the first cell of the left side, with every other cell as a related place. */
export function reportCheck(context: RuleContext<unknown>, check: Check, messageId: string): void {
  const { lang } = context;
  // Point at the first written figure: a blank row is a poor place to show an arithmetic error.
  const terms = [...check.left, ...check.right];
  const first = terms.find((term) => term.cell.value !== null) ?? terms[0]!;
  const related: RelatedInput[] = terms.filter((term) => term !== first).map((term) => ({
    message: { zh: '{name} = {value}', en: '{name} = {value}' },
    data: { name: term.name, value: term.cell.value ?? (lang === 'zh' ? '空白' : 'blank') },
    position: term.cell.position,
  }));
  context.emit({ messageId, data: checkData(check, lang), position: first.cell.position, related });
}

/** A rule that checks the identities of the format definitions it owns (meta.id = identity.rule). */
export function identityRule(meta: RuleMeta): Rule {
  const [messageId] = Object.keys(meta.messages);
  return defineRule({
    meta,
    options: z.object({}).strict(),
    check(context) {
      for (const { check } of identityChecks(context, meta.id)) {
        if (!holds(check)) reportCheck(context, check, messageId!);
      }
    },
  });
}
