/** Writing what the popup and the options page change: the person's settings (sync) and their rule packs (local). */

import { STORAGE_KEYS, writeLocal, writeSync } from '../extension/storage.js';
import type { UserSettings } from '../rules/settings.js';
import type { RulePack } from '../rules/types.js';

export const saveUserSettings = (user: UserSettings) => writeSync(STORAGE_KEYS.settings, user);
export const savePersonalPacks = (packs: readonly RulePack[]) => writeLocal(STORAGE_KEYS.personalPacks, packs);
