/** Template leftovers, as data: each pattern with what it stands for (shown in the message). */
export const PLACEHOLDERS: Array<{ pattern: RegExp; zh: string; en: string }> = [
  { pattern: /20[XxＸｘ×＊*]{2}\s*年/g, zh: '未填的年份', en: 'an unfilled year' },
  { pattern: /(?<![A-Za-z0-9./:])(?:[XxＸｘ]{2,}|×{2,}|＊{2,}|\*{2,}|某某)(?=[镇乡县区市州省局委办村街]|单位|机关|部门|人民政府|同志)/g, zh: '未填的名称', en: 'an unfilled name' },
  { pattern: /【[^】]{0,10}(?:名称|单位|机关|填写|日期|年份|时间)[^】]{0,10}】|\[(?:单位|机关|名称)[^\]]{0,10}\]/g, zh: '模板中的填写提示', en: 'a fill-in prompt of the template' },
  { pattern: /[（(]\s*(?:填写|请填写|此处填写)[^）)]{0,20}[）)]/g, zh: '模板中的填写提示', en: 'a fill-in prompt of the template' },
  { pattern: /[＿_]{3,}/g, zh: '空白横线', en: 'a blank to fill in' },
];

/** A character every placeholder above contains (or 填写): a unit without one needs no closer look. */
export const PLACEHOLDER_MARK = /[XxＸｘ×＊*某【\[＿_]|填写/;
