/**
 * Wording that belongs to one kind of body's report. In another body's report it is text left
 * over from the report it was copied from (seed 004: a township writing 政府统计信息).
 */
export const DOMAIN_TERMS = [
  {
    term: '政府统计信息',
    replacement: '政府信息',
    /** Bodies whose own reports may say it. */
    ownerPattern: '统计',
    domain: { zh: '统计部门', en: 'a statistics body' },
  },
];
