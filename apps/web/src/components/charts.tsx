// Charts as inline SVG: no library, scale with the page, each with a text title and a table
// beside it on the page (the table is the accessible form of the same numbers). Colours from the
// shared palette (colour-blind safe, 3:1 against the background); what was not reported is hatched.
import { NOT_REPORTED_COLOUR, SERIES_COLOURS } from '@app/domain';
import { useId } from 'react';

const seriesColour = (index: number) => SERIES_COLOURS[index % SERIES_COLOURS.length];

/** An id for SVG references (`url(#…)`): React's ids hold characters those do not take. */
const useSvgId = () => `chart${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;

/** Grey diagonal hatching: "not reported" or "no data", distinct from an empty bar. */
function Hatch({ id }: { id: string }) {
  return (
    <defs>
      <pattern
        id={id}
        width={6}
        height={6}
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width={6} height={6} fill="#fff" />
        <line x1={0} y1={0} x2={0} y2={6} stroke={NOT_REPORTED_COLOUR} strokeWidth={2.5} />
      </pattern>
    </defs>
  );
}

export interface Bar {
  label: string;
  value: number | null;
  display: string;
}

/** Horizontal bars on a 0–max scale. */
export function BarChart({
  title,
  bars,
  max = 100,
  emptyLabel,
}: {
  title: string;
  bars: Bar[];
  max?: number;
  emptyLabel: string;
}) {
  const id = useSvgId();
  const rowHeight = 34;
  const labelWidth = 150;
  const width = 560;
  const chartWidth = width - labelWidth - 70;
  const height = bars.length * rowHeight + 10;
  return (
    <figure className="chart">
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        preserveAspectRatio="xMinYMin meet"
      >
        <Hatch id={`${id}-hatch`} />
        {bars.map((bar, i) => {
          const y = i * rowHeight + 6;
          const w = bar.value === null ? 0 : Math.max(2, (bar.value / max) * chartWidth);
          return (
            <g key={bar.label}>
              <text x={0} y={y + 17} className="chart-label">
                {bar.label}
              </text>
              <rect
                x={labelWidth}
                y={y}
                width={chartWidth}
                height={22}
                className="chart-track"
                rx={3}
                // Inline: the class's fill would win over an attribute.
                style={
                  bar.value === null
                    ? { fill: `url(#${id}-hatch)`, stroke: NOT_REPORTED_COLOUR }
                    : undefined
                }
              />
              {bar.value !== null && (
                <rect x={labelWidth} y={y} width={w} height={22} fill={seriesColour(i)} rx={3} />
              )}
              <text x={labelWidth + chartWidth + 8} y={y + 17} className="chart-value">
                {bar.value === null ? emptyLabel : bar.display}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

export interface Segment {
  key: string;
  label: string;
  value: number;
  /** The value as the reader writes numbers. */
  display: string;
}

/** One stacked bar per row (counts), with a legend naming each colour. */
export function StackedBars({
  title,
  rows,
  keys,
}: {
  title: string;
  rows: { label: string; segments: Segment[] }[];
  /** Each segment's key and label, and its colour (none: hatched, as not reported). */
  keys: { key: string; label: string; colour?: string }[];
}) {
  const id = useSvgId();
  const fillOf = (key: string) => keys.find((k) => k.key === key)?.colour ?? `url(#${id}-hatch)`;
  const rowHeight = 30;
  const labelWidth = 50;
  const width = 560;
  const chartWidth = width - labelWidth - 10;
  const height = rows.length * rowHeight + 6;
  return (
    <figure className="chart">
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        preserveAspectRatio="xMinYMin meet"
      >
        <Hatch id={`${id}-hatch`} />
        {rows.map((row, i) => {
          const total = row.segments.reduce((sum, s) => sum + s.value, 0) || 1;
          let x = labelWidth;
          const y = i * rowHeight + 4;
          return (
            <g key={row.label}>
              <text x={0} y={y + 16} className="chart-label">
                {row.label}
              </text>
              {row.segments.map((segment) => {
                const w = (segment.value / total) * chartWidth;
                const rect = (
                  <rect
                    key={segment.key}
                    x={x}
                    y={y}
                    width={w}
                    height={22}
                    fill={fillOf(segment.key)}
                    stroke="#fff"
                  >
                    <title>{`${segment.label}: ${segment.display}`}</title>
                  </rect>
                );
                x += w;
                return rect;
              })}
            </g>
          );
        })}
      </svg>
      <ul className="legend">
        {keys.map((k) => (
          <li key={k.key}>
            <span
              className={k.colour ? 'swatch' : 'swatch hatched'}
              style={k.colour ? { background: k.colour } : undefined}
              aria-hidden="true"
            />
            {k.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}

export interface Series {
  key: string;
  label: string;
  points: (number | null)[];
}

/** Lines over periods, on a 0–max scale. */
export function LineChart({
  title,
  xLabels,
  series,
  max = 100,
  tick,
}: {
  title: string;
  xLabels: string[];
  series: Series[];
  max?: number;
  /** An axis value as the reader writes it (a percentage, a score). */
  tick(value: number): string;
}) {
  const id = useSvgId();
  const width = 560;
  const height = 220;
  const left = 40;
  const bottom = 24;
  const plotW = width - left - 12;
  const plotH = height - bottom - 10;
  const x = (i: number) =>
    left + (xLabels.length <= 1 ? plotW / 2 : (i / (xLabels.length - 1)) * plotW);
  const y = (v: number) => 10 + plotH - (v / max) * plotH;
  return (
    <figure className="chart">
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        preserveAspectRatio="xMinYMin meet"
      >
        {[0, 0.25, 0.5, 0.75, 1].map((f) => (
          <g key={f}>
            <line x1={left} x2={width - 12} y1={y(f * max)} y2={y(f * max)} className="grid" />
            <text x={left - 6} y={y(f * max) + 4} className="chart-axis" textAnchor="end">
              {tick(Math.round(f * max))}
            </text>
          </g>
        ))}
        {xLabels.map((label, i) => (
          <text key={label} x={x(i)} y={height - 6} className="chart-axis" textAnchor="middle">
            {label}
          </text>
        ))}
        {series.map((s, index) => {
          const path = s.points
            .map((v, i) => (v === null ? null : `${x(i)},${y(v)}`))
            .filter(Boolean)
            .join(' ');
          const colour = seriesColour(index);
          return (
            <g key={s.key} className="line" stroke={colour} fill={colour}>
              <polyline points={path} fill="none" />
              {s.points.map((v, i) =>
                v === null ? null : <circle key={i} cx={x(i)} cy={y(v)} r={3.5} />,
              )}
            </g>
          );
        })}
      </svg>
      <ul className="legend">
        {series.map((s, index) => (
          <li key={s.key}>
            <span
              className="swatch"
              style={{ background: seriesColour(index) }}
              aria-hidden="true"
            />
            {s.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
