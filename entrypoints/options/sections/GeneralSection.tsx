import { HOVER_DELAY_MAX_MS, HOVER_DELAY_MIN_MS } from '@/utils/constants';
import type { Settings } from '@/utils/settings/store';
import { MarkPreview } from './MarkPreview';

export interface SectionProps {
  settings: Settings;
  update(patch: Partial<Settings>): void;
}

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

      <fieldset>
        <legend>Open a term's popover</legend>
        <label class="row">
          <input
            type="radio"
            name="trigger"
            checked={settings.trigger === 'hover'}
            onChange={() => update({ trigger: 'hover' })}
          />
          When the pointer rests on it, or on click
        </label>
        <label class="row">
          <input
            type="radio"
            name="trigger"
            checked={settings.trigger === 'click'}
            onChange={() => update({ trigger: 'click' })}
          />
          Only on click
        </label>
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
        <label class="row">
          <input
            type="radio"
            name="density"
            checked={settings.density === 'first'}
            onChange={() => update({ density: 'first' })}
          />
          The first of each term (the others can still be looked up)
        </label>
        <label class="row">
          <input
            type="radio"
            name="density"
            checked={settings.density === 'all'}
            onChange={() => update({ density: 'all' })}
          />
          Every occurrence
        </label>
      </fieldset>

      <fieldset>
        <legend>Mark style</legend>
        {(
          [
            ['dotted', 'Dotted underline'],
            ['solid', 'Solid underline'],
            ['tint', 'Tinted background'],
          ] as const
        ).map(([value, label]) => (
          <label class="row" key={value}>
            <input
              type="radio"
              name="mark-style"
              checked={settings.markStyle === value}
              onChange={() => update({ markStyle: value })}
            />
            {label}
          </label>
        ))}
        <MarkPreview style={settings.markStyle} />
      </fieldset>
    </section>
  );
}
