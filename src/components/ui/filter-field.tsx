import { useId } from 'react';
import type { ReactNode } from 'react';
import filterBar from './filter-bar.module.css';

const classes = (...names: (string | undefined)[]) => names.filter(Boolean).join(' ');

/** A labelled native select of a filter bar; `children` are its options. */
export function FilterSelect({
  label,
  value,
  onChange,
  children,
  className,
  selectClassName,
}: {
  label: string;
  value: string | number;
  onChange: (value: string) => void;
  children: ReactNode;
  /** Added to the field (the label and the select), e.g. filter-bar's `plain`. */
  className?: string;
  selectClassName?: string;
}) {
  const id = useId();
  return (
    <div className={classes(filterBar.field, className)}>
      <label htmlFor={id}>{label}</label>
      <select id={id} className={classes(filterBar.select, selectClassName)} value={value} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </div>
  );
}

/** A checkbox filter of a filter bar (the label is the box's name). */
export function FilterCheckbox({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className={filterBar.check}>
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}

/**
 * A group of checkbox filters under a legend (kinds, statuses, …). What is chosen keeps the order of
 * `options`, so that the same choice always gives the same URL.
 */
export function FilterCheckboxes<T extends string>({
  legend,
  options,
  selected,
  onChange,
}: {
  legend: string;
  options: readonly { value: T; label: string }[];
  selected: readonly T[];
  onChange: (values: T[]) => void;
}) {
  const toggle = (value: T, on: boolean) => onChange(options.map((o) => o.value).filter((v) => (v === value ? on : selected.includes(v))));
  return (
    <fieldset className={filterBar.checks}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <FilterCheckbox key={o.value} label={o.label} checked={selected.includes(o.value)} onChange={(on) => toggle(o.value, on)} />
      ))}
    </fieldset>
  );
}
