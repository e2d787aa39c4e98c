import { POPOVER_HELLO_ATTEMPTS, POPOVER_HELLO_INTERVAL_MS } from '@/utils/constants';
import type { PopoverCommand, PopoverEvent } from '@/utils/messaging/messages';

/**
 * Waits for the content script's private MessagePort. The connect message must carry the token the
 * content script put in this frame's URL hash, which the page cannot read (the iframe sits in a closed
 * shadow root), so a page posting its own port to this frame is ignored.
 */
export function connectToContentScript(
  onCommand: (command: PopoverCommand) => void,
): (event: PopoverEvent) => void {
  const token = location.hash.slice(1);
  let port: MessagePort | null = null;
  const queue: PopoverEvent[] = [];
  const onMessage = (event: MessageEvent) => {
    const data = event.data as { type?: unknown; token?: unknown } | null;
    if (port || !token || data?.type !== 'newsgloss-connect' || data.token !== token || !event.ports[0])
      return;
    window.removeEventListener('message', onMessage);
    port = event.ports[0];
    port.onmessage = (e: MessageEvent<PopoverCommand>) => onCommand(e.data);
    port.postMessage({ type: 'ready' } satisfies PopoverEvent);
    for (const queued of queue.splice(0)) port.postMessage(queued);
  };
  window.addEventListener('message', onMessage);
  // Tell the content script this page now listens; repeat a few times in case it was not listening yet.
  let hellos = 0;
  const hello = () => {
    if (port || hellos++ >= POPOVER_HELLO_ATTEMPTS) return;
    window.parent.postMessage({ type: 'newsgloss-popover-hello' }, '*');
    setTimeout(hello, POPOVER_HELLO_INTERVAL_MS);
  };
  hello();
  return (event) => {
    if (port) port.postMessage(event);
    else queue.push(event);
  };
}
