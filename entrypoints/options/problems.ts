import type { z } from '../../lib/zod';
import { t } from '../../lib/i18n/t';

type Issue = z.core.$ZodIssue;

/**
 * A validation problem as a sentence a recruiter can act on: the field by its label and the limit it
 * broke ("Engagement weight: at most 10"), in the reader's language. zod's own messages are English
 * and name the field by its code path.
 */
export function fieldProblem(field: string, issue: Issue): string {
  switch (issue.code) {
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return t('options.field.tooLong', { field, max });
      if (issue.origin === 'array' || issue.origin === 'set') return t('options.field.tooMany', { field, max });
      return t('options.field.tooBig', { field, max });
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string' || issue.origin === 'array') return t('options.field.required', { field });
      return t('options.field.tooSmall', { field, min });
    }
    case 'invalid_type':
      return issue.expected === 'number' || issue.expected === 'int' ? t('options.field.notNumber', { field }) : t('options.field.invalid', { field });
    case 'custom':
      return t('options.field.problem', { field, problem: issue.message });
    default:
      return t('options.field.invalid', { field });
  }
}
