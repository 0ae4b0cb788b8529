import type { I18n, MessageKey } from '@/lib/i18n';
import { label } from '@/locales/labels';
import '../messages';

/** What the history needs to say a recorded value in words. */
export interface ValueContext {
  t: I18n['t'];
  number: I18n['number'];
  euros: I18n['euros'];
  date: I18n['date'];
  dateTime: (iso: string) => string;
  userName: (id: string) => string | undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const EUROS = new Set(['amount', 'fundsRaised', 'openOpportunitiesAmount', 'rate']);
const PEOPLE = new Set(['ownerId', 'authorId', 'userId']);
/** Years read as years ("2024"), not as quantities ("2 024"). */
const YEARS = new Set(['year', 'cohortYear', 'foundedYear', 'since', 'closedYear']);

/** The label of an enumeration value, when this field holds one the catalogue names. */
function enumKey(entity: string, field: string, value: string): MessageKey | null {
  if (field === 'sector') return label.sector(value);
  if (field === 'sizeBand') return label.sizeBand(value);
  if (field === 'stage') return entity === 'opportunity' ? label.opportunityStage(value) : label.stage(value);
  if (field === 'kind' && entity === 'interaction') return label.interaction(value);
  if (field === 'kind' && entity === 'opportunity') return label.opportunityKind(value);
  if (field === 'kinds') return label.kind(value);
  if (field === 'role' && entity === 'user') return label.role(value);
  return null;
}

function stringValue(entity: string, field: string, value: string, ctx: ValueContext): string {
  if (value === '') return ctx.t('audit.empty.value');
  if (PEOPLE.has(field)) return ctx.userName(value) ?? value;
  const key = enumKey(entity, field, value);
  // An unknown key comes back as itself: then the value is shown as recorded.
  if (key && ctx.t(key) !== key) return ctx.t(key);
  if (ISO_DATE.test(value)) return ctx.date(value);
  if (ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))) return ctx.dateTime(value);
  return value;
}

/**
 * One recorded value as text ("Partenaire actif", "12 000 €", "03/12/2026", "Sophie Bernard").
 * Values come from the server as JSON: anything unexpected is still shown, as text.
 */
export function formatValue(entity: string, field: string, value: unknown, ctx: ValueContext): string {
  if (value === null || value === undefined) return ctx.t('audit.empty.value');
  if (typeof value === 'boolean') return ctx.t(value ? 'audit.yes' : 'audit.no');
  if (typeof value === 'number' && YEARS.has(field)) return String(value);
  if (typeof value === 'number') return EUROS.has(field) ? ctx.euros(value) : ctx.number(value, 2);
  if (typeof value === 'string') return stringValue(entity, field, value, ctx);
  if (Array.isArray(value)) return value.length === 0 ? ctx.t('audit.empty.value') : value.map((v) => formatValue(entity, field, v, ctx)).join(', ');
  return JSON.stringify(value);
}
