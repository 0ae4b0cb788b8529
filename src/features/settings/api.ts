import { useMutation, useQueryClient } from '@tanstack/react-query';
import { requestVoid } from '@/lib/api-client';
import { paths } from '@/contract/endpoints';

/** Resets the demo dataset; every cached answer is then stale, so all queries start over. */
export function useResetDemoData() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => requestVoid(paths.demoReset, { method: 'POST' }),
    onSuccess: () => client.resetQueries(),
  });
}
