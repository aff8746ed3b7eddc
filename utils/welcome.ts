/**
 * Whether to open the welcome page after this install. Only a real first install: not an update,
 * and not an unpacked or temporary add-on, which developers and the e2e harness load again and again
 * (a tab that opens by itself there would steal the focus the tests rely on). Those open it from the
 * options page.
 */
export function shouldWelcome(reason: string, installType: string | undefined, temporary: boolean | undefined): boolean {
  return reason === 'install' && installType !== 'development' && temporary !== true;
}
