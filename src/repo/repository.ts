import { aliasResolver, type BodyAliases } from './bodies.js';
import type { RepoSummary } from './summary.js';

/** Reports with a year, grouped by body (aliases applied) and year; reports without a body stand alone. */
export class Repository {
  readonly reports: RepoSummary[];
  /** body → year → reports of that year (sorted by path). */
  private readonly bodies = new Map<string, Map<number, RepoSummary[]>>();
  private readonly bodyOfReport = new Map<RepoSummary, string>();

  constructor(summaries: RepoSummary[], aliases: BodyAliases = {}) {
    const resolve = aliasResolver(aliases);
    this.reports = summaries.filter((summary) => summary.year !== undefined).sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
    for (const report of this.reports) {
      const body = report.body === undefined ? `\0${report.filePath}` : resolve(report.body);
      this.bodyOfReport.set(report, body);
      let years = this.bodies.get(body);
      if (!years) this.bodies.set(body, (years = new Map()));
      const list = years.get(report.year!);
      if (list) list.push(report);
      else years.set(report.year!, [report]);
    }
  }

  /** Body key of a report (the file path for a report whose body was not recognised). */
  bodyOf(report: RepoSummary): string {
    return this.bodyOfReport.get(report)!;
  }

  /** Every body with its years in increasing order. */
  *byBody(): Generator<{ body: string; years: Array<[number, RepoSummary[]]> }> {
    for (const [body, years] of this.bodies) yield { body, years: [...years].sort((a, b) => a[0] - b[0]) };
  }

  /** The same body's reports for year − 1 (consecutive years only). */
  lastYear(report: RepoSummary): RepoSummary[] {
    return this.bodies.get(this.bodyOf(report))?.get(report.year! - 1) ?? [];
  }

  /** The same body's reports of its latest earlier year, however far back. */
  previous(report: RepoSummary): RepoSummary[] {
    const years = this.bodies.get(this.bodyOf(report))!;
    let best: number | undefined;
    for (const year of years.keys()) if (year < report.year! && (best === undefined || year > best)) best = year;
    return best === undefined ? [] : years.get(best)!;
  }
}
