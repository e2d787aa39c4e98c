import { describe, expect, it } from 'vitest';
import { messageForCommand } from '@/utils/messaging/commands';
import { isTabMessage } from '@/utils/messaging/messages';

describe('messageForCommand', () => {
  it('turns the next/previous-term commands into step messages for the tab', () => {
    expect(messageForCommand('next-term')).toEqual({ type: 'step-term', direction: 1 });
    expect(messageForCommand('previous-term')).toEqual({ type: 'step-term', direction: -1 });
  });

  it('ignores unknown commands', () => {
    expect(messageForCommand('_execute_action')).toBeNull();
  });
});

describe('isTabMessage', () => {
  it('accepts the messages the content script answers and rejects anything else', () => {
    expect(isTabMessage({ type: 'terms-on-page' })).toBe(true);
    expect(isTabMessage({ type: 'reveal-term', entryId: 'ttp' })).toBe(true);
    expect(isTabMessage({ type: 'step-term', direction: 1 })).toBe(true);
    expect(isTabMessage({ type: 'step-term', direction: 2 })).toBe(false);
    expect(isTabMessage({ type: 'reveal-term' })).toBe(false);
    expect(isTabMessage(null)).toBe(false);
    expect(isTabMessage('terms-on-page')).toBe(false);
  });

  it("does not take a content script's request to the background for a command (the welcome page hears both)", () => {
    expect(isTabMessage({ type: 'toggle-site' })).toBe(true);
    expect(isTabMessage({ type: 'toggle-site', host: 'dawn.com' })).toBe(false);
  });
});
