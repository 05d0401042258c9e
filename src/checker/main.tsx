/**
 * Entry of the web checker page: picks the language and branding, starts the engine worker, renders the app,
 * and (in built pages) registers the service worker that makes the checker work offline.
 */
import { render } from 'preact';
import { App, checkerStore, STORE_LOCALE } from './App';
import { startEngine } from './engine-client';
import { initialLocale } from './locale';
import type { CheckerBranding } from './branding';
import './styles.css';

declare const __CHECKER_BRANDING__: CheckerBranding;
declare const __CHECKER_DEV__: boolean;

const branding = __CHECKER_BRANDING__;
// Campaign colours (CSSOM, allowed by the page's CSP, unlike a style attribute or element).
document.documentElement.style.setProperty('--brand', branding.themeColor);
document.documentElement.style.setProperty('--on-brand', branding.onThemeColor);
const params = new URLSearchParams(location.search);
const locale = initialLocale(params.get('lang'), checkerStore.get(STORE_LOCALE), branding.languages?.[0], navigator.language);
// The share text recommends the checker itself: the page address without query or fragment.
const shareUrl = branding.checkerUrl ?? `${location.origin}${location.pathname}`;

render(<App engine={startEngine()} branding={branding} initialLocale={locale} shareUrl={shareUrl} />, document.getElementById('app')!);

if (!__CHECKER_DEV__ && 'serviceWorker' in navigator && location.protocol !== 'file:') {
  // Relative URL: the worker's scope is the folder the checker is hosted in, whatever its path.
  navigator.serviceWorker.register('./sw.js').catch(() => {
    /* offline use is unavailable (e.g. private mode); the checker still works online */
  });
}
