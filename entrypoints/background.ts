import { browser } from 'wxt/browser';
import { messageForCommand } from '@/utils/commands';
import type { TabMessage } from '@/utils/messages';

export default defineBackground(() => {
  browser.commands.onCommand.addListener((command, tab) => {
    const message = messageForCommand(command);
    if (message) void sendToTab(tab?.id, message);
  });
});

async function sendToTab(tabId: number | undefined, message: TabMessage): Promise<void> {
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  // A tab without the content script (a browser page, a PDF) has no one to answer: nothing to do.
  await browser.tabs.sendMessage(id, message).catch(() => undefined);
}
