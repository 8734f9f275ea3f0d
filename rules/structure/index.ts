import type { Rule } from '../../src/engine/rule.js';
import duplicateParagraph from './duplicate-paragraph.js';
import emptySection from './empty-section.js';
import headingSequence from './heading-sequence.js';
import partCount from './part-count.js';
import requiredSections from './required-sections.js';
import sectionOrder from './section-order.js';

export const structureRules: Rule[] = [requiredSections, sectionOrder, headingSequence, duplicateParagraph, emptySection, partCount];
