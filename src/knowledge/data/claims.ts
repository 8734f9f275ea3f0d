/**
 * The claim vocabulary (validated by src/knowledge/claims.ts): which words around a prose figure name
 * which table cells. Nouns follow the tables' row labels; verbs, synonyms and word orders are those
 * real reports use (docs/phrasing.md). A `before` pattern must end the clause right before the figure
 * (fillers such as 共、为、达 may stand between), so "予以公开4件" is a claim and "公开政府文件50件" is not.
 */
const MODERN = ['gb2019', 'gb2021'] as const;
const LEGACY = ['legacy'] as const;
const label = (zh: string, en: string) => ({ zh, en });

/** Verbs of receiving an application: 收到、受理、接到、新收、新增、登记. */
const RECEIVE = '(?:收到|受理|新收|接收|接受|接到|新增|登记|收悉)(?:了)?';
/** Receiving without saying the applications are new (新收 and 新增 are never the load with last year's). */
const RECEIVE_NOT_NEW = '(?:收到|受理|接收|接受|接到|登记|收悉)(?:了)?';
const RECEIVED = [
  `${RECEIVE}.{0,30}?(?:依申请|公开申请|信息申请)(?:公开)?(?:的)?(?:政府信息|信息)?(?:公开)?(?:办理)?(?:事项|申请|请求|要求|案件|件)?(?:书|表)?`,
  `${RECEIVE}(?:的)?(?:各类|有效)?申请(?:公开)?(?:书|表)?`,
  // 受理政府信息公开1件: the noun without 申请
  `${RECEIVE}(?:的)?(?:政府)?信息公开(?:事项)?`,
  // 依申请公开申请26件 at the start of a clause (由2022年的20件增至本年的26件)
  '^(?:本年(?:度)?|全年)?(?:依申请公开|政府信息公开)(?:的)?申请',
  // 依申请公开受理量为0件, 政府信息公开申请数量为3件
  // (not 上年结转政府信息公开申请数量: the qualifier before a noun decides)
  '(?:依申请公开|政府信息公开申请|信息公开申请)(?<!(?:结转|转结)(?:的)?(?:政府)?(?:依申请公开|政府信息公开申请|信息公开申请))(?:的)?(?:受理量|收到量|申请量|受理数|申请数|数量|总数|量)',
  // 依申请公开共受理3件: the noun as the topic, its verb after it
  `(?:依申请公开|政府信息公开申请|信息公开申请)(?:事项)?(?:全年|本年度?)?(?:共计|共|累计)?${RECEIVE}`,
].join('|');
/** The figure before its noun: 共收到8份政府信息公开申请. */
const RECEIVED_AFTER = {
  lead: RECEIVE,
  // 5起依申请公开案件, 9起政府信息依申请公开 (the noun is the kind of request itself).
  // 3条群众经“某专栏”提交的申请, 2件要求公开政府信息的申请: a clause ending in 的 may stand before the noun.
  follows: '^\\s*(?:的)?(?:各类)?(?:[^，,；;。、\\d的]{1,30}的)?(?:(?:政府信息公开|政府信息依申请公开|依申请公开(?:政府信息)?|信息公开|公开政府信息|公开)?(?:的)?(?:申请|请求)|(?:政府信息)?依申请公开(?:政府信息)?(?:案件|事项)?(?![\\u4e00-\\u9fa5]))',
};
/** "四十三件申请中，自然人提出三十八件", "36件申请里", "112件申请按提交方式分": the applications received, restated as the whole that parts follow. */
const AMONG_APPLICATIONS = { lead: '(?:^|[，,；;：:]|在)\\s*(?:本年度?|全年|今年|上述)?(?:新收|收到|受理)?(?:的)?', follows: '^\\s*(?:政府信息公开|依申请公开)?申请(?:中|里|当中|按)' };
/** A review named before its figure; 复议 alone opens a clause after the caseloads were named (复议1件维持、1件尚在审理). */
const REVIEW_NOUN = '(?:行政)?复议(?:的)?(?:案件|案)|行政复议(?:申请)?|^\\s*(?:其中)?复议(?!后|机关)';
/** Those closed or answered, as the whole the parts after them are of: 已办结的63件中. */
const wholeOf = (verb: string) => ({ lead: `(?:^|[，,；;：:]|在)\\s*(?:已|已经)?(?:${verb})(?:了)?的`, follows: '^\\s*(?:申请)?(?:中|里|当中)' });
/** The figure before its review: "9件行政复议中", "5件政府信息公开行政复议案件", "9件政府信息公开答复被申请行政复议" (not 1件复议后起诉, a lawsuit). */
const REVIEW_AFTER = { follows: '^\\s*(?:[^，,；;。\\d]{0,14}?(?:被申请|引发|提起|申请))?(?:(?:涉及)?(?:政府)?信息公开(?:的)?)?(?:行政)?复议(?:案件|申请)?(?!后|机关)(?![^，,；;。]{0,6}?(?:未|尚|仍|正在|维持|纠|撤|驳回))' };
/** The figure before its lawsuit: "6件行政诉讼中", "2件被提起行政诉讼". */
const SUIT_AFTER = { follows: '^\\s*(?:案件)?(?:进入|提起|被提起|引发|引起)(?:了)?(?:行政)?诉讼|^\\s*(?:(?:涉及)?(?:政府)?信息公开(?:的)?)?行政诉讼(?:案件)?' };
/** 办结申请5件, 答复依申请公开政府信息25件, 回复群众依申请公开信息4件 (001). */
/** How an answer was given (电话答复3件) or a review's order (责令重新答复): a part of the answers, not all of them. */
const ANSWER_MODE = '(?<!电话|书面|当面|口头|网上|网络|邮寄|邮件|短信|现场|重新)';
/** An answer put off to next year (结转下一年答复2件) is a carry, not one given. */
const NOT_CARRIED = '(?<!(?:结转|顺延|转)(?:至|到)?[^，,；;。\\d]{1,10})';
const PROCESSED = `(?<!(?:撤销|撤回|纠正|维持|确认)(?:原)?)${ANSWER_MODE}(?:已|均已|全部)?(?:办结|答复|回复|办理完毕|处理完毕|作出答复|完成答复)${NOT_CARRIED}(?:量)?(?:了)?(?:群众|申请人)?(?:的)?(?:政府信息公开|信息公开|依申请公开)?(?:政府信息|信息)?(?:的)?(?:申请)?(?:件)?|完成.{0,16}?答复`;
const LAST_YEAR = '(?:上(?:一)?年(?:度)?|20\\d{2}年(?:度)?)';
/** 上年结转申请2件, 2022年度结转至本年度的申请1件. */
const CARRIED_OVER = `(?:结转上(?:一)?年(?:度)?(?:的)?(?:申请)?|${LAST_YEAR}(?:结转|转结|遗留|转入|转来)(?:至|到)?(?:本年度|本年|今年)?(?:办理|答复)?(?:的)?(?:政府信息公开|信息公开|依申请公开)?(?:申请)?(?:件)?)`;
const NEXT_YEAR = '(?:下(?:一)?年(?:度)?|次年(?:度)?|20\\d{2}年(?:度)?)';
const CARRIED_FORWARD = [
  `(?:结转|顺延|转入|转)(?:至|到)?${NEXT_YEAR}(?:继续)?(?:办理|答复)?(?:的)?(?:申请)?`,
  // 1件延期至2025年答复 (延期答复 alone is answered within the year)
  `(?:延期|延)(?:至|到)${NEXT_YEAR}(?:继续)?(?:答复|办理)?`,
  '(?:正在办理|仍在办理|尚在办理|尚未办结|未办结|在办)(?:中)?(?:的)?(?:申请)?',
  '跨年(?:度)?(?:办理|答复)',
].join('|');
/** A reason between a figure and its noun: 另有2件因需征求第三方意见顺延至下一年度办理. */
const REASON = '(?:(?:因|由于|需|属于|系)[^，,；;。]{0,24}?[，,]?)?';
/** Counts of reviews and lawsuits about disclosure, not a county's 办理行政复议案件50件 at large. */
const ABOUT_DISCLOSURE = ['信息公开|依申请|被申请|被提起|被起诉|被诉|复议后起诉|直接起诉'];
/**
 * Reviews and lawsuits as the bare subject of their figure, opening a clause or after the year or 发生 (全年行政复议2件,
 * 发生行政复议案件1件, 行政复议和行政诉讼均为0件) in a report on disclosure: the body's own; not 办理行政复议案件50件 (a handling verb before it).
 */
