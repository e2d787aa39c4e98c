import { render } from 'preact';
import { loadBundledPacks } from '@/utils/glossary/bundled';
import { buildTermIndex } from '@/utils/glossary/term-index';
import '@/components/term-card.css';
import './popover.css';
import { connectToContentScript } from './connection';
import { Popover } from './Popover';

const { entries } = buildTermIndex(loadBundledPacks().packs);
render(<Popover entries={entries} connect={connectToContentScript} />, document.getElementById('app')!);
