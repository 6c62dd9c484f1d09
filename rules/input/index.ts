import type { Rule } from '../../src/rule.ts';
import parseError from './parse-error/rule.ts';

export const inputRules: Rule[] = [parseError];
