import '@/utils/core/bundled-data';
import { render } from 'preact';
import { LocaleRoot } from '@/components/LocaleRoot';
import { Popup } from '@/components/popup/Popup';

render(<LocaleRoot title="extName">{() => <Popup />}</LocaleRoot>, document.getElementById('app')!);
