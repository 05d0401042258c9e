import { test, expect } from './fixtures';

test('the extension loads and marks a lure page', async ({ context, background }) => {
  expect(background.url()).toContain('background');
  const page = await context.newPage();
  await page.goto('/job-board.html');
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.lurelens)).toBe('high');
});
