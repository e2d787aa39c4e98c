import { contentReadyItem } from '@/utils/storage/diagnostics';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main() {
    await contentReadyItem.setValue({ at: Date.now(), protocol: location.protocol });
  },
});
