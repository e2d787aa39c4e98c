import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { describeSetAside, findSetAside } from '@/utils/backup/set-aside';

/**
 * One line saying which stored records could not be read (damaged, or from a newer version) and were set
 * aside; nothing when all is well. Rechecked whenever storage changes.
 */
export function SetAsideNotice({ className }: { className?: string }) {
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    let active = true;
    const check = () =>
      void findSetAside().then((keys) => {
        if (active) setMessage(describeSetAside(keys));
      });
    check();
    const onChanged = (_changes: unknown, area: string) => {
      if (area === 'local') check();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      active = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  if (message === null) return null;
  return (
    <p class={`set-aside-notice ${className ?? ''}`.trim()} role="status">
      {message}
    </p>
  );
}
