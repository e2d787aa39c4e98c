import { useEffect, useState } from 'preact/hooks';
import { describeSetAside } from '@/utils/backup/set-aside';
import { watchSetAside } from '@/utils/backup/store';

/**
 * One line saying which stored records could not be read (damaged, or from a newer version) and were set
 * aside; nothing when all is well. Rechecked whenever storage changes.
 */
export function SetAsideNotice({ className }: { className?: string }) {
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => watchSetAside((keys) => setMessage(describeSetAside(keys))), []);
  if (message === null) return null;
  return (
    <p class={`set-aside-notice ${className ?? ''}`.trim()} role="status">
      {message}
    </p>
  );
}
