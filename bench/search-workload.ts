/** What the popup search is timed on, in the browsers (bench/run.ts) and in Node (bench/search-node.ts). */
export const SEARCH_QUERIES = [
  'tehrik talibn',
  'chamen',
  'zarb e azb',
  'khawaja asif',
  'durand line',
  'fitna al khawarij',
  'balochistan',
];
/** Notes (one per entry, on the real glossary plus generated own terms). */
export const SEARCH_NOTES = 1_000;
