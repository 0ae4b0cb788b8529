import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { describeError } from '@/components/feedback/describe-error';
import { EmptyState } from '@/components/feedback/empty-state';
import { ErrorState } from '@/components/feedback/error-state';
import { Skeleton } from '@/components/feedback/skeleton';
import { ApiError } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import { notify } from '@/lib/notify';
import { useCan } from '@/lib/session';
import { maintenanceQueries, useAddMaintenance } from '../api';
import { EMPTY_MAINTENANCE, hasErrors, maintenanceInput, validateMaintenance } from '../lib/booking-form';
import type { MaintenanceDraft } from '../lib/booking-form';
import { formatDateTime, formatSlot } from '../lib/paris-time';
import { upcomingFirst } from '../lib/events';
import { DateTimeField, TextField } from './form-fields';
import styles from './form.module.css';
import page from './item-page.module.css';

type Field = 'reason' | 'start' | 'end';

/** The item's maintenance windows, and a form to add one (refused over existing bookings) for the roles that may. */
export function MaintenanceSection({ equipmentId, now }: { equipmentId: string; now: number }) {
  const { t, locale } = useI18n();
  const list = useQuery(maintenanceQueries.byItem(equipmentId));
  const add = useAddMaintenance(equipmentId);
  const canAdd = useCan('equipment');
  const ids = { reason: useId(), start: useId(), end: useId() };
  const reasonRef = useRef<HTMLInputElement>(null);
  const startRef = useRef<HTMLInputElement>(null);
  const endRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<MaintenanceDraft>(EMPTY_MAINTENANCE);
  const [showErrors, setShowErrors] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<Field, string>>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const errors = validateMaintenance(draft);
  const message = (f: Field) => {
    const e = showErrors ? errors[f] : undefined;
    return e ? t(e.key, e.vars) : serverErrors[f];
  };
  const set = (patch: Partial<MaintenanceDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setServerErrors({});
    setRefusal(null);
  };

  const submit = () => {
    setShowErrors(true);
    if (hasErrors(errors)) {
      const first = (['reason', 'start', 'end'] as const).find((f) => errors[f]);
      ({ reason: reasonRef, start: startRef, end: endRef })[first ?? 'reason'].current?.focus();
      return;
    }
    add.mutate(maintenanceInput(draft), {
      onSuccess: (w) => {
        notify.success(t('equipment.maintenance.added', { slot: formatSlot(locale, w.start, w.end) }));
        setDraft(EMPTY_MAINTENANCE);
        setShowErrors(false);
      },
      onError: (e) => {
        if (e instanceof ApiError && e.fieldErrors.length) {
          const mapped: Partial<Record<Field, string>> = {};
          for (const fe of e.fieldErrors) if (fe.field === 'reason' || fe.field === 'start' || fe.field === 'end') mapped[fe.field] = fe.message;
          setServerErrors(mapped);
        }
        setRefusal(describeError(t, e));
      },
    });
  };

  return (
    <section className={page.maintenanceSection} aria-labelledby="equipment-maintenance-title">
      <h2 id="equipment-maintenance-title" className={page.sectionTitle}>
        {t('equipment.maintenance.title')}
      </h2>
      <div className={page.maintenance}>
        <div className={page.maintenanceList} aria-busy={list.isPending || undefined}>
          {list.isPending ? (
            <Skeleton height="8rem" />
          ) : list.isError ? (
            <ErrorState error={list.error} onRetry={() => void list.refetch()} />
          ) : list.data.length === 0 ? (
            <EmptyState title={t('equipment.maintenance.empty')} body={t('equipment.maintenance.emptyHint')} />
          ) : (
            <table className={page.table}>
              <caption className="visually-hidden">{t('equipment.maintenance.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('equipment.maintenance.period')}</th>
                  <th scope="col">{t('equipment.maintenance.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {upcomingFirst(list.data, now).map((w) => {
                  const past = Date.parse(w.end) < now;
                  return (
                    <tr key={w.id} className={past ? page.past : undefined}>
                      <th scope="row">
                        <span className={page.nowrap}>{formatDateTime(locale, w.start)}</span> → <span className={page.nowrap}>{formatDateTime(locale, w.end)}</span>
                        {past && <span className={page.pastTag}> ({t('equipment.maintenance.past')})</span>}
                      </th>
                      <td>{w.reason}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </div>
        {canAdd && (
          <form
            className={styles.form}
            noValidate
            aria-labelledby="equipment-maintenance-add"
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
          >
            <h3 id="equipment-maintenance-add" className={styles.title}>
              {t('equipment.maintenance.add')}
            </h3>
            <TextField ref={reasonRef} id={ids.reason} label={t('equipment.maintenance.reason')} value={draft.reason} onChange={(reason) => set({ reason })} error={message('reason')} />
            <div className={styles.row}>
              <DateTimeField ref={startRef} id={ids.start} label={t('equipment.form.start')} value={draft.start} onChange={(start) => set({ start })} error={message('start')} />
              <DateTimeField ref={endRef} id={ids.end} label={t('equipment.form.end')} value={draft.end} onChange={(end) => set({ end })} error={message('end')} />
            </div>
            {refusal && (
              <div role="alert" className={styles.conflict}>
                <p className={styles.conflictTitle}>{t('equipment.maintenance.refused')}</p>
                <p>{refusal}</p>
              </div>
            )}
            <div className={styles.actions}>
              <button type="submit" className="btn btn-primary" disabled={add.isPending}>
                {add.isPending ? t('equipment.maintenance.adding') : t('equipment.maintenance.add')}
              </button>
            </div>
          </form>
        )}
      </div>
    </section>
  );
}
