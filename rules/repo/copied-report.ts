import { z } from 'zod';
import type { Lang } from '../../src/engine/rule.js';
import { sentencePosition } from '../../src/repo/fingerprint.js';
import { defineRepoRule, type RepoReportInput } from '../../src/repo/rule.js';
import { shareProse, type SharedProse } from '../../src/repo/shared-prose.js';
import type { RepoSummary } from '../../src/repo/summary.js';

const options = z
  .object({
    /** Share of a report's distinctive text found in the other report that counts as copied. */
    minShare: z.number().gt(0).max(1).default(0.6),
    /** Reports with fewer distinctive sentences are too short to judge. */
    minSentences: z.number().int().min(1).default(5),
    /** A sentence in more reports than this is fixed wording; default: 5% of the run, between 3 and 50. */
    maxReportsPerSentence: z.number().int().min(2).optional(),
    /** Also compare reports of different bodies of the same year. */
    otherBodies: z.boolean().default(true),
  })
  .strict();

/** How many related places show the copied passages. */
const PASSAGES = 3;

/** Text copied from the body's previous report, or from another body's report of the same year (内容雷同). */
export default defineRepoRule({
  meta: {
    id: 'repo/copied-report',
    family: 'repo',
    description: {
      zh: '报告文字与本机关上一份报告或同年其他机关的报告大量相同（内容雷同）',
      en: 'The text largely repeats the body\'s previous report or another body\'s report of the same year',
    },
    recommended: 1,
    generations: ['legacy', 'gb2019', 'gb2021'],
    messages: {
      previous: {
        zh: '与本机关 {otherYear} 年的报告内容雷同：{share} 的文字（{sentences} 句）相同',
        en: 'Largely the same text as this body\'s {otherYear} report: {share} of the text ({sentences} sentences)',
      },
      otherBody: {
        zh: '与{otherBody} {otherYear} 年的报告内容雷同：{share} 的文字（{sentences} 句）相同',
        en: 'Largely the same text as the {otherYear} report of {otherBody}: {share} of the text ({sentences} sentences)',
      },
      passage: { zh: '相同的文字', en: 'the same passage' },
    },
  },
  needs: { sentences: true },
  options,
  checkRepository({ repository, options: settings, lang, emit }) {
    const reports = repository.reports;
    const body = reports.map((report) => repository.bodyOf(report));
    const previousYear = reports.map((report) => repository.previous(report)[0]?.year ?? NaN);
    const year = reports.map((report) => report.year!);
    const sameBody = (a: number, b: number) => body[a] === body[b];
    const eligible = (a: number, b: number) =>
      sameBody(a, b) ? previousYear[a] === year[b] || previousYear[b] === year[a] : settings.otherBodies && year[a] === year[b];
    const maxReports = settings.maxReportsPerSentence ?? Math.min(50, Math.max(3, Math.ceil(reports.length * 0.05)));
    const shared = shareProse(reports, maxReports, eligible);
    const judge = (copier: number, source: number, weight: number) => {
      if (shared.count[copier] < settings.minSentences || weight / shared.weight[copier] < settings.minShare) return;
      const finding = findingFor(reports[copier]!, reports[source]!, shared, lang);
      const share = `${Math.round((100 * weight) / shared.weight[copier])}%`;
      emit({ ...finding, messageId: sameBody(copier, source) ? 'previous' : 'otherBody', data: { ...finding.data, share } });
    };
    // In report order, whatever order the index met the pairs in: findings come out the same every run.
    for (const [key, weight] of [...shared.pairs].sort((x, y) => x[0] - y[0])) {
      const a = Math.floor(key / reports.length);
      const b = key % reports.length;
      // The later report of a body copies the earlier; between bodies of one year, each has the other's text.
      if (!sameBody(a, b) || year[a] > year[b]) judge(a, b, weight);
      if (!sameBody(a, b) || year[b] > year[a]) judge(b, a, weight);
    }
  },
});

/** The finding in the copier at its first copied sentence, with the longest copied passages of the source. */
function findingFor(copier: RepoSummary, source: RepoSummary, shared: SharedProse, lang: Lang): Omit<RepoReportInput, 'messageId'> & { data: Record<string, string | number> } {
  const inSource = new Map<number, number>();
  source.prose.hashes.forEach((hash, i) => {
    if (!shared.boilerplate.has(hash) && !inSource.has(hash)) inSource.set(hash, i);
  });
  const copied = new Set<number>();
  let first: number | undefined;
  copier.prose.hashes.forEach((hash, i) => {
    if (!inSource.has(hash)) return;
    copied.add(hash);
    first ??= i;
  });
  const passages = [...copied]
    .map((hash) => inSource.get(hash)!)
    .sort((x, y) => source.prose.weights[y]! - source.prose.weights[x]! || x - y)
    .slice(0, PASSAGES);
  return {
    filePath: copier.filePath,
    position: sentencePosition(copier.prose, first!),
    data: { otherBody: source.body ?? (lang === 'zh' ? '其他机关' : 'another body'), otherYear: source.year!, sentences: copied.size },
    related: passages.map((i) => ({ filePath: source.filePath, position: sentencePosition(source.prose, i), messageId: 'passage' })),
  };
}
