import type { HoverMode } from '@/utils/settings';

const MODES: { value: HoverMode; label: string; hint: string }[] = [
  { value: 'always', label: 'Always', hint: 'pinyin whenever the pointer rests on Chinese text' },
  { value: 'alt', label: 'While Alt is held', hint: 'hold Alt (Option on a Mac) to look a word up' },
  { value: 'off', label: 'Off', hint: 'no hover pinyin' },
];

interface Props {
  mode: HoverMode;
  onChange: (mode: HoverMode) => void;
}

/** How hover pinyin is triggered; stored for every site. */
export function HoverModePicker({ mode, onChange }: Props) {
  return (
    <fieldset class="hover-mode">
      <legend>Pinyin on hover</legend>
      {MODES.map((option) => (
        <label key={option.value} class="row" title={option.hint}>
          <input
            type="radio"
            name="hover-mode"
            value={option.value}
            checked={mode === option.value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
