import '@/utils/core/bundled-data';
import { render } from 'preact';
import '@/components/page-base.css';
import '@/components/study/study.css';
import { LocaleRoot } from '@/components/LocaleRoot';
import { StudySheet } from '@/components/study/StudySheet';

render(<LocaleRoot title="studyTitle">{() => <StudySheet />}</LocaleRoot>, document.getElementById('app')!);
