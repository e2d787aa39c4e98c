import type { Category } from '@/utils/glossary/types';

export const CATEGORY_LABELS: Record<Category, string> = {
  group: 'Group',
  person: 'Person',
  place: 'Place',
  crossing: 'Border crossing',
  operation: 'Military operation',
  institution: 'Institution',
  movement: 'Movement',
  event: 'Event',
  agreement: 'Agreement',
  designation: 'Designation',
  party: 'Political party',
  law: 'Law or court case',
  concept: 'Term',
};
