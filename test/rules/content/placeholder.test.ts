import { describe, expect, it } from 'vitest';
import rule from '../../../rules/content/placeholder.js';
import { FIXTURES, everyFixture, fixtureText, lintWith, replaceLine } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

const ameng = fixtureText(FIXTURES.amengTownship2017);
const line17 = ameng.split('\n')[16]!;

ruleTester(rule, {
  valid: [
    ...everyFixture(),
    { name: 'XX inside a web address or a Latin word', file: 'ameng.txt', text: replaceLine(ameng, 17, '详见 http://www.xx.gov.cn/XXzwgk/ 及 XXL 号文件。') },
    { name: 'a table note of the template in the prose', file: 'ameng.txt', text: replaceLine(ameng, 17, '（区分处理的，只计这一情形，不计其他情形）') },
    { name: 'a footnote mark after a figure: 12*件', file: 'ameng.txt', text: replaceLine(ameng, 17, '全年受理申请12*件（*含转办）。') },
    { name: 'a product and an area: 3×4, 2×2 平方米', file: 'ameng.txt', text: replaceLine(ameng, 17, '设置3×4米公开栏2处，面积2×2平方米。') },
  ],
  invalid: [
    {
      name: 'XX镇 left in line 17 of 000',
      file: 'ameng.txt',
      text: replaceLine(ameng, 17, line17.replace('2017年,阿猛镇按照', '2017年,XX镇按照')),
      errors: [{ messageId: 'placeholder', line: 17, column: 7, includes: ['“XX”是未填的名称，发布前应填写'] }],
    },
    {
      name: '20XX年, 【单位名称】 and a blank line in one sentence',
      file: 'ameng.txt',
      text: replaceLine(ameng, 17, '20XX年，【单位名称】共公开信息＿＿＿条。'),
      errors: [
        { messageId: 'placeholder', line: 17, column: 1, includes: ['“20XX年”是未填的年份'] },
        { messageId: 'placeholder', line: 17, column: 7, includes: ['“【单位名称】”是模板中的填写提示'] },
        { messageId: 'placeholder', line: 17, column: 18, includes: ['“＿＿＿”是未填的数字'] },
      ],
    },
    {
      name: 'a heading with ××县',
      file: 'ameng.txt',
      text: replaceLine(ameng, 7, '一、××县概述'),
      errors: [{ messageId: 'placeholder', line: 7, column: 3 }],
    },
    ...([
      ['于X月X日召开政务公开工作推进会。', 2, 'X月X日', '未填的日期'],
      ['全年共受理申请XX件，均按期答复。', 8, 'XX', '未填的数字'],
      ['涉及资金XX万元。', 5, 'XX', '未填的数字'],
      ['全年公开信息××，群众满意。', 7, '××', '未填的内容'],
      ['由【】负责日常工作。', 2, '【】', '模板中的填写提示'],
      ['（单位名称）高度重视政府信息公开工作。', 1, '（单位名称）', '模板中的填写提示'],
      ['此处填写本单位的主要做法。', 1, '此处填写', '模板中的说明文字'],
      ['请根据本单位实际情况填写存在的问题。', 1, '请根据本单位实际情况填写', '模板中的说明文字'],
      ['联系人：某某同志。', 5, '某某', '未填的名称'],
      ['XX年，本机关认真落实《条例》。', 1, 'XX年', '未填的年份'],
      ['依据县政办发〔20XX〕XX号通知开展自查。', 7, '〔20XX〕XX号', '未填的文号'],
      ['转发市政办〔2017〕×号文件。', 6, '〔2017〕×号', '未填的文号'],
      ['请在此处列明本机关下一步打算。', 1, '请在此处列明', '模板中的说明文字'],
      ['出台《公开目录》（〔〕号）。', 10, '〔〕号', '未填的文号'],
      ['落实县政办发〔xxxx〕xx号要求。', 7, '〔xxxx〕xx号', '未填的文号'],
      ['安排x名同志负责网站维护。', 3, 'x', '未填的数字'],
      ['由□□同志分管此项工作。', 2, '□□', '未填的名称'],
      ['（示例：在便民服务大厅设置查阅点。）', 1, '（示例：在便民服务大厅设置查阅点。）', '模板中的填写提示'],
      ['本节请结合本单位实际编写。', 3, '请结合本单位实际编写', '模板中的说明文字'],
      ['注：字数控制在300字以内。', 3, '字数控制在300字', '模板中的说明文字'],
      ['咨询请联系【联系人】。', 6, '【联系人】', '模板中的填写提示'],
      ['（在此粘贴依申请公开情况表）', 1, '（在此粘贴依申请公开情况表）', '模板中的填写提示'],
      ['全年答复申请＊件。', 7, '＊', '未填的数字'],
      ['收取复印费＿＿元。', 6, '＿＿', '未填的数字'],
    ] as const).map(([sentence, column, text, kind]) => ({
      name: `line 17 of 000: ${sentence}`,
      file: 'ameng.txt',
      text: replaceLine(ameng, 17, sentence),
      errors: [{ messageId: 'placeholder', line: 17, column, includes: [`“${text}”是${kind}`] }],
    })),
  ],
});

describe('content/placeholder in English', () => {
  it('says what the placeholder stands for', async () => {
    const { result } = await lintWith('ameng.txt', replaceLine(ameng, 17, '20XX年，本镇认真落实《条例》。'), [rule.meta.id], {}, 'en');
    expect(result.diagnostics.map((d) => d.message)).toEqual(['"20XX年" is an unfilled year; fill it in before publishing']);
  });
});
