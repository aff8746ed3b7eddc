// Both languages' strings, for the extension pages and the background (which hands one to a content
// script that needs it): imported for its effect. The content script never imports this file.
import en from '@/public/_locales/en/messages.json';
import zhCN from '@/public/_locales/zh_CN/messages.json';
import { addUiTable, type UiLocale, type UiTable } from './i18n';

export const UI_TABLES: Record<UiLocale, UiTable> = { en, zh_CN: zhCN };
addUiTable('en', en);
addUiTable('zh_CN', zhCN);
