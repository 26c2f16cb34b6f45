/* global process, Buffer */
// Prints the text of a PDF (read from stdin) as JSON: per page its size and every text item with
// its position in points from the top-left corner. pdfjs-dist is ESM only, so the tests run this
// script in a child process (Jest here loads CommonJS).
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const pdf = await getDocument({ data: new Uint8Array(Buffer.concat(chunks)), verbosity: 0 })
  .promise;
const pages = [];
for (let n = 1; n <= pdf.numPages; n++) {
  const page = await pdf.getPage(n);
  const { width, height } = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items = content.items
    .filter((item) => 'str' in item && item.str.trim() !== '')
    .map((item) => {
      const size = Math.hypot(item.transform[2], item.transform[3]);
      const baseline = height - item.transform[5];
      return {
        text: item.str,
        x: item.transform[4],
        top: baseline - size * 0.8,
        bottom: baseline + size * 0.2,
        width: item.width,
        size,
      };
    });
  pages.push({ width, height, items });
}
process.stdout.write(JSON.stringify(pages));
