import type { PartnerRow } from '@/contract/entities';

/**
 * The one CSV format of companies: what the export writes and what the import reads, so that
 * exporting then importing the same file changes nothing. Headers are French (French Excel is the
 * users' tool); the import also recognises the English headers and a few usual variants.
 *
 * Enumerations are written as their codes' French labels by the export (see `exportValue`); the
 * import maps labels *and* codes back.
 */
export type PartnerCsvField =
  | 'name'
  | 'siren'
  | 'siret'
  | 'nafCode'
  | 'sector'
  | 'department'
  | 'city'
  | 'sizeBand'
  | 'stage'
  | 'owner'
  | 'partnerSince'
  | 'tags'
  | 'website'
  | 'notes'
  | 'contactFirstName'
  | 'contactLastName'
  | 'contactRole'
  | 'contactEmail'
  | 'contactPhone'
  | 'contactIsTutor'
  // Read-only columns of the list export, ignored by the import.
  | 'kinds'
  | 'lastInteraction'
  | 'openOpportunitiesAmount'
  | 'archived';

export interface PartnerCsvColumn {
  field: PartnerCsvField;
  /** The header the export writes. */
  header: string;
  /** Other headers the import accepts (compared without case, accents, spaces or punctuation). */
  aliases: readonly string[];
  /** Columns that describe the company rather than the school's view of it are imported. */
  imported: boolean;
}

export const PARTNER_CSV_COLUMNS: readonly PartnerCsvColumn[] = [
  { field: 'name', header: 'Nom', aliases: ['name', 'raison sociale', 'entreprise', 'company', 'societe'], imported: true },
  { field: 'siren', header: 'SIREN', aliases: ['siren'], imported: true },
  { field: 'siret', header: 'SIRET', aliases: ['siret'], imported: true },
  { field: 'nafCode', header: 'Code NAF', aliases: ['naf', 'ape', 'code ape', 'naf code'], imported: true },
  { field: 'sector', header: 'Secteur', aliases: ['sector'], imported: true },
  { field: 'department', header: 'Département', aliases: ['department', 'dept', 'departement code'], imported: true },
  { field: 'city', header: 'Ville', aliases: ['city', 'commune', 'town'], imported: true },
  { field: 'sizeBand', header: 'Taille', aliases: ['size', 'size band', 'effectif'], imported: true },
  { field: 'stage', header: 'Statut de la relation', aliases: ['stage', 'statut', 'relationship stage', 'status'], imported: true },
  { field: 'owner', header: 'Responsable', aliases: ['owner', 'charge de relation', 'chargee de relation'], imported: true },
  { field: 'partnerSince', header: 'Partenaire depuis', aliases: ['partner since', 'depuis'], imported: true },
  { field: 'tags', header: 'Étiquettes', aliases: ['tags', 'etiquette', 'mots cles'], imported: true },
  { field: 'website', header: 'Site web', aliases: ['website', 'site', 'url'], imported: true },
  { field: 'notes', header: 'Notes', aliases: ['notes', 'commentaire', 'comments'], imported: true },
  { field: 'contactFirstName', header: 'Contact prénom', aliases: ['contact first name', 'prenom', 'first name'], imported: true },
  { field: 'contactLastName', header: 'Contact nom', aliases: ['contact last name', 'nom du contact', 'last name'], imported: true },
  { field: 'contactRole', header: 'Contact fonction', aliases: ['contact role', 'fonction', 'role', 'job title'], imported: true },
  { field: 'contactEmail', header: 'Contact e-mail', aliases: ['contact email', 'email', 'e-mail', 'courriel', 'mail'], imported: true },
  { field: 'contactPhone', header: 'Contact téléphone', aliases: ['contact phone', 'telephone', 'phone', 'tel'], imported: true },
  { field: 'contactIsTutor', header: 'Contact tuteur', aliases: ['contact is tutor', 'tuteur', 'tutor', 'maitre d apprentissage'], imported: true },
  { field: 'kinds', header: 'Relations', aliases: ['relationship kinds', 'kinds'], imported: false },
  { field: 'lastInteraction', header: 'Dernière interaction', aliases: ['last interaction'], imported: false },
  { field: 'openOpportunitiesAmount', header: 'Opportunités ouvertes (€)', aliases: ['open opportunities'], imported: false },
  { field: 'archived', header: 'Archivée', aliases: ['archived'], imported: false },
];

/** The company columns of the list export (contacts are not part of the list). */
export const PARTNER_EXPORT_FIELDS: readonly PartnerCsvField[] = [
  'name', 'siren', 'siret', 'nafCode', 'sector', 'department', 'city', 'sizeBand', 'stage', 'owner', 'partnerSince', 'tags', 'website', 'notes',
  'kinds', 'lastInteraction', 'openOpportunitiesAmount', 'archived',
];

/** "Département" → "departement": how headers are compared. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const byHeader = new Map<string, PartnerCsvField>();
for (const col of PARTNER_CSV_COLUMNS) {
  for (const h of [col.header, ...col.aliases]) byHeader.set(normaliseHeader(h), col.field);
}

/** The field a file's header stands for, or null when it is not recognised. */
export function fieldForHeader(header: string): PartnerCsvField | null {
  return byHeader.get(normaliseHeader(header)) ?? null;
}

export interface ExportLabels {
  sector: (code: string) => string;
  sizeBand: (code: string) => string;
  stage: (code: string) => string;
  kind: (code: string) => string;
  owner: (id: string | null) => string;
  yes: string;
  no: string;
}

/** A company's cell in the export, as people read it (labels, ISO dates, plain numbers). */
export function exportValue(row: PartnerRow, field: PartnerCsvField, labels: ExportLabels): string | number {
  switch (field) {
    case 'name': return row.name;
    case 'siren': return row.siren ?? '';
    case 'siret': return row.siret ?? '';
    case 'nafCode': return row.nafCode ?? '';
    case 'sector': return labels.sector(row.sector);
    case 'department': return row.department;
    case 'city': return row.city;
    case 'sizeBand': return labels.sizeBand(row.sizeBand);
    case 'stage': return labels.stage(row.stage);
    case 'owner': return labels.owner(row.ownerId);
    case 'partnerSince': return row.partnerSince ?? '';
    case 'tags': return row.tags.join(', ');
    case 'website': return row.website ?? '';
    case 'notes': return row.notes;
    case 'kinds': return row.kinds.map(labels.kind).join(', ');
    case 'lastInteraction': return row.lastInteraction ?? '';
    case 'openOpportunitiesAmount': return row.openOpportunitiesAmount;
    case 'archived': return row.archived ? labels.yes : labels.no;
    default: return '';
  }
}

export function headerOf(field: PartnerCsvField): string {
  return PARTNER_CSV_COLUMNS.find((c) => c.field === field)?.header ?? field;
}
