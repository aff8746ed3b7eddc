import { t, type MessageKey } from '@/utils/i18n';

export interface Choice<T extends string> {
  value: T;
  label: MessageKey;
}

interface Props<T extends string> {
  name: string;
  legend: MessageKey;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
}

/** One setting picked from a few named values: a fieldset of radio buttons under its legend. */
export function RadioChoice<T extends string>({ name, legend, choices, value, onChange }: Props<T>) {
  return (
    <fieldset>
      <legend>{t(legend)}</legend>
      {choices.map((choice) => (
        <label key={choice.value} class="row">
          <input type="radio" name={name} value={choice.value} checked={value === choice.value} onChange={() => onChange(choice.value)} />
          <span>{t(choice.label)}</span>
        </label>
      ))}
    </fieldset>
  );
}
