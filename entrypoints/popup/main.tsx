import { render } from 'preact';
import { loadBundledPacks } from '@/utils/glossary/bundled';
import { buildTermIndex } from '@/utils/glossary/term-index';
import '@/components/term-card.css';
import './popup.css';
import { Popup } from './Popup';

const { entries } = buildTermIndex(loadBundledPacks().packs);
render(<Popup entries={entries} />, document.getElementById('app')!);
