import { describe, expect, it } from 'vitest';
import { fail, ok, type Result } from '@/utils/result';

describe('Result', () => {
  it('ok holds the value, fail the message', () => {
    expect(ok([1])).toEqual({ ok: true, value: [1] });
    expect(fail('No.')).toEqual({ ok: false, error: 'No.' });
  });

  it('passes a refusal up unchanged, whatever the value type', () => {
    const read: Result<string> = fail('Not JSON.');
    const parse = (): Result<number> => (read.ok ? ok(read.value.length) : read);
    expect(parse()).toBe(read);
  });
});
