import type { DepartmentCode, Sector } from '../../src/contract/reference';

/**
 * Real towns of each department (weights ≈ how many firms one expects there) and the phone prefix
 * people dial there. Real places are fine: only company and person names must be fictional.
 */
export interface Place {
  readonly towns: readonly (readonly [string, number])[];
  readonly phone: string;
}

export const PLACES: Record<DepartmentCode, Place> = {
  '09': { phone: '05 61', towns: [['Foix', 3], ['Pamiers', 4], ['Saint-Girons', 2], ['Lavelanet', 1], ['Tarascon-sur-Ariège', 1]] },
  '11': { phone: '04 68', towns: [['Carcassonne', 4], ['Narbonne', 4], ['Castelnaudary', 2], ['Limoux', 1], ['Port-la-Nouvelle', 2], ['Lézignan-Corbières', 1]] },
  '12': { phone: '05 65', towns: [['Rodez', 4], ['Millau', 2], ['Villefranche-de-Rouergue', 2], ['Decazeville', 1], ['Onet-le-Château', 1]] },
  '30': {
    phone: '04 66',
    towns: [
      ['Alès', 24], ['Nîmes', 22], ['Bagnols-sur-Cèze', 6], ['Uzès', 3], ['Beaucaire', 3], ['Saint-Christol-lez-Alès', 4],
      ['Saint-Martin-de-Valgalgues', 3], ['Salindres', 2], ['La Grand-Combe', 2], ['Anduze', 1], ['Vauvert', 2], ['Saint-Gilles', 2],
      ['Pont-Saint-Esprit', 2], ["Laudun-l'Ardoise", 2], ['Marguerittes', 2], ['Caissargues', 2], ['Garons', 2],
      ['Villeneuve-lès-Avignon', 2], ['Le Vigan', 1], ['Saint-Hilaire-de-Brethmas', 2], ['Méjannes-lès-Alès', 1],
    ],
  },
  '31': { phone: '05 61', towns: [['Toulouse', 20], ['Blagnac', 5], ['Colomiers', 3], ['Labège', 3], ['Muret', 1], ['Saint-Gaudens', 1], ['Balma', 2], ['Ramonville-Saint-Agne', 2], ['Tournefeuille', 1]] },
  '32': { phone: '05 62', towns: [['Auch', 4], ['Condom', 1], ['Fleurance', 1], ["L'Isle-Jourdain", 2], ['Eauze', 1]] },
  '34': {
    phone: '04 67',
    towns: [
      ['Montpellier', 30], ['Sète', 4], ['Béziers', 5], ['Lunel', 3], ['Agde', 2], ['Castelnau-le-Lez', 4], ['Lattes', 3],
      ['Pérols', 2], ['Mauguio', 2], ['Saint-Jean-de-Védas', 3], ['Grabels', 2], ['Baillargues', 2], ['Frontignan', 2],
      ['Vendargues', 2], ['Lodève', 1], ['Pézenas', 1], ["Clermont-l'Hérault", 1],
    ],
  },
  '46': { phone: '05 65', towns: [['Cahors', 4], ['Figeac', 3], ['Gourdon', 1], ['Souillac', 1], ['Saint-Céré', 1]] },
  '48': { phone: '04 66', towns: [['Mende', 4], ['Marvejols', 2], ["Saint-Chély-d'Apcher", 1], ['Langogne', 1], ['Florac-Trois-Rivières', 1]] },
  '65': { phone: '05 62', towns: [['Tarbes', 5], ['Lourdes', 2], ['Bagnères-de-Bigorre', 1], ['Lannemezan', 2], ['Vic-en-Bigorre', 1]] },
  '66': { phone: '04 68', towns: [['Perpignan', 6], ['Canet-en-Roussillon', 1], ['Rivesaltes', 2], ['Céret', 1], ['Argelès-sur-Mer', 1], ['Prades', 1]] },
  '81': { phone: '05 63', towns: [['Albi', 4], ['Castres', 4], ['Gaillac', 1], ['Mazamet', 1], ['Carmaux', 1], ['Lavaur', 1]] },
  '82': { phone: '05 63', towns: [['Montauban', 5], ['Castelsarrasin', 2], ['Moissac', 1], ['Caussade', 1], ['Montech', 1]] },
  HO: {
    phone: '01',
    towns: [
      ['Paris', 14], ['Lyon', 10], ['Marseille', 7], ['Grenoble', 5], ['Avignon', 4], ['Aix-en-Provence', 3], ['Bordeaux', 3],
      ['Nantes', 2], ['Lille', 2], ['Saint-Étienne', 2], ['Pierrelatte', 2], ['Saint-Paul-lès-Durance', 2], ['Clermont-Ferrand', 1],
      ['Strasbourg', 1], ['Rennes', 1], ['Valbonne', 1], ['Orange', 1],
    ],
  },
};

/** Phone prefixes of the towns outside Occitanie (the region's own come from the department). */
export const HO_PHONE: Readonly<Record<string, string>> = {
  Paris: '01', Lyon: '04 72', Marseille: '04 91', Grenoble: '04 76', Avignon: '04 90', 'Aix-en-Provence': '04 42',
  Bordeaux: '05 56', Nantes: '02 40', Lille: '03 20', 'Saint-Étienne': '04 77', Pierrelatte: '04 75',
  'Saint-Paul-lès-Durance': '04 42', 'Clermont-Ferrand': '04 73', Strasbourg: '03 88', Rennes: '02 99', Valbonne: '04 93', Orange: '04 90',
};

/**
 * Where a sector's firms cluster (DATA.md: the Marcoule nuclear site near Bagnols-sur-Cèze, the
 * Montpellier health cluster, hydrogen projects in Aude, Hérault and Gard, the civil-protection air
 * base at Nîmes-Garons). Used instead of the department's generic towns for part of the firms.
 */
export const CLUSTERS: Partial<Record<Sector, Partial<Record<DepartmentCode, readonly (readonly [string, number])[]>>>> = {
  nucleaire: {
    '30': [['Bagnols-sur-Cèze', 6], ['Chusclan', 3], ['Codolet', 3], ['Pont-Saint-Esprit', 1], ["Laudun-l'Ardoise", 2], ['Alès', 1]],
    HO: [['Pierrelatte', 3], ['Saint-Paul-lès-Durance', 2], ['Orange', 1], ['Paris', 1]],
  },
  sante: {
    '34': [['Montpellier', 8], ['Castelnau-le-Lez', 2], ['Grabels', 2], ['Saint-Jean-de-Védas', 1], ['Lattes', 1]],
  },
  hydrogene: {
    '11': [['Port-la-Nouvelle', 3], ['Narbonne', 2]],
    '34': [['Montpellier', 1], ['Sète', 1], ['Béziers', 1]],
    '30': [['Alès', 1], ['Salindres', 2], ['Nîmes', 1]],
  },
  'protection-civile': {
    '30': [['Garons', 3], ['Nîmes', 2], ['Alès', 2], ['Caissargues', 1]],
  },
};

/** Towns of the Alès agglomeration, the first "Territoire d'industrie" (2018). */
export const ALES_TERRITORY = new Set([
  'Alès', 'Saint-Christol-lez-Alès', 'Saint-Martin-de-Valgalgues', 'Salindres', 'La Grand-Combe', 'Anduze', 'Saint-Hilaire-de-Brethmas', 'Méjannes-lès-Alès',
]);

export function phonePrefix(department: DepartmentCode, city: string): string {
  return department === 'HO' ? (HO_PHONE[city] ?? '01') : PLACES[department].phone;
}
