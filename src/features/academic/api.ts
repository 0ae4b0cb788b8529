import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type * as z from 'zod/mini';
import { request } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import { notify } from '@/lib/notify';
import { describeError } from '@/components/feedback/describe-error';
import { AcademicPage } from '@/contract/api';
import { paths } from '@/contract/endpoints';
import { AcademicPartner } from '@/contract/entities';
import type { Page } from '@/contract/primitives';
import type { AcademicListQuery } from '@/contract/queries';
import { OverviewStats } from '@/contract/stats';
import type { PartnershipPatch } from './lib/form';
import { DUE_WINDOW_MONTHS } from './lib/renewal';
import './messages';

export type AcademicQuery = z.infer<typeof AcademicListQuery>;

/** Partner schools: a short list, answered whole (no pages). */
export const academicQueries = {
  all: () => ['academic'] as const,
  lists: () => [...academicQueries.all(), 'list'] as const,
  list: (query: Partial<AcademicQuery>) =>
    queryOptions({
      queryKey: [...academicQueries.lists(), query] as const,
      queryFn: ({ signal }) => request(AcademicPage, paths.academic, { query, signal }),
      placeholderData: keepPreviousData,
    }),
  /** Agreements due within 6 months, as the API counts them (its today, not the browser's). */
  dueSoon: () => academicQueries.list({ renewalWithinMonths: DUE_WINDOW_MONTHS }),
  /** The school-wide double-degree figure of the overview statistics, with its date. */
  doubleDegrees: (year?: number) =>
    queryOptions({
      queryKey: [...academicQueries.all(), 'double-degrees', year ?? null] as const,
      queryFn: ({ signal }) => request(OverviewStats, paths.statsOverview, { query: { year }, signal }).then((s) => ({ ...s.doubleDegrees, year: s.year })),
    }),
};

type AcademicPageData = Page<AcademicPartner>;

export interface UpdateVariables {
  partner: AcademicPartner;
  patch: PartnershipPatch;
}

/**
 * Saves a partnership. The row changes at once in every list on screen and goes back, with a
 * toast saying why, if the server refuses; the dialog also keeps what was typed.
 */
export function useUpdatePartnership() {
  const client = useQueryClient();
  const { t } = useI18n();
  const setEverywhere = (id: string, row: (p: AcademicPartner) => AcademicPartner) =>
    client.setQueriesData<AcademicPageData>({ queryKey: academicQueries.lists() }, (page) =>
      page ? { ...page, items: page.items.map((p) => (p.id === id ? row(p) : p)) } : page,
    );
  return useMutation({
    mutationFn: ({ partner, patch }: UpdateVariables) => request(AcademicPartner, paths.academicPartner(partner.id), { method: 'PATCH', body: patch }),
    onMutate: async ({ partner, patch }) => {
      await client.cancelQueries({ queryKey: academicQueries.lists() });
      const { version: _version, ...changes } = patch;
      setEverywhere(partner.id, (p) => ({ ...p, ...changes }));
      return { previous: partner };
    },
    onSuccess: (saved) => setEverywhere(saved.id, () => saved),
    onError: (error, { partner }, context) => {
      if (context) setEverywhere(partner.id, () => context.previous);
      notify.error(t('academic.edit.rolledBack', { school: partner.school, reason: describeError(t, error) }));
    },
    onSettled: () =>
      Promise.all([client.invalidateQueries({ queryKey: academicQueries.all() }), client.invalidateQueries({ queryKey: ['overview'] })]),
  });
}
