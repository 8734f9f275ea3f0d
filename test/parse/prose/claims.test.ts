import { describe, expect, it } from 'vitest';
import { adaptText } from '../../../src/input/text.js';
import { knowledge } from '../../../src/knowledge/index.js';
import { buildReport } from '../../../src/parse/index.js';
import { claimsOf, proseOf } from '../../../src/parse/prose/claims.js';
import { FIXTURES, fixtureText } from '../../fixtures.js';

const claims = (text: string) =>
  claimsOf(buildReport(adaptText(text), 'text'), knowledge).map((c) => ({ line: c.position.start.line, metric: c.entry.id, column: c.column, whole: c.whole, value: c.value, text: c.text, scope: c.scope }));

describe('claims on the real reports', () => {
  it('003 line 5: the application figures, the column of 全部为自然人申请, the rate', () => {
    const report = buildReport(adaptText(fixtureText(FIXTURES.dayaoCounty2021)), 'text');
    expect(claimsOf(report, knowledge).filter((c) => c.position.start.line === 5).map((c) => [c.entry.id, c.column, c.whole, c.value, c.text])).toEqual([
      ['received', 'natural', true, 5, '全县共受理政府信息依申请公开5件'],
      ['granted', 'total', false, 4, '予以公开4件'],
      ['partial', 'total', false, 0, '部分公开0件'],
      ['withheld', 'total', false, 1, '不予公开1件'],
      ['processed', 'total', false, 5, '规范时限内办结5件'],
    ]);
    expect(proseOf(report, knowledge).flatMap((p) => p.rates).map((r) => [r.position.start.line, r.entry.id, r.figure.value])).toEqual([[5, 'closureRate', 100]]);
  });

  it('003 line 9: a hotline 办结率 is not about applications', () => {
    const report = buildReport(adaptText(fixtureText(FIXTURES.dayaoCounty2021)), 'text');
    expect(proseOf(report, knowledge).flatMap((p) => p.rates).filter((r) => r.position.start.line === 9)).toEqual([]);
  });

  it('000 line 23: 通过县政府网站公开政府信息248条 is the website channel; 公示栏、电子显示屏等方式 are the table\'s 其他方式', () => {
    expect(claims(fixtureText(FIXTURES.amengTownship2017)).filter((c) => c.line === 23)).toEqual([
      { line: 23, metric: 'website', column: 'total', whole: false, value: 248, text: '共通过县政府网站公开政府信息248条', scope: 'own' },
      { line: 23, metric: 'otherChannel', column: 'total', whole: false, value: 52, text: '电子显示屏等方式公开政府信息52条', scope: 'own' },
    ]);
  });

  it('004: figures with spaces and full-width punctuation', () => {
    expect(claims(fixtureText(FIXTURES.xianTownship2017)).map((c) => [c.line, c.metric, c.value])).toEqual([
      [9, 'proactive', 135],
      [37, 'proactive', 135],
      [37, 'gazette', 0],
      [37, 'responses', 0],
      [37, 'interpretations', 12],
      [37, 'complaints', 16],
      [37, 'partTime', 3],
      [37, 'trainings', 2],
      [37, 'trainees', 36],
      [41, 'received', 0],
      [41, 'inPerson', 0],
      [41, 'fax', 0],
      // 电子邮件 and the WeChat platform: both 网络申请.
      [41, 'online', 0],
      [41, 'online', 0],
      [41, 'letter', 0],
    ]);
  });
});

