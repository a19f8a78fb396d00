import { describe, expect, it } from 'vitest';
import { findBrowser, launchBrowser } from '../../pipeline/render/browser.ts';

describe('launchBrowser', () => {
  it('reports a browser that cannot start with its path, and closing it after is safe', async () => {
    const handle = launchBrowser({ browserPath: '/nonexistent/chromium', timeoutMs: 10_000 });
    await expect(handle.session).rejects.toThrow('/nonexistent/chromium');
    await handle.close();
    await handle.close();
  });

  const browserPath = findBrowser();
  it.skipIf(!browserPath)('can be closed before its launch is done, and draws once it is up', async () => {
    const early = launchBrowser({ browserPath: browserPath!, timeoutMs: 60_000 });
    // Closed at once: the close waits for the launch, then shuts the browser.
    await early.close();

    const handle = launchBrowser({ browserPath: browserPath!, timeoutMs: 60_000 });
    try {
      const session = await handle.session;
      const png = await session.svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>', { width: 20, height: 20 });
      expect(Buffer.from(png.subarray(1, 4)).toString('latin1')).toBe('PNG');
    } finally {
      await handle.close();
    }
    // The same promise: a second close does not close again.
    expect(handle.close()).toBe(handle.close());
  }, 120_000);
});
