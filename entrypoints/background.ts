import { startBackground } from '@/src/background/main';

export default defineBackground(() => {
  startBackground();
  // Indicator-list updates (issue 4) start their scheduler here.
});
