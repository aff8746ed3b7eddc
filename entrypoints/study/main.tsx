import { render } from 'preact';
import '@/utils/styles/tones.css';
import { EngineContext } from '@/hooks/use-engine';
import { BUNDLED_DATA } from '@/utils/core/bundled-data';
import { createEngine } from '@/utils/core/engine';
import '@/components/page-base.css';
import '@/components/study/study.css';
import { LocaleRoot } from '@/components/LocaleRoot';
import { StudySheet } from '@/components/study/StudySheet';

render(
  <EngineContext.Provider value={createEngine(BUNDLED_DATA)}>
    <LocaleRoot title="studyTitle">{() => <StudySheet />}</LocaleRoot>
  </EngineContext.Provider>,
  document.getElementById('app')!);
