import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { authPaths } from '@/contract/auth';
import type { AccountInput, AccountPatch } from '@/contract/auth';
import { paths } from '@/contract/endpoints';
import { page } from '@/contract/primitives';
import { User } from '@/contract/user';
import { request, requestVoid } from '@/lib/api-client';
import { userQueries } from '@/lib/users';

/** Resets the demo dataset; every cached answer is then stale, so all queries start over. */
export function useResetDemoData() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => requestVoid(paths.demoReset, { method: 'POST' }),
    onSuccess: () => client.resetQueries(),
  });
}

/**
 * An account as the administrators see it. `active` is read when the server sends it; an account
 * it does not mark is taken as active (every account listed could sign in).
 */
export const AccountRow = z.extend(User, { active: z.optional(z.boolean()) });
export type AccountRow = z.infer<typeof AccountRow>;
const AccountPage = page(AccountRow);
export type AccountPatchInput = z.infer<typeof AccountPatch>;

/** Under ['users', …]: a change of account also refreshes the people the views name. */
export const accountQueries = {
  list: () =>
    queryOptions({
      queryKey: [...userQueries.all(), 'accounts'] as const,
      queryFn: ({ signal }) => request(AccountPage, paths.users, { signal }).then((p) => p.items),
    }),
};

export function useCreateAccount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AccountInput) => request(AccountRow, paths.users, { method: 'POST', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: userQueries.all() }),
  });
}

export function useUpdateAccount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: AccountPatchInput }) => request(AccountRow, authPaths.account(id), { method: 'PATCH', body: patch }),
    onSuccess: (row, { patch }) => {
      // The answer may not say whether the account is active: what was asked is what holds.
      const updated: AccountRow = { ...row, active: row.active ?? patch.active };
      client.setQueryData(accountQueries.list().queryKey, (rows) => rows?.map((r) => (r.id === row.id ? { ...r, ...updated, active: updated.active ?? r.active } : r)));
      // The people the views name (a new name, a new role); this list holds the answer already.
      return client.invalidateQueries({ queryKey: userQueries.all(), exact: true });
    },
  });
}
