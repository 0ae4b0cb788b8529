import type { World } from './context';
import { idMaker } from './context';
import { asciiSlug, personName, phoneNumber } from './people';
import { phonePrefix } from './places';
import type { Rng } from './random';
import { weightedTable } from './random';

/** [masculine, feminine] job titles; `tutor` marks the roles that usually mentor an apprentice. */
const ROLES: readonly { m: string; f: string; weight: number; tutor: boolean }[] = [
  { m: 'Directeur général', f: 'Directrice générale', weight: 6, tutor: false },
  { m: 'Directeur technique', f: 'Directrice technique', weight: 6, tutor: true },
  { m: 'Responsable des ressources humaines', f: 'Responsable des ressources humaines', weight: 8, tutor: false },
  { m: 'Chargé de recrutement', f: 'Chargée de recrutement', weight: 5, tutor: false },
  { m: 'Responsable R&D', f: 'Responsable R&D', weight: 6, tutor: true },
  { m: 'Ingénieur méthodes', f: 'Ingénieure méthodes', weight: 6, tutor: true },
  { m: 'Ingénieur d’études', f: 'Ingénieure d’études', weight: 6, tutor: true },
  { m: 'Chef de projet', f: 'Cheffe de projet', weight: 7, tutor: true },
  { m: 'Responsable QHSE', f: 'Responsable QHSE', weight: 4, tutor: true },
  { m: 'Responsable de production', f: 'Responsable de production', weight: 5, tutor: true },
  { m: 'Conducteur de travaux', f: 'Conductrice de travaux', weight: 3, tutor: true },
  { m: 'Responsable formation', f: 'Responsable formation', weight: 3, tutor: false },
  { m: 'Responsable innovation', f: 'Responsable innovation', weight: 3, tutor: true },
  { m: 'Directeur administratif et financier', f: 'Directrice administrative et financière', weight: 2, tutor: false },
];
const pickRole = weightedTable(ROLES.map((r) => [r, r.weight] as const));

function contactCount(rng: Rng, stage: string): number {
  if (stage === 'active') return rng.int(2, 5);
  if (stage === 'dormant') return rng.int(1, 3);
  return rng.int(1, 2);
}

export function generateContacts(world: World): void {
  const rng = world.rng.fork('contacts');
  const estimated = Math.round(2600 * world.scale);
  const id = idMaker('ct', estimated, 6);
  let n = 0;
  world.partners.forEach((partner, p) => {
    const list: number[] = [];
    const prefix = phonePrefix(partner.department, partner.city);
    const domain = world.domains[p]!;
    const count = contactCount(rng, partner.stage);
    for (let k = 0; k < count; k++) {
      const person = personName(rng);
      const role = pickRole(rng);
      const first = asciiSlug(person.firstName);
      const last = asciiSlug(person.lastName).replace(/-/g, '');
      const local = rng.chance(0.75) ? `${first}.${last}` : `${first.charAt(0)}.${last}`;
      list.push(world.contacts.length);
      world.contacts.push({
        id: id(++n),
        partnerId: partner.id,
        firstName: person.firstName,
        lastName: person.lastName,
        role: person.female ? role.f : role.m,
        email: `${local}@${domain}`,
        phone: rng.chance(0.3) ? phoneNumber(rng, rng.pick(['06', '07'])) : phoneNumber(rng, prefix),
        isTutor: partner.stage === 'active' && role.tutor && rng.chance(0.3),
        synthetic: true,
        version: 1,
      });
    }
    world.contactsOf.push(list);
  });
}

/** A tutor of the company, made one if it has none yet: every host company has ≥ 1 tutor. */
export function tutorOf(world: World, rng: Rng, partnerIndex: number): string {
  const list = world.contactsOf[partnerIndex]!;
  const tutors = list.filter((c) => world.contacts[c]!.isTutor);
  if (tutors.length > 0) return world.contacts[rng.pick(tutors)]!.id;
  const chosen = world.contacts[rng.pick(list)]!;
  chosen.isTutor = true;
  return chosen.id;
}
