import type { Rule } from '../../src/engine/rule.js';
import feeStatement from './fee-statement.js';
import foreignBody from './foreign-body.js';
import placeholder from './placeholder.js';
import wrongDomainTerm from './wrong-domain-term.js';

export const contentRules: Rule[] = [foreignBody, placeholder, wrongDomainTerm, feeStatement];
