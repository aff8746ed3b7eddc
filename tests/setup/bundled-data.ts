// The extension's pages install the bundled pinyin tables and glossary by importing this module;
// tests run with them installed the same way (the content script's path is covered in the browser tests).
import '../../utils/core/bundled-data.ts';
