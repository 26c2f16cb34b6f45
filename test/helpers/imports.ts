import { IMPORTS_QUEUE } from '@app/queue';
import Bull from 'bull';
import { Workbook } from 'exceljs';
import { bearer } from './accounts';
import { eventually } from './eventually';
import type { TestApp } from './test-app';

/** Downloads a country's workbook as the caller and opens it with exceljs. */
export async function downloadWorkbook(
  api: TestApp,
  token: string,
  iso3: string,
  period: string,
): Promise<Workbook> {
  const res = await api.http
    .get(`/api/v1/workbooks/${iso3}/${period}`)
    .set(bearer(token))
    .buffer(true)
    .parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    })
    .expect(200);
  const workbook = new Workbook();
  await workbook.xlsx.load(res.body as ArrayBuffer);
  return workbook;
}

export const workbookBytes = async (workbook: Workbook) =>
  Buffer.from(await workbook.xlsx.writeBuffer());

/** Uploads a file; answers the 202's import id, or the refusal. */
export function upload(api: TestApp, token: string, body: Buffer, fileName: string) {
  return api.http.post('/api/v1/imports').set(bearer(token)).attach('file', body, fileName);
}

/**
 * Waits for the preview job's completion event (the job id is the import id), then answers the
 * import as its uploader sees it.
 */
export async function previewOf(api: TestApp, token: string, id: string) {
  const queue = new Bull(IMPORTS_QUEUE, api.config.redis.url, { prefix: api.config.redis.prefix });
  try {
    const job = await eventually(async () => (await queue.getJob(id)) ?? undefined);
    await job.finished();
  } finally {
    await queue.close();
  }
  const res = await api.http.get(`/api/v1/imports/${id}`).set(bearer(token)).expect(200);
  return res.body;
}

/** Uploads and waits for the preview. */
export async function uploadAndPreview(
  api: TestApp,
  token: string,
  body: Buffer,
  fileName: string,
) {
  const res = await upload(api, token, body, fileName).expect(202);
  return previewOf(api, token, res.body.id as string);
}
