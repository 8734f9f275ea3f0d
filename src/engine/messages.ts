import type { Lang, MessageTemplate } from './rule.js';

/** Fills `{name}` placeholders; a placeholder without data is a bug in the rule, so it throws. */
export function fillTemplate(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in data)) throw new Error(`message placeholder {${name}} has no data`);
    return String(data[name]);
  });
}

export function renderMessage(template: MessageTemplate, lang: Lang, data?: Record<string, string | number>): string {
  return fillTemplate(template[lang], data);
}
