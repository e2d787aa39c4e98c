/**
 * The terms of the article the project grew from (corpus text pakistan-afghan-talks-fo-statement.txt)
 * that a newcomer needs explained, as written there, with the entry each must resolve to.
 */
export const MUST_HAVE_TERMS: readonly [term: string, entryId: string][] = [
  ['TTP', 'ttp'],
  ['Tehreek-e-Taliban Pakistan', 'ttp'],
  ['FaK', 'fitna-al-khawarij'],
  ['Fitna-al-Khawarij', 'fitna-al-khawarij'],
  ['BLA', 'bla'],
  ['FaH', 'fitna-al-hindustan'],
  ['Fitna-al-Hindustan', 'fitna-al-hindustan'],
  ['Afghan Taliban', 'afghan-taliban'],
  ['Taliban regime', 'afghan-taliban'],
  ['Foreign Office', 'foreign-office'],
  ['FO', 'foreign-office'],
  ['Khawaja Asif', 'khawaja-asif'],
  ['Turkiye', 'turkiye'],
  ['Qatar', 'qatar'],
  ['talks in Doha', 'doha-talks-2025'],
  ['talks in Istanbul', 'istanbul-talks-2025'],
  ['Istanbul', 'istanbul'],
  ['October 15 ceasefire', 'oct-2025-border-clashes'],
  ['Zarb-i-Azb', 'zarb-e-azb'],
  ['Gul Bahadur group', 'gul-bahadur-group'],
  ['Chaman-Spin Boldak', 'chaman-spin-boldak'],
  ['Pashtoon nationalism', 'pashtun-nationalism'],
  ['Pashtoons', 'pashtuns'],
  ['Balochistan', 'balochistan'],
  ['Kabul', 'kabul'],
  ['Islamabad', 'islamabad'],
];

export const ARTICLE_TEXT = 'pakistan-afghan-talks-fo-statement.txt';
