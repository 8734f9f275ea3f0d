import { claim, type PhrasebookEntry } from './entry.js';

const A = 'applications';
const R = 'reviewLitigation';
const P = 'proactive';
const L = 'legacyStats';
const SUITS = ['suitDirect:total', 'suitAfterReview:total'];
const COUNTY = '某县人民政府';
const odd = (generation: PhrasebookEntry['generation'], body: string, sentence: string, ...claims: PhrasebookEntry['claims']): PhrasebookEntry => ({ generation, body, sentence, claims });

/** Hand-written sentences in shapes the generator does not make: orders, notes, ellipses, other bodies. */
export const ODD_ONES: PhrasebookEntry[] = [
  odd('gb2021', COUNTY, '全年共收到10件依申请公开请求，2022年结转政府信息公开申请2件，共办结10件，结转2024年度继续办理2件。',
    claim(A, ['received:total'], 10, '件', 'own'), claim(A, ['carriedOver:total'], 2, '件', 'own'), claim(A, ['processedTotal:total'], 10, '件', 'own'), claim(A, ['carriedForward:total'], 2, '件', 'own')),
  odd('gb2021', COUNTY, '收到的8份申请均为自然人申请。', claim(A, ['received:total'], 8, '份', 'own')),
  odd('gb2021', '某市某区人民政府', '本年度予以公开答复966件，占66.48%；部分公开67件，占4.61%。', claim(A, ['granted:total'], 966, '件', 'own'), claim(A, ['partial:total'], 67, '件', 'own')),
  odd('gb2021', COUNTY, '因本机关不掌握相关政府信息无法提供1件。', claim(A, ['unavailable.notHeld:total'], 1, '件', 'own')),
  odd('gb2021', '某市某区人民政府', '2023年，区政府办公室共收到8份政府信息公开申请。', claim(A, ['received:total'], 8, '份', 'own')),
  odd('gb2021', COUNTY, '县司法局全年办理行政复议案件50件。'),
  odd('gb2021', COUNTY, '全年无因政府信息公开引起的行政复议和行政诉讼。'),
  odd('gb2021', COUNTY, '其中，县发改局受理申请14件，占全县申请总量的41%。', claim(A, ['received:total'], 14, '件', 'part')),
  odd('gb2019', '某街道办事处', '2020年度我街办未接到提出公开政府信息的申请。'),
  odd('gb2021', COUNTY, '全县共受理依申请公开62件（其中上年结转3件）。', claim(A, ['received:total', 'carriedOver:total'], 62, '件', 'own'), claim(A, ['carriedOver:total'], 3, '件', 'own')),
  odd('gb2021', '某市某区人民政府', '共完成政府信息依申请公开答复1453件，包括上年结转信息公开申请30件。', claim(A, ['processedTotal:total'], 1453, '件', 'own'), claim(A, ['carriedOver:total'], 30, '件', 'own')),
  odd('gb2021', '某乡人民政府', '收到依申请公开申请0条。', claim(A, ['received:total'], 0, '条', 'own')),
  odd('gb2021', '某市人民政府', '全市共收到政府信息申请公开件658件，因政府信息公开引起的行政复议22件、行政诉讼案件1件。',
    claim(A, ['received:total'], 658, '件', 'own'), claim(R, ['review:total'], 22, '件', 'own'), claim(R, SUITS, 1, '件', 'own')),
  odd('gb2021', '某市教育局', '全市共收到政府信息申请公开件658件，因政府信息公开引起的行政复议22件、行政诉讼案件1件。',
    claim(A, ['received:total'], 658, '件', 'region'), claim(R, ['review:total'], 22, '件', 'region'), claim(R, SUITS, 1, '件', 'region')),
  odd('legacy', '某市地震局', '我局2010年共主动公开政府信息175条，其中全文电子化率达100%。', claim(L, ['proactive.total'], 175, '条', 'own')),
  odd('legacy', '某市地震局', '在主动公开的信息中，业务动态类信息175条，占总体的比例为100%。'),
  odd('legacy', '某市地震局', '全年接受公民、法人及其他组织政府信息公开方面的咨询2070人次。'),
  odd('legacy', '某市文化局', '2009年收到政府信息公开申请1条。', claim(L, ['applications.received'], 1, '条', 'own')),
  odd('gb2019', COUNTY, '本年新制作规范性文件0件、新公开0件、对外公开总数量15件。',
    claim(P, ['normativeDocs:made'], 0, '件', 'own'), claim(P, ['normativeDocs:published'], 0, '件', 'own'), claim(P, ['normativeDocs:totalPublic'], 15, '件', 'own')),
  odd('gb2021', COUNTY, '本年度制发行政规范性文件12件，废止2件，现行有效41件。',
    claim(P, ['normativeDocs:issued'], 12, '件', 'own'), claim(P, ['normativeDocs:repealed'], 2, '件', 'own'), claim(P, ['normativeDocs:inForce'], 41, '件', 'own')),
  odd('gb2021', COUNTY, '属于四类过程性信息不予公开3件。', claim(A, ['withheld.process:total'], 3, '件', 'own')),
  odd('gb2021', '某镇人民政府', '受理群众政府信息公开申请共计5件，均为自然人申请。', claim(A, ['received:total'], 5, '件', 'own')),
  odd('gb2021', COUNTY, '本年度无上年结转申请，亦无结转下年度申请。'),
  odd('gb2021', COUNTY, '因政府信息公开被申请行政复议1起，目前正在审理中。', claim(R, ['review:total'], 1, '起', 'own')),
  odd('gb2021', COUNTY, '全年发生政府信息公开行政诉讼案件0件。', claim(R, SUITS, 0, '件', 'own')),
  odd('gb2021', '某市某区人民政府办公室', '其中，予以公开2件，部分公开2件，本办不掌握相关政府信息2件。',
    claim(A, ['granted:total'], 2, '件', 'own'), claim(A, ['partial:total'], 2, '件', 'own'), claim(A, ['unavailable.notHeld:total'], 2, '件', 'own')),
  odd('gb2021', '某市某区人民政府', '通过“区政府门户网站”发布信息4583条，其中主动公开各类政府信息2107条。'),
  odd('legacy', '某市人民政府', '本年度共受理政府信息公开申请23件，其中当面申请14件，以传真形式申请1件，以信函形式申请8件。',
    claim(L, ['applications.received'], 23, '件', 'own'), claim(L, ['applications.inPerson'], 14, '件', 'own'), claim(L, ['applications.fax'], 1, '件', 'own'), claim(L, ['applications.letter'], 8, '件', 'own')),
  odd('gb2021', COUNTY, '全年共受理政府信息公开申请 1,208 件，较上年增长 15.3%。', claim(A, ['received:total'], 1208, '件', 'own')),
  odd('gb2021', COUNTY, '收到申请约300件。', claim(A, ['received:total'], 300, '件', 'own')),
  odd('gb2021', COUNTY, '县政府网站全年发布信息2.3万条。'),
  odd('gb2019', COUNTY, '2020年，我县新收政府信息公开申请七十三件，比上年增加十一件。', claim(A, ['received:total'], 73, '件', 'own')),
  odd('gb2021', COUNTY, '全县行政机关作出行政处罚决定3.2万件。', claim(P, ['penalty:decisions'], 32000, '件', 'own')),
  odd('gb2021', '某县教育局', '县人民政府办公室受理政府信息公开申请26件。', claim(A, ['received:total'], 26, '件', 'other')),
  odd('legacy', '某县人民政府', '申请办结19件，其中按时办结17件，延期办结2件。',
    claim(L, ['applications.closed'], 19, '件', 'own'), claim(L, ['applications.onTime'], 17, '件', 'own'), claim(L, ['applications.extended'], 2, '件', 'own')),
  odd('legacy', '某镇人民政府', '2013年度，我镇通过镇政府网站主动公开政府信息86条。', claim(L, ['channel.website'], 86, '条', 'own')),
  odd('gb2021', COUNTY, '（三）政府信息管理。全年清理过期信息320条，规范性文件清理6件。'),
  odd('gb2021', COUNTY, '予以公开３件，不予公开１件（属于国家秘密）。', claim(A, ['granted:total'], 3, '件', 'own'), claim(A, ['withheld.*:total'], 1, '件', 'own')),
  odd('gb2021', '某省人民政府', '2021年，省政府及省政府办公厅共制发规章4件、行政规范性文件11件，废止规章9件、行政规范性文件2件。',
    claim(P, ['rules:issued'], 4, '件', 'own'), claim(P, ['normativeDocs:issued'], 11, '件', 'own'), claim(P, ['rules:repealed'], 9, '件', 'own'), claim(P, ['normativeDocs:repealed'], 2, '件', 'own')),
  odd('gb2021', COUNTY, '全年收到政府信息依申请公开7件，上年转结1件，其中网络申请4件，信函申请3件。', claim(A, ['received:total'], 7, '件', 'own'), claim(A, ['carriedOver:total'], 1, '件', 'own')),
  odd('gb2021', COUNTY, '全年收到政府信息公开申请6件。全年办理行政复议案件40件。', claim(A, ['received:total'], 6, '件', 'own')),
];
