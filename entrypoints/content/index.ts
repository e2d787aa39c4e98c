import { fetchBundledGlossary } from '@/utils/glossary/fetch-compiled';
import { Highlights } from '@/utils/glossing/highlights';
import { GlossingSession } from '@/utils/glossing/session';
import { readStoredState } from '@/utils/glossing/stored-state';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const startedAt = performance.now();
    if (!Highlights.supported || !document.documentElement) return;
    const [glossaryFile, stored] = await Promise.all([fetchBundledGlossary(), readStoredState()]);
    // Reloaded or updated while the glossary was on its way: the old script must not start.
    if (ctx.isInvalid) return;
    new GlossingSession(ctx, glossaryFile, stored, startedAt).start();
  },
});
