import type { Rule } from '../../src/rule.ts';
import foreignAccount from './foreign-account/rule.ts';
import iamUserForbidden from './iam-user-forbidden/rule.ts';
import unapprovedAdmin from './unapproved-admin/rule.ts';

export const policyRules: Rule[] = [unapprovedAdmin, foreignAccount, iamUserForbidden];
