import type { TransferMessage } from '@/components/use-file-import';

/** What an import, export or deletion came to: an alert for an error, a status otherwise. */
export function TransferNotice({ message, class: extra }: { message: TransferMessage; class?: string }) {
  if (!message) return null;
  const error = message.kind === 'error';
  const look = error ? 'error' : 'muted';
  return (
    <p class={extra ? `${look} ${extra}` : look} role={error ? 'alert' : 'status'}>
      {message.text}
    </p>
  );
}
