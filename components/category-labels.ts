import type { Category } from '@/utils/glossary/types';
import type { MessageKey } from '@/utils/i18n/en';
import { t } from '@/utils/i18n/t';

const CATEGORY_MESSAGES = {
  group: 'category_group',
  person: 'category_person',
  place: 'category_place',
  crossing: 'category_crossing',
  operation: 'category_operation',
  institution: 'category_institution',
  movement: 'category_movement',
  event: 'category_event',
  agreement: 'category_agreement',
  designation: 'category_designation',
  party: 'category_party',
  law: 'category_law',
  concept: 'category_concept',
} as const satisfies Record<Category, MessageKey>;

/**
 * Each category's label in the reader's language. Getters: the message is read when a label is shown,
 * not when this module loads, so nothing asks the browser for text before the page can answer.
 */
export const CATEGORY_LABELS: Readonly<Record<Category, string>> = Object.defineProperties(
  {} as Record<Category, string>,
  Object.fromEntries(
    Object.entries(CATEGORY_MESSAGES).map(([category, key]) => [
      category,
      { get: () => t(key), enumerable: true },
    ]),
  ),
);
