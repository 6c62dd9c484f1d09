import type { Rule } from '../../src/rule.ts';
import parseError from './parse-error/rule.ts';
import invalidIgnore from './invalid-ignore/rule.ts';
import unusedIgnore from './unused-ignore/rule.ts';

export const inputRules: Rule[] = [parseError, invalidIgnore, unusedIgnore];