describe('claims on edited sentences', () => {
  const report = (sentence: string) => `某县人民政府2021年政府信息公开工作年度报告\n一、总体情况\n${sentence}`;

  it('其中 names a column of the figure before it; Chinese numerals count', () => {
    expect(claims(report('共收到政府信息公开申请12件，其中自然人申请十件，商业企业申请两件。')).map((c) => [c.metric, c.column, c.value])).toEqual([
      ['received', 'total', 12],
      ['received', 'natural', 10],
      ['received', 'commercial', 2],
    ]);
  });

  it('the phrase must end the clause right before the figure', () => {
    expect(claims(report('公开政府文件50件，行政许可事项11项，约有300余条信息予以公开。'))).toEqual([]);
  });

  it('approximate figures are claims, marked approximate', () => {
    expect(claimsOf(buildReport(adaptText(report('作出行政处罚决定约3.5万件。')), 'text'), knowledge).map((c) => [c.entry.id, c.value, c.approximate])).toEqual([
      ['penalty', 35000, true],
    ]);
  });

  it('a figure after 其中 and a named part of the body is the part\'s, to the end of its sentence', () => {
    expect(claims(report('共收到政府信息公开申请12件，其中，县政府办公室受理申请3件，予以公开2件。')).map((c) => [c.metric, c.value, c.scope])).toEqual([
      ['received', 12, 'own'],
      ['received', 3, 'part'],
      ['granted', 2, 'part'],
    ]);
  });

  it('a sentence opening with 其中 goes on from the one before: its figures are that subject\'s, or the part it names', () => {
    expect(claims(report('县教育局收到申请6件。其中，县自然资源局受理申请5件，予以公开2件。县教育局收到申请7件。其中予以公开3件。')).map((c) => [c.metric, c.value, c.scope])).toEqual([
      ['received', 6, 'other'],
      ['received', 5, 'part'],
      ['granted', 2, 'part'],
      ['received', 7, 'other'],
      ['granted', 3, 'other'],
    ]);
  });

  it('行政复议 counts only about disclosure; a county\'s review caseload is not table 四', () => {
    expect(claims(report('县司法局全年办理行政复议案件50件。因政府信息公开被申请行政复议1件。')).map((c) => [c.metric, c.value])).toEqual([['review', 1]]);
  });

  it('办结 counts only in a sentence about applications', () => {
    expect(claims(report('热线受理群众咨询716件，办结700件。'))).toEqual([]);
  });

  describe('issue 12, fifth round: grammar over phrases', () => {
    const read = (sentence: string) => claims(report(sentence)).map((c) => [c.metric, c.column, c.value, c.scope]);

    it('one sentence giving one own cell two figures claims neither', () => {
      expect(read('通过本局网站公开信息820条，通过市政府网站公开信息96条，收到政府信息公开申请3件。')).toEqual([['received', 'total', 3, 'own']]);
    });

    it('the figure of another year than the report\'s gives way to the report year\'s', () => {
      expect(read('2021年共收到政府信息公开申请9件，2020年收到申请3件。')).toEqual([['received', 'total', 9, 'own']]);
    });

    it('words of 结转 make a figure a carry only', () => {
      expect(read('新收政府信息公开申请数量8件，上年结转政府信息公开申请数量2件。')).toEqual([
        ['received', 'total', 8, 'own'],
        ['carriedOver', 'total', 2, 'own'],
      ]);
    });

    it('table 四: a result after its row in the clause, and a result after its figure', () => {
      expect(read('因政府信息公开引发行政复议3件、行政诉讼2件，其中行政复议结果维持2件，尚未审结1件，行政诉讼结果维持2件。')).toEqual([
        ['review', 'total', 3, 'own'],
        ['suit', 'total', 2, 'own'],
        ['upheld', 'total', 2, 'own'],
        ['upheld:pending', 'total', 1, 'own'],
        ['suit:upheld', 'total', 2, 'own'],
      ]);
      expect(read('行政诉讼有2件均因政府信息公开被提起，其中1件目前正在法院审理中，1件一审判决驳回诉讼请求。').map((c) => c[0])).toEqual(['suit', 'suit:pending', 'suit:upheld']);
      // "行政诉讼有1件正在审理中" after 行政诉讼2件 gives the lawsuits two totals: neither is claimed.
      expect(read('因政府信息公开引发行政诉讼2件，行政诉讼有1件正在审理中。')).toEqual([]);
    });

    it('a reviewing body\'s own caseload is not table 四', () => {
      expect(read('全年办理行政复议案件48件，其中维持31件，纠正9件。')).toEqual([]);
      expect(read('今年承办行政复议案件212件，其中涉及政府信息公开的15件。')).toEqual([]);
    });

    it('a column inside the noun, 本级 after 其中, two rows of a category', () => {
      expect(read('受理公民个人提出的公开申请4件。')).toEqual([['received', 'natural', 4, 'own']]);
      expect(read('全县共收到政府信息公开申请60件，其中县本级收到12件。')).toEqual([
        ['received', 'total', 60, 'own'],
        ['received', 'total', 12, 'part'],
      ]);
      expect(claims(report('本机关不掌握相关政府信息或没有现成信息需要另行制作无法提供的5件。')).map((c) => c.metric)).toEqual(['unavailable.notHeld+unavailable.needsCreation']);
    });

    it('unsure readings stay silent: a joined unknown noun, a qualified category, people counted', () => {
      expect(read('全年共收到政府信息公开申请25件，无效及撤销申请7件。')).toEqual([['received', 'total', 25, 'own']]);
      expect(read('其中涉及个人隐私的不予公开2件。')).toEqual([]);
      expect(read('全年答复申请人18人次。')).toEqual([]);
      // …but 涉及 and 以及 are no coordination of nouns.
      expect(read('涉及内部管理信息的2件，以及2020年转入本年办理的依申请公开3件。')).toEqual([
        ['withheld.internal', 'total', 2, 'own'],
        ['carriedOver', 'total', 3, 'own'],
      ]);
    });

    it('all of a figure one kind (均为未经复议直接起诉); rows of 办结的N件中', () => {
      expect(read('被提起行政诉讼2件，均为未经复议直接起诉，1件驳回诉讼请求。').map((c) => [c[0], c[2]])).toEqual([
        ['suitDirect', 2],
        ['suitDirect:upheld', 1],
      ]);
      expect(read('办结的55件申请中，1件逾期未补正不再处理。').map((c) => [c[0], c[2]])).toEqual([
        ['processed', 55],
        ['other.noCorrection', 1],
      ]);
    });

    it('last year\'s figures and a remainder are not the year\'s', () => {
      expect(read('上年度我区共受理申请70件。')).toEqual([]);
      expect(read('去年同期，我区受理申请70件，办结68件。')).toEqual([]);
      expect(read('上年度结转申请3件。')).toEqual([['carriedOver', 'total', 3, 'own']]);
      expect(read('全年共收到申请86件，予以公开30件，其余56件均已依法答复。')).toEqual([
        ['received', 'total', 86, 'own'],
        ['granted', 'total', 30, 'own'],
      ]);
    });

    it('收到申请N件 is the load when 其中…新收 and 上年结转 break it down; 县政府 is a subject', () => {
      expect(read('共收到申请15件，其中上年度结转3件，本年新收12件。')).toEqual([
        ['received+carriedOver', 'total', 15, 'own'],
        ['carriedOver', 'total', 3, 'own'],
        ['received', 'total', 12, 'own'],
      ]);
      const department = (sentence: string) => `某县财政局2021年政府信息公开工作年度报告\n一、总体情况\n${sentence}`;
      expect(claims(department('县政府共收到申请45件。')).map((c) => c.scope)).toEqual(['other']);
    });

    it('a note in brackets before the figure is read past; one that leaves something out makes it another count', () => {
      expect(read('共受理政府信息公开申请（含网络申请）12件。')).toEqual([['received', 'total', 12, 'own']]);
      expect(read('全年共收到各类政府信息公开申请（不含重复申请）12件。')).toEqual([]);
    });

    it('units and nouns: 例, 申请书, a clause ending in 的 before 申请, the noun before its verb', () => {
      expect(read('全年受理依申请政府信息公开事项13例。')).toEqual([['received', 'total', 13, 'own']]);
      expect(read('共接收申请书41份。')).toEqual([['received', 'total', 41, 'own']]);
      expect(read('收到3条群众经“网上专栏”提交的申请。')).toEqual([['received', 'total', 3, 'own']]);
      expect(read('依申请公开共受理5件。')).toEqual([['received', 'total', 5, 'own']]);
    });
  });

  it('2008 table: 专兼职 staff are the total, 兼职 alone the part-time row', () => {
    const legacy = (sentence: string) => `某县人民政府2013年政府信息公开工作年度报告\n一、概述\n${sentence}`;
    expect(claims(legacy('全县共有政府信息公开专兼职工作人员57名。')).map((c) => [c.metric, c.value])).toEqual([['staffBothKinds', 57]]);
    expect(claims(legacy('全县从事政府信息公开工作的专职人员6名、兼职人员31名。')).map((c) => [c.metric, c.value])).toEqual([['fullTime', 6], ['partTime', 31]]);
  });

  describe('issue 12, eighth round (held-out-11 to -13, read after their blind measure)', () => {
    const county = (sentence: string) => `某县统计局2023年政府信息公开工作年度报告\n一、总体情况\n${sentence}`;
    const legacy = (sentence: string) => `某县统计局2012年政府信息公开工作年度报告\n一、概述\n${sentence}`;
    const read = (text: string) => claims(text).map((c) => [c.metric, c.column, c.value, c.scope]);

    it('a total over years told before its clause is no year\'s figure', () => {
      expect(read(county('2020年至2023年，本局累计受理申请57件。'))).toEqual([]);
      expect(read(county('本局自2009年以来累计受理申请302件。'))).toEqual([]);
      expect(read(county('全年累计受理申请5件。'))).toEqual([['received', 'total', 5, 'own']]);
    });

    it('another body between its name and its verb: 某调查队另收到', () => {
      expect(read(county('本局收到申请6件，市统计局某调查队另收到申请4件。'))).toEqual([
        ['received', 'total', 6, 'own'],
        ['received', 'total', 4, 'other'],
      ]);
    });

    it('撤销答复 is a corrected review, never an answer; 收到并办理 with the closed ones told apart claims no close', () => {
      expect(read(county('本年度被申请行政复议3件，其中维持2件，撤销答复1件。')).map(([metric, , value]) => [metric, value])).toEqual([['review', 3], ['upheld', 2], ['corrected', 1]]);
      expect(read(county('本年度收到并办理政府信息公开申请30件，办结29件。')).map(([metric, , value]) => [metric, value])).toEqual([['received', 30], ['processed', 29]]);
    });

    it('held-out-14\'s alarms: a review still open, a power list, a plan, the rest of 其他处理', () => {
      expect(read(county('本年度被申请行政复议3件，维持2件，尚在办理1件。'))).toEqual([
        ['review', 'total', 3, 'own'],
        ['upheld', 'total', 2, 'own'],
        ['upheld:pending', 'total', 1, 'own'],
      ]);
      expect(read(county('权力清单保留行政许可31项、行政处罚68项。'))).toEqual([]);
      expect(read(county('2024年，本局计划制定行政规范性文件3件。'))).toEqual([]);
      expect(read(county('不予处理0件，逾期未补正3件，其他处理6件。')).map(([metric, , value]) => [metric, value])).toEqual([['notProcessed', 0], ['other.noCorrection', 3], ['otherRest', 6]]);
    });

    it('通过门户网站主动公开 is the website\'s figure that may be the year\'s whole (orCells)', () => {
      const [claim] = claimsOf(buildReport(adaptText(legacy('2012年，本局通过门户网站主动公开政府信息312条。')), 'text'), knowledge);
      expect([claim!.entry.id, claim!.cells, claim!.entry.orCells, claim!.value]).toEqual(['websiteProactive', ['channel.website'], ['proactive.total'], 312]);
    });

    it('the figure before its noun in the 2008 table\'s rows: ways, answers, staff', () => {
      expect(claims(legacy('受理的8件申请中，5件经网上提出，3件当面提出；6件同意公开，2件申请信息不存在。')).map((c) => [c.metric, c.value])).toEqual([
        ['received', 8],
        ['online', 5],
        ['inPerson', 3],
        ['granted', 6],
        ['notExist', 2],
      ]);
      expect(claims(legacy('本局有9名同志承担政府信息公开工作，其中专职的1名。')).map((c) => [c.metric, c.value])).toEqual([['staff', 9], ['fullTime', 1]]);
    });

    it('held-out-15: a league\'s 行政公署 governs it; a short form of the body\'s name is the body; units after 政府及… are the whole', () => {
      const scoped = (body: string, sentence: string) => claims(`${body}2023年政府信息公开工作年度报告\n一、总体情况\n${sentence}`).map((c) => [c.value, c.scope]);
      expect(scoped('某盟行政公署', '全盟新收政府信息公开申请41件。')).toEqual([[41, 'own']]);
      expect(scoped('某盟行政公署', '各盟市共收到申请77件，其中首府城市19件。')).toEqual([[77, 'part'], [19, 'part']]);
      expect(scoped('某县人民政府', '县政府及各部门共收到申请12件。')).toEqual([[12, 'own']]);
      expect(scoped('某自治区地方税务局', '自治区地税局共收到申请31件，市公安局收到申请5件。')).toEqual([[31, 'own'], [5, 'other']]);
      expect(scoped('某县人民政府', '所在市人民政府2023年度共收到申请1042件。')).toEqual([[1042, 'other']]);
    });

    it('held-out-16: a figure right after 办结 is the closed ones\'; a span since a year reaches over a few words; an applicant column after 为', () => {
      expect(read(county('全县89件申请已办结85件，其余4件结转至2024年办理。')).map(([metric, , value]) => [metric, value])).toEqual([['processed', 85], ['carriedForward', 4]]);
      expect(read(county('自2008年《条例》施行以来，全区累计受理政府信息公开申请3117件。'))).toEqual([]);
      expect(read(county('收到申请5件，其中4件为自然人申请，1件为社会公益组织申请。')).map(([, column, value]) => [column, value])).toEqual([['total', 5], ['natural', 4], ['nonprofit', 1]]);
    });

    it('held-out-18 and -19: another site after 另在 is no figure of the body\'s website; 维持原答复 is no answer; a review withdrawn is no application withdrawn', () => {
      expect(claims(legacy('全年在县政府网站发布信息1735条，另在市政府网站信息公开专栏发布信息487条。')).map((c) => [c.metric, c.value])).toEqual([['website', 1735]]);
      expect(read(county('复议案件中，复议机关维持原答复16件，申请人撤回申请3件。'))).toEqual([]);
      expect(read(county('收到申请5件，予以公开3件，申请人撤回申请2件。')).map(([metric, , value]) => [metric, value])).toEqual([['received', 5], ['granted', 3], ['withdrawn', 2]]);
    });

    it('held-out-18 and -19\'s misses: a department\'s own organ beside its system; channels named alone; the head by title', () => {
      const scoped = (body: string, year: number, sentence: string) => claims(`${body}${year}年政府信息公开工作年度报告\n一、总体情况\n${sentence}`).map((c) => [c.metric, c.value, c.scope]);
      expect(scoped('某州公安局', 2023, '全州公安机关全年共受理申请142件，州局机关受理其中9件。')).toEqual([['received', 142, 'region'], ['received', 9, 'own']]);
      expect(scoped('某县人民政府', 2013, '分渠道看，政府网站发布601条，政务微博47条，其他方式39条。')).toEqual([['website', 601, 'own'], ['weiboNoun', 47, 'own'], ['otherNoun', 39, 'own']]);
      expect(scoped('某县统计局', 2013, '局网站在线访谈2次，局长参加1次。举办新闻发布会3场，副局长参加1场。')).toEqual([['interviews', 2, 'own'], ['interviewsByLeader', 1, 'own'], ['pressConferences', 3, 'own']]);
      expect(scoped('某县交通运输局', 2023, '行政诉讼方面，本年度被诉9件，判决维持5件，尚未审结4件。').map(([metric, value]) => [metric, value])).toEqual([['suit', 9], ['suit:upheld', 5], ['suit:pending', 4]]);
      expect(scoped('某县交通运输局', 2023, '因政府信息公开申请答复引起行政复议23件，另有8件进入行政诉讼程序。').map(([metric, value]) => [metric, value])).toEqual([['review', 23], ['suit', 8]]);
    });

    it('held-out-21\'s alarms: a category after its figure with a reason before it is a part; a result after words naming the other row', () => {
      expect(read(county('对其中5件予以公开，对涉及他人个人隐私的2件不予公开。')).map(([metric, , value]) => [metric, value])).toEqual([['granted', 5]]);
      expect(read(county('行政复议案件8件、行政诉讼案件5件，截至年底尚有3件复议案件未审结。')).map(([metric, , value]) => [metric, value])).toEqual([['review', 8], ['suit', 5]]);
    });

    it('held-out-20\'s misses: 的 between a row and its column, a count grown to (增至), 行政复议申请 in the 2008 table', () => {
      expect(read(county('行政许可、行政处罚、行政强制的本年处理决定数量分别为512件、21件和3件。')).map(([metric, , value]) => [metric, value])).toEqual([['licensing', 512], ['penalty', 21], ['coercion', 3]]);
      expect(read(county('本局制发行政规范性文件3件，现行有效文件增至28件。')).map(([metric, , value]) => [metric, value])).toEqual([['normativeIssued', 3], ['normativeInForce', 28]]);
      expect(claims(legacy('全年本局收到有关政府信息公开的行政复议申请0件。')).map((c) => [c.metric, c.value])).toEqual([['review', 0]]);
    });

    it('held-out-22 and -23\'s alarms: a kind of a category before it, lawsuits told as 起诉, a website\'s total up to a date, one kind of a region\'s places', () => {
      expect(read(county('危及国家安全、公共安全、经济安全、社会稳定的不予公开1件。'))).toEqual([]);
      expect(read(county('未经复议直接向法院起诉的有5件，其中判决纠错1件。')).map(([metric, , value]) => [metric, value])).toEqual([['suitDirect', 5], ['corrected', 1]]);
      expect(claims(legacy('截至2012年底，县政府网站累计公开信息41536条。'))).toEqual([]);
      const scoped = (sentence: string) => claims(`某区人民政府2023年政府信息公开工作年度报告\n一、总体情况\n${sentence}`).map((c) => [c.value, c.scope]);
      expect(scoped('全区各街道收到申请共29件。')).toEqual([[29, 'part']]);
      expect(scoped('全区各级行政机关共收到申请80件，全区各街道各部门共办结78件。')).toEqual([[80, 'own'], [78, 'own']]);
    });
  });
});
