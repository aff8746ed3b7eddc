import { render } from 'preact';
import '@/utils/styles/tones.css';
import { EngineContext } from '@/hooks/use-engine';
import { BUNDLED_DATA } from '@/utils/core/bundled-data';
import { createEngine } from '@/utils/core/engine';
import { LocaleRoot } from '@/components/LocaleRoot';
import { Popup } from '@/components/popup/Popup';

render(
  <EngineContext.Provider value={createEngine(BUNDLED_DATA)}>
    <LocaleRoot title="extName">{() => <Popup />}</LocaleRoot>
  </EngineContext.Provider>,
  document.getElementById('app')!);
