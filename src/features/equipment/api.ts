import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { ApiError, request } from '@/lib/api-client';
import { paths } from '@/contract/endpoints';
import { BookingPage, BookingRow, EquipmentDetail, EquipmentPage, MaintenancePage } from '@/contract/api';
import type { EquipmentListItem } from '@/contract/api';
import { MaintenanceWindow } from '@/contract/entities';
import type { BookingInput } from '@/contract/entities';
import type { BookingStatus } from '@/contract/reference';
import { UtilisationStats } from '@/contract/stats';
import { addDays } from '@/domain/dates';
import { parisParts } from './lib/paris-time';

/**
 * The shared-equipment domain: the catalogue, one item, its bookings and maintenance windows, its
 * utilisation. Keys hold every input of their fetch; writes invalidate by prefix.
 */

async function fetchEquipment(q: { q: string; openOnly: boolean }, signal?: AbortSignal): Promise<EquipmentListItem[]> {
  return (await request(EquipmentPage, paths.equipment, { query: q, signal })).items;
}
async function fetchBookings(q: { equipmentId: string; from: string; to: string }, signal?: AbortSignal): Promise<BookingRow[]> {
  return (await request(BookingPage, paths.bookings, { query: { ...q, pageSize: 10_000 }, signal })).items;
}

export const equipmentQueries = {
  all: () => ['equipment'] as const,
  list: (q: { q: string; openOnly: boolean }) =>
    queryOptions({
      queryKey: [...equipmentQueries.all(), 'list', q] as const,
      queryFn: ({ signal }) => fetchEquipment(q, signal),
      placeholderData: keepPreviousData,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...equipmentQueries.all(), 'detail', id] as const,
      queryFn: ({ signal }) => request(EquipmentDetail, paths.equipmentItem(id), { signal }),
    }),
  utilisation: (equipmentId: string, months = 12) =>
    queryOptions({
      queryKey: [...equipmentQueries.all(), 'utilisation', equipmentId, months] as const,
      queryFn: ({ signal }) => request(UtilisationStats, paths.statsUtilisation, { query: { equipmentId, months }, signal }),
    }),
};

export const bookingQueries = {
  all: () => ['bookings'] as const,
  byItem: (equipmentId: string) => [...bookingQueries.all(), 'item', equipmentId] as const,
  range: (equipmentId: string, from: string, to: string) =>
    queryOptions({
      queryKey: [...bookingQueries.byItem(equipmentId), from, to] as const,
      queryFn: ({ signal }) => fetchBookings({ equipmentId, from, to }, signal),
      placeholderData: keepPreviousData,
    }),
};

export const maintenanceQueries = {
  byItem: (equipmentId: string) =>
    queryOptions({
      queryKey: [...equipmentQueries.all(), 'maintenance', equipmentId] as const,
      queryFn: ({ signal }) => request(MaintenancePage, paths.maintenance(equipmentId), { signal }).then((p) => p.items),
    }),
};


/* ------------------------------------- writes ------------------------------------- */

function invalidateItem(client: QueryClient, equipmentId: string) {
  return Promise.all([
    client.invalidateQueries({ queryKey: bookingQueries.byItem(equipmentId) }),
    client.invalidateQueries({ queryKey: equipmentQueries.all() }),
    // Bookings also feed a company's page and the overview's equipment figures.
    client.invalidateQueries({ queryKey: ['partners'] }),
    client.invalidateQueries({ queryKey: ['overview'] }),
  ]);
}

/** What stands in the way of a refused booking, so the form can name it and offer the next free slot. */
export type BookingConflict =
  | { kind: 'booking'; booking: BookingRow | null; suggestion: { start: string; end: string } | null; detail: string }
  | { kind: 'maintenance'; window: MaintenanceWindow | null; suggestion: { start: string; end: string } | null; detail: string };

export class BookingConflictError extends Error {
  readonly conflict: BookingConflict;
  constructor(conflict: BookingConflict) {
    super(conflict.detail);
    this.name = 'BookingConflictError';
    this.conflict = conflict;
  }
}

/** The 409 only names the conflicting record: fetch it so the form can say who and when. */
async function describeConflict(input: BookingInput, error: ApiError): Promise<BookingConflict> {
  const id = error.problem?.conflictId;
  const suggestion = error.problem?.suggestion ?? null;
  const detail = error.problem?.detail ?? error.message;
  const [maintenance, bookings] = await Promise.all([
    request(MaintenancePage, paths.maintenance(input.equipmentId)).then((p) => p.items).catch(() => [] as MaintenanceWindow[]),
    fetchBookings({ equipmentId: input.equipmentId, from: addDays(parisParts(input.start).date, -1), to: addDays(parisParts(input.end).date, 1) }).catch(
      () => [] as BookingRow[],
    ),
  ]);
  const window = maintenance.find((m) => m.id === id);
  if (window) return { kind: 'maintenance', window, suggestion, detail };
  return { kind: 'booking', booking: bookings.find((b) => b.id === id) ?? null, suggestion, detail };
}

export function useCreateBooking(equipmentId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: BookingInput) => {
      try {
        return await request(BookingRow, paths.bookings, { method: 'POST', body: input });
      } catch (e) {
        if (e instanceof ApiError && e.status === 409) throw new BookingConflictError(await describeConflict(input, e));
        throw e;
      }
    },
    onSuccess: () => invalidateItem(client, equipmentId),
  });
}

type BookingLists = BookingRow[];

/** Cancel or confirm, shown at once in every cached period of the item; put back if the API refuses. */
export function useSetBookingStatus(equipmentId: string) {
  const client = useQueryClient();
  const key = bookingQueries.byItem(equipmentId);
  return useMutation({
    mutationFn: ({ booking, status }: { booking: BookingRow; status: BookingStatus }) =>
      request(BookingRow, paths.booking(booking.id), { method: 'PATCH', body: { status, version: booking.version } }),
    onMutate: async ({ booking, status }) => {
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueriesData<BookingLists>({ queryKey: key });
      client.setQueriesData<BookingLists>({ queryKey: key }, (rows) => rows?.map((r) => (r.id === booking.id ? { ...r, status } : r)));
      return { previous };
    },
    onError: (_e, _v, context) => {
      for (const [k, rows] of context?.previous ?? []) client.setQueryData(k, rows);
    },
    onSettled: () => invalidateItem(client, equipmentId),
  });
}

export function useAddMaintenance(equipmentId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { start: string; end: string; reason: string }) =>
      request(MaintenanceWindow, paths.maintenance(equipmentId), { method: 'POST', body: input }),
    onSuccess: () => invalidateItem(client, equipmentId),
  });
}
