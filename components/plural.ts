/** "1 note", "3 notes": English plurals for counts shown to the reader. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}
