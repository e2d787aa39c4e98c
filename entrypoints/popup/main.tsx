import { render } from 'preact';
import { loadBundledPacks } from '@/utils/glossary/bundled';
import type { OwnTerm } from '@/utils/own-terms/own-term';
import { allEntries } from '@/utils/glossary/runtime-glossary';
import { getOwnTerms, watchOwnTerms } from '@/utils/own-terms/store';
import '@/components/term-card.css';
import './popup.css';
import { Popup } from './Popup';

const bundled = loadBundledPacks().packs;
const root = document.getElementById('app')!;
const show = (ownTerms: readonly OwnTerm[]) =>
  render(<Popup entries={allEntries(bundled, ownTerms)} />, root);
show([]);
void getOwnTerms().then(show);
watchOwnTerms(show);
