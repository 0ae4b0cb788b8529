import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { isValidSiren, normaliseDigits } from '@/domain/identifiers';
import { useDebouncedValue } from '@/lib/url-state';
import { useI18n } from '@/lib/i18n';
import { departmentLabel } from '@/locales/labels';
import { partnerQueries } from '../api';
import styles from './partner-form.module.css';
import '../messages-form';

type DuplicateParams = { siren?: string; name?: string; department?: string; excludeId?: string };

/**
 * Likely duplicates of the company being typed (same SIREN anywhere, or a very similar name in the
 * same department), with links to them. A warning only: the person may still save.
 */
export function PartnerFormDuplicates({ siren, name, department, excludeId }: { siren: string; name: string; department: string; excludeId?: string }) {
  const { t } = useI18n();
  const digits = normaliseDigits(siren);
  // Debounced as a string: a fresh object every render would never settle.
  const typed = JSON.stringify({
    siren: isValidSiren(digits) ? digits : undefined,
    name: name.trim().length >= 3 ? name.trim() : undefined,
    department: department || undefined,
    excludeId,
  });
  const settled = useDebouncedValue(typed, 400);
  const params = useMemo(() => JSON.parse(settled) as DuplicateParams, [settled]);
  const enabled = Boolean(params.siren || params.name);
  const { data = [] } = useQuery({ ...partnerQueries.duplicates(params), enabled });
  const shown = enabled ? data : [];
  return (
    <div aria-live="polite">
      {shown.length > 0 && (
        <section className={styles.duplicates} aria-labelledby="partner-duplicates-title">
          <h2 id="partner-duplicates-title" className={styles.duplicatesTitle}>
            {t('partnerForm.duplicates.title')}
          </h2>
          <p>{t('partnerForm.duplicates.body')}</p>
          <ul>
            {shown.map((d) => (
              <li key={d.id}>
                <Link to={`/partners/${d.id}`}>{d.name}</Link>
                {' — '}
                {d.city}, {departmentLabel(d.department, t('department.HO'))} ·{' '}
                {t(d.matchReason === 'siren' ? 'partnerForm.duplicates.siren' : 'partnerForm.duplicates.name')}
                {d.archived && ` · ${t('partnerForm.duplicates.archived')}`}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
