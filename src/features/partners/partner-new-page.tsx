import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Skeleton } from '@/components/feedback/skeleton';
import { useCurrentUser } from '@/lib/current-user';
import { useI18n } from '@/lib/i18n';
import { notify } from '@/lib/notify';
import { userQueries } from '@/lib/users';
import { partnerQueries, useCreatePartner } from './api';
import { PartnerForm } from './components/partner-form';
import { emptyPartnerForm } from './lib/form-partner';
import './messages-form';

export default function PartnerNewPage() {
  const { t } = useI18n();
  // The owner defaults to the person using the app, known once the users have loaded.
  const users = useQuery(userQueries.list());
  return (
    <>
      <p>
        <Link to="/partners">← {t('partnerForm.backToList')}</Link>
      </p>
      <header className="page-header">
        <div>
          <h1 className="page-title">{t('partnerForm.newTitle')}</h1>
          <p className="page-subtitle">{t('partnerForm.newSubtitle')}</p>
        </div>
      </header>
      {users.isPending ? <FormSkeleton /> : <NewPartnerForm />}
    </>
  );
}

function NewPartnerForm() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { user } = useCurrentUser();
  const create = useCreatePartner();
  const defaults = useMemo(() => emptyPartnerForm(user?.id ?? ''), [user?.id]);
  return (
    <PartnerForm
      defaultValues={defaults}
      submitLabel={t('partnerForm.create')}
      onSubmit={(input) => create.mutateAsync(input)}
      onSaved={(row) => {
        client.setQueryData(partnerQueries.detail(row.id).queryKey, row);
        notify.success(t('partnerForm.created', { name: row.name }));
        void navigate(`/partners/${row.id}`);
      }}
    />
  );
}

function FormSkeleton() {
  return (
    <div aria-busy="true" style={{ display: 'grid', gap: '1.5rem', maxWidth: '64rem' }}>
      <Skeleton height="16rem" />
      <Skeleton height="12rem" />
      <Skeleton height="16rem" />
    </div>
  );
}
