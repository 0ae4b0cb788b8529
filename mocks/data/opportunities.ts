import type { Opportunity, TaxPledge } from '../../src/contract/entities';
import type { OpportunityKind, OpportunityStage, SizeBand, TaxStatus } from '../../src/contract/reference';
import { dayOf, isoDay, isoInstant, yearOfDay } from './calendar';
import type { World } from './context';
import { idMaker } from './context';
import type { Rng } from './random';
import { weightedTable } from './random';
import { BUSINESS_DEVELOPERS } from './users';

/** Amounts in € per kind: [median, spread, min, max, rounding]. Demo assumptions. */
const AMOUNTS: Record<OpportunityKind, readonly [number, number, number, number, number]> = {
  'research-contract': [60_000, 0.7, 15_000, 250_000, 1000],
  chair: [300_000, 0.4, 150_000, 600_000, 10_000],
  equipment: [8_000, 0.8, 2_000, 40_000, 100],
  'apprenticeship-tax': [3_000, 0.9, 500, 30_000, 100],
  training: [9_000, 0.7, 3_000, 40_000, 500],
  recruitment: [3_000, 0.6, 1_000, 12_000, 100],
};
const TITLES: Record<OpportunityKind, readonly string[]> = {
  'research-contract': ['Contrat de recherche : vieillissement des composites', 'Contrat de recherche : détection de fuites d’hydrogène', 'Contrat de recherche : IA pour la maintenance prédictive', 'Thèse CIFRE : sûreté des procédés', 'Contrat de recherche : traitement des effluents'],
  chair: ['Chaire industrielle : risques et résilience des territoires', 'Chaire industrielle : matériaux pour le nucléaire', 'Chaire industrielle : construction bas carbone'],
  equipment: ['Campagne d’essais au feu', 'Essais au banc de dispersion de gaz', 'Série d’essais au calorimètre à cône', 'Capture du mouvement pour une étude d’ergonomie'],
  'apprenticeship-tax': ['Solde de taxe d’apprentissage via SOLTéA', 'Taxe d’apprentissage : fléchage vers l’école'],
  training: ['Formation continue : gestion des risques industriels', 'Formation continue : management de projet BTP', 'Formation continue : cybersécurité des automates'],
  recruitment: ['Recrutement de stagiaires ingénieurs', 'Stand au Forum entreprises', 'Recrutement de jeunes diplômés'],
};
const WON = ['Convention signée', 'Bon de commande reçu', 'Accord du comité de direction', 'Contrat de recherche signé', 'Engagement confirmé par écrit'];
const LOST = ['Budget reporté à l’an prochain', 'Choix d’un autre laboratoire', 'Projet abandonné par l’entreprise', 'Délais incompatibles', 'Prix jugé trop élevé', 'Changement d’interlocuteur, dossier en suspens'];

const pickKind = weightedTable<OpportunityKind>([['research-contract', 22], ['chair', 4], ['equipment', 18], ['apprenticeship-tax', 20], ['training', 18], ['recruitment', 18]]);
const pickStage = weightedTable<OpportunityStage>([['identified', 14], ['contacted', 12], ['proposal', 12], ['negotiation', 9], ['won', 33], ['lost', 20]]);
/** A prospect has not signed anything yet. */
const pickProspectStage = weightedTable<OpportunityStage>([['identified', 40], ['contacted', 30], ['proposal', 15], ['lost', 15]]);

function amountOf(rng: Rng, kind: OpportunityKind): number {
  const [median, spread, min, max, step] = AMOUNTS[kind];
  return Math.round(rng.amount(median, spread, min, max) / step) * step;
}

export function generateOpportunities(world: World): Opportunity[] {
  const rng = world.rng.fork('opportunities');
  const id = idMaker('o', Math.round(800 * world.scale), 5);
  const out: Opportunity[] = [];
  const add = (p: number, stage: OpportunityStage) => {
    const partner = world.partners[p]!;
    const kind = pickKind(rng);
    const created = world.today - rng.int(20, 1000);
    let closed: number | null = null;
    let expected: number;
    if (stage === 'won' || stage === 'lost') {
      closed = Math.min(world.today - 1, created + rng.int(20, 200));
      expected = closed + rng.int(-20, 30);
    } else {
      expected = world.today + rng.int(-20, 270);
    }
    out.push({
      id: id(out.length + 1),
      partnerId: partner.id,
      title: rng.pick(TITLES[kind]),
      kind,
      amount: amountOf(rng, kind),
      stage,
      ownerId: partner.ownerId ?? rng.pick(BUSINESS_DEVELOPERS),
      expectedClose: isoDay(expected),
      closedAt: closed === null ? null : isoDay(closed),
      closeReason: stage === 'won' ? rng.pick(WON) : stage === 'lost' ? rng.pick(LOST) : null,
      createdAt: isoInstant(Math.min(created, closed ?? created), rng.int(7, 16), rng.pick([0, 15, 30, 45])),
      synthetic: true,
      version: 1,
    });
  };
  for (const p of world.active) for (let k = rng.weighted([[0, 3], [1, 4], [2, 2], [3, 1]] as const); k > 0; k--) add(p, pickStage(rng));
  for (const p of world.prospects) if (rng.chance(0.3)) add(p, pickProspectStage(rng));
  return out;
}

const TAX_MEDIAN: Record<SizeBand, number> = { tpe: 600, pme: 2_000, eti: 6_000, ge: 15_000 };

/**
 * The yearly apprenticeship-tax campaign (through SOLTéA since 2023): loyal payers come back year
 * after year, so each company has a propensity rather than a fresh draw every spring.
 */
export function generateTaxPledges(world: World): TaxPledge[] {
  const rng = world.rng.fork('tax');
  const id = idMaker('tx', Math.round(1600 * world.scale), 5);
  const todayYear = yearOfDay(world.today);
  const out: TaxPledge[] = [];
  const years: number[] = [];
  for (let y = Math.max(2023, todayYear - 3); y <= todayYear; y++) if (dayOf(y, 3, 1) <= world.today) years.push(y);
  for (const partner of world.partners) {
    const propensity = partner.stage === 'active' ? (rng.chance(0.55) ? 0.85 : 0) : partner.stage === 'dormant' ? (rng.chance(0.1) ? 0.5 : 0) : rng.chance(0.1) ? 0.6 : 0;
    if (propensity === 0) continue;
    const median = TAX_MEDIAN[partner.sizeBand];
    for (const year of years) {
      if (!rng.chance(propensity)) continue;
      const current = year === todayYear;
      let status: TaxStatus = rng.weighted<TaxStatus>(current ? [['received', 40], ['pledged', 25], ['approached', 35]] : [['received', 55], ['pledged', 15], ['approached', 30]]);
      if (partner.stage === 'prospect' && status === 'received') status = 'pledged';
      const campaign = dayOf(year, 3, 1);
      let updated = status === 'received' ? dayOf(year, 5, 15) + rng.int(0, 150) : campaign + rng.int(0, 120);
      if (updated > world.today) updated = world.today;
      out.push({
        id: id(out.length + 1),
        partnerId: partner.id,
        year,
        amount: Math.round(rng.amount(median, 0.6, 200, 45_000) / 50) * 50,
        status,
        updatedAt: isoInstant(updated, rng.int(7, 16), rng.pick([0, 15, 30, 45])),
        synthetic: true,
        version: 1,
      });
    }
  }
  return out;
}
