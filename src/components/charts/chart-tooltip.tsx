import styles from './chart-frame.module.css';

/**
 * Recharts' tooltip content in the theme's colours with values formatted by the caller (fr-FR).
 * Pass it as `<Tooltip content={<ChartTooltip format={...} />} />`; Recharts injects the rest.
 */
interface Entry {
  name?: string | number;
  value?: number | string | readonly (number | string)[];
  color?: string;
  dataKey?: string | number | ((obj: unknown) => unknown);
}

export function ChartTooltip({
  active,
  payload,
  label,
  format = (v) => String(v),
  labelFormat = (l) => String(l),
}: {
  active?: boolean;
  payload?: readonly Entry[];
  label?: string | number;
  format?: (value: number, name: string) => string;
  labelFormat?: (label: string | number) => string;
}) {
  if (!active || !payload || payload.length === 0) return null;
  return (
    <div className={styles.tooltip}>
      {label !== undefined && <p className={styles.tooltipLabel}>{labelFormat(label)}</p>}
      {payload.map((entry, i) => (
        <p key={i} className={styles.tooltipRow}>
          <span className={styles.swatch} style={{ background: entry.color }} aria-hidden="true" />
          <span>{String(entry.name ?? '')}</span>
          <span className={styles.tooltipValue}>{typeof entry.value === 'number' ? format(entry.value, String(entry.name ?? '')) : String(entry.value ?? '')}</span>
        </p>
      ))}
    </div>
  );
}
