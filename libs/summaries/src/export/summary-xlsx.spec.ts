import ExcelJS from 'exceljs';
import { summaryXlsx } from './summary-xlsx';
import { summaryFixture } from './testing/summary.fixture';

describe('summaryXlsx', () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = new ExcelJS.Workbook();
    const file = await summaryXlsx(summaryFixture);
    // ExcelJS types its own Buffer, older than Node 20's generic one.
    await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
  });
  const rowOf = (sheet: string, key: string | number) => {
    const ws = workbook.getWorksheet(sheet)!;
    const header = (ws.getRow(1).values as unknown[]).map(String);
    const row = ws.getRows(2, ws.rowCount - 1)!.find((r) => r.getCell(1).value === key)!;
    return (column: string) => row.getCell(header.indexOf(column));
  };

  it('starts with a read-me sheet, then one sheet per section with a frozen header', () => {
    expect(workbook.worksheets[0].name).toBe('Read me');
    expect(workbook.getWorksheet('Read me')!.getColumn(2).values.join(' ')).toMatch(
      /Like for like/,
    );
    expect(workbook.getWorksheet('Indicators')!.views[0]).toMatchObject({
      state: 'frozen',
      ySplit: 1,
    });
  });

  it('writes numbers as formatted numbers, and no data as an empty cell, never 0', () => {
    const convicted = rowOf('Indicators', 'SOM_PERSONS_CONVICTED');
    expect(convicted('total').value).toBe(12);
    expect(convicted('total').numFmt).toBe('#,##0');
    expect(convicted('disaggregatedShare').numFmt).toBe('0.0%');
    expect(convicted('comparableMembers').value).toBe(1);
    const campaigns = rowOf('Indicators', 'PUBLIC_CAMPAIGNS');
    expect(campaigns('total').value).toBeNull();
    expect(campaigns('change').value).toBeNull();
    expect(rowOf('Areas', 3)('scorePercent').value).toBeNull();
    expect(rowOf('Overview', 'completeness')('value').numFmt).toBe('0.0%');
  });
});
