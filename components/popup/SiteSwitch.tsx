import { tParts } from '@/utils/i18n';

interface Props {
  host: string;
  enabled: boolean;
  onChange: (enabled: boolean) => void;
}

/** ZhuDu on or off for the host of the current tab. */
export function SiteSwitch({ host, enabled, onChange }: Props) {
  return (
    <label class="row switch">
      <input
        id="zhudu-site-toggle"
        type="checkbox"
        role="switch"
        checked={enabled}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span>{tParts('siteSwitch', <strong key="host">{host}</strong>)}</span>
    </label>
  );
}
