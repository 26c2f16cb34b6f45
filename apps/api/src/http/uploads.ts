import fastifyMultipart, { type MultipartFile } from '@fastify/multipart';
import { IMPORT_LIMITS } from '@app/imports';
import {
  BadRequestException,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';

/** Multipart bodies, one file at most, never written to disk. */
export async function registerUploads(app: NestFastifyApplication): Promise<void> {
  await app.register(fastifyMultipart, {
    limits: { fileSize: IMPORT_LIMITS.fileBytes, files: 1, fields: 5, parts: 6 },
  });
}

export interface UploadedFile {
  name: string;
  type: 'xlsx' | 'csv';
  body: Buffer;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** What the bytes are, whatever the name or the browser claims: an XLSX (a zip) or CSV text. */
function fileTypeOf(name: string, body: Buffer): UploadedFile['type'] {
  if (body.subarray(0, 4).equals(ZIP_MAGIC) && /\.xlsx$/i.test(name)) return 'xlsx';
  if (/\.(csv|txt)$/i.test(name) && !body.includes(0)) return 'csv';
  throw new UnsupportedMediaTypeException(
    'Send an XLSX workbook (.xlsx) or a CSV file (.csv); this file is neither.',
  );
}

/** The one file of a multipart upload (field `file`): 415, 413 or 400 when it is not usable. */
export async function receiveUpload(request: FastifyRequest): Promise<UploadedFile> {
  if (!request.isMultipart())
    throw new UnsupportedMediaTypeException(
      'Upload the file as multipart/form-data (field "file").',
    );
  const part = await request.file();
  if (!part || part.fieldname !== 'file')
    throw new BadRequestException('The upload has no file in the field "file".');
  return uploadedFile(part);
}

/**
 * The file (field `file`) and the text fields of a multipart upload, in whatever order the
 * client sent them; an unknown field is refused.
 */
export async function receiveUploadWithFields<Field extends string>(
  request: FastifyRequest,
  fields: readonly Field[],
): Promise<{ file: UploadedFile; fields: Partial<Record<Field, string>> }> {
  if (!request.isMultipart())
    throw new UnsupportedMediaTypeException(
      'Upload the file as multipart/form-data (field "file").',
    );
  let file: UploadedFile | undefined;
  const values: Partial<Record<Field, string>> = {};
  for await (const part of request.parts()) {
    if (part.type === 'file' && part.fieldname === 'file') file = await uploadedFile(part);
    else if (part.type === 'field' && (fields as readonly string[]).includes(part.fieldname))
      values[part.fieldname as Field] = String(part.value);
    else throw new BadRequestException(`The upload has an unknown field "${part.fieldname}".`);
  }
  if (!file) throw new BadRequestException('The upload has no file in the field "file".');
  return { file, fields: values };
}

async function uploadedFile(part: MultipartFile): Promise<UploadedFile> {
  let body: Buffer;
  try {
    body = await part.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new PayloadTooLargeException(
        `The file is larger than ${IMPORT_LIMITS.fileBytes / (1024 * 1024)} MB.`,
      );
    throw error;
  }
  if (body.length === 0) throw new BadRequestException('The file is empty.');
  const name = part.filename.replace(/[^\p{L}\p{N} ._()-]/gu, '_').slice(0, 200) || 'upload';
  return { name, type: fileTypeOf(name, body), body };
}
