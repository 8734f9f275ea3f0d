/** Kinds of reporting body, whose publication deadlines differ (formats.md 'Dates and deadlines'). */
export const BODY_TYPES = ['department', 'government', 'township'] as const;
export type BodyType = (typeof BODY_TYPES)[number];

/** Deadline (MM-DD of the year after the report's) per body type for gb2019/gb2021 reports, and for every legacy report. */
export const PUBLICATION_DEADLINES: Readonly<Record<BodyType | 'legacy', string>> = { department: '01-31', government: '03-31', township: '01-31', legacy: '03-31' };
