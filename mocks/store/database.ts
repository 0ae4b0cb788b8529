import type { Dataset } from '../data/dataset';
import type {
  AcademicPartner, ApprenticeshipContract, Booking, Contact, EquipmentItem, Interaction, MaintenanceWindow,
  Opportunity, Partner, PartnerRow, SchoolEvent, Startup, Task, TaxPledge, User,
} from '../../src/contract/entities';
import { OPEN_OPPORTUNITY_STAGES } from '../../src/contract/reference';
import { partnerKinds } from '../data/kinds';
import type { RelationshipKind } from '../../src/contract/reference';
import { isContractActiveOn } from '../../src/domain/apprenticeship';
import { partnerSearchText } from '../../src/domain/partner-rules';
import { companyKey } from '../../src/domain/text';
import { idSequence, Table } from './table';

/** What the companies list shows and filters on, kept up to date on every write. */
export interface PartnerFigures {
  lastInteraction: string | null;
  openOpportunitiesAmount: number;
  activeApprentices: number;
  /** Lower-case, accent-free name, SIREN, SIRET, city and contact names, for the search box. */
  haystack: string;
  /** The name without legal form or accents, for duplicate detection. */
  nameKey: string;
}

const OPEN = new Set<string>(OPEN_OPPORTUNITY_STAGES);
const byPartner = <T extends { partnerId: string | null }>(r: T) => r.partnerId;
const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * The in-memory database of the demo API over one Dataset. Handlers read the tables and write
 * through them, then call `touch(partnerIds)` so that derived figures, the name order and
 * persistence follow.
 */
export class Store {
  readonly users: Table<User>;
  readonly partners: Table<Partner>;
  readonly contacts: Table<Contact, 'partner'>;
  readonly interactions: Table<Interaction, 'partner'>;
  readonly tasks: Table<Task, 'partner'>;
  readonly opportunities: Table<Opportunity, 'partner'>;
  readonly contracts: Table<ApprenticeshipContract, 'partner' | 'tutor'>;
  readonly equipment: Table<EquipmentItem>;
  readonly maintenance: Table<MaintenanceWindow, 'equipment'>;
  readonly bookings: Table<Booking, 'partner' | 'equipment'>;
  readonly startups: Table<Startup, 'partner'>;
  readonly academic: Table<AcademicPartner>;
  readonly events: Table<SchoolEvent, 'partner'>;
  readonly pledges: Table<TaxPledge, 'partner'>;

  /** Number of writes since the store was built: 0 means it still equals its dataset. */
  writes = 0;
  /** Called after every write (persistence hooks in here). */
  onWrite: ((store: Store) => void) | null = null;

  /** Computed on first use and dropped when the company is touched by a write. */
  private readonly figures = new Map<string, PartnerFigures>();
  private nameOrder: { ranks: Map<string, number>; sorted: Partner[] } | null = null;
  private ticks = 0;
  private readonly sequences = new Map<string, () => string>();

  constructor(readonly data: Dataset) {
    this.users = new Table(data.users);
    this.partners = new Table(data.partners);
    this.contacts = new Table(data.contacts, { partner: byPartner });
    this.interactions = new Table(data.interactions, { partner: byPartner });
    this.tasks = new Table(data.tasks, { partner: byPartner });
    this.opportunities = new Table(data.opportunities, { partner: byPartner });
    this.contracts = new Table(data.contracts, { partner: byPartner, tutor: (c) => c.tutorContactId });
    this.equipment = new Table(data.equipment);
    this.maintenance = new Table(data.maintenance, { equipment: (m) => m.equipmentId });
    this.bookings = new Table(data.bookings, { partner: byPartner, equipment: (b) => b.equipmentId });
    this.startups = new Table(data.startups, { partner: byPartner });
    this.academic = new Table(data.academicPartners);
    this.events = new Table(data.events, { partner: (e) => e.partnerIds });
    this.pledges = new Table(data.taxPledges, { partner: byPartner });
  }

