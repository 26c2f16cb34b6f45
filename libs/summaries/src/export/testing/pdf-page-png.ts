import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';

const ORIGIN = 'http://pdf-render.test';
const PDFJS = join(dirname(require.resolve('pdfjs-dist/package.json')), 'legacy/build');

const PAGE = `<!doctype html><canvas id="page"></canvas><script type="module">
import * as pdfjs from '${ORIGIN}/pdf.mjs';
pdfjs.GlobalWorkerOptions.workerSrc = '${ORIGIN}/pdf.worker.mjs';
const pdf = await pdfjs.getDocument('${ORIGIN}/document.pdf').promise;
const page = await pdf.getPage(1);
const viewport = page.getViewport({ scale: 2 });
const canvas = document.getElementById('page');
canvas.width = viewport.width;
canvas.height = viewport.height;
await page.render({ canvasContext: canvas.getContext('2d'), viewport }).promise;
window.rendered = canvas.toDataURL('image/png');
</script>`;

/**
 * Page 1 of a PDF as a PNG, for people to look at. Headless Chromium has no PDF viewer and pdf.js
 * in Node has no canvas, so pdf.js runs inside Chromium (Debian's, through playwright-core) on a
 * page whose every request is answered from memory: the page, pdf.js and the PDF itself.
 */
export async function pdfFirstPagePng(pdf: Buffer): Promise<Buffer> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.route(`${ORIGIN}/**`, (route) => {
      const name = new URL(route.request().url()).pathname.slice(1);
      if (name === 'document.pdf')
        return route.fulfill({ body: pdf, contentType: 'application/pdf' });
      if (name === 'pdf.mjs' || name === 'pdf.worker.mjs')
        return route.fulfill({
          body: readFileSync(join(PDFJS, name)),
          contentType: 'text/javascript',
        });
      return route.fulfill({ body: PAGE, contentType: 'text/html' });
    });
    await page.goto(`${ORIGIN}/`);
    const dataUrl = await page.waitForFunction(
      () => (globalThis as { rendered?: string }).rendered,
      undefined,
      {
        timeout: 30000,
      },
    );
    const url = (await dataUrl.jsonValue()) as string;
    return Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
  } finally {
    await browser.close();
  }
}
