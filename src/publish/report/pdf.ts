// Prints HTML to PDF with headless Chromium (Debian's /usr/bin/chromium) driven by playwright-core.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export class ChromiumMissingError extends Error {
  constructor(path: string) {
    super(`no Chromium at ${path} (install Debian's chromium, or set CHROMIUM_PATH)`);
    this.name = 'ChromiumMissingError';
  }
}

/** One browser for many documents; call `close` when done. */
export class PdfPrinter {
  private constructor(private readonly browser: Browser) {}

  static async start(executablePath = CHROMIUM_PATH): Promise<PdfPrinter> {
    if (!existsSync(executablePath)) throw new ChromiumMissingError(executablePath);
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS, headless: true });
    return new PdfPrinter(browser);
  }

  /** Writes `html` as an A4 PDF with page numbers in the footer; nothing is fetched from the network. */
  async print(html: string, file: string, footer: string): Promise<void> {
    const context = await this.browser.newContext({ offline: true, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.route('**/*', (route) =>
        route.request().url().startsWith('data:') ? route.continue() : route.abort(),
      );
      await page.setContent(html, { waitUntil: 'load' });
      await page.pdf({
        path: file,
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate:
          `<div style="font-size:7pt;width:100%;padding:0 16mm;color:#666;display:flex;justify-content:space-between">` +
          `<span>${escapeHtml(footer)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
      });
    } finally {
      await context.close();
    }
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