const CASES = '(?:^|[，,；;：:]|发生|全年|本年度?|年内|提起|被提起|被申请|申请|收到)\\s*行政(?:复议|诉讼)(?:案件|案|申请)?(?:(?:和|及|与|、)行政(?:复议|诉讼)(?:案件|案)?(?:均|都)?)?(?:共|有|为)?\\s*[0-9０-９零〇一二两三四五六七八九十]';
/** Table 四's own words (行政复议结果维持): the sentence speaks of the table. */
const TABLE_FOUR_WORDS = '行政(?:复议|诉讼)(?:的)?结果';
/** The body's caseload told figure first (9件行政复议中, 6件行政诉讼中) or its results inside it (行政复议中维持7宗). */
const CASES_AFTER = '[0-9０-９零〇一二两三四五六七八九十]\\s*(?:件|起|宗)\\s*行政(?:复议|诉讼)|(?:^|[，,；;：:])\\s*行政(?:复议|诉讼)(?:案件)?中';
const ABOUT_CASES = [`${ABOUT_DISCLOSURE[0]}|${CASES}|${CASES_AFTER}|${TABLE_FOUR_WORDS}`];
/** A caseload closed (全年行政复议案件120件，办结115件) is a reviewing body's, unless the sentence is about disclosure. */
const CASELOAD = ['^(?![^。；;]*(?:信息公开|依申请|被申请|被提起|被起诉|被诉))[^。；;]*(?<!未)(?:办结|审结|结案)'];
/** The reviewing body's own caseload (县司法局办理行政复议案件48件，其中维持31件), not reviews of this body. */
const REVIEWING = ['(?:办理|审理|受理|办结|承办)(?:了)?(?:各类)?行政复议', '作为(?:行政)?复议机关'];
/** A reviewing body's whole caseload with its disclosure cases as a part (承办行政复议案件640件，其中涉及政府信息公开的71件), or a body speaking as the reviewer (作为复议机关…). */
const REVIEWER_CASELOAD = [`${REVIEWING[0]}[^。；;]*其中(?:涉及|关于|属于)?(?:政府)?信息公开`, REVIEWING[1]!];
/** A sentence about applications (受理政府信息公开3件，办结3件), not a hotline's 办结 (受理咨询716件，办结率100%). */
const ABOUT_APPLICATIONS = ['申请|予以公开|同意公开|部分公开|不予公开|无法提供|(?:受理|收到)(?:政府)?信息公开|(?:结转|转入)(?:至|到)?(?:下(?:一)?年|次年|20\\d{2}年)'];
/** Not the 办结 of a hotline, a mailbox or a proposal in a sentence that also mentions applications. */
const NOT_HOTLINE = ['12345|热线|信箱|留言|代表建议|委员提案|政协提案|来信(?!申请)|来电(?!申请)|工单|许可申请'];
/** The means information is published by, which make it one channel's figure or another body's: 通过…, 在…网站上, 公开栏. */
const MEANS = '(?:通过|利用|借助|依托|经由|在|以|从|网站|网|栏|屏|微博|微信|公报|平台|报刊|媒体|电视|广播|号)';
/** The 2008 table's channels of an application by their words alone: [id, words, cell]. */
/** The 2008 table's channels of publishing named alone: [id, nouns, cell]. */
const CHANNEL_NOUNS = [['gazetteNoun', '(?:政府)?公报', 'channel.gazette'], ['websiteNoun', '(?:政府|门户)网站', 'channel.website'], ['weiboNoun', '(?:政务)?微博', 'channel.weibo'], ['wechatNoun', '(?:政务|政府)?微信(?:公众号)?', 'channel.wechat'], ['otherNoun', '(?:[^，,；;。\\d]{0,8}?等)?其他(?:方式|渠道|途径)', 'channel.other']] as const;
/** The 2008 table's ways of applying, by the words reports use for them: [id, words, cell]. */
const APPLICATION_WAYS = [['online', '网络|网上|互联网|在线|网站|电子邮件|电子邮箱', 'applications.online'], ['letter', '信函|邮寄|书信|来信', 'applications.letter'], ['inPerson', '当面|现场', 'applications.inPerson'], ['fax', '传真', 'applications.fax']] as const;
/** A way's words, perhaps two of them joined (通过网站和电子邮箱提交). */
const waysJoined = (words: string) => `(?:${words})(?:(?:和|及|、|或)(?:${words}))?`;
const APPLICATION_CHANNELS = [['online', '网络|网上', 'applications.online'], ['letter', '信函|邮寄', 'applications.letter'], ['inPerson', '当面', 'applications.inPerson'], ['fax', '传真', 'applications.fax']] as const;
/** The rows of 其他处理 but its last (其他), by their words. */
const OTHER_ROWS = '逾期(?:未|不)(?:予)?补正|未(?:按要求)?补正|未(?:按规定)?缴纳(?:信息处理)?费';
/** 申请人逾期未补正、本机关不再处理的2件: the body's own close of a row of 其他处理. */
const NO_LONGER = '(?:(?:[、，,]|而)?(?:(?:本机关|行政机关|本单位)?(?:不再处理|终止处理|终止办理)|(?:视为|视作)(?:申请人)?放弃)(?:其)?(?:政府信息公开)?(?:申请)?)?(?:的)?';
/** How a review or a lawsuit was decided: 经复议维持, 一审判决驳回诉讼请求. */
const DECIDED = '(?:结果)?(?:为)?(?:复议机关|(?:人民)?法院)?(?:经(?:行政)?复议|经(?:法院)?审理)?(?:一审|二审)?(?:判决|裁定|决定)?';
/** A review or a lawsuit decided against the body: 被纠错, 纠正, 撤销答复 (the body's answer set aside), 确认违法. */
const CORRECTED = '(?:被)?(?:依法)?(?:纠错|纠正|撤销(?:了)?(?:原)?(?:答复|告知|决定|行政行为)?|确认(?:为)?违法)';
/** 办理依申请公开事项24件: a load of applications, closed or in all (the sentence tells which). */
const HANDLED = '(?:共|全年)?办理(?:了)?(?:的)?(?:依申请公开|政府信息公开|信息公开)(?:政府信息)?(?:事项|申请)?';
/** 办理24件，其中当年新收22件、上年结转2件: the year's load, new and carried over. */
const LOAD = {
  id: 'received+carriedOver', label: label('收到申请与上年结转', 'applications received and carried over'), table: 'applications' as const, cells: ['received:{c}', 'carriedOver:{c}'], generations: MODERN,
  context: ['其中[^。；;]{0,8}(?:本年|当年)?(?:新收|新增|收到|受理)', `${LAST_YEAR}(?:结转|转入)`],
};
/** The load broken down: 其中本年新收22件、上年结转2件, 其中22件系上年结转, （含上年结转3件）. */
const LOAD_PARTS = `其中[^。；;]{0,8}(?:(?:本年|当年)?(?:新收|新增|收到|受理)|${LAST_YEAR}(?:结转|转入))|[（(]\\s*(?:含|包括)(?:了)?${LAST_YEAR}(?:结转|转入)`;
/** How an application came: 以信函形式申请, 通过网络提交的申请. */
const FORM = '(?:形式|方式)?(?:提出|提交)?(?:的)?';
const ISSUED = '(?:审议通过|制发|印发|出台|制定(?:或修订|和修订|、修订)?|新制定|新出台|修订|公布|发布)(?:了)?';
const MADE = '(?:新制作|制作|制发|印发|出台|制定|新制定)(?:了)?';
const SUITS = ['suitDirect', 'suitAfterReview'];
/** A website as the channel, not one named after another (通过公开栏和网站): 网站上, 以网站为载体, 网站“政务信息”专栏. */
/** A total up to a date or since a year (截至2015年底…累计, 自…以来累计): no year's figure. */
const RUNNING_UP_TO = ['(?:截至|截止)[^。；;]{0,24}累计|以来[^。；;]{0,12}累计'];
const WEBSITE = '(?:网站|官网|信息公开网|门户网)(?<![和及与、][^，,。；;]{0,10}(?:网站|官网))(?<!另(?:在|通过|经|于)[^，,。；;\\d]{0,14}(?:网站|官网))(?:上|为载体|为平台|为主渠道|[^，,；;。\\d]{0,8}?专栏)?';
/** 现行有效, 截至年底有效: what is in force at the year's end. */
const IN_FORCE = '(?:现行(?:继续)?有效|(?:继续|仍然|目前)有效|(?:截至|截止|到)[^，,；;。\\d]{0,6}?(?:仍然|仍|继续)?(?:现行)?有效)';
/** 新制定的5件规范性文件: the figure between its verb and its noun. */
const docsAfter = (verb: string) => ({ lead: `${verb}(?:的)?`, follows: '^\\s*(?:行政)?规范性文件' });
/** 向法院提起行政诉讼, 起诉: how a lawsuit of a kind is told. */
const SUED = '(?:直接)?(?:向[^，,；;。]{0,8}?)?(?:(?:提起|起诉)(?:的)?(?:行政诉讼(?:案件)?)?|行政诉讼(?:案件)?)';
/** The 2008 table's reasons for a refusal, by their words: [row, words, whether the words tell a refusal in any sentence about applications]. */
const REFUSALS = [
  ['stateSecret', '国家秘密'],
  ['commercialSecret', '商业秘密'],
  ['privacy', '个人隐私'],
  ['security', '危及(?:国家安全|公共安全|经济安全|社会稳定|“三安全一稳定”)(?:(?:、|和|及)(?:国家安全|公共安全|经济安全|社会稳定))*'],
  ['notGovInfo', '不是《?条例》?所指(?:的)?政府信息|不属于《?条例》?所指(?:的)?政府信息', true],
  ['otherLaw', '(?:属于)?法律(?:、)?法规规定的其他情形', true],
] as const;
/** 申请人撤回申请的3件, 主动撤销政府信息公开申请1件. */
const WITHDRAWN = '(?:申请人)?(?:主动)?(?:撤回|撤销)(?:了)?(?:其)?(?:政府信息公开|信息公开|依申请公开)?申请(?:[，,、]?(?:终止|不再)(?:办理|处理))?(?:的)?|申请人(?:主动)?撤回(?:了)?(?:的)?';
/** "1件申请人在答复期内主动撤回": the figure before the applicant who withdrew it (撤回 alone: 撤销 may be a review's result). */
/** 复议案件中…申请人撤回申请3件: a review or a lawsuit withdrawn is table 四's other result. */
const WITHDRAWN_CASE = ['(?:复议|诉讼)[^。；;]{0,40}?撤回'];
/** A review withdrawn by its applicant: 申请人撤回复议申请, 因申请人撤回而终止. */
const WITHDRAWN_CASE_ENDED = '(?:因)?(?:申请人)?(?:主动)?撤回(?:了)?(?:复议)?(?:申请)?(?:而)?(?:终止(?:审理|复议)?|结案)?';
const WITHDREW_AFTER = '(?:由|因)申请人(?:主动)?撤销(?:了)?(?:其)?(?:申请)?(?=[，,；;。]|$)|(?:因)?(?:申请人)?(?:在[^，,；;。\\d]{0,10}?内)?(?:主动)?撤回(?:了)?(?:其)?(?:申请)?(?:[，,]?(?:终止|不再)(?:办理|处理))?(?=[，,；;。]|$)';
/** The figure before its result: "其中4份予以公开，1份因申请内容经补正仍不明确而无法提供". */
const resultAfter = (result: string) => ({ follows: `^\\s*(?:已|均已|均|全部)?(?:依法)?${REASON}(?:而)?(?:为|系|作)?${result}` });
/** Decisions are counted in these; 行政处罚58条 among information posted is a count of postings. */
const DECISION_UNITS = ['件', '项', '个', '起', '宗', '次', '份'];
/** A list of the body's powers (权力清单保留行政许可31项) counts items, not the year's decisions. */
const POWER_LIST = ['清单|保留(?:了)?(?:行政)?(?:许可|处罚|强制)|(?:事项)?目录'];
/** Applications are counted in these; 答复申请人18人次 counts people. */
const APPLICATION_UNITS = ['件', '份', '条', '起', '项', '宗', '例', '次', '个', '件次'];
/** Reviews and lawsuits named together before one figure (行政复议、行政诉讼案件共612件; not a zero each has: ZERO_SHARED). */
const REVIEWS_AND_SUITS = '(?:被申请)?行政复议(?:案件)?(?:[、和及与]|以及)(?:被提起)?行政诉讼(?:的)?(?:案件)?(?:数量|总数)?';
/** Events are counted in these: 召开新闻发布会3场, 回应舆情5次. */
const EVENT_UNITS = ['次', '场', '期', '个', '件', '起'];
/** People are counted in these: 兼职人员2名, 培训150人次. */
const PEOPLE_UNITS = ['名', '人', '人次', '位'];
/** A count of a region's places (14个镇街), and the places a region word may name without 各 (全区镇街). */
const PLACES_COUNTED = '[0-9０-９一二两三四五六七八九十]+个';
const PLACES_ALONE = '乡镇街道|镇街|乡镇|街道|苏木镇';
/** What may follow 专职/兼职 in the name of staff: 兼职信息公开工作人员, 兼职信息员. */
const STAFF_NOUN = '(?:的)?(?:(?:政府)?信息公开|政务公开)?(?:工作)?(?:人员|信息员|联络员)?';
/** A sentence about the disclosure work's staff: its words, or those of receiving applications and reading points. */
const STAFF_CONTEXT = '信息公开|政务公开|信息申请|公开申请|查阅';
/** The head of the body, who takes part in a press conference or an interview himself. */
const LEADER = '(?:主要(?:负责(?:同志|人)|领导)|(?:单位|部门|机关)(?:主要)?负责人|(?<!副)(?:局长|厅长|主任|镇长|乡长|县长|区长|市长|旗长|盟长|州长|省长))';
/** The head opening the sentence as its subject (区政府主要负责人参加新闻发布会2次，参加在线访谈1次): each event is the head's. */
const HEAD_TAKES_PART = `^\\s*[^，,；;。\\d]{0,12}?${LEADER}[^。；;]{0,12}?(?:参加|出席|主持|做客|走进)`;
/** Both events under one figure (参加新闻发布会和在线访谈3次): neither row alone. */
const PRESS_AND_INTERVIEWS = '发布会[^，,；;。\\d]{0,4}(?:和|及|、|与|或)[^，,；;。\\d]{0,10}访谈|访谈[^，,；;。\\d]{0,4}(?:和|及|、|与|或)[^，,；;。\\d]{0,10}发布会';
/** The answer words that may follow a result: 予以公开答复966件, 不予公开决定2件, 部分公开的申请14件. */
const ANSWER = '(?:答复|决定|处理)?(?:的)?(?:申请)?';

