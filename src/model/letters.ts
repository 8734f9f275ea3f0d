import { lettersOnly } from '../knowledge/normalize.js';
import { Memo } from './memo.js';
import { paragraphsOf } from './query.js';
import type { Paragraph, Report } from './types.js';

/** A paragraph and its text as lettersOnly folds it. */
export interface FoldedParagraph {
  paragraph: Paragraph;
  letters: string;
}

/** Folded once per report: the prose fingerprint and structure/duplicate-paragraph compare the same letters. */
const foldedOfReport = new Memo((report: Report) => paragraphsOf(report.children).map((paragraph) => ({ paragraph, letters: lettersOnly(paragraph.text) })));

/** Every paragraph of the report, in document order, with its letters. */
export const foldedParagraphs = (report: Report): FoldedParagraph[] => foldedOfReport.get(report);
