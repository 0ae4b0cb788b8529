import '../messages';
import { useId } from 'react';
import { TERRITORY_LAYERS } from '@/contract/queries';
import { SECTORS } from '@/contract/reference';
import type { Sector } from '@/contract/reference';
import { formatAcademicYear } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n';
import { label } from '@/locales/labels';
import type { Layer } from '../lib/layers';
import styles from './territory.module.css';

export interface TerritoryFilterState {
  layer: Layer;
  sector: Sector[];
  year: number | undefined;
}

/** The measure shown (layer), the sector and the year: each change goes to the URL. */
export function TerritoryFilters({
  state,
  years,
  onChange,
  onReset,
}: {
  state: TerritoryFilterState;
  years: readonly number[];
  onChange: (patch: Partial<TerritoryFilterState>) => void;
  onReset: () => void;
}) {
  const { t } = useI18n();
  const ids = { sector: useId(), year: useId(), yearNote: useId() };
  return (
    <section className={styles.filters} aria-label={t('territory.filters')}>
      <fieldset className={styles.layers}>
        <legend>{t('territory.layer')}</legend>
        <div className={styles.segmented}>
          {TERRITORY_LAYERS.map((layer) => (
            <label key={layer} className={styles.segment}>
              <input type="radio" name="territory-layer" value={layer} checked={state.layer === layer} onChange={() => onChange({ layer })} />
              <span>{t(`territory.layer.${layer}` as MessageKey)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className={styles.field}>
        <label htmlFor={ids.sector}>{t('territory.sector')}</label>
        <select id={ids.sector} value={state.sector[0] ?? ''} onChange={(e) => onChange({ sector: e.target.value ? [e.target.value as Sector] : [] })}>
          <option value="">{t('territory.allSectors')}</option>
          {SECTORS.map((s) => (
            <option key={s} value={s}>
              {t(label.sector(s))}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor={ids.year}>{t('territory.year')}</label>
        <select
          id={ids.year}
          value={state.year ?? ''}
          aria-describedby={state.layer === 'partners' ? ids.yearNote : undefined}
          onChange={(e) => onChange({ year: e.target.value === '' ? undefined : Number(e.target.value) })}
        >
          <option value="">{t('territory.currentYear')}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {formatAcademicYear(y)}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="btn" onClick={onReset}>
        {t('territory.reset')}
      </button>
      {state.layer === 'partners' && (
        <p id={ids.yearNote} className={styles.note}>
          {t('territory.yearNote')}
        </p>
      )}
    </section>
  );
}
