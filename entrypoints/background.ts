import { startBackground } from '@/src/background/main';
import { registerPopupHandlers } from '@/src/background/popup-handlers';

export default defineBackground(() => {
  startBackground();
  registerPopupHandlers(); // get-channels for the extension pages; first-run page on install
  // Indicator-list updates (issue 4) start their scheduler here.
});
