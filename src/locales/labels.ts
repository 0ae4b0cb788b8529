import { registerMessages } from '@/lib/i18n';
import type { DepartmentCode } from '@/contract/reference';

/**
 * Labels of the contract's enumerations (sectors, stages, kinds…), in both languages. Imported by
 * the views that show them; registered when first imported. Use the typed helpers below, e.g.
 * `t(label.sector(p.sector))`.
 */
const fr = {
  'sector.sante': 'Santé',
  'sector.protection-civile': 'Protection civile',
  'sector.nucleaire': 'Nucléaire',
  'sector.mecatronique': 'Mécatronique',
  'sector.energies-renouvelables': 'Énergies renouvelables',
  'sector.hydrogene': 'Hydrogène',
  'sector.materiaux': 'Matériaux',
  'sector.numerique-ia': 'Numérique & IA',
  'sector.construction': 'Construction',
  'sector.eau-environnement': 'Eau & environnement',
  'department.HO': 'Hors Occitanie',
  'sizeBand.tpe': 'TPE (moins de 10 salariés)',
  'sizeBand.pme': 'PME (10 à 249)',
  'sizeBand.eti': 'ETI (250 à 4 999)',
  'sizeBand.ge': 'Grande entreprise (5 000 et plus)',
  'stage.prospect': 'Prospect',
  'stage.active': 'Partenaire actif',
  'stage.dormant': 'En sommeil',
  'kind.apprentices': 'Alternance',
  'kind.equipment': 'Équipements',
  'kind.research': 'Recherche',
  'kind.incubator': 'Incubateur',
  'kind.tax': 'Taxe d’apprentissage',
  'kind.events': 'Événements',
  'interaction.meeting': 'Réunion',
  'interaction.call': 'Appel',
  'interaction.visit': 'Visite',
  'interaction.email': 'E-mail',
  'interaction.event': 'Événement',
  'opportunityKind.research-contract': 'Contrat de recherche',
  'opportunityKind.chair': 'Chaire',
  'opportunityKind.equipment': 'Équipement',
  'opportunityKind.apprenticeship-tax': 'Taxe d’apprentissage',
  'opportunityKind.training': 'Formation',
  'opportunityKind.recruitment': 'Recrutement',
  'opportunityStage.identified': 'Identifiée',
  'opportunityStage.contacted': 'Contactée',
  'opportunityStage.proposal': 'Proposition',
  'opportunityStage.negotiation': 'Négociation',
  'opportunityStage.won': 'Gagnée',
  'opportunityStage.lost': 'Perdue',
  'role.admin': 'Administration',
  'role.business-developer': 'Chargé·e de relations entreprises',
  'role.platform-manager': 'Responsable de plateforme',
  'role.apprenticeship-office': 'Service alternance',
  'role.director': 'Direction',
} as const;

type LabelKey = keyof typeof fr;
const en: { [K in LabelKey]: string } = {
  'sector.sante': 'Health',
  'sector.protection-civile': 'Civil protection',
  'sector.nucleaire': 'Nuclear',
  'sector.mecatronique': 'Mechatronics',
  'sector.energies-renouvelables': 'Renewable energy',
  'sector.hydrogene': 'Hydrogen',
  'sector.materiaux': 'Materials',
  'sector.numerique-ia': 'Computing & AI',
  'sector.construction': 'Construction',
  'sector.eau-environnement': 'Water & environment',
  'department.HO': 'Outside Occitanie',
  'sizeBand.tpe': 'Micro (under 10 staff)',
  'sizeBand.pme': 'SME (10 to 249)',
  'sizeBand.eti': 'Mid-cap (250 to 4,999)',
  'sizeBand.ge': 'Large (5,000 and more)',
  'stage.prospect': 'Prospect',
  'stage.active': 'Active partner',
  'stage.dormant': 'Dormant',
  'kind.apprentices': 'Apprenticeships',
  'kind.equipment': 'Equipment',
  'kind.research': 'Research',
  'kind.incubator': 'Incubator',
  'kind.tax': 'Apprenticeship tax',
  'kind.events': 'Events',
  'interaction.meeting': 'Meeting',
  'interaction.call': 'Call',
  'interaction.visit': 'Visit',
  'interaction.email': 'E-mail',
  'interaction.event': 'Event',
  'opportunityKind.research-contract': 'Research contract',
  'opportunityKind.chair': 'Chair',
  'opportunityKind.equipment': 'Equipment',
  'opportunityKind.apprenticeship-tax': 'Apprenticeship tax',
  'opportunityKind.training': 'Training',
  'opportunityKind.recruitment': 'Recruitment',
  'opportunityStage.identified': 'Identified',
  'opportunityStage.contacted': 'Contacted',
  'opportunityStage.proposal': 'Proposal',
  'opportunityStage.negotiation': 'Negotiation',
  'opportunityStage.won': 'Won',
  'opportunityStage.lost': 'Lost',
  'role.admin': 'Administration',
  'role.business-developer': 'Business developer',
  'role.platform-manager': 'Platform manager',
  'role.apprenticeship-office': 'Apprenticeship office',
  'role.director': 'Director',
};

registerMessages({ fr, en });

declare module '@/lib/i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declares this catalogue's keys
  interface MessageRegistry extends Record<LabelKey, string> {}
}

/** Typed keys for the labels of each enumeration. */
export const label = {
  sector: (v: string) => `sector.${v}` as LabelKey,
  sizeBand: (v: string) => `sizeBand.${v}` as LabelKey,
  stage: (v: string) => `stage.${v}` as LabelKey,
  kind: (v: string) => `kind.${v}` as LabelKey,
  interaction: (v: string) => `interaction.${v}` as LabelKey,
  opportunityKind: (v: string) => `opportunityKind.${v}` as LabelKey,
  opportunityStage: (v: string) => `opportunityStage.${v}` as LabelKey,
  role: (v: string) => `role.${v}` as LabelKey,
};

/** "30 · Gard", or "Hors Occitanie": department names are proper nouns, the same in both languages. */
export { departmentLabel } from './department-label';
export type { DepartmentCode };
