import { startBackground } from '@/src/background/main';
import { registerPopupHandlers } from '@/src/background/popup-handlers';
import { startListUpdates } from '@/src/background/updates';

export default defineBackground(() => {
  startBackground();
  registerPopupHandlers(); // get-channels for the extension pages; first-run page on install
  startListUpdates(); // indicator-list updates: alarm, checks, check-now / get-list-status
});