  /** The dataset's date: handlers never read the real clock, so answers are reproducible. */
  get today(): string {
    return this.data.today;
  }

  /** A timestamp on `today` that increases with each call, so that records keep their order. */
  now(): string {
    return new Date(Date.parse(`${this.today}T08:00:00.000Z`) + 1000 * this.ticks++).toISOString();
  }

  newId(collection: keyof Dataset, rows: readonly { id: string }[], fallback: string): string {
    let next = this.sequences.get(collection);
    if (!next) {
      next = idSequence(rows, fallback);
      this.sequences.set(collection, next);
    }
    return next();
  }

  figuresOf(partnerId: string): PartnerFigures {
    let f = this.figures.get(partnerId);
    if (!f) {
      const p = this.partners.get(partnerId);
      if (!p) throw new Error(`Unknown partner ${partnerId}`);
      f = this.computeFigures(p);
      this.figures.set(partnerId, f);
    }
    return f;
  }

  row(p: Partner): PartnerRow {
    const { lastInteraction, openOpportunitiesAmount, activeApprentices } = this.figuresOf(p.id);
    return { ...p, lastInteraction, openOpportunitiesAmount, activeApprentices };
  }

  /**
   * Records a write: recomputes the figures and relationship kinds of the companies it touched,
   * and tells persistence. `namesChanged` drops the cached name order.
   */
  touch(partnerIds: readonly (string | null | undefined)[] = [], namesChanged = false): void {
    for (const id of new Set(partnerIds)) {
      if (!id) continue;
      const p = this.partners.get(id);
      if (!p) continue;
      const kinds = this.kindsOf(p.id);
      if (kinds.join() !== p.kinds.join()) p.kinds = kinds;
      this.figures.delete(id);
    }
    if (namesChanged) this.nameOrder = null;
    this.writes++;
    this.onWrite?.(this);
  }

  /** Companies in French alphabetical order, and each one's position; sorting 100,000 names is done once. */
  byName(): { ranks: Map<string, number>; sorted: readonly Partner[] } {
    if (!this.nameOrder) {
      const sorted = [...this.data.partners].sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
      this.nameOrder = { ranks: new Map(sorted.map((p, i) => [p.id, i])), sorted };
    }
    return this.nameOrder;
  }

  partnerName(id: string | null): string | null {
    return id === null ? null : (this.partners.get(id)?.name ?? null);
  }

  userName(id: string | null): string | null {
    return id === null ? null : (this.users.get(id)?.name ?? null);
  }

  contactName(id: string | null): string | null {
    const c = id === null ? undefined : this.contacts.get(id);
    return c ? `${c.firstName} ${c.lastName}` : null;
  }

  /** What the school does with the company: the generator's own rule, applied to this company's rows. */
  kindsOf(partnerId: string): RelationshipKind[] {
    const kinds = partnerKinds({
      contracts: this.contracts.by('partner', partnerId),
      bookings: this.bookings.by('partner', partnerId),
      opportunities: this.opportunities.by('partner', partnerId),
      startups: this.startups.by('partner', partnerId),
      taxPledges: this.pledges.by('partner', partnerId),
      events: this.events.by('partner', partnerId),
    });
    return kinds.get(partnerId) ?? [];
  }

  private computeFigures(p: Partner): PartnerFigures {
    let lastInteraction: string | null = null;
    for (const i of this.interactions.by('partner', p.id)) if (lastInteraction === null || i.date > lastInteraction) lastInteraction = i.date;
    let openOpportunitiesAmount = 0;
    for (const o of this.opportunities.by('partner', p.id)) if (OPEN.has(o.stage)) openOpportunitiesAmount += o.amount;
    let activeApprentices = 0;
    for (const c of this.contracts.by('partner', p.id)) if (isContractActiveOn(c, this.today)) activeApprentices++;
    const haystack = partnerSearchText(p, this.contacts.by('partner', p.id));
    return { lastInteraction, openOpportunitiesAmount, activeApprentices, haystack, nameKey: companyKey(p.name) };
  }
}
