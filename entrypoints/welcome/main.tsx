import '@/utils/core/bundled-data';
import { render } from 'preact';
import '@/components/page-base.css';
import '@/components/welcome/welcome.css';
import { LocaleRoot } from '@/components/LocaleRoot';
import { WelcomePage } from '@/components/welcome/WelcomePage';

render(<LocaleRoot title="welcomeTitle">{() => <WelcomePage />}</LocaleRoot>, document.getElementById('app')!);
