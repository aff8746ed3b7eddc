import { useChineseVoice } from '@/hooks/use-chinese-voice';
import { t } from '@/utils/i18n';

/** The summary has nothing to set; this says how it is made and whether reading aloud is available. */
export function SummaryGroup() {
  const voice = useChineseVoice();
  return (
    <section class="group" aria-labelledby="group-summary">
      <h2 id="group-summary">{t('groupSummary')}</h2>
      <p>{t('summaryAbout')}</p>
      <p class="muted" data-testid="voice-status">
        {voice ? t('voiceFound', voice.name) : t('voiceMissing')}
      </p>
    </section>
  );
}
