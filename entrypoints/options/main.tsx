import { render } from 'preact';
import { BundledShelf } from '@/utils/glossary/bundled-shelf';
import '@/components/term-card.css';
import '@/components/extension-page.css';
import './options.css';
import { Options } from './Options';

// The options page lists the bundled packs and checks imports against their ids: the whole shelf.
const bundled = await new BundledShelf().packs();

render(<Options bundled={bundled} />, document.getElementById('app')!);
