import type { Rule } from '../../src/rule.ts';
import crossAccountNode from './cross-account-node/rule.ts';
import groupsOnNonStandard from './groups-on-non-standard/rule.ts';
import sessionNameColon from './session-name-colon/rule.ts';

export const accessEntryRules: Rule[] = [sessionNameColon, groupsOnNonStandard, crossAccountNode];
