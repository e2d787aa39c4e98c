import { render } from 'preact';
import { loadBundledPacks } from '@/utils/glossary/bundled';
import type { OwnTerm } from '@/utils/own-terms/own-term';
import { allEntries } from '@/utils/glossary/runtime-glossary';
import { getOwnTerms, watchOwnTerms } from '@/utils/own-terms/store';
import '@/components/term-card.css';
import './popover.css';
import { connectToContentScript } from './connection';
import { Popover } from './Popover';

const bundled = loadBundledPacks().packs;
const root = document.getElementById('app')!;
// Re-rendering with the reader's own terms keeps the popover's state; connect is stable, so the
// connection to the content script is made once.
const show = (ownTerms: readonly OwnTerm[]) =>
  render(<Popover entries={allEntries(bundled, ownTerms)} connect={connectToContentScript} />, root);
show([]);
void getOwnTerms().then(show);
watchOwnTerms(show);
