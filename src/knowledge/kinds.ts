/** The format generations, oldest first (docs/formats.md). */
export const GENERATIONS = ['legacy', 'gb2019', 'gb2021'] as const;
export type Generation = (typeof GENERATIONS)[number];

/** The table kinds the model recognises, in the order the parser tries them; keys follow docs/formats.md. */
export const TABLE_KINDS = ['applications', 'reviewLitigation', 'proactive', 'legacyStats'] as const;
export type TableKind = (typeof TABLE_KINDS)[number];
