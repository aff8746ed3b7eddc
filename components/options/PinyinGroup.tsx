import { t, type MessageKey } from '@/utils/i18n';
import type { RubySize, ToneStyle } from '@/utils/core/storage/settings';
import { HoverModePicker } from '../popup/HoverModePicker';
import { Toggle } from './Toggle';
import { TooltipPreview } from './TooltipPreview';
import type { GroupProps } from './types';

const TONE_STYLES: readonly { value: ToneStyle; label: MessageKey }[] = [
  { value: 'marks', label: 'toneMarks' },
  { value: 'numbers', label: 'toneNumbers' },
  { value: 'none', label: 'toneNone' },
];

const RUBY_SIZES: readonly { value: RubySize; label: MessageKey }[] = [
  { value: 'small', label: 'rubySizeSmall' },
  { value: 'medium', label: 'rubySizeMedium' },
  { value: 'large', label: 'rubySizeLarge' },
];

/** How pinyin is shown: on hover or over the whole article, tone style and colours, with a live preview. */
export function PinyinGroup({ settings, change }: GroupProps) {
  return (
    <section class="group" aria-labelledby="group-pinyin">
      <h2 id="group-pinyin">{t('groupPinyin')}</h2>
      <HoverModePicker mode={settings.hoverMode} onChange={(hoverMode) => change({ hoverMode })} />
      <Toggle id="zhudu-ruby" label={t('rubyLabel')} checked={settings.ruby} onChange={(ruby) => change({ ruby })} />
      <fieldset>
        <legend>{t('rubySize')}</legend>
        {RUBY_SIZES.map((size) => (
          <label key={size.value} class="row">
            <input
              type="radio"
              name="ruby-size"
              value={size.value}
              checked={settings.rubySize === size.value}
              onChange={() => change({ rubySize: size.value })}
            />
            <span>{t(size.label)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('toneStyle')}</legend>
        {TONE_STYLES.map((style) => (
          <label key={style.value} class="row">
            <input
              type="radio"
              name="tone-style"
              value={style.value}
              checked={settings.toneStyle === style.value}
              onChange={() => change({ toneStyle: style.value })}
            />
            <span>{t(style.label)}</span>
          </label>
        ))}
      </fieldset>
      <Toggle id="tone-colors" label={t('toneColors')} checked={settings.toneColors} onChange={(toneColors) => change({ toneColors })} />
      <Toggle id="tone-sandhi" label={t('toneSandhi')} checked={settings.toneSandhi} onChange={(toneSandhi) => change({ toneSandhi })} />
      <h3 id="preview-heading">{t('previewHeading')}</h3>
      <p class="muted">{t('previewNote')}</p>
      <TooltipPreview settings={settings} />
    </section>
  );
}