export const claimVocabularyInput = {
  tableNames: {
    proactive: label('表二', 'table 2'),
    applications: label('表三', 'table 3'),
    reviewLitigation: label('表四', 'table 4'),
    legacyStats: label('统计表', 'the statistical table'),
  },
  counts: [
    // 表三 (gb2019, gb2021)
    // 受理依申请公开27件，其中本年新收25件，上年结转2件: received, it is the load when broken down so.
    {
      ...LOAD, before: `${RECEIVE_NOT_NEW}(?:的)?(?:(?:依申请公开|政府信息公开|信息公开)(?:政府信息)?(?:事项|申请)?|(?:各类)?申请)`,
      context: ['其中[^。；;]{0,16}?(?:本年|当年|今年)?(?:新收|新增)', `${LAST_YEAR}(?:结转|转入)`],
    },
    // 上年收到的1件申请结转至本年度继续办理: last year's applications, the figure before their carry into this year
    // (before 收到申请, whose noun after the figure it would take).
    { id: 'carriedOver', label: label('上年结转', 'carried over'), after: { lead: `${LAST_YEAR}(?:收到|受理|新收)(?:的)?`, follows: '^\\s*(?:申请)?(?:结转|转入|顺延)(?:至|到)(?:本年度|本年|今年)' }, table: 'applications', cells: ['carriedOver:{c}'], generations: MODERN },
    {
      id: 'received', label: label('收到申请', 'applications received'), before: RECEIVED, after: RECEIVED_AFTER, table: 'applications', cells: ['received:{c}'], generations: MODERN, units: APPLICATION_UNITS,
      includes: { follows: `^\\s*[，,]?\\s*[（(]?\\s*(?:其中|含|包括)(?:了)?\\s*${LAST_YEAR}(?:的)?结转`, cells: ['carriedOver:{c}'] },
      unless: NOT_HOTLINE,
    },
    {
      id: 'carriedOver', label: label('上年结转', 'carried over'), before: CARRIED_OVER, after: { follows: `^\\s*(?:申请)?(?:[，,]?\\s*(?:均|全部)?(?:为|系|是))?${LAST_YEAR}(?:结转(?![至到])|遗留)` },
      table: 'applications', cells: ['carriedOver:{c}'], generations: MODERN,
    },
    { id: 'partial', label: label('部分公开', 'partly granted'), before: `部分(?:予以)?公开${ANSWER}`, after: resultAfter('部分(?:予以)?公开'), table: 'applications', cells: ['partial:{c}'], generations: MODERN, category: true },
    { id: 'granted', label: label('予以公开', 'granted'), before: `(?<![不部]|部分)(?:予以公开|同意公开|全部公开|准予公开|依法公开)${ANSWER}`, after: resultAfter('(?:予以|同意|准予|全部)公开'), table: 'applications', cells: ['granted:{c}'], generations: MODERN, category: true },
    // 收到依申请公开0件，公开0件: 公开 alone, in a sentence on applications, is the result.
    { id: 'granted', label: label('予以公开', 'granted'), before: '^\\s*公开', table: 'applications', cells: ['granted:{c}'], generations: MODERN, category: true, context: ['(?:收到|受理)[^。；;]{0,30}?(?:申请|依申请公开)'], unless: ['主动公开|公开(?:信息|政府信息|文件)'] },
    { id: 'withheld', label: label('不予公开', 'withheld'), before: `不予(?:以)?公开${ANSWER}`, after: resultAfter('不予(?:以)?公开'), table: 'applications', cells: ['withheld.*:{c}'], generations: MODERN, category: true },
    { id: 'unavailable', label: label('无法提供', 'unavailable'), before: `无法提供${ANSWER}`, after: resultAfter('无法提供'), table: 'applications', cells: ['unavailable.*:{c}'], generations: MODERN, category: true },
    { id: 'notProcessed', label: label('不予处理', 'not processed'), before: '不予(?:重复)?处理', after: resultAfter('不予(?:重复)?处理'), table: 'applications', cells: ['notProcessed.*:{c}'], generations: MODERN, category: true },
    // "逾期未补正3件，其他处理6件": after one of its own rows in one list, 其他处理 is the rest, its row 其他.
    { id: 'otherRest', label: label('其他处理·其他', 'otherwise handled: other'), before: '其他处理', table: 'applications', cells: ['other.other:{c}'], generations: ['gb2021'], context: [`(?:${OTHER_ROWS})[^。；;]{0,12}?[\\d零〇一二两三四五六七八九十]+\\s*件[^。；;]{0,4}其他处理`] },
    { id: 'other', label: label('其他处理', 'otherwise handled'), before: '其他处理', table: 'applications', cells: ['other:{c}', 'other.*:{c}'], generations: MODERN, category: true },
    // 申请人撤回申请2件: a withdrawal is counted under 其他处理 (its row 其他 in gb2021), not 撤回行政复议申请.
    { id: 'withdrawn', label: label('其他处理·其他', 'withdrawn'), before: WITHDRAWN, after: { follows: `^\\s*(?:${WITHDRAWN}|${WITHDREW_AFTER})` }, unless: WITHDRAWN_CASE, table: 'applications', cells: ['other.other:{c}'], generations: ['gb2021'] },
    // 因申请人撤回申请等其他情形处理的4件: 其他 as a row of 其他处理, where the clause says it was handled so.
    // 逾期不补正…3件，其他情形2件: beside a row of 其他处理, its last row (其他).
    { id: 'otherRest', label: label('其他处理·其他', 'otherwise handled: other'), before: '^\\s*(?:另有)?其他情形(?:的)?', table: 'applications', cells: ['other.other:{c}'], generations: ['gb2021'], context: [OTHER_ROWS] },
    { id: 'otherCases', label: label('其他处理·其他', 'other cases'), before: '(?:[^，,；;。\\d]{0,12}?等)?其他(?:情形|原因)(?:处理|办理)(?:的)?', table: 'applications', cells: ['other.other:{c}'], generations: ['gb2021'] },
    { id: 'withdrawn', label: label('其他处理', 'withdrawn'), before: WITHDRAWN, after: { follows: `^\\s*(?:${WITHDRAWN}|${WITHDREW_AFTER})` }, unless: WITHDRAWN_CASE, table: 'applications', cells: ['other:{c}'], generations: ['gb2019'] },
    { id: 'processed', label: label('办结', 'processed'), before: PROCESSED, table: 'applications', cells: ['processedTotal:{c}'], generations: MODERN, context: ABOUT_APPLICATIONS, contextInPrevious: true, unless: NOT_HOTLINE, units: APPLICATION_UNITS },
    // 三件均已办结: the figure before its verb.
    {
      id: 'processed', label: label('办结', 'processed'), after: { follows: '^\\s*(?:申请)?(?:均已|均|已|全部)(?:在[^，,；;。]{0,10}?内)?(?:按时|按期|依法)?(?:予以)?(?:办结|办理完毕|答复完毕|答复|回复)(?!\\s*[\\d零〇一二两三四五六七八九十])' },
      table: 'applications', cells: ['processedTotal:{c}'], generations: MODERN, context: ABOUT_APPLICATIONS, contextInPrevious: true, unless: NOT_HOTLINE,
    },
    // 共办理59件，剩余5件转次年: 办理 closes what a remainder carried forward does not.
    { id: 'processed', label: label('办结', 'processed'), before: HANDLED, table: 'applications', cells: ['processedTotal:{c}'], generations: MODERN, context: [`(?:剩余|其余|余下|另有|尚有)[^。；;]{0,12}?(?:结转|顺延|转入|转)(?:至|到)?${NEXT_YEAR}`], unless: [LOAD_PARTS] },
    // 办理24件，其中当年新收22件、上年结转2件: 办理 is the whole load, new and carried over.
    // 办理5件（含上年结转1件）: a note naming the carry makes 办理 the load too.
    // 办理申请16件，其中上年结转2件: the carried part alone after 其中 tells the load too.
    { ...LOAD, before: HANDLED, context: [LOAD_PARTS, `${LAST_YEAR}(?:结转|转入)`] },
    { id: 'received', label: label('收到申请', 'applications received'), before: '(?:本年|当年|今年|本年度)(?:新收|新增)(?:的)?|^\\s*其中[，,]?[^，,；;。\\d]{0,12}?(?:新收|新增)(?:的)?', table: 'applications', cells: ['received:{c}'], generations: MODERN, context: ABOUT_APPLICATIONS, contextInPrevious: true, unless: NOT_HOTLINE },
    {
      id: 'carriedForward', label: label('结转下年度', 'carried forward'), before: CARRIED_FORWARD, after: { follows: `^\\s*(?:申请)?${REASON}(?:(?:由|从)?20\\d{2}年(?:度)?)?(?:${CARRIED_FORWARD})` },
      table: 'applications', cells: ['carriedForward:{c}'], generations: MODERN, context: ['申请|结转|办理|延期|顺延'], contextInPrevious: true,
      // 行政复议2件，维持1件，尚在办理1件: a review or a lawsuit still open is table 四's.
      unless: [...NOT_HOTLINE, '(?:复议|诉讼)[^。；;]{0,40}?(?:正在办理|仍在办理|尚在办理|在办)'],
    },
    // 表四
    // "涉及政府信息公开的行政复议、行政诉讼案件共612件": both caseloads of table 四 under one figure.
    // "四十三件申请中，自然人提出三十八件": the applications received, restated as the whole that parts follow.
    { id: 'received', label: label('收到申请', 'applications received'), after: AMONG_APPLICATIONS, table: 'applications', cells: ['received:{c}'], generations: MODERN, units: APPLICATION_UNITS },
    { id: 'reviewsAndSuits', label: label('行政复议与行政诉讼', 'reviews and lawsuits'), before: REVIEWS_AND_SUITS, table: 'reviewLitigation', cells: ['review:total', ...SUITS.map((suit) => `${suit}:total`)], generations: MODERN, context: ABOUT_DISCLOSURE, contextInPrevious: true },
    { id: 'reviewsAndSuits', label: label('行政复议与行政诉讼', 'reviews and lawsuits'), before: REVIEWS_AND_SUITS, table: 'legacyStats', cells: ['review.total', 'suit.total'], generations: LEGACY, context: ABOUT_DISCLOSURE },
    { id: 'review', label: label('行政复议', 'administrative reviews'), before: REVIEW_NOUN, after: REVIEW_AFTER, table: 'reviewLitigation', cells: ['review:total'], generations: MODERN, context: ABOUT_CASES, unless: [...CASELOAD, ...REVIEWER_CASELOAD] },
    // Lawsuits named by kind (未经复议直接起诉, 复议后起诉): the kind is table 四's own, no other caseload's.
    { id: 'suitDirect', label: label('行政诉讼·未经复议直接起诉', 'lawsuits without review'), before: `未经(?:行政)?复议(?:直接)?${SUED}`, table: 'reviewLitigation', cells: ['suitDirect:total'], generations: MODERN },
    { id: 'suitAfterReview', label: label('行政诉讼·复议后起诉', 'lawsuits after review'), before: `(?:经(?:行政)?复议后|(?<!未经)(?:行政)?复议后)${SUED}`, table: 'reviewLitigation', cells: ['suitAfterReview:total'], generations: MODERN },
    // 撤回行政复议申请、复议终止的1件: a review that ended otherwise.
    { id: 'reviewOther', label: label('行政复议·其他结果', 'reviews otherwise decided'), before: '(?:撤回(?:了)?(?:行政)?复议申请|复议终止)(?:的)?', table: 'reviewLitigation', cells: ['review:other'], generations: MODERN },
    { id: 'suit', label: label('行政诉讼', 'lawsuits'), before: '(?:行政诉讼|被诉|被起诉)(?:的)?(?:案件|案)?|(?<!行政)诉讼案件|^\\s*(?:其中)?诉讼', after: SUIT_AFTER, table: 'reviewLitigation', cells: SUITS.map((g) => `${g}:total`), generations: MODERN, context: ABOUT_CASES, unless: CASELOAD },
    { id: 'corrected', label: label('被纠错', 'corrected'), before: CORRECTED, table: 'reviewLitigation', cells: ['review:corrected'], generations: MODERN, context: ['复议'], unless: ['诉讼|起诉', ...REVIEWING] },
    { id: 'upheld', label: label('维持', 'upheld'), before: '(?:被)?(?:依法)?维持', table: 'reviewLitigation', cells: ['review:upheld'], generations: MODERN, context: ['复议'], unless: ['诉讼|起诉', ...REVIEWING] },
    { id: 'corrected', label: label('被纠错', 'corrected'), before: CORRECTED, table: 'reviewLitigation', cells: SUITS.map((g) => `${g}:corrected`), generations: MODERN, context: ['诉讼|起诉'], unless: ['(?<!未经|经过)复议(?!后)'] },
    // 表二
    { id: 'rulesRepealed', label: label('废止规章', 'rules repealed'), before: '废止(?:了)?(?:的)?(?:政府)?规章', table: 'proactive', cells: ['rules:repealed'], generations: ['gb2021'] },
    { id: 'rulesInForce', label: label('现行有效规章', 'rules in force'), before: `${IN_FORCE}(?:的)?(?:部门|[省市州县区旗]?政府)?规章`, table: 'proactive', cells: ['rules:inForce'], generations: ['gb2021'] },
    { id: 'rulesIssued', label: label('制发规章', 'rules issued'), before: `${ISSUED}(?:地方|部门)?(?:[省市州县区旗]?政府)?规章`, table: 'proactive', cells: ['rules:issued'], generations: ['gb2021'] },
    { id: 'rulesIssued', label: label('制作规章', 'rules made'), before: `${MADE}(?:地方)?(?:政府)?规章`, table: 'proactive', cells: ['rules:made'], generations: ['gb2019'] },
    { id: 'normativeIssued', label: label('制发行政规范性文件', 'normative documents issued'), before: `${ISSUED}.{0,14}?(?:行政)?规范性文件`, after: docsAfter(ISSUED), table: 'proactive', cells: ['normativeDocs:issued'], generations: ['gb2021'] },
    { id: 'normativeIssued', label: label('制作规范性文件', 'normative documents made'), before: `${MADE}.{0,8}?(?:行政)?规范性文件`, after: docsAfter(MADE), table: 'proactive', cells: ['normativeDocs:made'], generations: ['gb2019'] },
    { id: 'rulesPublished', label: label('新公开规章', 'rules newly published'), before: '(?:新公开|主动公开)(?:了)?(?:的)?(?:政府)?规章', table: 'proactive', cells: ['rules:published'], generations: ['gb2019'] },
    // 全省对外公开规章57件 (a province's rules in force are all public).
    { id: 'rulesTotalPublic', label: label('对外公开规章总数', 'rules public in all'), before: '对外公开(?:的)?(?:政府)?规章(?:总数|总数量|总量)?', table: 'proactive', cells: ['rules:totalPublic'], generations: ['gb2019'] },
    { id: 'normativePublished', label: label('新公开规范性文件', 'normative documents newly published'), before: '(?:新公开|主动公开)(?:了)?(?:的)?(?:行政)?规范性文件', table: 'proactive', cells: ['normativeDocs:published'], generations: ['gb2019'] },
    { id: 'normativeTotalPublic', label: label('对外公开规范性文件总数', 'normative documents public in all'), before: '对外公开(?:的)?(?:行政)?规范性文件(?:总数|总数量|总量)', table: 'proactive', cells: ['normativeDocs:totalPublic'], generations: ['gb2019'] },
    { id: 'normativeRepealed', label: label('废止行政规范性文件', 'normative documents repealed'), before: '(?:宣布)?(?:废止|失效[、和及或]废止)(?:了)?(?:的)?(?:行政)?规范性文件', table: 'proactive', cells: ['normativeDocs:repealed'], generations: ['gb2021'] },
    // 对过去印发的7件予以废止: the figure before its verb.
    { id: 'normativeRepealed', label: label('废止行政规范性文件', 'normative documents repealed'), after: { follows: '^\\s*(?:(?:行政)?规范性文件)?(?:予以|宣布|被)?(?:废止|失效[、和及或]废止)' }, table: 'proactive', cells: ['normativeDocs:repealed'], generations: ['gb2021'], context: ['规范性文件'] },
    { id: 'rulesRepealed', label: label('废止规章', 'rules repealed'), after: { follows: '^\\s*(?:予以|宣布|被)?废止' }, table: 'proactive', cells: ['rules:repealed'], generations: ['gb2021'], context: ['规章'], unless: ['规范性文件'] },
    { id: 'normativeInForce', label: label('现行有效行政规范性文件', 'normative documents in force'), before: `${IN_FORCE}(?:的)?(?:[\\u4e00-\\u9fa5]{1,4}?)?(?:行政)?规范性文件|${IN_FORCE}(?:的)?文件`, table: 'proactive', cells: ['normativeDocs:inForce'], generations: ['gb2021'] },
    { id: 'licensing', label: label('行政许可', 'licensing decisions'), before: '行政许可(?:的)?(?:本年)?(?:处理)?(?:案件)?(?:决定|案件|办件(?:量)?)?|行政许可事项(?:办结|办理)|(?:处理|办理|办结)(?:了)?(?:[^，,；;。\\d]{0,30}?等)?行政许可事项|作出[^，,；;。\\d]{0,12}?许可(?:处理)?决定|(?:办理|办结|核发)(?:了)?[^，,；;。\\d]{1,16}?许可(?:审批|事项|证)?|^\\s*(?:全年|本年度?)?许可(?:处理)?决定', table: 'proactive', cells: ['licensing:decisions'], generations: MODERN, units: DECISION_UNITS, unless: POWER_LIST },
    { id: 'penalty', label: label('行政处罚', 'penalty decisions'), before: '行政处罚(?:的)?(?:本年)?(?:处理)?(?:案件)?(?:决定|案件|办件(?:量)?)?|(?<!行政)处罚(?:处理)?决定|作出[^，,；;。\\d]{0,12}?处罚(?:处理)?决定', table: 'proactive', cells: ['penalty:decisions'], generations: MODERN, units: DECISION_UNITS, unless: POWER_LIST },
    { id: 'otherServices', label: label('其他对外管理服务事项', 'other service decisions'), before: '其他对外管理服务事项(?:本年)?(?:处理)?(?:决定)?', table: 'proactive', cells: ['otherServices:decisions'], generations: ['gb2019'], units: DECISION_UNITS },
    // 收取行政事业性收费共计12.6万元: the table's amount is in 万元; an amount in 元 is not read.
    { id: 'fees', label: label('行政事业性收费', 'fees'), before: '(?:收取)?(?:的)?行政事业性收费(?:本年)?(?:收费)?(?:金额|总额|收入)?(?:共计|共|合计)?(?:收取|收入)?', table: 'proactive', cells: ['fees:amount'], generations: ['gb2021'], amount: true },
    // 行政事业性收费方面，本局全年收费金额5632.18万元: the row named before, its column alone.
    { id: 'fees', label: label('行政事业性收费', 'fees'), before: '(?:全年|本年(?:度)?)?收费(?:金额|总额)', table: 'proactive', cells: ['fees:amount'], generations: ['gb2021'], amount: true, context: ['行政事业性收费'] },
    { id: 'coercion', label: label('行政强制', 'coercion decisions'), before: '行政强制(?:的)?(?:本年)?(?:处理)?(?:决定|措施|案件)?|(?:行政)?强制措施决定|(?<!行政)强制(?:执行|处理)?决定|(?:采取|实施)[^，,；;。\\d]{0,8}?强制(?:执行)?措施', table: 'proactive', cells: ['coercion:decisions'], generations: MODERN, units: DECISION_UNITS, unless: POWER_LIST },
    // 旧版统计表
    // 通过门户网站主动公开政府信息41条: the website's figure, or the year's whole where the website is the only channel.
    { id: 'websiteProactive', label: label('政府网站公开政府信息', 'published on the website'), before: `${WEBSITE}(?:全年|本年|更新|累计|共)*主动公开(?:了)?(?:(?:各类)?(?:[\\u4e00-\\u9fa5]{1,6}?)?(?:政府)?信息|[^，,；;。\\d]{2,30}?等(?:方面)?(?:的)?(?:政府)?信息)?`, table: 'legacyStats', cells: ['channel.website'], orCells: ['proactive.total'], generations: LEGACY, unless: RUNNING_UP_TO },
    { id: 'website', label: label('政府网站公开政府信息', 'published on the website'), before: `${WEBSITE}(?:主动|全年|本年|更新|累计|共)*(?:公开|发布|新增|公布)(?:了)?(?:(?:各类)?(?:[\\u4e00-\\u9fa5]{1,6}?)?(?:政府)?信息)?`, table: 'legacyStats', cells: ['channel.website'], generations: LEGACY, unless: RUNNING_UP_TO },
    { id: 'gazette', label: label('政府公报公开政府信息', 'published in the gazette'), before: '(?:政府公报|政报)[”"》]?(?:上)?(?:全年|本年|共|累计)*(?:公开|发布|刊登|刊发|刊载)(?:了)?(?:[^，,；;。\\d]{0,16}?(?:信息|文件|规章)(?:等)?)?', table: 'legacyStats', cells: ['channel.gazette'], generations: LEGACY },
    // 政务微博微信发布214条: two channels joined, their sum (分别 gives each its own).
    { id: 'weibo+wechat', label: label('政务微博与政府微信公开政府信息', 'published on Weibo and WeChat'), before: '微博(?:和|、|及|与)?(?:政务)?微信(?:公众号)?(?:上)?(?:公开|发布)(?:(?:政府)?信息)?', table: 'legacyStats', cells: ['channel.weibo', 'channel.wechat'], generations: LEGACY, unless: ['分别'] },
    { id: 'weibo', label: label('政务微博公开政府信息', 'published on Weibo'), before: '(?<!微信)微博(?:上)?(?:全年|本年|共|累计|更新)*(?:公开|发布)(?:了)?(?:(?:各类)?(?:[\\u4e00-\\u9fa5]{1,6}?)?(?:政府)?信息)?', table: 'legacyStats', cells: ['channel.weibo'], generations: LEGACY },
    { id: 'wechat', label: label('政府微信公开政府信息', 'published on WeChat'), before: '(?<!微博)微信(?:公众号)?(?:上)?(?:全年|本年|共|累计|更新)*(?:公开|发布|推送)(?:了)?(?:(?:各类)?(?:[\\u4e00-\\u9fa5]{1,6}?)?(?:政府)?信息)?', table: 'legacyStats', cells: ['channel.wechat'], generations: LEGACY },
    {
      // 以公示栏、电子显示屏等方式公开政府信息52条: channels the table does not name (a list naming one it does is not this row).
      id: 'otherChannel', label: label('其他方式公开政府信息', 'published by other means'),
      before: '(?:其他|等)(?:方式|渠道|途径|形式)(?:主动)?(?:公开|发布)(?:了)?(?:(?:各类)?(?:政府)?信息)?',
      table: 'legacyStats', cells: ['channel.other'], generations: LEGACY, unless: ['(?:网站|网页|门户|公报|微博|微信)[^，,；;。]{0,30}等(?:方式|渠道|途径|形式)'],
    },
    // 分渠道看，政府网站1386条，政务微博472条，微信公众号208条，报纸、电台等其他渠道138条: channels named alone, in a
    // sentence about channels.
    ...CHANNEL_NOUNS.map(([id, noun, cell]) => ({ id, label: label(`${noun.split('|')[0]}公开政府信息`, `published: ${id}`), before: `(?:^|[，,、：:]|分渠道看)\\s*(?:${noun})(?:刊登|发布|公开)?`, table: 'legacyStats' as const, cells: [cell], generations: LEGACY, context: ['渠道|方式|途径|载体'] })),
    // 其中本年新增主动公开政府信息19条: the year's, beside a running total.
    { id: 'proactive', label: label('主动公开政府信息', 'information published proactively'), before: '(?:本年|当年|今年|本年度)(?:新增)?主动公开(?:发布)?(?:了)?(?:各类)?(?:政府)?信息', table: 'legacyStats', cells: ['proactive.total'], generations: LEGACY },
    { id: 'proactive', label: label('主动公开政府信息', 'information published proactively'), before: '主动公开(?<!历年[^，,；;。]{0,8}主动公开)(?:发布)?(?:和更新|和发布|并更新)?(?:了)?(?:各类)?(?:(?:涉)?[\\u4e00-\\u9fa5]{1,6}?(?:政府)?信息|(?:政府)?信息|[^，,；;。\\d]{2,30}?等(?:方面)?(?:的)?(?:政府)?信息)', table: 'legacyStats', cells: ['proactive.total'], generations: LEGACY,
      // 主动公开土地征收、出让公告等信息87条: its kinds listed before 等信息.
      // 整理、审核、发布17条主动公开政府信息: the figure before its noun.
      after: { lead: '(?:发布|公开)(?:了)?', follows: '^\\s*(?:的)?主动公开(?:的)?(?:政府)?信息' },
      // A running total over the years (截至年底累计…; 历年… in its own clause), not the year's.
      unless: RUNNING_UP_TO },
    // 全镇共公开政府信息118条: published with no means named (通过…, 在…网站, 公开栏), not on request and no running total (累计…), all of it.
    { id: 'proactive', label: label('主动公开政府信息', 'information published proactively'), before: `(?:新增|共计|共|全年)?(?:公开|发布)(?:了)?(?:各类)?(?:政府)?信息(?=[^，,；;。]{0,10}$)(?<!(?:(?:${MEANS}|累计|历年)[^，,；;。]{0,36}|(?:[予请意]|部分)(?:公开|发布)(?:了)?(?:各类)?(?:政府)?信息))`, table: 'legacyStats', cells: ['proactive.total'], generations: LEGACY,
      // A sentence naming a channel or an event (新闻发布会…，发布信息40条) leaves a bare 发布 unsure.
      unless: [...RUNNING_UP_TO, '依申请|发布会|网站|网|微博|微信|公报|公开栏|屏|媒体|报刊|电视|广播|平台|热线'] },
    { id: 'normativeIssued', label: label('制发规范性文件', 'normative documents issued'), before: `${ISSUED}(?:了)?(?:行政)?规范性文件`, table: 'legacyStats', cells: ['proactive.normativeIssued'], generations: LEGACY },
    { id: 'normativeProactive', label: label('主动公开规范性文件', 'normative documents published'), before: '主动公开(?:了)?规范性文件|^\\s*其中[，,：:]?\\s*(?:行政)?规范性文件', context: ['主动公开'], table: 'legacyStats', cells: ['proactive.normativeDocs'], generations: LEGACY },
    { id: 'received', label: label('收到申请', 'applications received'), before: RECEIVED, after: RECEIVED_AFTER, table: 'legacyStats', cells: ['applications.received'], generations: LEGACY, unless: NOT_HOTLINE, units: APPLICATION_UNITS },
    { id: 'received', label: label('收到申请', 'applications received'), after: AMONG_APPLICATIONS, table: 'legacyStats', cells: ['applications.received'], generations: LEGACY, units: APPLICATION_UNITS },
    // 已办结的63件中，按时办结61件; 在已答复的200宗中，同意公开132宗: the whole its parts follow.
    { id: 'processed', label: label('申请办结', 'applications closed'), after: wholeOf('办结'), table: 'legacyStats', cells: ['applications.closed'], generations: LEGACY, units: APPLICATION_UNITS },
    { id: 'answered', label: label('申请答复', 'answers'), after: wholeOf('答复|回复'), table: 'legacyStats', cells: ['replies.total'], generations: LEGACY, units: APPLICATION_UNITS },
    // 网上提交40件, 以信函方式提出3件, and the figure first: 6件经网上提出, 当面提出41件.
    ...APPLICATION_WAYS.map(([id, words, cell]) => ({
      id, label: label(`${words.split('|')[0]}申请`, `applications by ${id}`),
      before: `(?:通过|以|经|采取|采用)?${waysJoined(words)}${FORM}申请|(?:通过|以|经|采取|采用)?${waysJoined(words)}(?:平台|渠道)?(?:的)?(?:形式|方式)?(?:提出|提交|递交|寄送|送达|邮寄)(?:申请)?|(?:邮寄|寄送)(?:${words})`,
      after: { follows: `^\\s*(?:申请)?(?:是|为|系)?(?:通过|以|经|由|采取|采用)?(?:${words})(?:平台|渠道)?(?:的)?(?:形式|方式)?(?:提出|提交|递交|寄送|送达|申请)|^\\s*(?:为|系|是)(?:邮寄)?(?:${words})(?=[，,；;。]|$)` },
      table: 'legacyStats' as const, cells: [cell], generations: LEGACY,
    })),
    // 其中通过网络提交9份、传真3份: a channel's word alone, after another channel of the applications received.
    ...APPLICATION_CHANNELS.map(([id, words, cell]) => ({ id, label: label(`${words.split('|')[0]}申请`, `applications by ${id}`), before: `^(?:${words})`, table: 'legacyStats' as const, cells: [cell], generations: LEGACY, context: ['(?:网络|网上|信函|当面|传真)[^，,；;。]{0,4}(?:提交|提出|申请)|(?:提交|申请)方式'] })),
    { id: 'onTime', label: label('按时办结', 'closed on time'), before: '(?:按时|按期|在规定(?:时限|期限)内|在法定(?:时限|期限)内)(?:办结|答复)(?:申请)?', after: { follows: '^\\s*(?:申请)?(?:均)?(?:(?:在|于)(?:规定|法定)(?:的)?(?:时限|期限)内|按时|按期)(?:办结|答复)' }, table: 'legacyStats', cells: ['applications.onTime'], generations: LEGACY },
    { id: 'extended', label: label('延期办结', 'closed after an extension'), before: '(?:延期|延长期限)(?:办结|答复)(?:申请)?', after: { follows: '^\\s*(?:申请)?(?:经)?(?:延期|延长(?:答复)?期限)(?:后)?(?:办结|答复)' }, table: 'legacyStats', cells: ['applications.extended'], generations: LEGACY },
    { id: 'processed', label: label('申请办结', 'applications closed'), before: '(?:已|均已|全部)?(?:办结|办理完毕)(?:申请)?', table: 'legacyStats', cells: ['applications.closed'], generations: LEGACY, context: ABOUT_APPLICATIONS, contextInPrevious: true, unless: NOT_HOTLINE },
    { id: 'alreadyPublic', label: label('属于已主动公开范围', 'already public'), before: '(?:属于)?已(?:经)?主动公开(?:范围)?(?:[、，,]\\s*告知(?:申请人)?(?:获取|查询)(?:方式|途径|渠道))?(?:的)?', table: 'legacyStats', cells: ['replies.alreadyPublic'], generations: LEGACY },
    { id: 'granted', label: label('同意公开答复', 'granted'), before: `(?<![不部分])(?:同意公开|予以公开|准予公开)${ANSWER}`, after: { follows: '^\\s*(?:申请)?(?:被|获)?(?:同意公开|予以公开|准予公开)' }, table: 'legacyStats', cells: ['replies.granted'], generations: LEGACY },
    { id: 'partial', label: label('同意部分公开答复', 'partly granted'), before: `(?:同意)?部分公开${ANSWER}`, after: { follows: '^\\s*(?:申请)?(?:同意)?部分公开' }, table: 'legacyStats', cells: ['replies.partial'], generations: LEGACY },
    // 不同意公开的4件中，涉及商业秘密1件: the 2008 table's reasons for a refusal (before 不同意公开 itself, which they end in).
    ...REFUSALS.map(([id, words, alone]) => ({ id: `refused.${id}`, label: label(words.split('|')[0]!, `refused: ${id}`), after: { follows: `^\\s*(?:属于|涉及|系|为|因)?(?:${words})` }, before: `(?:因)?(?:涉及|属于)?(?:${words})(?:的)?(?:而)?(?:不同意公开|不予(?:以)?公开)?(?:的)?`, table: 'legacyStats' as const, cells: [`refused.${id}`], generations: LEGACY, context: [alone ? '不同意公开|不予(?:以)?公开|申请' : '不同意公开|不予(?:以)?公开'], contextInPrevious: true })),
    { id: 'refused', label: label('不同意公开答复', 'refused'), before: `(?:不同意公开|不予(?:以)?公开|否决公开)${ANSWER}`, after: { follows: '^\\s*(?:申请)?(?:不同意公开|不予(?:以)?公开)' }, table: 'legacyStats', cells: ['replies.refused'], generations: LEGACY },
    { id: 'notExist', label: label('申请信息不存在', 'information does not exist'), before: '(?:申请)?(?:的)?信息不存在(?:的)?', after: { follows: '^\\s*(?:所)?(?:申请)?(?:公开)?(?:的)?(?:政府)?信息(?:并)?不存在' }, table: 'legacyStats', cells: ['replies.notExist'], generations: LEGACY },
    { id: 'notThisBody', label: label('不属于本行政机关公开', 'not this body’s'), before: '(?:(?:申请内容)?不属于本(?:行政)?(?:机关|关|单位|部门|局|部|厅|委)(?:公开|职责)?(?:范围)?|非本(?:行政)?(?:机关|单位|部门|局|部|厅|委)(?:掌握|公开|职责(?:范围)?|(?:的)?(?:政府)?信息))(?:的)?', table: 'legacyStats', cells: ['replies.notThisBody'], generations: LEGACY },
    { id: 'amend', label: label('告知作出更改补充', 'asked to amend'), before: '告知(?:申请人)?(?:作出)?(?:更改|补充|更改补充|更改、补充)(?:申请)?(?:的)?', table: 'legacyStats', cells: ['replies.amend'], generations: LEGACY },
    { id: 'otherWay', label: label('告知通过其他途径办理', 'told another way'), before: '告知(?:申请人)?通过其他(?:途径|渠道|方式)(?:办理|获取)(?:的)?', table: 'legacyStats', cells: ['replies.otherWay'], generations: LEGACY },
    // 告知申请人向有关机关申请3件: the information is another body's.
    { id: 'notThisBody', label: label('不属于本行政机关公开', 'not this body’s'), before: '告知(?:申请人)?向(?:有关|相关|其他|有权)(?:行政)?机关(?:提出)?(?:申请)?(?:的)?', table: 'legacyStats', cells: ['replies.notThisBody'], generations: LEGACY },
    // 已答复93件: every answer, 申请答复数 (after the answers' own rows, so 同意公开答复 stays theirs).
    { id: 'answered', label: label('申请答复', 'answers'), before: '(?:已|均已|全部)?(?:作出|予以)?(?:答复|回复)(?:了)?(?:申请人)?(?:的)?(?:申请)?', table: 'legacyStats', cells: ['replies.total'], generations: LEGACY, context: ABOUT_APPLICATIONS, contextInPrevious: true, unless: NOT_HOTLINE },
    { id: 'review', label: label('行政复议', 'administrative reviews'), before: REVIEW_NOUN, after: REVIEW_AFTER, table: 'legacyStats', cells: ['review.total'], generations: LEGACY, context: ABOUT_CASES, unless: [...CASELOAD, ...REVIEWER_CASELOAD] },
    { id: 'suit', label: label('行政诉讼', 'lawsuits'), before: '(?:行政)?诉讼(?:案件|案)?|被(?:提起)?(?:诉讼|起诉)(?:的)?', after: SUIT_AFTER, table: 'legacyStats', cells: ['suit.total'], generations: LEGACY, context: ABOUT_CASES, unless: CASELOAD },
    // How they were decided: 维持具体行政行为 / 驳回原告诉讼请求, 被依法纠错, 其他情形.
    ...(['review', 'suit'] as const).flatMap((row) => [
      { id: `${row}Upheld`, label: label(row === 'review' ? '维持具体行政行为' : '维持或驳回诉讼请求', `${row}: upheld`), before: `${DECIDED}(?:被)?(?:依法)?(?:维持|驳回(?:原告)?(?:的)?(?:诉讼请求|起诉))(?:具体行政行为|原(?:具体)?行政行为|原答复)?`, table: 'legacyStats' as const, cells: [`${row}.upheld`], generations: LEGACY, context: [row === 'review' ? '复议' : '诉讼'], unless: [row === 'review' ? '诉讼' : '复议'] },
      { id: `${row}Corrected`, label: label('被依法纠错', `${row}: corrected`), before: CORRECTED, table: 'legacyStats' as const, cells: [`${row}.corrected`], generations: LEGACY, context: [row === 'review' ? '复议' : '诉讼'], unless: [row === 'review' ? '诉讼' : '复议'] },
      { id: `${row}Other`, label: label('其他情形', `${row}: other`), before: '(?:其他(?:情形|结果|方式结案)|撤回|撤诉)', table: 'legacyStats' as const, cells: [`${row}.other`], generations: LEGACY, context: [row === 'review' ? '复议' : '诉讼'], unless: [row === 'review' ? '诉讼' : '复议'] },
    ]),
    // The 2008 table's rows on responses, complaints, staff, budget, meetings and training, by their labels' words.
    { id: 'responses', label: label('回应公众关注热点或重大舆情', 'responses to public concerns'), before: '回应(?:了)?(?:社会|公众|群众)?(?:关注(?:的)?)?(?:热点(?:问题)?|重大舆情|热点(?:问题)?(?:或|和|及|、)(?:重大)?舆情)(?:问题|事件|信息)?', table: 'legacyStats', cells: ['response.total'], generations: LEGACY, units: [...EVENT_UNITS, '条'] },
    { id: 'pressConferences', label: label('参加或举办新闻发布会', 'press conferences'), before: `(?<!${LEADER}(?:[^，,；;。\\d]{0,4}))(?:(?:参加|召开|举办|举行|组织)(?:或|和|、)?)+(?:了)?(?:各类)?(?:[^，,；;。\\d]{0,6}?)(?:新闻)?发布会`, table: 'legacyStats', cells: ['response.pressConferences'], generations: LEGACY, units: EVENT_UNITS, unless: [HEAD_TAKES_PART] },
    { id: 'pressByLeader', label: label('主要负责人参加新闻发布会', 'press conferences with the head'), before: `${LEADER}(?:全年|本年度?|共)?(?:参加|出席|主持)(?:了)?(?:其中)?(?:新闻发布会|发布会)?`, table: 'legacyStats', cells: ['response.pressByLeader'], generations: LEGACY, units: EVENT_UNITS, context: ['发布会'], unless: [PRESS_AND_INTERVIEWS] },
    { id: 'pressByLeader', label: label('主要负责人参加新闻发布会', 'press conferences with the head'), before: '^\\s*(?:参加|出席|主持)(?:了)?(?:新闻)?发布会', table: 'legacyStats', cells: ['response.pressByLeader'], generations: LEGACY, units: EVENT_UNITS, context: [HEAD_TAKES_PART] },
    { id: 'interviews', label: label('政府网站在线访谈', 'online interviews'), before: `(?<!${LEADER}(?:[^，,；;。\\d]{0,6}))(?:组织|开展|举办)?(?:了)?(?:政府网站)?(?:在线|网上|网络)访谈(?:活动|节目)?`, table: 'legacyStats', cells: ['response.interviews'], generations: LEGACY, units: EVENT_UNITS, unless: [HEAD_TAKES_PART] },
    { id: 'interviewsByLeader', label: label('主要负责人参加政府网站在线访谈', 'online interviews with the head'), before: `${LEADER}(?:全年|本年度?|共)?(?:参加|做客|走进|出席)(?:了)?(?:其中)?(?:政府网站)?(?:(?:在线|网上|网络)?访谈)?`, table: 'legacyStats', cells: ['response.interviewsByLeader'], generations: LEGACY, units: EVENT_UNITS, context: ['访谈'], unless: [PRESS_AND_INTERVIEWS] },
    { id: 'interviewsByLeader', label: label('主要负责人参加政府网站在线访谈', 'online interviews with the head'), before: '^\\s*(?:参加|做客|走进|出席)(?:了)?(?:政府网站)?(?:在线|网上|网络)访谈(?:活动|节目)?', table: 'legacyStats', cells: ['response.interviewsByLeader'], generations: LEGACY, units: EVENT_UNITS, context: [HEAD_TAKES_PART] },
    { id: 'interpretations', label: label('政策解读稿件发布', 'policy explanations'), before: '(?:(?:发布|刊发|推出|编发|制作)(?:了)?(?:各类)?(?:政策)?解读(?:稿件|文章|材料|信息)?|政策解读(?:稿件|文章|材料)(?:发布)?(?:数)?)', table: 'legacyStats', cells: ['response.interpretations'], generations: LEGACY, units: ['篇', '条', '件', '期', '个', '份', '次'] },
    { id: 'complaints', label: label('举报投诉', 'complaints'), before: '(?:举报|投诉|举报投诉|投诉举报|申诉)(?:事项|案件)?(?:数量|数)?', table: 'legacyStats', cells: ['complaints'], generations: LEGACY, context: ['信息公开'], unless: NOT_HOTLINE, units: ['件', '起', '次', '个', '宗'] },
    { id: 'staff', label: label('从事政府信息公开工作人员', 'staff'), before: '(?<!(?:专|兼)职(?:的)?|培训[^，,；;。\\d]{0,6})(?:从事|负责)?(?:政府信息公开|信息公开|政务公开)(?:工作)?(?:的)?(?:工作)?人员', after: { follows: '^\\s*(?:同志|工作人员|人员|干部)?(?:负责|承担|从事)(?:政府信息公开|信息公开|政务公开)' }, table: 'legacyStats', cells: ['staff.total'], generations: LEGACY, units: PEOPLE_UNITS },
    { id: 'fullTime', label: label('专职人员', 'full-time staff'), before: `(?:专职|全职)${STAFF_NOUN}`, after: { follows: '^\\s*(?:的)?(?:专职|全职)(?:工作)?(?:人员)?' }, table: 'legacyStats', cells: ['staff.fullTime'], generations: LEGACY, units: PEOPLE_UNITS, context: [STAFF_CONTEXT] },
    // 专兼职工作人员96名: full-time and part-time together, the total.
    { id: 'staffBothKinds', label: label('专兼职人员', 'full-time and part-time staff'), before: `专(?:职)?(?:和|与|及|、)?兼职${STAFF_NOUN}`, table: 'legacyStats', cells: ['staff.total'], generations: LEGACY, units: PEOPLE_UNITS, context: [STAFF_CONTEXT] },
    { id: 'partTime', label: label('兼职人员', 'part-time staff'), before: `(?<!专(?:职)?(?:和|与|及|、)?)兼职${STAFF_NOUN}`, after: { follows: '^\\s*(?:的)?兼职(?:工作)?(?:人员|信息员|联络员)?' }, table: 'legacyStats', cells: ['staff.partTime'], generations: LEGACY, units: PEOPLE_UNITS, context: [STAFF_CONTEXT] },
    { id: 'readingPoints', label: label('设置政府信息公开查阅点', 'reading points'), before: '(?:(?:设置|设立|建立|开设|设有|建有)(?:了)?[^，,；;。\\d]{0,12}?)?(?:政府信息公开|政府信息|信息公开|政务公开)(?:查阅点|查阅场所|查阅室|查阅中心)|(?:设置|设立|建立|开设|设有|建有)(?:了)?(?:公共)?(?:查阅点|查阅场所|查阅室|查阅中心)', table: 'legacyStats', cells: ['org.readingPoints'], generations: LEGACY, units: ['个', '处'] },
    { id: 'units', label: label('政府信息公开工作专门机构', 'dedicated units'), before: '(?:政府信息公开|信息公开|政务公开)?(?:工作)?专门机构', table: 'legacyStats', cells: ['org.units'], generations: LEGACY, units: ['个', '家'] },
    { id: 'weiboWechatResponses', label: label('微博微信回应事件', 'responses on Weibo and WeChat'), before: '(?:微博|微信)(?:[、和及与]?(?:微信|微博))?(?:上)?(?:共|累计)?回应(?:了)?(?:社会|公众)?(?:关注|关切)?(?:的)?(?:热点)?(?:事件|热点)?', table: 'legacyStats', cells: ['response.weiboWechat'], generations: LEGACY, units: EVENT_UNITS },
    { id: 'otherResponses', label: label('其他方式回应事件', 'responses in other ways'), before: '(?:通过)?其他(?:方式|途径|渠道)回应(?:了)?(?:事件|热点)?', table: 'legacyStats', cells: ['response.other'], generations: LEGACY, units: EVENT_UNITS },
    // 依申请公开信息收取的费用: what applicants paid (检索、复制、邮寄), not what was waived (减免费用).
    { id: 'fees', label: label('依申请公开信息收取的费用', 'fees'), before: '(?:收取|收)(?:了)?(?:的)?[^，,；;。\\d]{0,16}?(?:费用|费)(?:总额|金额)?|收费(?:总额|金额)?', table: 'legacyStats', cells: ['fees'], generations: LEGACY, amount: true, units: ['元', '万元'], context: ['申请|信息公开|检索|复制'] },
    { id: 'budget', label: label('政府信息公开专项经费', 'budget'), before: '(?:政府信息公开|信息公开|政务公开)(?:工作)?(?:的)?专项(?:工作)?经费(?:投入|支出|安排|落实)?', table: 'legacyStats', cells: ['org.budget'], generations: LEGACY, amount: true },
    { id: 'meetings', label: label('召开政府信息公开工作会议', 'meetings'), before: '(?:组织)?(?:召开|举行)(?:了)?(?:政府信息公开|信息公开|政务公开)?(?:工作)?(?:专题)?(?:会议|工作会|推进会|专题会)(?:(?:或|和|、)(?:专题)?会议)?', table: 'legacyStats', cells: ['meetings'], generations: LEGACY, units: EVENT_UNITS, context: ['信息公开|政务公开'] },
    { id: 'trainings', label: label('举办培训班', 'training courses'), before: '(?:举办|组织|开展|举行)(?:了)?[^，,；;。\\d]{0,12}?培训(?:班|会)?', table: 'legacyStats', cells: ['trainings'], generations: LEGACY, units: ['期', '次', '场', '个', '班'] },
    { id: 'trainees', label: label('接受培训人员', 'people trained'), before: '(?:培训|参训|接受培训)(?:了)?(?:的)?(?:[^，,；;。\\d]{0,12}?(?:人员|干部|职工|骨干))?(?:人数)?', table: 'legacyStats', cells: ['trainees'], generations: LEGACY, units: PEOPLE_UNITS },
  ],
  rowNouns: {
    // The body naming itself, 未掌握, and 信息不存在 (the 2008 条例's word, told as 本机关不掌握 in gb2019 and gb2021).
    'unavailable.notHeld': '告知(?:申请人)?(?:向(?:有关|相关|其他|有权)(?:行政)?(?:机关|部门)(?:提出)?(?:申请)?|另行申请)(?:的)?|(?:因)?(?:告知(?:申请人)?)?(?:该|所申请的?|申请(?:公开)?的)?(?:政府)?(?:信息)?不属于(?:本|我)(?:机关|单位|部门|局|镇|乡|街道|办|委)(?:职责|职能|负责公开|掌握)(?:范围)?(?:的)?(?:[，,、]?(?:并)?告知(?:申请人)?(?:另行申请|向[^，,；;。\\d]{0,12}?申请)?)?(?:的)?|(?:所申请(?:的)?(?:政府)?信息)?(?:本机关|本单位|本部门|我局|本局|我办|本办|本府|[省市州县区旗镇乡]政府)?(?:并)?(?:不掌握|未掌握|非本机关掌握)(?:相关)?(?:政府)?(?:信息)?(?:[，,]?(?:并)?告知(?:申请人)?)?|(?:申请(?:公开)?的)?(?:政府)?信息不存在(?:并)?(?:告知(?:申请人)?)?',
    // The long labels of 其他处理 told short: 申请人逾期未补正的1件, 逾期未缴纳费用的0件.
    'other.noCorrection': `(?:(?:申请人)?(?:无正当理由)?逾期(?:未|不)(?:予)?补正|(?:申请人)?(?:在规定期限内|逾期)?未(?:按要求)?补正(?:材料)?)${NO_LONGER}`,
    'other.unpaidFee': `(?:(?:申请人)?逾期未(?:按收费通知(?:要求)?)?(?:缴纳|交纳|缴|交)(?:信息处理)?(?:费用|费)|(?:申请人)?未按收费通知(?:要求)?(?:缴纳|交纳)[^，,；;。、]{0,6}?费(?:用)?)${NO_LONGER}`,
    // Reasons in the report's own words, with how the applicant was told (属于行政查询事项、告知申请人通过查询渠道获取的4件).
    'withheld.internal': '(?:内部管理|内部事务)(?:类)?信息(?:的)?',
    'withheld.query': '告知(?:申请人|其)?通过查询(?:渠道|途径|方式)获取(?:的)?',
    'unavailable.needsCreation': '需(?:要)?(?:对现有(?:的)?(?:信息|数据|资料))?(?:进行)?(?:重新)?(?:汇总|加工|分析|统计)(?:、(?:汇总|加工|分析|统计))?(?:才能提供)?(?:的)?|(?:没有现成信息)?需(?:要)?另行制作(?:的)?',
    'unavailable.unclear': '(?:申请内容)?(?:经补正(?:后)?)?(?:申请内容)?(?:仍(?:然)?)?不明确(?:而)?(?:的)?',
    'notProcessed.complaint': '告知(?:申请人|其)?通过信访(?:等)?(?:渠道|途径)(?:反映|提出)(?:的)?|(?:属于)?信访[、，,]?举报[、，,]?投诉类(?:的)?(?:申请)?|(?:申请内容)?属于信访(?:类)?(?:诉求|事项|问题)(?:的)?',
    'notProcessed.publication': '(?:要求提供|索取|索要)(?:的)?公开出版物(?:的)?',
    'notProcessed.confirm': '(?:(?:属于)?已获取(?:的)?(?:政府)?信息[、，,]?)?要求(?:行政机关|本机关|我局|本局|我单位|本单位)?(?:对已获取(?:的)?(?:政府)?信息)?(?:确认或重新出具|重新出具或确认|重新出具)(?:其|申请人)?(?:已获取(?:的)?(?:政府)?信息)?(?:而)?(?:不予处理)?(?:的)?',
    // 以大量、反复申请方式提出且无正当理由的3件: the label's words in any order, the reason after them.
    'notProcessed.excessive': '(?:无正当理由(?:的)?)?(?:以)?大量[、和]?反复(?:提出)?申请[^，,；;。\\d]{0,16}?(?:的)?',
  },
  columnGroups: [
    { words: '法人或其他组织|法人和其他组织|法人或者其他组织|法人', en: 'legal persons and other organisations', columns: ['commercial', 'research', 'nonprofit', 'legalService', 'otherOrg'] },
  ],
  applicantWords: { 律师事务所: 'legalService', 律所: 'legalService', 企业: 'commercial', 公民个人: 'natural', 公民: 'natural', 个人: 'natural', 其他组织: 'otherOrg' },
  rowWords: [
    { table: 'proactive', row: 'rules', words: '(?:政府|部门)?规章' },
    { table: 'proactive', row: 'normativeDocs', words: '(?:行政)?规范性文件' },
  ],
  columnWords: [
    { table: 'proactive', column: 'made', words: '(?:本年)?(?:新)?制作(?:数量)?', generations: ['gb2019'] },
    { table: 'proactive', column: 'published', words: '(?:本年)?新公开(?:数量)?', generations: ['gb2019'] },
    { table: 'proactive', column: 'totalPublic', words: '(?:对外)?公开总数(?:量)?', generations: ['gb2019'] },
    { table: 'proactive', column: 'issued', words: '(?:本年(?:度)?)?(?:新)?(?:制发|印发|出台|新制定|制定(?:或修订|和修订|、修订)?|修订)(?:件数)?', generations: ['gb2021'] },
    { table: 'proactive', column: 'repealed', words: '(?:本年)?(?:宣布|决定|予以|清理)?(?:废止(?:[、和及或]失效)?|失效[、和及或]废止)(?:失效文件|文件)?(?:件数)?', generations: ['gb2021'] },
    { table: 'proactive', column: 'inForce', words: '(?:(?:截至)?(?:年底|年末)?(?:现行有效|有效存续|现行存续)(?:的)?)(?:件数|数)?', generations: ['gb2021'] },
    // Table 四's results after its total: "行政诉讼案件4起，其中维持3起，尚未审结1起" (the 2008 table has no 尚未审结).
    { table: 'reviewLitigation', column: 'upheld', words: `${DECIDED}(?:被)?(?:予以|依法)?(?:维持(?:原(?:具体)?(?:行政)?行为|原(?:答复|处理决定|决定))?|(?:作出)?维持(?:的)?决定|驳回(?:原告)?(?:的)?(?:起诉或)?(?:诉讼请求|起诉))(?:的)?`, generations: MODERN },
    { table: 'reviewLitigation', column: 'corrected', words: `${DECIDED}(?:被)?(?:依法)?(?:纠正|纠错|撤销|(?:确认违法(?:或|、|和)?)?责令重新答复|确认违法|责令(?:其)?改正)(?:的)?`, generations: MODERN },
    { table: 'reviewLitigation', column: 'other', words: `(?:(?:[^，,；;。\\d]{0,8}?等)?其他结果|其他情形|(?:以)?其他方式结案|终止(?:审理|复议)|(?:原告)?(?:主动)?(?:撤诉|撤回起诉)|${WITHDRAWN_CASE_ENDED})(?:的)?`, generations: MODERN },
    { table: 'reviewLitigation', column: 'pending', words: '(?:尚未审结|未审结|尚在审理(?:中)?|正在审理(?:中)?|审理中|尚在办理(?:中)?|正在办理(?:中)?|仍在办理(?:中)?|尚未作出(?:复议)?决定)(?:的)?', generations: MODERN },
    { table: 'legacyStats', column: 'upheld', words: `${DECIDED}(?:被)?(?:予以|依法)?(?:维持(?:原)?(?:具体行政行为)?(?:或(?:者)?驳回(?:原告)?(?:诉讼请求)?)?|驳回(?:原告)?(?:的)?诉讼请求)(?:的)?`, generations: LEGACY },
    { table: 'legacyStats', column: 'corrected', words: '(?:被)?(?:依法)?(?:纠正|纠错)(?:的)?', generations: LEGACY },
    { table: 'legacyStats', column: 'other', words: `(?:其他情形|(?:以)?其他方式结案|(?:原告)?(?:主动)?(?:撤诉|撤回起诉)|${WITHDRAWN_CASE_ENDED})(?:的)?`, generations: LEGACY },
  ],
  rates: [
    {
      id: 'closureRate', label: label('办结率', 'closure rate'), before: '办结率|办复率', table: 'applications',
      numerator: ['processedTotal:total'], denominator: ['received:total', 'carriedOver:total'],
      statedNumerator: 'processed', statedDenominator: ['received', 'carriedOver'], generations: MODERN, context: ABOUT_APPLICATIONS,
    },
    {
      id: 'closureRate', label: label('办结率', 'closure rate'), before: '办结率', table: 'legacyStats',
      numerator: ['applications.closed'], denominator: ['applications.received'],
      statedNumerator: 'processed', statedDenominator: ['received'], generations: LEGACY, context: ABOUT_APPLICATIONS,
    },
  ],
  sums: [['received', 'carriedOver']],
  categoriesTotal: 'processed',
  jointVerbs: [
    { words: `${RECEIVE}(?:并|和|及|且|、)(?:按时|按期|依法|及时)?(?:完成)?(?:申请)?(?:办结|答复|办理完毕)`, ids: ['received', 'processed'] },
    // 收到并办理12件: 办理 closes them, unless the sentence gives the closed ones a figure of their own (，办结11件).
    { words: `${RECEIVE}(?:并|和|及|且|、)(?:按时|按期|依法|及时)?(?:申请)?(?:办理|处理)`, ids: ['received', 'processed'], unless: ['(?:办理|处理)[^。；;]*?[\\d零〇一二两三四五六七八九十]+\\s*件[^。；;]*(?:办结|答复|办理完毕)[^。；;]*?[\\d零〇一二两三四五六七八九十]'] },
  ],
  nones: noneEntries(),
  scope: {
    region: '全(国|省|自治区|市|州|盟|县|区|旗|镇|乡|苏木|街道|系统)',
    self: '^(?:本|我)(?:机关|单位|部门|分局|局|办|委|中心|镇|乡|街道|街|区|县|市|府|厅|院|所|(?:支|大)?队|关|站)',
    // 办 ends a body (镇社会事务办), not a verb (办理、办结).
    bodyEnding: '(?:局|委员会|委|办公室|办(?![理结法公件])|中心|镇|乡|街道|办事处|政府|厅|院|所(?![指谓在有属需述涉申提要])|(?:调查|支|大|总)队)',
    partLead: '(?:其中|包括|含)',
    // 其中市本级收到642件, 其中旗政府本级8件: the government's own level, beside its region's other units.
    level: '[省市州盟县区旗镇乡](?:人民)?(?:政府)?本级',
    // 隶属海关: a customs house's subordinate houses; 14个镇街: its places counted; 全区镇街: its places alone.
    subordinates: `各(?:级|地(?:[（(]市[)）])?|盟市|地市|市州|州市|市县|乡镇|苏木|乡|镇|街道|部门|单位|县市区|县区|县|区|市|盟|州|旗|村|社区)|隶属(?:各)?(?:海关|单位|机构)|${PLACES_COUNTED}(?:乡镇|镇街|街道|苏木镇|镇|乡|苏木)|(?<=全[省市州盟县区旗])(?:${PLACES_ALONE})(?![^，,；;。\\d]{0,6}(?:和|及|与|、)[^，,；;。\\d]{0,4}(?:部门|单位|直))`,
    // 全区各街道, 全区14个镇街, 全区镇街: one kind of a region's places, alone a part of it (not 全县各乡镇各部门).
    oneKindOfPlace: `(?:各|${PLACES_COUNTED})(?:街道|乡镇|镇街|苏木镇|镇|乡|苏木|村|社区)|${PLACES_ALONE}`,
    ownLevel: '(自治区|[省市州盟县区旗镇乡])(?:人民)?(?:政府)?(?:办公[室厅])?本级',
    direct: '(?:自治区|[省市州盟县区旗])直(?:属)?(?:各)?(?:机关|部门|单位)',
    ownOrgan: '(?:[省市州盟县区旗])?(?:局|厅|委)机关(?:本级)?',
  },
};

