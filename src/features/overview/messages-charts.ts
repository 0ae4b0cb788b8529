import { registerMessages } from '@/lib/i18n';

const fr = {
  'growth.partners.title': 'Entreprises partenaires par année universitaire',
  'growth.partners.new': 'Nouveaux partenaires',
  'growth.partners.active': 'Partenaires actifs',
  'growth.partners.takeaway': '{active} partenaires actifs en {year}, {change} depuis {from}.',
  'growth.students.title': 'Élèves et apprentis par année universitaire',
  'growth.students.students': 'Élèves',
  'growth.students.apprentices': 'Apprentis',
  'growth.students.share': 'Part d’apprentis',
  'growth.students.target': 'Objectif national : +20 à +30 % d’ingénieurs',
  'growth.students.within': '{students} élèves en {year} ({change} depuis {base}) : dans l’objectif national de +20 à +30 % ; {share} d’apprentis.',
  'growth.students.above': '{students} élèves en {year} ({change} depuis {base}) : au-delà de l’objectif national de +30 % ; {share} d’apprentis.',
  'growth.students.below': '{students} élèves en {year} ({change} depuis {base}) : encore sous l’objectif national de +20 % ; {share} d’apprentis.',
  'growth.students.base': '{students} élèves en {year}, année de référence de l’objectif national de +20 à +30 % d’ingénieurs ; {share} d’apprentis.',
  'growth.equipment.none': 'Aucune heure réservée par les entreprises sur les quatre derniers trimestres.',
  'growth.equipment.title': 'Heures d’équipement réservées par trimestre',
  'growth.equipment.hours': 'Heures réservées',
  'growth.equipment.revenue': 'Recettes (€)',
  'growth.equipment.takeaway': '{hours} h réservées par les entreprises sur les quatre derniers trimestres ({change} sur un an).',
  'growth.startups.title': 'Start-up créées par année et encore en activité',
  'growth.startups.created': 'Créées',
  'growth.startups.alive': 'Encore en activité',
  'growth.startups.takeaway': '{created} start-up créées depuis {from}, dont {alive} encore en activité ({share}).',
  'growth.year': 'Année',
  'growth.quarter': 'Trimestre',
} as const;

const en: { [K in keyof typeof fr]: string } = {
  'growth.partners.title': 'Partner companies per academic year',
  'growth.partners.new': 'New partners',
  'growth.partners.active': 'Active partners',
  'growth.partners.takeaway': '{active} active partners in {year}, {change} since {from}.',
  'growth.students.title': 'Students and apprentices per academic year',
  'growth.students.students': 'Students',
  'growth.students.apprentices': 'Apprentices',
  'growth.students.share': 'Apprentice share',
  'growth.students.target': 'National goal: 20–30% more engineers',
  'growth.students.within': '{students} students in {year} ({change} since {base}): within the national goal of +20 to +30%; {share} apprentices.',
  'growth.students.above': '{students} students in {year} ({change} since {base}): beyond the national goal of +30%; {share} apprentices.',
  'growth.students.below': '{students} students in {year} ({change} since {base}): still below the national goal of +20%; {share} apprentices.',
  'growth.students.base': '{students} students in {year}, the base year of the national goal of 20–30% more engineers; {share} apprentices.',
  'growth.equipment.none': 'No hours booked by companies over the last four quarters.',
  'growth.equipment.title': 'Equipment hours booked per quarter',
  'growth.equipment.hours': 'Hours booked',
  'growth.equipment.revenue': 'Revenue (€)',
  'growth.equipment.takeaway': '{hours} h booked by companies over the last four quarters ({change} year on year).',
  'growth.startups.title': 'Start-ups created per year and still in business',
  'growth.startups.created': 'Created',
  'growth.startups.alive': 'Still in business',
  'growth.startups.takeaway': '{created} start-ups created since {from}, {alive} still in business ({share}).',
  'growth.year': 'Year',
  'growth.quarter': 'Quarter',
};

registerMessages({ fr, en });

declare module '@/lib/i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declares this catalogue's keys
  interface MessageRegistry extends Record<keyof typeof fr, string> {}
}
