import { z } from 'zod';
import { defineRepoRule } from '../../src/repo/rule.js';
import { cellOf, cellValue } from '../../src/repo/summary.js';

const KINDS = [
  { key: 'rules', zh: '规章', en: 'rules' },
  { key: 'normativeDocs', zh: '行政规范性文件', en: 'normative documents' },
] as const;

/** 现行有效件数(t) ≈ 现行有效件数(t−1) + 本年制发(t) − 本年废止(t); a warning because amendments blur it. */
export default defineRepoRule({
  meta: {
    id: 'repo/in-force-continuity',
    family: 'repo',
    description: {
      zh: '表二规章、行政规范性文件：现行有效件数应等于上一年度现行有效件数 + 本年制发 − 本年废止',
      en: 'Table 2 rules and normative documents: in force = last year\'s in force + issued − repealed',
    },
    recommended: 1,
    generations: ['gb2021'],
    messages: {
      gap: {
        zh: '{kind}现行有效件数 {inForce}，但按 {previousYear} 年的 {previous} + 本年制发 {issued} − 本年废止 {repealed} 应为 {expected}',
        en: '{kind} in force {inForce}, but {previousYear}\'s {previous} + issued {issued} − repealed {repealed} gives {expected}',
      },
      previous: { zh: '{previousYear} 年报告：现行有效件数 {previous}', en: '{previousYear} report: in force {previous}' },
      issued: { zh: '本年制发 {issued}', en: 'issued {issued}' },
      repealed: { zh: '本年废止 {repealed}', en: 'repealed {repealed}' },
    },
  },
  needs: { cells: { proactive: KINDS.map((kind) => kind.key) } },
  options: z.object({ tolerance: z.number().int().min(0).default(0) }).strict(),
  checkRepository({ repository, options, lang, emit }) {
    for (const report of repository.reports) {
      for (const previous of repository.lastYear(report)) {
        for (const kind of KINDS) {
          const inForceValue = cellValue(report, `${kind.key}:inForce`);
          const issuedValue = cellValue(report, `${kind.key}:issued`);
          const repealedValue = cellValue(report, `${kind.key}:repealed`);
          const beforeValue = cellValue(previous, `${kind.key}:inForce`);
          // Any blank figure leaves nothing to compare.
          if (inForceValue == null || issuedValue == null || repealedValue == null || beforeValue == null) continue;
          const expected = beforeValue + issuedValue - repealedValue;
          if (Math.abs(inForceValue - expected) <= options.tolerance) continue;
          // Places are looked up only for a finding.
          const inForce = cellOf(report, `${kind.key}:inForce`)!;
          const issued = cellOf(report, `${kind.key}:issued`)!;
          const repealed = cellOf(report, `${kind.key}:repealed`)!;
          const before = cellOf(previous, `${kind.key}:inForce`)!;
          if (!inForce.position) continue;
          const data = { kind: kind[lang], inForce: inForceValue, previousYear: previous.year!, previous: beforeValue, issued: issuedValue, repealed: repealedValue, expected };
          const related = [
            { filePath: previous.filePath, position: before.position, messageId: 'previous', data },
            { filePath: report.filePath, position: issued.position, messageId: 'issued', data },
            { filePath: report.filePath, position: repealed.position, messageId: 'repealed', data },
          ].flatMap((place) => (place.position ? [{ ...place, position: place.position }] : []));
          emit({ filePath: report.filePath, position: inForce.position, messageId: 'gap', data, related });
        }
      }
    }
  },
});
