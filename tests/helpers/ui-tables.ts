// The UI strings of both languages, registered as the extension pages register them.
import '@/utils/i18n-tables';
