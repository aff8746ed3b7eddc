import { render } from 'preact';
import '@/utils/styles/tones.css';
import { EngineContext } from '@/hooks/use-engine';
import { BUNDLED_DATA } from '@/utils/core/bundled-data';
import { createEngine } from '@/utils/core/engine';
import '@/components/page-base.css';
import '@/components/welcome/welcome.css';
import { LocaleRoot } from '@/components/LocaleRoot';
import { WelcomePage } from '@/components/welcome/WelcomePage';

render(
  <EngineContext.Provider value={createEngine(BUNDLED_DATA)}>
    <LocaleRoot title="welcomeTitle">{() => <WelcomePage />}</LocaleRoot>
  </EngineContext.Provider>,
  document.getElementById('app')!);
