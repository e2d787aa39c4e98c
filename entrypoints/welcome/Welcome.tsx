import { browser } from 'wxt/browser';
import type { PackCoverage } from '@/utils/welcome/pack-coverage';
import { formatCount, formatDay } from '@/utils/welcome/local-format';
import type { ShortcutRow } from '@/utils/welcome/shortcuts';
import { openShortcutSettings } from './use-shortcuts';

export interface WelcomeProps {
  shortcuts: readonly ShortcutRow[];
  /** Null while the glossaries are read. */
  coverage: readonly PackCoverage[] | null;
  /** False where this browser cannot draw marks; null until glossing has started. */
  glossing: boolean | null;
}

/** Shown once, when NewsGloss is installed: try it at once, learn the keys, know what it covers. */
export function Welcome({ shortcuts, coverage, glossing }: WelcomeProps) {
  const next = shortcuts.find((s) => s.name === 'next-term')?.keys;
  return (
    <main class="page welcome">
      <h1>NewsGloss is ready</h1>
      <p class="welcome__lead">
        On the news pages you read, NewsGloss marks the terms a newcomer stumbles on and explains them in
        place.
      </p>
      <section class="card" aria-labelledby="try-heading">
        <h2 id="try-heading">Try it here</h2>
        <p>
          Rest the pointer on a marked term, or click it, to read its entry.{' '}
          {next ? (
            <>
              Press <kbd>{next}</kbd> to step from term to term with the keyboard.
            </>
          ) : (
            'Tab to the page and use the shortcuts below to step from term to term.'
          )}
        </p>
        <blockquote class="welcome__sample" data-testid="sample">
          <p>
            “Anyone following the talks mediated by brotherly countries Turkiye and Qatar could easily discern
            that the Taliban regime was only interested in prolonging the temporary ceasefire, without taking
            concrete and verifiable action against TTP/FaK and BLA/FaH elements present on Afghan soil.”
          </p>
        </blockquote>
        <p class="muted">
          Pakistan’s Foreign Office, in a statement on its talks with the Afghan Taliban (November 2025), as
          reported in the news.
        </p>
        {glossing === false && (
          <p class="error" role="alert">
            This browser cannot mark terms: it lacks the CSS Custom Highlight API (Chrome 105, Firefox 140).
          </p>
        )}
      </section>
      <Shortcuts shortcuts={shortcuts} />
      <Coverage coverage={coverage} />
      <section class="card" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Private</h2>
        <p>Everything runs in your browser: NewsGloss makes no network request and collects nothing.</p>
        <p>Your notes and your own terms stay in this browser’s storage; pages cannot read them.</p>
      </section>
      <p>
        <button type="button" class="primary-button" onClick={() => void browser.runtime.openOptionsPage()}>
          Open the options
        </button>{' '}
        to choose the hover delay, what is marked, and the sites NewsGloss stays off.
      </p>
    </main>
  );
}

function Shortcuts({ shortcuts }: { shortcuts: readonly ShortcutRow[] }) {
  if (!shortcuts.length) return null;
  return (
    <section class="card" aria-labelledby="keys-heading">
      <h2 id="keys-heading">Keyboard</h2>
      <table class="welcome__keys">
        <tbody>
          {shortcuts.map((s) => (
            <tr key={s.name}>
              <td>{s.keys ? <kbd>{s.keys}</kbd> : <span class="muted">not set</span>}</td>
              <td>{s.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" class="primary-button" onClick={openShortcutSettings}>
        Change shortcuts
      </button>
    </section>
  );
}

function Coverage({ coverage }: { coverage: readonly PackCoverage[] | null }) {
  return (
    <section class="card" aria-labelledby="cover-heading">
      <h2 id="cover-heading">What the glossaries cover</h2>
      {coverage === null ? (
        <p class="muted">Reading the glossaries…</p>
      ) : (
        <ul class="welcome__packs">
          {coverage.map((pack) => (
            <li key={pack.id}>
              <strong>{pack.name}</strong>: {pack.description}{' '}
              <span class="muted">
                ({formatCount(pack.entries)} entries, reviewed up to{' '}
                <time dateTime={pack.reviewedUntil}>{formatDay(pack.reviewedUntil)}</time>)
              </span>
            </li>
          ))}
        </ul>
      )}
      <p>Other regions are not covered yet. You can add your own terms in the options.</p>
    </section>
  );
}
