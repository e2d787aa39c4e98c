import { storage } from '#imports';

/** Written by the content script when it starts on a page: lets tests (and a curious reader) see it ran. */
export interface ContentReady {
  at: number;
  protocol: string;
}

export const contentReadyItem = storage.defineItem<ContentReady | null>('local:contentReady', {
  fallback: null,
});
