import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { TableScroll } from '../../components/fields';
import { useI18n } from '../../i18n';

/** One country's row of a map's table: its name (English, from the reference data) and cells. */
export interface MapTableRow {
  iso3: string;
  name: string;
  cells: ReactNode[];
}

/** A map's text alternative: folded, every country linked to its public profile. */
export function MapTable({
  label,
  columns,
  rows,
}: {
  label: string;
  columns: string[];
  rows: MapTableRow[];
}) {
  const { t } = useI18n();
  return (
    <details className="map-table">
      <summary>{label}</summary>
      <TableScroll label={label}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('portal.country')}</th>
              {columns.map((column) => (
                <th scope="col" key={column}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.iso3}>
                <th scope="row">
                  <Link to={`/public/countries/${row.iso3}`}>
                    <span lang="en">{row.name}</span>
                  </Link>
                </th>
                {row.cells.map((cell, index) => (
                  <td key={index}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </details>
  );
}
