import '@/utils/core/bundled-data';
import { render } from 'preact';
import '@/components/page-base.css';
import '@/components/options/options.css';
import { LocaleRoot } from '@/components/LocaleRoot';
import { OptionsPage } from '@/components/options/OptionsPage';

render(<LocaleRoot title="optionsTitle">{() => <OptionsPage />}</LocaleRoot>, document.getElementById('app')!);
