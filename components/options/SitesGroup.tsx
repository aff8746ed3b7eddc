import { t } from '@/utils/i18n';
import type { GroupProps } from './types';

/** Sites where the user switched ZhuDu off from the popup, each with a way back. */
export function SitesGroup({ settings, change }: GroupProps) {
  const hosts = settings.disabledHosts;
  return (
    <section class="group" aria-labelledby="group-sites">
      <h2 id="group-sites">{t('groupSites')}</h2>
      <p>{t('sitesAbout')}</p>
      {hosts.length === 0 ? (
        <p class="muted">{t('sitesNone')}</p>
      ) : (
        <ul class="plain" data-testid="disabled-hosts">
          {hosts.map((host) => (
            <li key={host} class="row">
              <code>{host}</code>
              <button type="button" onClick={() => change({ hosts: { [host]: true } })}>
                {t('siteTurnOn', host)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
