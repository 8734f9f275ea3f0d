import { describe, expect, it } from 'vitest';
import rule from '../../../rules/meta/outdated-template.js';
import { everyFixture, lintWith } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

/** A 2023 report whose table 二 still has the 2019 headers (本年新制作数量 …). */
const oldTemplate = [
  '# 某某县统计局2023年政府信息公开工作年度报告',
  '',
  '## 一、总体情况',
  '',
  '2023年，本局认真落实《条例》。',
  '',
  '## 二、主动公开政府信息情况',
  '',
  '| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |',
  '| --- | --- | --- | --- |',
  '| 规章 | 0 | 0 | 0 |',
  '| 规范性文件 | 2 | 2 | 11 |',
  '',
].join('\n');

ruleTester(rule, {
  valid: [
    ...everyFixture(),
    { name: 'a 2020 report with the 2019 headers', file: 'old.md', text: oldTemplate.replace('2023年政府', '2020年政府').replace('2023年，', '2020年，') },
  ],
  invalid: [
    {
      name: 'a 2023 report with the 2019 headers',
      file: 'old.md',
      text: oldTemplate,
      errors: [{ messageId: 'outdated', line: 11, includes: ['2023 年度报告应使用国办公开办函〔2021〕30号的表格，这张表却是国办公开办函〔2019〕60号的格式（表头：本年新制作数量'] }],
    },
  ],
});

describe('meta/outdated-template in English', () => {
  it('names both formats', async () => {
    const { result } = await lintWith('old.md', oldTemplate, [rule.meta.id], {}, 'en');
    expect(result.diagnostics[0]!.message).toMatch(/^A 2023 report uses the tables of 国办公开办函〔2021〕30号; this table follows 国办公开办函〔2019〕60号 \(headers: 本年新制作数量/);
  });
});
