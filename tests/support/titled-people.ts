import type { Entry } from '@/utils/glossary/types';
import { testEntry } from './test-entries';

/** A person entry with the given short forms (titles among them). */
export const person = (id: string, headword: string, shortForms: Entry['shortForms']): Entry =>
  testEntry({ id, headword, category: 'person', shortForms });

/** Holders of Pakistan's top offices, each with his titles: the resolver's title tests read with them. */
export const TITLED_PEOPLE = [
  person('shehbaz-sharif', 'Shehbaz Sharif', [
    { text: 'Prime Minister', title: true },
    { text: 'PM', title: true },
  ]),
  person('imran-khan', 'Imran Khan', [{ text: 'Prime Minister', title: true }]),
  person('asif-ali-zardari', 'Asif Ali Zardari', [{ text: 'President', title: true }]),
  person('ishaq-dar', 'Ishaq Dar', [
    { text: 'Deputy Prime Minister', title: true },
    { text: 'Foreign Minister', title: true },
  ]),
];
