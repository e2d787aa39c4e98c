import { render } from 'preact';
import { BundledShelf } from '@/utils/glossary/bundled-shelf';
import '@/components/term-card.css';
import '@/components/extension-page.css';
import './options.css';
import { Options } from './Options';
import { t } from '@/utils/i18n/t';

// index.html's <title> is the English fallback until this runs.
document.title = t('options_pageTitle');

// The options page lists the bundled packs and checks imports against their ids: the whole shelf.
const bundled = await new BundledShelf().packs();

render(<Options bundled={bundled} />, document.getElementById('app')!);
