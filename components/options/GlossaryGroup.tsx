import { GLOSSARY } from '@/utils/core/glossary';
import { t } from '@/utils/i18n';
import { Toggle } from './Toggle';
import type { GroupProps } from './types';

export function GlossaryGroup({ settings, change }: GroupProps) {
  return (
    <section class="group" aria-labelledby="group-glossary">
      <h2 id="group-glossary">{t('groupGlossary')}</h2>
      <Toggle
        id="zhudu-glossary-marks"
        label={t('marksLabel')}
        hint={t('glossaryAbout', GLOSSARY.length)}
        checked={settings.glossaryMarks}
        onChange={(glossaryMarks) => change({ glossaryMarks })}
      />
    </section>
  );
}
