/**
 * What a read or a check gives back when it can refuse: the value, or why not, as a message written for
 * the reader. One shape for every import, parse and plan, so a refusal passes up unchanged
 * (`if (!read.ok) return read;`).
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** A refusal; a Result of any value type. */
export const fail = (error: string): Result<never> => ({ ok: false, error });
