/** One problem found in a pack, naming where it is so a pack author can fix it. */
export interface SchemaProblem {
  /** e.g. 'entry "ttp"' or 'pack' */
  where: string;
  field: string;
  message: string;
}