function noneEntries() {
  /** 无 before a term, but not 无法 / 无正当理由. */
  const NOT = '(?:无(?!法|正当|需)|没有|未发生|未有|未出现|不存在|均未|从未|暂无)';
  const REVIEW_NONE = `${NOT}[^，,；;。]{0,20}?行政复议`;
  const SUIT_NONE = `${NOT}[^，,；;。]{0,24}?诉讼`;
  const RECEIVED_NONE = '(?:未|没有|尚未)(?:收到|接到|受理|接收)[^，,；;。]{0,30}?申请|(?:无|没有)(?:收到)?(?:依申请公开|政府信息公开申请)';
  const UPHELD = '(?:均|全部|都)(?:获|被|予以|得到)?(?:依法)?维持';
  return [
    { id: 'noReview', label: label('行政复议', 'administrative reviews'), pattern: REVIEW_NONE, titleTerm: '行政复议', table: 'reviewLitigation', cells: ['review:total'], generations: MODERN },
    { id: 'noSuit', label: label('行政诉讼', 'lawsuits'), pattern: SUIT_NONE, titleTerm: '诉讼', table: 'reviewLitigation', cells: SUITS.map((g) => `${g}:total`), generations: MODERN },
    { id: 'noApplication', label: label('收到申请', 'applications received'), pattern: RECEIVED_NONE, table: 'applications', cells: ['received:total'], generations: MODERN },
    { id: 'allUpheld', label: label('行政复议结果纠正或其他结果', 'reviews corrected or otherwise decided'), pattern: UPHELD, table: 'reviewLitigation', cells: ['review:corrected', 'review:other'], generations: MODERN, context: ['复议'] },
    { id: 'allUpheld', label: label('行政诉讼结果纠正或其他结果', 'lawsuits corrected or otherwise decided'), pattern: UPHELD, table: 'reviewLitigation', cells: SUITS.flatMap((g) => [`${g}:corrected`, `${g}:other`]), generations: MODERN, context: ['诉讼'] },
    { id: 'noReview', label: label('行政复议数量', 'administrative reviews'), pattern: REVIEW_NONE, titleTerm: '行政复议', table: 'legacyStats', cells: ['review.total'], generations: LEGACY },
    { id: 'noSuit', label: label('行政诉讼数量', 'lawsuits'), pattern: SUIT_NONE, titleTerm: '诉讼', table: 'legacyStats', cells: ['suit.total'], generations: LEGACY },
    { id: 'noApplication', label: label('收到申请数', 'applications received'), pattern: RECEIVED_NONE, table: 'legacyStats', cells: ['applications.received'], generations: LEGACY },
    { id: 'allUpheld', label: label('行政复议被依法纠错或其他情形', 'reviews corrected or otherwise decided'), pattern: UPHELD, table: 'legacyStats', cells: ['review.corrected', 'review.other'], generations: LEGACY, context: ['复议'] },
    { id: 'allUpheld', label: label('行政诉讼被依法纠错或其他情形', 'lawsuits corrected or otherwise decided'), pattern: UPHELD, table: 'legacyStats', cells: ['suit.corrected', 'suit.other'], generations: LEGACY, context: ['诉讼'] },
  ];
}
