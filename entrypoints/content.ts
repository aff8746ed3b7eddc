export default defineContentScript({
  matches: ['*://*.zznews.gov.cn/*'],
  main() {},
});
