import type { Settings, SettingsChange } from './settings';

/** Keyboard commands (their keys are in the manifest; the user changes them in the browser's shortcut settings). */
export const COMMAND_NAMES = ['toggle-ruby', 'toggle-hover'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** The command whose shortcut starts reading by keyboard in the tab: it changes no setting. */
export const READ_BY_KEYBOARD = 'read-by-keyboard';
/** Every keyboard command of the manifest. */
export type KeyboardCommand = CommandName | typeof READ_BY_KEYBOARD;

export function isCommandName(name: unknown): name is CommandName {
  return COMMAND_NAMES.includes(name as CommandName);
}

/**
 * What a keyboard command changes, given the settings at the moment it runs: toggle-ruby flips ruby;
 * toggle-hover switches hover off, and back on to the mode the user had.
 */
export function commandChange(name: CommandName, current: Settings): SettingsChange {
  if (name === 'toggle-ruby') return { ruby: !current.ruby };
  if (current.hoverMode === 'off') return { hoverMode: current.hoverModeBeforeOff };
  return { hoverMode: 'off', hoverModeBeforeOff: current.hoverMode };
}
