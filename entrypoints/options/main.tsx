import { render } from 'preact';
import { loadBundledPacks } from '@/utils/glossary/bundled';
import '@/components/term-card.css';
import './options.css';
import { Options } from './Options';

render(<Options bundled={loadBundledPacks().packs} />, document.getElementById('app')!);
