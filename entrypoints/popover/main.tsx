import { render } from 'preact';
import { useAllEntries } from '@/components/use-all-entries';
import { loadBundledPacks } from '@/utils/glossary/bundled';
import '@/components/term-card.css';
import './popover.css';
import { connectToContentScript } from './connection';
import { Popover } from './Popover';

const bundled = loadBundledPacks().packs;

/**
 * The popover over every entry, the reader's own terms included as they change. The popover stays
 * mounted when they do, so its state is kept; connect is stable, so the connection to the content
 * script is made once.
 */
function Root() {
  return <Popover entries={useAllEntries(bundled)} connect={connectToContentScript} />;
}

render(<Root />, document.getElementById('app')!);
