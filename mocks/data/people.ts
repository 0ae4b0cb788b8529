import type { Rng } from './random';

/** Common French first and last names: combined at random they name nobody in particular. */
export const FEMALE_FIRST_NAMES = [
  'Camille', 'Léa', 'Manon', 'Chloé', 'Inès', 'Sarah', 'Julie', 'Laura', 'Marion', 'Émilie', 'Claire', 'Sophie', 'Anne',
  'Isabelle', 'Nathalie', 'Sandrine', 'Céline', 'Aurélie', 'Élodie', 'Pauline', 'Lucie', 'Mathilde', 'Charlotte', 'Audrey',
  'Valérie', 'Christine', 'Hélène', 'Agnès', 'Mélanie', 'Amandine', 'Nadia', 'Sonia', 'Yasmine', 'Fatima', 'Océane', 'Emma',
  'Jade', 'Louise', 'Alice', 'Margaux', 'Clémence', 'Justine', 'Marine', 'Estelle', 'Delphine', 'Virginie', 'Caroline', 'Myriam',
] as const;

export const MALE_FIRST_NAMES = [
  'Thomas', 'Nicolas', 'Julien', 'Maxime', 'Alexandre', 'Antoine', 'Romain', 'Guillaume', 'Pierre', 'Sébastien', 'Mathieu',
  'Olivier', 'Laurent', 'Philippe', 'Christophe', 'Frédéric', 'Stéphane', 'Éric', 'David', 'Jérôme', 'Vincent', 'Benoît',
  'Cédric', 'Florian', 'Hugo', 'Lucas', 'Théo', 'Louis', 'Paul', 'Arthur', 'Baptiste', 'Quentin', 'Adrien', 'Kévin', 'Yann',
  'Karim', 'Mehdi', 'Samir', 'Rémi', 'Damien', 'Fabien', 'Jean', 'Marc', 'Bruno', 'Gilles', 'Patrick', 'Xavier', 'Léo',
] as const;

export const LAST_NAMES = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent',
  'Lefebvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard', 'André', 'Mercier',
  'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez', 'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guerin', 'Muller',
  'Henry', 'Roussel', 'Nicolas', 'Perrin', 'Morin', 'Mathieu', 'Clément', 'Gauthier', 'Dumont', 'Lopez', 'Fontaine', 'Chevalier',
  'Robin', 'Masson', 'Sanchez', 'Boyer', 'Denis', 'Lemaire', 'Duval', 'Joly', 'Gautier', 'Roger', 'Roche', 'Roy', 'Noël',
  'Meyer', 'Lucas', 'Meunier', 'Jean', 'Perez', 'Marchand', 'Dufour', 'Blanchard', 'Marie', 'Barbier', 'Brun', 'Dumas',
  'Brunet', 'Schmitt', 'Leroux', 'Colin', 'Fernandez', 'Pierre', 'Renard', 'Arnaud', 'Rolland', 'Caron', 'Aubert', 'Giraud',
  'Leclerc', 'Vidal', 'Bourgeois', 'Renaud', 'Lemoine', 'Picard', 'Gaillard', 'Philippe', 'Leclercq', 'Lacroix', 'Fabre',
  'Dupuis', 'Olivier', 'Rodriguez', 'Da Silva', 'Hubert', 'Louis', 'Charles', 'Guillot', 'Rivière', 'Le Gall', 'Guillaume',
  'Adam', 'Rey', 'Moulin', 'Gonzalez', 'Berger', 'Lecomte', 'Menard', 'Fleury', 'Deschamps', 'Carpentier', 'Julien', 'Benoît',
  'Paris', 'Maillard', 'Marchal', 'Aubry', 'Vasseur', 'Le Roux', 'Renault', 'Jacquet', 'Collet', 'Prévost', 'Poirier',
  'Charpentier', 'Royer', 'Huet', 'Baron', 'Dupuy', 'Pons', 'Paul', 'Laine', 'Carré', 'Breton', 'Rémy', 'Schneider', 'Perrot',
  'Guyot', 'Barre', 'Marty', 'Cousin', 'Boissier', 'Teissier', 'Chabert', 'Pagès', 'Castanet', 'Rouvière', 'Plantier', 'Bastide',
  'Maurin', 'Soulier', 'Coste', 'Brès', 'Valette', 'Granier', 'Puech', 'Cabanel', 'Salles', 'Verdier', 'Delmas', 'Benali',
  'Haddad', 'Nguyen', 'Ferreira', 'Mendes', 'Martins', 'Kaya', 'Diallo', 'Traoré', 'Bensaïd', 'Amrani',
] as const;

export interface PersonName {
  firstName: string;
  lastName: string;
  female: boolean;
}

export function personName(rng: Rng, femaleShare = 0.45): PersonName {
  const female = rng.chance(femaleShare);
  return {
    female,
    firstName: rng.pick(female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES),
    lastName: rng.pick(LAST_NAMES),
  };
}

/** Lower-case ASCII without accents, for e-mail local parts and domains. */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "04 66 12 34 56": the area prefix then random pairs up to ten digits. */
export function phoneNumber(rng: Rng, prefix: string): string {
  const digits = prefix.replace(/ /g, '');
  let out = prefix;
  for (let len = digits.length; len < 10; len += 2) out += ` ${String(rng.int(0, 99)).padStart(2, '0')}`;
  return out;
}
