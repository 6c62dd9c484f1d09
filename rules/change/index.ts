import type { Rule } from '../../src/rule.ts';
import accessEntryReplaced from './access-entry-replaced/rule.ts';
import authModeDowngrade from './auth-mode-downgrade/rule.ts';
import bootstrapAdminChanged from './bootstrap-admin-changed/rule.ts';
import lastAdminRemoved from './last-admin-removed/rule.ts';
import nodeAccessRemoved from './node-access-removed/rule.ts';

export const changeRules: Rule[] = [authModeDowngrade, nodeAccessRemoved, bootstrapAdminChanged, accessEntryReplaced, lastAdminRemoved];
