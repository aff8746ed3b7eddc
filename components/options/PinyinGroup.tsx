import { t } from '@/utils/i18n';
import type { RubySize, ToneStyle } from '@/utils/core/storage/settings';
import { HoverModePicker } from '../popup/HoverModePicker';
import { RadioChoice, type Choice } from './RadioChoice';
import { Toggle } from './Toggle';
import { TooltipPreview } from './TooltipPreview';
import type { GroupProps } from './types';

const TONE_STYLES: readonly Choice<ToneStyle>[] = [
  { value: 'marks', label: 'toneMarks' },
  { value: 'numbers', label: 'toneNumbers' },
  { value: 'none', label: 'toneNone' },
];

const RUBY_SIZES: readonly Choice<RubySize>[] = [
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
      <RadioChoice name="ruby-size" legend="rubySize" choices={RUBY_SIZES} value={settings.rubySize} onChange={(rubySize) => change({ rubySize })} />
      <RadioChoice name="tone-style" legend="toneStyle" choices={TONE_STYLES} value={settings.toneStyle} onChange={(toneStyle) => change({ toneStyle })} />
      <Toggle id="tone-colors" label={t('toneColors')} checked={settings.toneColors} onChange={(toneColors) => change({ toneColors })} />
      <Toggle id="tone-sandhi" label={t('toneSandhi')} checked={settings.toneSandhi} onChange={(toneSandhi) => change({ toneSandhi })} />
      <h3 id="preview-heading">{t('previewHeading')}</h3>
      <p class="muted">{t('previewNote')}</p>
      <TooltipPreview settings={settings} />
    </section>
  );
}
