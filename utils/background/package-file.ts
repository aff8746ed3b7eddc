import { browser } from '#imports';
import type { PublicPath } from 'wxt/browser';

/** A file of the extension's own package (never the network). */
export async function packageFile(path: PublicPath): Promise<Response> {
  const response = await fetch(browser.runtime.getURL(path));
  if (!response.ok) throw new Error(`ZhuDu: the package file ${path} is missing (${response.status})`);
  return response;
}
