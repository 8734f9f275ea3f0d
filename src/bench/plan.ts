import { random, yearsOf, type Base, type Defect, type Format, type ReportSpec } from './synth.js';

/** Share of reports (or bodies, for gaps) given each defect. */
const RATES = { gap: 0.01, carry: 0.02, inForce: 0.02, balance: 0.02, copyPrevious: 0.01, copyOther: 0.01 };

/**
 * `count` reports: bodies take the bases in turn, five years each; half are text, a quarter
 * Markdown, a quarter HTML. A few bodies miss a middle year; a few reports carry a defect.
 */
export function plan(bases: Base[], count: number): ReportSpec[] {
  const specs: ReportSpec[] = [];
  for (let body = 0; specs.length < count; body++) {
    const base = bases[body % bases.length]!;
    const years = yearsOf(base);
    const gap = random(body, 11)() < RATES.gap ? years[2] : undefined;
    for (const year of years) {
      if (year === gap || specs.length === count) continue;
      const next = random(body, year, 13);
      const roll = next();
      const format: Format = roll < 0.5 ? 'txt' : roll < 0.75 ? 'md' : 'html';
      const later = year !== years[0];
      const hasTables = base.report.facts.generation !== 'legacy';
      const defects = (['carry', 'inForce', 'balance'] as Defect[]).filter((defect) => hasTables && (defect !== 'carry' || later) && next() < RATES[defect]);
      const copy = next();
      const proseFrom =
        later && copy < RATES.copyPrevious ? { body, year: year - 1 }
        : body >= bases.length && copy > 1 - RATES.copyOther ? { body: body - bases.length, year }
        : undefined;
      specs.push({ base, body, year, format, ...(defects.length && { defects }), ...(proseFrom && { proseFrom }) });
    }
  }
  return specs;
}
