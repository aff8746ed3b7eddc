import { t, type MessageKey } from '@/utils/i18n';
import type { HoverMode } from '@/utils/core/storage/settings';

const MODES: { value: HoverMode; label: MessageKey; hint: MessageKey }[] = [
  { value: 'always', label: 'hoverAlways', hint: 'hoverAlwaysHint' },
  { value: 'alt', label: 'hoverAlt', hint: 'hoverAltHint' },
  { value: 'off', label: 'hoverOff', hint: 'hoverOffHint' },
];

interface Props {
  mode: HoverMode;
  onChange: (mode: HoverMode) => void;
}

/** How hover pinyin is triggered; stored for every site. */
export function HoverModePicker({ mode, onChange }: Props) {
  return (
    <fieldset class="hover-mode">
      <legend>{t('hoverLegend')}</legend>
      {MODES.map((option) => (
        <label key={option.value} class="row" title={t(option.hint)}>
          <input
            type="radio"
            name="hover-mode"
            value={option.value}
            checked={mode === option.value}
            onChange={() => onChange(option.value)}
          />
          <span>{t(option.label)}</span>
        </label>
      ))}
    </fieldset>
  );
}
