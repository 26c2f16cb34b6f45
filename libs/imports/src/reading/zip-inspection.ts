import { inflateRawSync } from 'node:zlib';
import { IMPORT_LIMITS } from '../import-limits';

/** A file that is not what it claims or exceeds a cap: refused before it is loaded. */
export class UnreadableFile extends Error {}

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;

/** The archive's table of contents, read from its central directory without unzipping. */
function zipEntries(file: Buffer): ZipEntry[] {
  const searchFrom = Math.max(0, file.length - 22 - 0xffff);
  let end = -1;
  for (let at = file.length - 22; at >= searchFrom; at--)
    if (file.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  if (end < 0) throw new UnreadableFile('The file is not an XLSX workbook (no zip directory).');
  const count = file.readUInt16LE(end + 10);
  if (count > IMPORT_LIMITS.zipEntries)
    throw new UnreadableFile(
      `The workbook has ${count} parts (at most ${IMPORT_LIMITS.zipEntries}).`,
    );
  const entries: ZipEntry[] = [];
  let at = file.readUInt32LE(end + 16);
  for (let index = 0; index < count; index++) {
    if (at + 46 > file.length || file.readUInt32LE(at) !== CENTRAL_DIRECTORY_ENTRY)
      throw new UnreadableFile('The workbook’s zip directory is damaged.');
    const nameLength = file.readUInt16LE(at + 28);
    entries.push({
      method: file.readUInt16LE(at + 10),
      compressedSize: file.readUInt32LE(at + 20),
      uncompressedSize: file.readUInt32LE(at + 24),
      localHeaderOffset: file.readUInt32LE(at + 42),
      name: file.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + file.readUInt16LE(at + 30) + file.readUInt16LE(at + 32);
  }
  return entries;
}

/** One part, unzipped with a hard cap on its size whatever its header claims. */
function unzipEntry(file: Buffer, entry: ZipEntry): string {
  const at = entry.localHeaderOffset;
  const start = at + 30 + file.readUInt16LE(at + 26) + file.readUInt16LE(at + 28);
  const data = file.subarray(start, start + entry.compressedSize);
  try {
    const bytes =
      entry.method === 0
        ? data
        : inflateRawSync(data, { maxOutputLength: IMPORT_LIMITS.partBytes });
    return bytes.toString('utf8');
  } catch {
    throw new UnreadableFile(`The workbook part ${entry.name} is too large or damaged.`);
  }
}

const DIMENSION = /<(?:\w+:)?dimension\s+ref="[A-Z]+\d+(?::([A-Z]+)(\d+))?"/;
const UNIQUE_COUNT = /<(?:\w+:)?sst\b[^>]*\buniqueCount="(\d+)"/;

const columnNumber = (letters: string) =>
  [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);

/**
 * Refuses an XLSX bomb before exceljs sees it: too many parts, parts or a whole that unzip too
 * large, a sheet that declares more rows or columns than a report has, too many shared strings.
 */
export function assertWorkbookWithinLimits(file: Buffer): void {
  let unzipped = 0;
  for (const entry of zipEntries(file)) {
    // The real size, not the header's: a header may lie, the capped inflate cannot.
    const text = unzipEntry(file, entry);
    unzipped += text.length;
    if (unzipped > IMPORT_LIMITS.unzippedBytes)
      throw new UnreadableFile(
        `The workbook unzips to more than ${IMPORT_LIMITS.unzippedBytes} bytes.`,
      );
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) assertSheetSize(text.slice(0, 4096));
    if (entry.name === 'xl/sharedStrings.xml') {
      const count = Number(UNIQUE_COUNT.exec(text.slice(0, 4096))?.[1] ?? 0);
      if (count > IMPORT_LIMITS.sharedStrings)
        throw new UnreadableFile(
          `The workbook holds ${count} distinct texts (at most ${IMPORT_LIMITS.sharedStrings}).`,
        );
    }
  }
}

function assertSheetSize(sheetStart: string): void {
  const dimension = DIMENSION.exec(sheetStart);
  const rows = Number(dimension?.[2] ?? 0);
  const columns = columnNumber(dimension?.[1] ?? 'A');
  if (rows > IMPORT_LIMITS.sheetRows || columns > IMPORT_LIMITS.sheetColumns)
    throw new UnreadableFile(
      `A sheet declares ${rows} rows × ${columns} columns (at most ${IMPORT_LIMITS.sheetRows} × ${IMPORT_LIMITS.sheetColumns}).`,
    );
}
