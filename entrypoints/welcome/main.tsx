import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { BundledShelf } from '@/utils/glossary/bundled-shelf';
import { packCoverage, type PackCoverage } from '@/utils/welcome/pack-coverage';
import '@/components/term-card.css';
import '@/components/extension-page.css';
import './welcome.css';
import { glossThisPage } from './sample-glossing';
import { useShortcuts } from './use-shortcuts';
import { Welcome } from './Welcome';

function Root() {
  const shortcuts = useShortcuts();
  const [coverage, setCoverage] = useState<PackCoverage[] | null>(null);
  const [glossing, setGlossing] = useState<boolean | null>(null);
  useEffect(() => {
    void new BundledShelf().packs().then((packs) => setCoverage(packCoverage(packs)));
    // After the first render, so the sample is on the page when the first scan starts.
    glossThisPage().then(setGlossing, () => setGlossing(false));
  }, []);
  return <Welcome shortcuts={shortcuts} coverage={coverage} glossing={glossing} />;
}

render(<Root />, document.getElementById('app')!);
