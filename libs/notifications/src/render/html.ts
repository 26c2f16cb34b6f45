/** Small helpers for HTML that common mail clients render: tables and inline styles only. */

export const escapeHtml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const CELL = 'padding:4px 8px;border-bottom:1px solid #e3e3e3;font-size:13px;text-align:left';
const HEAD = `${CELL};background:#f2f5f8;font-weight:bold`;

export function table(headers: string[], rows: string[][]): string {
  const head = headers.map((h) => `<th style="${HEAD}">${escapeHtml(h)}</th>`).join('');
  const body = rows
    .map(
      (row) =>
        `<tr>${row.map((cell) => `<td style="${CELL}">${escapeHtml(cell)}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<table role="presentation" cellpadding="0" cellspacing="0" style="border-collapse:collapse;width:100%;margin:6px 0 14px">${head ? `<tr>${head}</tr>` : ''}${body}</table>`;
}

export const paragraph = (text: string, style = '') =>
  `<p style="margin:8px 0;font-size:14px;line-height:1.45;${style}">${escapeHtml(text)}</p>`;

export const heading = (text: string, level: 2 | 3 = 2) =>
  `<h${level} style="margin:18px 0 6px;font-size:${level === 2 ? 18 : 15}px;color:#1f3b57">${escapeHtml(text)}</h${level}>`;

export const link = (href: string, text: string) =>
  `<a href="${escapeHtml(href)}" style="color:#1f5f8b">${escapeHtml(text)}</a>`;

/** A whole email document around `body`. */
export const document = (title: string, body: string, lang: string) =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head>` +
  `<body style="margin:0;padding:0;background:#ffffff"><div style="max-width:640px;margin:0 auto;padding:16px;font-family:Arial,Helvetica,sans-serif;color:#222">${body}</div></body></html>`;

/** Plain-text table: columns padded to line up in a monospace reader. */
export function textTable(headers: string[], rows: string[][]): string {
  const all = [headers, ...rows];
  const widths = headers.map((_, c) => Math.max(...all.map((row) => (row[c] ?? '').length)));
  const line = (row: string[]) =>
    row
      .map((cell, c) => cell.padEnd(widths[c]))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
