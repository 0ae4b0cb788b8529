import type { Dataset } from '../../../mocks/data/dataset';
import type { Booking, EquipmentItem, Partner, Startup } from '../../../src/contract/entities';

/** Small hand-made datasets, so that a statistic can be checked against a number worked out by hand. */

export function partner(id: string, overrides: Partial<Partner> = {}): Partner {
  return {
    id,
    name: `Entreprise ${id}`,
    siren: null,
    siret: null,
    vatNumber: null,
    nafCode: null,
    sector: 'materiaux',
    department: '30',
    city: 'Alès',
    sizeBand: 'pme',
    stage: 'active',
    kinds: [],
    ownerId: null,
    partnerSince: '2020-01-15',
    tags: [],
    website: null,
    notes: '',
    archived: false,
    synthetic: true,
    createdAt: '2020-01-15T08:00:00.000Z',
    updatedAt: '2020-01-15T08:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

export function item(id: string, overrides: Partial<EquipmentItem> = {}): EquipmentItem {
  return {
    id,
    name: `Équipement ${id}`,
    platform: 'Plateforme',
    researchUnit: 'PCH',
    category: 'materials',
    description: '',
    rateUnit: 'hour',
    rate: 100,
    openToCompanies: true,
    synthetic: true,
    ...overrides,
  };
}

export function booking(id: string, equipmentId: string, partnerId: string, start: string, end: string, overrides: Partial<Booking> = {}): Booking {
  return { id, equipmentId, partnerId, start, end, purpose: 'Essai', status: 'completed', invoiced: 0, synthetic: true, version: 1, ...overrides };
}

export function startup(id: string, foundedYear: number, overrides: Partial<Startup> = {}): Startup {
  return {
    id,
    name: `Start-up ${id}`,
    foundedYear,
    incubationStart: null,
    incubationEnd: null,
    sector: 'numerique-ia',
    department: '30',
    city: 'Alès',
    status: 'active',
    closedYear: null,
    jobs: 3,
    fundsRaised: 0,
    link: 'incubated',
    partnerId: null,
    story: null,
    synthetic: true,
    ...overrides,
  };
}

export function dataset(overrides: Partial<Dataset> = {}): Dataset {
  return {
    today: '2026-11-26',
    seed: 1,
    scale: 1,
    users: [{ id: 'u-1', name: 'Sophie Bernard', email: 'sophie@example.fr', role: 'business-developer' }],
    partners: [],
    contacts: [],
    interactions: [],
    tasks: [],
    opportunities: [],
    contracts: [],
    equipment: [],
    maintenance: [],
    bookings: [],
    startups: [],
    academicPartners: [],
    events: [],
    taxPledges: [],
    yearlyFigures: [],
    ...overrides,
  };
}
