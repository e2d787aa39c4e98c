import { render } from 'preact';
import { useAllEntries } from '@/components/use-all-entries';
import { loadBundledPacks } from '@/utils/glossary/bundled';
import '@/components/term-card.css';
import './popup.css';
import { Popup } from './Popup';

const bundled = loadBundledPacks().packs;

/** The popup over every entry, the reader's own terms included as they change. */
function Root() {
  return <Popup entries={useAllEntries(bundled)} />;
}

render(<Root />, document.getElementById('app')!);
