import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ImportFileType, ParsedFile } from './import-types';
import {
  selectImportFile,
  storeFailure,
  storePreview,
  updateImportProgress,
} from './imports.queries';
import { PreviewImport } from './preview/preview-import';
import { readCsv } from './reading/read-csv';
import { readWorkbook } from './reading/read-workbook';
import { UnreadableFile } from './reading/zip-inspection';

const readers: Record<ImportFileType, (file: Buffer) => ParsedFile | Promise<ParsedFile>> = {
  xlsx: readWorkbook,
  csv: readCsv,
};

/**
 * The worker's part: reads the upload, validates it and stores the preview. Safe to run twice:
 * a stored preview (or failure) is final, and a second run finds no file to read.
 */
@Injectable()
export class ProcessImport {
  private readonly logger = new Logger(ProcessImport.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly preview: PreviewImport,
  ) {}

  async execute(
    importId: string,
    onProgress: (percent: number) => Promise<unknown>,
  ): Promise<string> {
    const db = this.dataSource.manager;
    const upload = await selectImportFile(db, importId);
    if (!upload) return 'nothing to do';
    let parsed: ParsedFile;
    try {
      parsed = await readers[upload.file_type](upload.file);
    } catch (error) {
      if (!(error instanceof UnreadableFile)) throw error;
      await storeFailure(db, importId, error.message);
      return 'failed';
    }
    const preview = await this.preview.execute(db, upload.uploader, parsed, async (percent) => {
      await updateImportProgress(db, importId, percent);
      await onProgress(percent);
    });
    await storePreview(db, importId, preview);
    this.logger.log(
      { importId, ...preview.counts, errors: preview.errors.length },
      'import previewed',
    );
    return 'previewed';
  }
}
