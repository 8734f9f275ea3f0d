import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers.js';
import { runCli } from './run-cli.js';
import { tempRepo } from './temp-repo.js';

describe('xxgk-lint inspect: the figures the prose states', () => {
  it('--json lists each claim with its place, figure, cells and scope', async () => {
    const run = await runCli(['inspect', `fixtures/${FIXTURES.dayaoCounty2021}`, '--json']);
    expect(run.code).toBe(0);
    const { claims } = JSON.parse(run.stdout);
    expect(claims[0]).toEqual({
      line: 5, column: 15, endLine: 5, endColumn: 17, text: '全县共受理政府信息依申请公开5件', value: 5, unit: '件',
      table: 'applications', cells: ['received:total'], scope: 'own', approximate: false, checked: true,
    });
    expect(claims.find((claim: { text: string }) => claim.text === '不予公开1件').cells).toHaveLength(8);
  });

  it('prints one line per claim and says why a figure is not compared', async () => {
    const dir = tempRepo({
      'r.txt': '某县财政局2023年政府信息公开工作年度报告\n一、总体情况\n全县共收到政府信息公开申请40件，本局收到3件申请，不予公开1件。\n',
    });
    const run = await runCli(['inspect', join(dir, 'r.txt')]);
    expect(run.stdout.split('正文数字 claims:\n')[1]!.trim().split('\n').map((line) => line.trim())).toEqual([
      'L3:14  全县共收到政府信息公开申请40件  40件 → applications received:total  (范围大于本单位，不比对 wider scope)',
      'L3:22  本局收到3件申请  3件 → applications received:total',
      'L3:31  不予公开1件  1件 → applications withheld.*:total（8 项）',
    ]);
  });
});
