import { browser } from 'wxt/browser';
import { slot, withSlots } from '@/components/slots';
import { t } from '@/utils/i18n/t';
import type { PackCoverage } from '@/utils/welcome/pack-coverage';
import type { ShortcutRow } from '@/utils/welcome/shortcuts';
import { Coverage } from './Coverage';
import type { SampleStatus } from './sample-glossing';
import { openShortcutSettings } from './use-shortcuts';

export interface WelcomeProps {
  shortcuts: readonly ShortcutRow[];
  /** Null while the glossaries are read. */
  coverage: readonly PackCoverage[] | null;
  /** Null until glossing has started (or failed to). */
  status: SampleStatus | null;
}

/**
 * The sample: one sentence of an official statement, quoted as the news reported it. It stays in
 * English whatever the interface language: the glossary it shows off is English.
 */
// eslint-disable-next-line newsgloss/no-ui-literal -- a quotation, marked by the English glossary
const SAMPLE = `“Anyone following the talks mediated by brotherly countries Turkiye and Qatar could easily discern that the Taliban regime was only interested in prolonging the temporary ceasefire, without taking concrete and verifiable action against TTP/FaK and BLA/FaH elements present on Afghan soil.”`;

/** Shown once, when NewsGloss is installed: try it at once, learn the keys, know what it covers. */
export function Welcome({ shortcuts, coverage, status }: WelcomeProps) {
  const next = shortcuts.find((s) => s.name === 'next-term')?.keys;
  return (
    <main class="page welcome">
      <h1>{t('welcome_heading')}</h1>
      <p class="welcome__lead">{t('welcome_lead')}</p>
      <section class="card" aria-labelledby="try-heading">
        <h2 id="try-heading">{t('welcome_tryHeading')}</h2>
        <p>
          {t('welcome_tryPointer')}{' '}
          {next
            ? withSlots(t('welcome_tryKeys', { keys: slot('keys') }), { keys: <kbd>{next}</kbd> })
            : t('welcome_tryNoKey')}
        </p>
        <blockquote class="welcome__sample" data-testid="sample" lang="en">
          <p>{SAMPLE}</p>
        </blockquote>
        <p class="muted">{t('welcome_sampleSource')}</p>
        <SampleProblem status={status} />
      </section>
      <Shortcuts shortcuts={shortcuts} />
      <Coverage coverage={coverage} />
      <section class="card" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('welcome_privacyHeading')}</h2>
        <p>{t('welcome_privacyNetwork')}</p>
        <p>{t('welcome_privacyStorage')}</p>
      </section>
      <p>
        {withSlots(t('welcome_options', { button: slot('button') }), {
          button: (
            <button
              type="button"
              class="primary-button"
              onClick={() => void browser.runtime.openOptionsPage()}
            >
              {t('welcome_optionsButton')}
            </button>
          ),
        })}
      </p>
    </main>
  );
}

/** Why the sample is not marked: a browser that cannot draw marks is not the same as a failed start. */
function SampleProblem({ status }: { status: SampleStatus | null }) {
  if (status === null || status === 'on') return null;
  return (
    <p class="error" role="alert">
      {status === 'unsupported' ? t('welcome_unsupported') : t('welcome_failed', { reason: status.failed })}
    </p>
  );
}

function Shortcuts({ shortcuts }: { shortcuts: readonly ShortcutRow[] }) {
  if (!shortcuts.length) return null;
  return (
    <section class="card" aria-labelledby="keys-heading">
      <h2 id="keys-heading">{t('welcome_keysHeading')}</h2>
      <table class="welcome__keys">
        <tbody>
          {shortcuts.map((s) => (
            <tr key={s.name}>
              <td>{s.keys ? <kbd>{s.keys}</kbd> : <span class="muted">{t('welcome_keyNotSet')}</span>}</td>
              <td>{s.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" class="primary-button" onClick={openShortcutSettings}>
        {t('welcome_changeShortcuts')}
      </button>
    </section>
  );
}
