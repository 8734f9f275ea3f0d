import { describe, expect, it } from 'vitest';
import rule from '../../../rules/content/foreign-body.js';
import { FIXTURES, everyFixture, fixtureText, lintWith, replaceLine } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

const ameng = fixtureText(FIXTURES.amengTownship2017);
const line17 = ameng.split('\n')[16]!;
const copied = replaceLine(ameng, 17, line17.replace('2017年,阿猛镇按照', '2017年,者太镇按照'));
const mei = fixtureText(FIXTURES.meiCounty2017);
const xian = fixtureText(FIXTURES.xianTownship2017);
const dayao = fixtureText(FIXTURES.dayaoCounty2021);
const line = (text: string, n: number) => text.split('\n')[n - 1]!;

ruleTester(rule, {
  valid: [
    ...everyFixture(),
    { name: '004: the parent county as subject is no other body', file: 'xian.txt', text: replaceLine(xian, 9, '2017年，海原县认真贯彻落实《条例》。') },
    { name: '002: 全县 is no name', file: 'mei.txt', text: replaceLine(mei, 16, '2017年,全县认真贯彻落实《条例》。') },
    { name: 'a known alias', file: 'ameng.txt', text: copied, options: { aliases: ['者太镇'] } },
    { name: '000: a visit to another town of 砚山县 (学习交流)', file: 'ameng.txt', text: replaceLine(ameng, 17, '组织工作人员赴者太镇学习交流政务公开专区建设经验。') },
    { name: '000: the prefecture and the county above 阿猛镇', file: 'ameng.txt', text: replaceLine(ameng, 17, '按照文山州和砚山县人民政府的部署推进政务公开。') },
    { name: '003: 大姚县 names its own towns', file: 'dayao.txt', text: replaceLine(dayao, 7, '指导金碧镇、石羊镇等乡镇规范公开专栏。') },
    { name: '003: a joint campaign with another county of 楚雄州', file: 'dayao.txt', text: replaceLine(dayao, 7, '与牟定县联合开展政务公开专项检查。') },
    { name: '004: a list of towns is no leftover', file: 'xian.txt', text: replaceLine(xian, 9, '李旺镇、三河镇、七营镇的同志参加了全县培训。') },
    {
      name: 'an office writing for its government names the government as actor',
      file: 'office.txt',
      text: ['荆州市人民政府办公室2021年政府信息公开工作年度报告', '', '本报告由荆州市人民政府办公室代表市政府编制。', '', '2021年，荆州市人民政府认真贯彻落实《条例》。', '', '荆州市政府门户网站全年发布信息3000条。', ''].join('\n'),
    },
    {
      name: 'a department of 新市区 guided by 乌鲁木齐市 (a superior where a subject could stand)',
      file: 'department.txt',
      text: ['新市区自然资源局2020年政府信息公开工作年度报告', '', '在乌鲁木齐市政务公开办公室的指导下，及时更新政府信息公开指南。', ''].join('\n'),
    },
    { name: '002: a national platform', file: 'mei.txt', text: replaceLine(mei, 16, '依托国家政务服务平台和陕西政务服务网办理申请。') },
    { name: '000: a tie in a ranking (并列)', file: 'ameng.txt', text: replaceLine(ameng, 17, '全县年度考核中，者太镇与阿猛镇并列第一。') },
    { name: '000: a clerk moved in from another town (调入)', file: 'ameng.txt', text: replaceLine(ameng, 17, '年中，者太镇党政办一名干部调入本镇负责公开工作。') },
    { name: '000: villages moved between towns (划归)', file: 'ameng.txt', text: replaceLine(ameng, 17, '原属者太镇的三个村民小组划归本镇，其公开栏一并改造。') },
    {
      name: 'a city report: 在全市 is a place in which, not a body',
      file: 'city.txt',
      text: ['荆州市人民政府2021年政府信息公开工作年度报告', '', '在全市政务公开检查中，各县市区均按期整改。', ''].join('\n'),
    },
    { name: '000: a neighbour’s clerk invited to teach (特邀, where a subject stands)', file: 'ameng.txt', text: replaceLine(ameng, 17, '特邀者太镇政务公开专干为村级信息员授课一次。') },
    { name: '004: a neighbour’s clerk invited to teach (邀请)', file: 'xian.txt', text: replaceLine(xian, 9, '本镇邀请李旺镇政务公开专干为村级信息员授课一次。') },
    { name: '004: a course held in a neighbour (在…召开的)', file: 'xian.txt', text: replaceLine(xian, 9, '镇党政办两人参加了在李旺镇召开的专题培训会。') },
    { name: '000: the opening speaks of 我镇 (现将我镇…)', file: 'ameng.txt', text: replaceLine(ameng, 17, '现将我镇2017年政府信息公开工作情况报告如下。') },
    { name: '000: a bare unit after a preposition (根据县…)', file: 'ameng.txt', text: replaceLine(ameng, 17, '根据县政务公开办的通报，及时补齐了公开栏内容。') },
    { name: '004: a cross-check with a neighbour (交叉检查)', file: 'xian.txt', text: replaceLine(xian, 9, '受县政务公开办委托，与李旺镇交叉检查公开栏。') },
    {
      name: 'a street of 天津’s 河北区: 河北 here is no province',
      file: 'street.txt',
      text: ['月牙河街道办事处2020年政府信息公开工作年度报告', '', '本街道依托河北区人民政府门户网站发布信息86条。', ''].join('\n'),
    },
    {
      name: 'a county of 青海’s 海南藏族自治州: 海南 here is no province',
      file: 'county.txt',
      text: ['同德县人民政府2016年政府信息公开工作年度报告', '', '本报告电子版可在海南藏族自治州人民政府门户网站查阅。', ''].join('\n'),
    },
    {
      name: 'a street report: 本街道 is no place named 街道',
      file: 'street.txt',
      text: ['青松路街道办事处2023年政府信息公开工作年度报告', '', '本街道全年主动公开信息52条，本街道未收到申请。', ''].join('\n'),
    },
  ],
  invalid: [
    {
      name: '本年度 before the acting name is no part of it (a town that is no neighbour, in the subject slot)',
      file: 'ameng.txt',
      text: replaceLine(ameng, 17, '本年度青石镇共主动公开政府信息。全年青石镇认真落实《条例》。'),
      errors: [
        { messageId: 'foreign', line: 17, column: 4, includes: ['此处以“青石镇”为主语'] },
        { messageId: 'foreign', line: 17, column: 19, includes: ['此处以“青石镇”为主语'] },
      ],
    },
    {
      name: '000 line 17 speaking as 者太镇',
      file: 'ameng.txt',
      text: copied,
      errors: [{ messageId: 'foreign', line: 17, column: 7, relatedLines: [2], includes: ['此处以“者太镇”为主语，而本报告是阿猛镇的报告'] }],
    },
    {
      name: '002 line 16 speaking as 扶风县',
      file: 'mei.txt',
      text: replaceLine(mei, 16, mei.split('\n')[15]!.replace('2017年,眉县政府认真', '2017年,扶风县政府认真')),
      errors: [{ messageId: 'foreign', line: 16, column: 7, includes: ['“扶风县”'] }],
    },
    {
      name: '004 line 9: another town of 海原县 named in passing',
      file: 'xian.txt',
      text: replaceLine(xian, 9, line(xian, 9).replace('我镇“四化一满意”', '李旺镇“四化一满意”')),
      errors: [{ messageId: 'elsewhere', line: 9, column: 228, relatedLines: [3], includes: ['出现了“李旺镇”（宁夏回族自治区中卫市海原县李旺镇），而本报告是海原县西安镇人民政府（宁夏回族自治区中卫市海原县西安镇）的报告'] }],
    },
    {
      name: '004 line 5: published on another county’s site',
      file: 'xian.txt',
      text: replaceLine(xian, 5, line(xian, 5).replace('海原县人民政府网', '中宁县人民政府网')),
      errors: [{ messageId: 'elsewhere', line: 5, column: 130, includes: ['“中宁县”（宁夏回族自治区中卫市中宁县）'] }],
    },
    {
      name: '003 line 7: another county of 楚雄州',
      file: 'dayao.txt',
      text: replaceLine(dayao, 7, '一是统一平台发布政府信息。牟定县政府信息公开平台集中发布主动公开的政府信息。'),
      errors: [{ messageId: 'elsewhere', line: 7, column: 14, includes: ['“牟定县”（云南省楚雄彝族自治州牟定县）'] }],
    },
    {
      name: '000 line 23: another province’s portal, with its kind and 人民政府',
      file: 'ameng.txt',
      text: replaceLine(ameng, 23, '通过四川省人民政府门户网站和宁夏政务公开平台发布。'),
      errors: [
        { messageId: 'platform', line: 23, column: 3, includes: ['“四川省人民政府门户网站”属于另一个省（平台、网站、热线或规定）'] },
        { messageId: 'platform', line: 23, column: 15, includes: ['“宁夏政务公开平台”'] },
      ],
    },
    {
      name: '000 line 23: another province’s platform',
      file: 'ameng.txt',
      text: replaceLine(ameng, 23, '依托浙江政务服务网受理依申请公开事项。'),
      errors: [{ messageId: 'platform', line: 23, column: 3, includes: ['“浙江政务服务网”属于另一个省（平台、网站、热线或规定），而本报告是阿猛镇（云南省文山壮族苗族自治州砚山县阿猛镇）的报告'] }],
    },
    {
      name: '000 line 23: another province’s platform described at length, and its hotline',
      file: 'ameng.txt',
      text: replaceLine(ameng, 23, '申请经江苏省一体化在线政务服务平台转来，另有咨询通过“重庆12345”热线答复。'),
      errors: [
        { messageId: 'platform', line: 23, column: 4, includes: ['“江苏省一体化在线政务服务平台”属于另一个省（平台、网站、热线或规定）'] },
        { messageId: 'platform', line: 23, column: 28, includes: ['“重庆12345”'] },
      ],
    },
    {
      name: 'a title left with a sibling’s name, the signature and the text naming the body',
      file: 'town.txt',
      text: ['大姚县金碧镇人民政府2022年政府信息公开工作年度报告', '', '2022年，石羊镇认真落实《条例》。', '', '大姚县石羊镇人民政府', '2023年1月10日', ''].join('\n'),
      errors: [{ messageId: 'foreign', line: 1, column: 1, includes: ['“大姚县金碧镇”'] }],
    },
    {
      name: '000 line 23: another province’s rules on disclosure cited',
      file: 'ameng.txt',
      text: replaceLine(ameng, 23, '对照《甘肃省政府信息公开办法》规范答复流程。'),
      errors: [{ messageId: 'platform', line: 23, column: 4, includes: ['“甘肃省政府信息公开办法”属于另一个省'] }],
    },
    {
      name: '000 line 23: another province’s catalogue, its app by name and its app by the province’s name',
      file: 'ameng.txt',
      text: replaceLine(ameng, 23, '参照浙江省基层政务公开标准目录梳理事项，并可用“粤省事”或“青海政务服务”APP查询，或用“湖南政务”客户端。'),
      errors: [
        { messageId: 'platform', line: 23, column: 3, includes: ['“浙江省基层政务公开标准目录”属于另一个省'] },
        { messageId: 'platform', line: 23, column: 25, includes: ['“粤省事”'] },
        { messageId: 'platform', line: 23, column: 31, includes: ['“青海政务服务”属于另一个省'] },
        { messageId: 'platform', line: 23, column: 47, includes: ['“湖南政务”属于另一个省'] },
      ],
    },
    {
      name: '004 line 9: 职责范围 of the report’s own duties excuses no neighbour',
      file: 'xian.txt',
      text: replaceLine(xian, 9, '对照公开清单，李旺镇人民政府逐项梳理本机关职责范围内的信息。'),
      errors: [{ messageId: 'elsewhere', line: 9, column: 8 }],
    },
    {
      name: '004 line 9: a neighbour where the report acts, not as a venue',
      file: 'xian.txt',
      text: replaceLine(xian, 9, '在李旺镇开展的公开工作中，公开栏更新12次。'),
      errors: [{ messageId: 'elsewhere', line: 9, column: 2 }],
    },
  ],
});

describe('content/foreign-body in English', () => {
  it('names both bodies', async () => {
    const { result } = await lintWith('ameng.txt', copied, [rule.meta.id], {}, 'en');
    expect(result.diagnostics.map((d) => d.message)).toEqual(['"者太镇" acts here, but this is the report of 阿猛镇: probably left from another report']);
  });
});
