/// <reference lib="dom" />
// Pastes text into the focused element the way a browser does after Ctrl+V
// from Excel or LibreOffice: a `paste` event whose clipboard data holds the
// cells as tab-separated lines. (Headless Chromium has no system clipboard
// to copy into, so the event is built with the same DataTransfer it would carry.)
import type { Locator } from 'playwright-core';

export async function pasteInto(target: Locator, text: string): Promise<void> {
  await target.focus();
  await target.evaluate((el, data) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', data);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  }, text);
}
