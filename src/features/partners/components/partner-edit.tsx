import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { PartnerRow } from '@/contract/entities';
import { useI18n } from '@/lib/i18n';
import { notify } from '@/lib/notify';
import { partnerQueries, useUpdatePartner } from '../api';
import { partnerToForm } from '../lib/form-partner';
import { PartnerForm } from './partner-form';
import '../messages-detail';
import '../messages-form';

/** Editing a company in place, on its own page: the URL stays the company's. */
export function PartnerEdit({ partner, onDone }: { partner: PartnerRow; onDone: () => void }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const update = useUpdatePartner(partner.id);
  // The form starts from the record as it was when editing began.
  const defaults = useMemo(() => partnerToForm(partner), [partner.id]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <section aria-labelledby="partner-edit-title">
      <h2 id="partner-edit-title" style={{ fontSize: 'var(--text-lg)', marginBottom: 'var(--space-4)' }}>
        {t('partnerPage.editTitle')}
      </h2>
      <PartnerForm
        defaultValues={defaults}
        partnerId={partner.id}
        submitLabel={t('common.save')}
        onSubmit={(input) => update.mutateAsync({ ...input, version: partner.version })}
        onSaved={(row) => {
          client.setQueryData(partnerQueries.detail(row.id).queryKey, row);
          notify.success(t('partnerForm.updated'));
          onDone();
        }}
        onCancel={onDone}
      />
    </section>
  );
}
