import { t } from '@/utils/i18n';

/** What the popup says on a tab where ZhuDu does not run. */
export function NotSupported() {
  return (
    <p class="notice" data-testid="not-supported" role="status">
      {t('notSupported')}
    </p>
  );
}
