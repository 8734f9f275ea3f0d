/**
 * Letters a template writes for a blank: XX, ××, ＊＊, 某某, ○○ (one X before 月/日: X月X日). 〇 is
 * also the numeral zero (二〇〇八年): two of them count only away from other numerals.
 */
const BLANK = '(?:[XxＸｘ]{2,}|×{2,}|＊{2,}|\\*{2,}|□{2,}|某某|[○◯]{2,}|(?<![零〇一二三四五六七八九十])〇{2,}(?![零〇一二三四五六七八九十]))';
/** Things counted: what an unfilled figure stands before (X条, （  ）件). */
const COUNTED = '(?:万元|元|人次|人|名|位|件|条|个|次|份|期|场|篇|项|家|户|%|％)';
/** Not part of a web address, a Latin word or a figure (XXL, www.xx.gov.cn, 3×4). */
const FREE = '(?<![A-Za-z0-9./:_-])';

/**
 * Template leftovers, as data: each pattern with what it stands for (shown in the message), in
 * order of precedence: a later pattern's match inside an earlier one's is not reported again.
 */
export const PLACEHOLDERS: Array<{ pattern: RegExp; zh: string; en: string }> = [
  // A document number left as the template had it: 〔20XX〕XX号, 〔2023〕×号, 〔〕号.
  { pattern: new RegExp(`〔\\s*〕\\s*(?:第\\s*)?\\d{0,4}\\s*号|[〔\\[［（(]\\s*(?:20)?[XxＸｘ×＊*]{2,4}\\s*[〕\\]］）)]\\s*(?:第\\s*)?[XxＸｘ×＊*\\d]{0,4}\\s*号|[〔\\[［]\\s*(?:19|20)\\d{2}\\s*[〕\\]］]\\s*(?:第\\s*)?[XxＸｘ×＊*]{1,4}\\s*号`, 'g'), zh: '未填的文号', en: 'an unfilled document number' },
  { pattern: new RegExp(`20[XxＸｘ×＊*]{2}\\s*年度?|${FREE}(?:[XxＸｘ]{2,4}|×{2,4}|＊{2,4})\\s*年度?(?!龄)`, 'g'), zh: '未填的年份', en: 'an unfilled year' },
  { pattern: new RegExp(`${FREE}(?:[XxＸｘ×＊*]{1,2}|某)\\s*月\\s*(?:[XxＸｘ×＊*]{1,2}|某)\\s*日|${FREE}(?:[XxＸｘ×＊*]{1,2})\\s*月(?=份|底|初|中旬|上旬|下旬|[，,。])|(?:20)?[＿_]{2,}\\s*年|[＿_]+\\s*月\\s*[＿_]+\\s*日`, 'g'), zh: '未填的日期', en: 'an unfilled date' },
  { pattern: new RegExp(`${FREE}${BLANK}(?=\\s*(?:[镇乡县区市州省局委办村街]|单位|机关|部门|人民政府|同志|科|股|室|中心))`, 'g'), zh: '未填的名称', en: 'an unfilled name' },
  // One X, one asterisk or a short blank line is a blank only right before a thing counted: 共公开信息X条, x名, *件, ＿＿元.
  { pattern: new RegExp(`${FREE}(?:${BLANK}|[XxＸｘ](?![A-Za-z])|(?<![\\d*＊])[*＊]|[＿_]{2,})(?=\\s*${COUNTED})|[（(][\\s\u3000]*[）)](?=\\s*${COUNTED})`, 'g'), zh: '未填的数字', en: 'an unfilled figure' },
  // A run of capital X's outside a Latin word: 0000-XXXXXXX.
  { pattern: /×{2,}|＊{2,}|□{2,}|某某|[○◯]{2,}|(?<![A-Za-z])[XＸ]{3,}(?![A-Za-z])|[（(][\s\u3000]{2,}[）)]/g, zh: '未填的内容', en: 'an unfilled blank' },
  { pattern: /【\s*】|【[^】]{0,10}(?:名称|单位|机关|填写|日期|年份|时间|数量|数字|插入|此处|补充|姓名|电话|联系人|联系方式|地址|邮编|号码|金额|人数|件数|文号)[^】]{0,10}】|\[(?:单位|机关|名称)[^\]]{0,10}\]|[{｛][\u4e00-\u9fa5]{2,10}[}｝]/g, zh: '模板中的填写提示', en: 'a fill-in prompt of the template' },
  { pattern: /[（(]\s*(?:(?:请|此处|在此)?(?:填写|插入|粘贴|补充|列出)[^）)]{0,20}|(?:请|此处|在此)[^）)]{0,4}(?:填写|插入|粘贴|补充|列出)[^）)]{0,20}|(?:单位|机关|部门|乡镇|街道)(?:全称|名称)|(?:本单位|本机关)名称|如有|可选|选填|根据实际情况[^）)]{0,12}|(?:示例|举例|样例|范例)[：:][^）)]{0,60})\s*[）)]/g, zh: '模板中的填写提示', en: 'a fill-in prompt of the template' },
  { pattern: /此处填写|(?:请)?在此处(?:简要|简单|具体)?(?:填写|说明|列出|列明|插入|补充|描述|概述|简述)|请(?:简要|简单)?(?:说明|列出|列明|描述|概述|简述)本(?:单位|机关|部门|地区)|请(?:根据|结合)(?:本单位|本机关|本部门|本地)?(?:的)?实际(?:情况)?(?:填写|修改|补充|撰写|编写|完善|调整)|字数(?:控制在|不超过|不少于|限)\s*\d+\s*字|(?:填写|替换)(?:为|成)?(?:本单位|本机关)(?:的)?(?:名称|实际)/g, zh: '模板中的说明文字', en: 'an instruction of the template' },
  { pattern: /[＿_]{3,}/g, zh: '空白横线', en: 'a blank to fill in' },
];

/** A character every placeholder above contains (or 填写, 实际, 如有, 此处…, blank brackets): a unit without one needs no closer look. */
export const PLACEHOLDER_MARK = /[XxＸｘ×＊*某【\[＿_○◯□{｛]|示例|举例|样例|范例|字数|〇〇|填写|实际|如有|可选|选填|名称|全称|此处|在此|请(?:简要|简单)?(?:说明|列出|列明|描述|概述|简述)|〔\s*〕|[（(][\s\u3000]*[）)]/;
