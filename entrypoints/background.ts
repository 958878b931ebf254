import { defineBackground } from 'wxt/utils/define-background';
import { keepBadgeCounts } from '../lib/extension/badge.js';

export default defineBackground(() => {
  keepBadgeCounts();
});
