import { slot, withSlots } from '@/components/slots';
import { t, tn } from '@/utils/i18n/t';
import { formatDay } from '@/utils/welcome/local-format';
import type { PackCoverage } from '@/utils/welcome/pack-coverage';

/** What the bundled glossaries cover and how current they are, in the reader's own date format. */
export function Coverage({ coverage }: { coverage: readonly PackCoverage[] | null }) {
  return (
    <section class="card" aria-labelledby="cover-heading">
      <h2 id="cover-heading">{t('welcome_coverHeading')}</h2>
      {coverage === null ? (
        <p class="muted">{t('welcome_coverReading')}</p>
      ) : (
        <ul class="welcome__packs">
          {coverage.map((pack) => (
            <li key={pack.id}>
              {withSlots(t('welcome_coverPack', { name: slot('name'), description: pack.description }), {
                name: <strong>{pack.name}</strong>,
              })}{' '}
              <span class="muted">
                {withSlots(tn('welcome_coverPackSize', pack.entries, { date: slot('date') }), {
                  date: <time dateTime={pack.reviewedUntil}>{formatDay(pack.reviewedUntil)}</time>,
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p>{t('welcome_coverElsewhere')}</p>
    </section>
  );
}
