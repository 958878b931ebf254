import { defineBackground } from 'wxt/utils/define-background';
import { keepBadgeCounts } from '../lib/extension/badge.js';
import { keepPolicyCopy } from '../lib/extension/policy-copy.js';
import { keepOrganisationPacksFresh } from '../lib/extension/remote-pack-sync.js';

export default defineBackground(() => {
  keepPolicyCopy();
  keepOrganisationPacksFresh();
  keepBadgeCounts();
});
