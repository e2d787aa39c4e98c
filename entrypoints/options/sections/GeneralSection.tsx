import { HOVER_DELAY_MAX_MS, HOVER_DELAY_MIN_MS } from '@/utils/constants';
import { RadioChoices } from '@/components/RadioChoices';
import type { Settings } from '@/utils/settings/settings';
import { MarkPreview } from './MarkPreview';

export interface SectionProps {
  settings: Settings;
  update(patch: Partial<Settings>): void;
}

const TRIGGERS = [
  ['hover', 'When the pointer rests on it, or on click'],
  ['click', 'Only on click'],
] as const;

const DENSITIES = [
  ['first', 'The first of each term (the others can still be looked up)'],
  ['all', 'Every occurrence'],
] as const;

const MARK_STYLES = [
  ['dotted', 'Dotted underline'],
  ['solid', 'Solid underline'],
  ['tint', 'Tinted background'],
] as const;

export function GeneralSection({ settings, update }: SectionProps) {
  return (
    <section class="card" aria-labelledby="general-heading">
      <h2 id="general-heading">Glossing</h2>
      <label class="row">
        <input
          type="checkbox"
          checked={settings.enabled}
          onChange={(e) => update({ enabled: e.currentTarget.checked })}
        />
        Gloss pages (switch off to silence NewsGloss everywhere)
      </label>
      <label class="row">
        <input
          type="checkbox"
          checked={settings.badge}
          onChange={(e) => update({ badge: e.currentTarget.checked })}
        />
        Show on the toolbar button how many terms the page explains
      </label>

      <fieldset>
        <legend>Open a term's popover</legend>
        <RadioChoices
          name="trigger"
          value={settings.trigger}
          choices={TRIGGERS}
          onChoose={(trigger) => update({ trigger })}
        />
        <label class="row">
          Hover delay
          <input
            type="range"
            min={HOVER_DELAY_MIN_MS}
            max={HOVER_DELAY_MAX_MS}
            step={50}
            value={settings.hoverDelayMs}
            disabled={settings.trigger === 'click'}
            aria-valuetext={`${settings.hoverDelayMs} milliseconds`}
            onInput={(e) => update({ hoverDelayMs: Number(e.currentTarget.value) })}
          />
          <output>{settings.hoverDelayMs} ms</output>
        </label>
      </fieldset>

      <fieldset>
        <legend>Which occurrences to mark</legend>
        <RadioChoices
          name="density"
          value={settings.density}
          choices={DENSITIES}
          onChoose={(density) => update({ density })}
        />
      </fieldset>

      <fieldset>
        <legend>Mark style</legend>
        <RadioChoices
          name="mark-style"
          value={settings.markStyle}
          choices={MARK_STYLES}
          onChoose={(markStyle) => update({ markStyle })}
        />
        <MarkPreview style={settings.markStyle} />
      </fieldset>
    </section>
  );
}
