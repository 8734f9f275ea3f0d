import type { FileFailure } from './diagnostic.js';
import { renderMessage } from './messages.js';
import type { Lang, MessageTemplate } from './rule.js';

export type FailureReason = FileFailure['reason'];

/** Why a file was not checked, in both languages; `{detail}` carries the system's own words. */
const FAILURE_MESSAGES: Record<FailureReason, MessageTemplate> = {
  'not-found': { zh: '文件不存在，或没有匹配的文件', en: 'No such file, or nothing matched' },
  'no-reports': { zh: '这里没有可检查的报告文件', en: 'No report files to check here' },
  unreadable: { zh: '无法读取文件（{detail}）', en: 'Cannot read the file ({detail})' },
  empty: { zh: '文件为空', en: 'The file is empty' },
  binary: { zh: '不是文本文件（包含二进制内容）', en: 'Not a text file (binary content)' },
  'unsupported-type': { zh: '不支持的文件类型（支持 {detail}）', en: 'Unsupported file type (supported: {detail})' },
  'no-text-layer': {
    zh: 'PDF 没有文字层（扫描件或图片版），无法读取文字；请使用带文字的 PDF 或原始文档（OCR 不在本工具范围内）',
    en: 'The PDF has no text layer (a scan or images): its text cannot be read; use a PDF with text or the original document (OCR is out of scope)',
  },
  'not-a-report': {
    zh: '未识别为政府信息公开工作年度报告（没有标题、章节或统计表）',
    en: 'Not recognised as an annual report on government information disclosure (no title, parts or tables)',
  },
  'parse-error': { zh: '解析失败：{detail}', en: 'Parsing failed: {detail}' },
  'rule-crash': { zh: '检查时出错：{detail}', en: 'Checking failed: {detail}' },
  // The limits of docs/reliability.md: what any file may cost, whoever made it.
  'too-large': { zh: '文件超出大小上限，未检查（{detail}）', en: 'The file exceeds the size limit and was not checked ({detail})' },
  'too-deep': { zh: '文件嵌套层级超出上限，未检查（{detail}）', en: 'The file nests deeper than the limit and was not checked ({detail})' },
  'too-many-findings': { zh: '提示超过上限，只列出前 {detail}', en: 'Too many findings: only the first {detail} are listed' },
  'too-slow': { zh: '检查超出时间上限，只列出已得到的提示（{detail}）', en: 'Checking took longer than the limit; only the findings so far are listed ({detail})' },
  'read-too-slow': { zh: '读取文件超出时间上限，未检查（{detail}）', en: 'Reading the file took longer than the limit; it was not checked ({detail})' },
};

/** A rule that threw, as its finding says it (the file is still checked by the other rules). */
const RULE_CRASH: MessageTemplate = { zh: '规则运行出错：{detail}', en: 'Rule crashed: {detail}' };

export function ruleCrashMessage(lang: Lang, detail: string): string {
  return renderMessage(RULE_CRASH, lang, { detail });
}

export function fileFailure(reason: FailureReason, lang: Lang, detail = ''): FileFailure {
  return { reason, message: renderMessage(FAILURE_MESSAGES[reason], lang, { detail }) };
}
