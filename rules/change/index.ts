import type { Rule } from '../../src/rule.ts';
import nodeAccessRemoved from './node-access-removed/rule.ts';

export const changeRules: Rule[] = [nodeAccessRemoved];
