import { HOVER_DELAY_MAX_MS, HOVER_DELAY_MIN_MS } from '@/utils/constants';
import { RadioChoices } from '@/components/RadioChoices';
import type { Settings } from '@/utils/settings/settings';
import { MarkPreview } from './MarkPreview';
import { t, tn } from '@/utils/i18n/t';

export interface SectionProps {
  settings: Settings;
  update(patch: Partial<Settings>): void;
}

// Functions, not constants: the labels are read from the catalog when the page draws, not at import.
const triggers = () =>
  [
    ['hover', t('options_triggerHover')],
    ['click', t('options_triggerClick')],
  ] as const;

const densities = () =>
  [
    ['first', t('options_densityFirst')],
    ['all', t('options_densityAll')],
  ] as const;

const markStyles = () =>
  [
    ['dotted', t('options_markDotted')],
    ['solid', t('options_markSolid')],
    ['tint', t('options_markTint')],
  ] as const;

export function GeneralSection({ settings, update }: SectionProps) {
  return (
    <section class="card" aria-labelledby="general-heading">
      <h2 id="general-heading">{t('options_glossingHeading')}</h2>
      <label class="row">
        <input
          type="checkbox"
          checked={settings.enabled}
          onChange={(e) => update({ enabled: e.currentTarget.checked })}
        />
        {t('options_enabled')}
      </label>
      <label class="row">
        <input
          type="checkbox"
          checked={settings.badge}
          onChange={(e) => update({ badge: e.currentTarget.checked })}
        />
        {t('options_badge')}
      </label>

      <fieldset>
        <legend>{t('options_triggerLegend')}</legend>
        <RadioChoices
          name="trigger"
          value={settings.trigger}
          choices={triggers()}
          onChoose={(trigger) => update({ trigger })}
        />
        <label class="row">
          {t('options_hoverDelay')}
          <input
            type="range"
            min={HOVER_DELAY_MIN_MS}
            max={HOVER_DELAY_MAX_MS}
            step={50}
            value={settings.hoverDelayMs}
            disabled={settings.trigger === 'click'}
            aria-valuetext={tn('options_hoverDelayValue', settings.hoverDelayMs)}
            onInput={(e) => update({ hoverDelayMs: Number(e.currentTarget.value) })}
          />
          <output>{t('options_hoverDelayShort', { ms: settings.hoverDelayMs })}</output>
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('options_densityLegend')}</legend>
        <RadioChoices
          name="density"
          value={settings.density}
          choices={densities()}
          onChoose={(density) => update({ density })}
        />
      </fieldset>

      <fieldset>
        <legend>{t('options_markStyleLegend')}</legend>
        <RadioChoices
          name="mark-style"
          value={settings.markStyle}
          choices={markStyles()}
          onChoose={(markStyle) => update({ markStyle })}
        />
        <MarkPreview style={settings.markStyle} />
      </fieldset>
    </section>
  );
}
