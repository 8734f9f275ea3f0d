import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { ConfigError, parseConfig } from '../../src/engine/config.js';
import { lintReport } from '../../src/engine/lint.js';
import { resolveConfig } from '../../src/engine/resolve.js';
import { defineRule } from '../../src/engine/rule.js';
import { adaptTextForm } from '../../src/input/index.js';
import { buildReport } from '../../src/parse/index.js';
import { FIXTURES, fixtureText } from '../fixtures.js';
import { lintWith, replaceLine } from '../helpers.js';

const brokenChangle = replaceLine(fixtureText(FIXTURES.changleTownship2023), 121, '5');

describe('presets and config resolution', () => {
  it('recommended leaves off-by-default rules off and keeps each rule\'s severity; strict turns every rule on as an error', () => {
    // No built-in rule is off by default today, so one is added to see it left out.
    const offByDefault = defineRule({
      meta: { id: 'test/off', family: 'table', description: { zh: '测试', en: 'probe' }, recommended: 'off', generations: ['gb2021'], messages: {} },
      options: z.object({}).strict(),
      check: () => undefined,
    });
    const rules = [...builtinRules, offByDefault];
    const recommended = resolveConfig({}, rules);
    const strict = resolveConfig({ extends: 'strict' }, rules);
    expect(recommended.rules.map((rule) => [rule.rule.meta.id, rule.severity])).toEqual(builtinRules.map((rule) => [rule.meta.id, rule.meta.recommended]));
    expect(strict.rules.map((rule) => [rule.rule.meta.id, rule.severity])).toEqual(rules.map((rule) => [rule.meta.id, 2]));
  });

  it('rule options are validated once, naming the key path', () => {
    expect(() => resolveConfig({ rules: { 'table/balance': ['error', { tolerance: 1 }] } }, builtinRules, '', 'xxgk.config.json')).toThrow(
      /xxgk\.config\.json: rules\["table\/balance"\]\[1\]: .*tolerance/,
    );
    expect(() => parseConfig({ rules: { 'table/balance': 'loud' } }, 'cfg.json')).toThrow(ConfigError);
    expect(() => parseConfig({ settings: { deadlines: { township: '1月31日' } } }, 'cfg.json')).toThrow(/settings\.deadlines\.township/);
  });

  it('overrides apply by glob relative to the config folder', () => {
    const config = parseConfig({ overrides: [{ files: ['drafts/**'], rules: { 'table/balance': 'warn' } }] }, 'cfg');
    const severityIn = (path: string) => resolveConfig(config, builtinRules, path).rules.find((rule) => rule.rule.meta.id === 'table/balance')!.severity;
    expect(severityIn('drafts/2023.txt')).toBe(1);
    expect(severityIn('final/2023.txt')).toBe(2);
  });
});

describe('in-file suppression', () => {
  const markdown = (directive: string) => {
    const lines = brokenChangle.split('\n');
    lines.splice(120, 0, directive);
    return lines.join('\n');
  };

  it('a Markdown author can silence the next line', async () => {
    const { result } = await lintWith('r.md', markdown('<!-- xxgk-disable-next-line table/balance -->'), ['table/balance', 'table/row-sum']);
    expect(result.diagnostics.map((d) => `${d.ruleId}@${d.position.start.line}`)).toEqual(['table/row-sum@134']);
  });

  it('a directive naming another rule silences nothing', async () => {
    const { result } = await lintWith('r.md', markdown('<!-- xxgk-disable-next-line table/blank-cell -->'), ['table/balance']);
    expect(result.diagnostics.map((d) => d.position.start.line)).toEqual([122]);
  });

  it('disable … enable covers a range in HTML', async () => {
    const html = `<p>长乐镇人民政府2023年政府信息公开工作年报</p>
<!-- xxgk-disable table/balance -->
<table><tr><td>一、本年新收政府信息公开申请数量</td><td>5</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>5</td></tr>
<tr><td>二、上年结转政府信息公开申请数量</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>（七）总计</td><td>4</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>4</td></tr>
<tr><td>四、结转下年度继续办理</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr></table>
<!-- xxgk-enable table/balance -->`;
    const { result: silenced } = await lintWith('r.html', html, ['table/balance']);
    expect(silenced.diagnostics).toEqual([]);
    const { result: loud } = await lintWith('r.html', html.replace('<!-- xxgk-disable table/balance -->', ''), ['table/balance']);
    expect(loud.diagnostics.map((d) => [d.position.start.line, d.message])).toEqual([
      [3, '自然人列：本年新收 5 + 上年结转 0 = 5，办理结果总计 4 + 结转下年度 0 = 4，相差 1'],
      [3, '总计列：本年新收 5 + 上年结转 0 = 5，办理结果总计 4 + 结转下年度 0 = 4，相差 1'],
    ]);
  });
});

describe('engine safety', () => {
  const report = buildReport(adaptTextForm('text', fixtureText(FIXTURES.changleTownship2023)), 'text');
  const resolvedWith = (check: () => void) => {
    const messages = { ok: { zh: '好 {n}', en: 'ok {n}' } };
    const rule = defineRule({
      meta: { id: 'test/probe', family: 'table', description: { zh: '测试', en: 'probe' }, recommended: 2, generations: ['gb2021'], messages },
      options: z.object({}).strict(),
      check,
    });
    return { rules: [{ rule, severity: 2 as const, options: {} }], settings: resolveConfig({}, builtinRules).settings };
  };

  it('a crashing rule becomes a finding, not a crash', () => {
    const diagnostics = lintReport(report, [], resolvedWith(() => {
      throw new Error('boom');
    }), 'zh');
    expect(diagnostics).toMatchObject([{ ruleId: 'test/probe', messageId: 'crash', message: '规则运行出错：boom', severity: 2 }]);
  });

  it('an unfilled placeholder or an unknown message id is a bug the engine reports', () => {
    const missingData = resolvedWith(() => undefined);
    missingData.rules[0]!.rule.check = (context) => context.emit({ messageId: 'ok' });
    expect(lintReport(report, [], missingData, 'zh')[0]!.message).toBe('规则运行出错：message placeholder {n} has no data');
    missingData.rules[0]!.rule.check = (context) => context.emit({ messageId: 'nope' });
    expect(lintReport(report, [], missingData, 'zh')[0]!.message).toContain('unknown messageId "nope"');
  });
});

describe('what counts as a report', () => {
  const opening = '根据《条例》要求，现公布青石镇人民政府2022年政府信息公开工作年度报告。本报告包括总体情况等六个部分。\n\n一、总体情况\n\n2022年，青石镇认真落实《条例》。\n';

  it('a page copied without its title, whose opening names the report, is checked', async () => {
    const { result } = await lintWith('opening.txt', opening, ['structure/part-count']);
    expect(result.failure).toBeUndefined();
    expect(result.diagnostics.map((d) => `${d.position.start.line} ${d.ruleId}`)).toEqual(['1 structure/part-count']);
  });

  it('text that names no report and has no parts or tables is not one', async () => {
    const { result } = await lintWith('notes.txt', '会议纪要\n\n一、议题\n\n讨论政务公开。\n', ['structure/part-count']);
    expect(result.failure).toMatchObject({ reason: 'not-a-report' });
  });
});
