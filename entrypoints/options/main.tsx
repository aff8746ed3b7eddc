import { render } from 'preact';
import '@/utils/styles/tones.css';
import { EngineContext } from '@/hooks/use-engine';
import { BUNDLED_DATA } from '@/utils/core/bundled-data';
import { createEngine } from '@/utils/core/engine';
import '@/components/page-base.css';
import '@/components/options/options.css';
import { LocaleRoot } from '@/components/LocaleRoot';
import { OptionsPage } from '@/components/options/OptionsPage';

render(
  <EngineContext.Provider value={createEngine(BUNDLED_DATA)}>
    <LocaleRoot title="optionsTitle">{() => <OptionsPage />}</LocaleRoot>
  </EngineContext.Provider>,
  document.getElementById('app')!);
