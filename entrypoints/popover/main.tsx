import { render } from 'preact';
import { BundledShelf } from '@/utils/glossary/bundled-shelf';
import { t } from '@/utils/i18n/t';
import '@/components/term-card.css';
import './popover.css';
import { connectToContentScript } from './connection';
import { Popover } from './Popover';
import { usePopoverEntries } from './use-popover-entries';

/** The bundled glossary, read as entries are shown (never parsed or checked whole here: issue 16). */
const shelf = new BundledShelf();

/**
 * The popover over the entries it has read, the reader's own terms included as they change. The
 * popover stays mounted when they do, so its state is kept; connect is stable, so the connection to the
 * content script is made once.
 */
function Root() {
  return <Popover entries={usePopoverEntries(shelf)} connect={connectToContentScript} />;
}

// The frame's title in the reader's language (index.html holds the English one).
document.title = t('popoverFrameTitle');
render(<Root />, document.getElementById('app')!);
