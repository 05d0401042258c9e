/**
 * Background helpers of the extension pages (get-channels, first-run page on install) and the campaign
 * build step (locale files with the campaign's name, logo as icon).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlePopupMessage, onInstalled } from '../../../src/background/popup-handlers';
import { bundledList } from '../../../src/indicators/bundled';
import { addPublicFiles, loadCampaign, manifestFields, zipConfig } from '../../../src/campaigns/build';

beforeEach(() => fakeBrowser.reset());

describe('popup handlers', () => {
  it('answers get-channels with the active list and ignores other messages', async () => {
    const r = await handlePopupMessage({ type: 'get-channels' });
    expect(r?.listVersion).toBe(bundledList.listVersion);
    expect(r?.channels.length).toBe(bundledList.channels.length);
    expect(handlePopupMessage({ type: 'get-tab', tabId: 1 })).toBeUndefined();
    expect(handlePopupMessage(null)).toBeUndefined();
    expect(handlePopupMessage('get-channels')).toBeUndefined();
  });
  it('opens the first-run page on install only', async () => {
    const welcomeTabs = async () => (await fakeBrowser.tabs.query({})).filter((t) => /\/welcome\.html$/.test(t.url ?? '')).length;
    onInstalled({ reason: 'update' });
    onInstalled({ reason: 'browser_update' });
    expect(await welcomeTabs()).toBe(0);
    onInstalled({ reason: 'install' });
    await expect.poll(welcomeTabs).toBe(1);
  });
});

describe('campaign build step', () => {
  it('default build: messages for 12 locales, LureLens icons kept, plain package names', () => {
    const files = [{ relativeDest: 'icon/128.png', absoluteSrc: '/x/public/icon/128.png' }];
    addPublicFiles(files, loadCampaign(process.cwd(), undefined));
    expect(files.filter((f) => f.relativeDest.startsWith('_locales/'))).toHaveLength(12);
    expect(files.find((f) => f.relativeDest === 'icon/128.png')?.absoluteSrc).toBe('/x/public/icon/128.png');
    expect(zipConfig(loadCampaign(process.cwd(), undefined))).toEqual({});
    expect(manifestFields()).toEqual({ name: '__MSG_extName__', description: '__MSG_extDescription__', default_locale: 'en' });
  });
  it('example campaign: its name per locale, its logo as every icon, its id in package names', () => {
    const loaded = loadCampaign(process.cwd(), 'example');
    const files: { relativeDest: string; absoluteSrc?: string; contents?: string }[] = [{ relativeDest: 'icon/128.png', absoluteSrc: '/x/public/icon/128.png' }];
    addPublicFiles(files, loaded);
    const sw = JSON.parse(files.find((f) => f.relativeDest === '_locales/sw/messages.json')!.contents!);
    expect(sw.extName.message).toBe('SafeRoute Kagua Kazi');
    const th = JSON.parse(files.find((f) => f.relativeDest === '_locales/th/messages.json')!.contents!);
    expect(th.extName.message).toBe('SafeRoute Jobs Check'); // no Thai name: the English one
    const icons = files.filter((f) => /^icon\//.test(f.relativeDest));
    expect(icons.map((f) => f.relativeDest).sort()).toEqual(['icon/128.png', 'icon/16.png', 'icon/32.png', 'icon/48.png']);
    for (const i of icons) expect(i.absoluteSrc).toMatch(/src\/campaigns\/example\/logo\.png$/);
    expect(zipConfig(loaded).artifactTemplate).toContain('-example-');
  });
});
