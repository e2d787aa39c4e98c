import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { BundledShelf } from '@/utils/glossary/bundled-shelf';
import { t } from '@/utils/i18n/t';
import { packCoverage, type PackCoverage } from '@/utils/welcome/pack-coverage';
import '@/components/term-card.css';
import '@/components/extension-page.css';
import './welcome.css';
import { glossThisPage, type SampleStatus } from './sample-glossing';
import { useShortcuts } from './use-shortcuts';
import { Welcome } from './Welcome';

function Root() {
  const shortcuts = useShortcuts();
  const [coverage, setCoverage] = useState<PackCoverage[] | null>(null);
  const [status, setStatus] = useState<SampleStatus | null>(null);
  useEffect(() => {
    void new BundledShelf().packs().then((packs) => setCoverage(packCoverage(packs)));
    // After the first render, so the sample is on the page when the first scan starts.
    void glossThisPage().then(setStatus);
  }, []);
  return <Welcome shortcuts={shortcuts} coverage={coverage} status={status} />;
}

document.title = t('welcome_pageTitle');
render(<Root />, document.getElementById('app')!);
