import { defineBackground } from 'wxt/utils/define-background';
import { keepOrganisationPacksFresh } from '../lib/extension/remote-pack-sync.js';

export default defineBackground(() => {
  keepOrganisationPacksFresh();
});
