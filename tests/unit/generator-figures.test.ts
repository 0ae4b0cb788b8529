import { describe, expect, it } from 'vitest';
import { DEPARTMENTS } from '../../src/contract/reference';
import { ageOn, apprenticeCensusDate, contractStatusOn, isContractActiveOn } from '../../src/domain/apprenticeship';
import { academicYearOf } from '../../src/domain/dates';
import { survivalRateAt } from '../../src/domain/survival';
import { generateDataset } from '../../mocks/data/generator';

/**
 * The target aggregates of DATA.md, each computed from the rows of the default dataset (never from
 * the generator's constants), so that a drift in the generator shows up here.
 */
const data = generateDataset();
const today = data.today;
const todayYear = Number(today.slice(0, 4));
const currentAcademicYear = academicYearOf(today);
const partners = new Map(data.partners.map((p) => [p.id, p]));
const share = (part: number, whole: number) => (100 * part) / whole;
const activeOn = (date: string) => data.contracts.filter((c) => isContractActiveOn(c, date));
const figures = (year: number) => data.yearlyFigures.find((f) => f.year === year)!;

describe('students and apprentices', () => {
  it('2022–23: 1,400 students and 420 contracts active on the census date, 30.0 %', () => {
    const active = activeOn(apprenticeCensusDate(2022));
    expect(figures(2022).students).toBe(1400);
    expect(active).toHaveLength(420);
    expect(figures(2022).apprentices).toBe(420);
    expect(share(active.length, figures(2022).students).toFixed(1)).toBe('30.0');
  });

  it('2022–23: three cohorts (2020, 2021, 2022) of exactly 140 each', () => {
    const byCohort = new Map<number, number>();
    for (const c of activeOn('2022-10-01')) byCohort.set(c.cohortYear, (byCohort.get(c.cohortYear) ?? 0) + 1);
    expect([...byCohort.entries()].sort(([a], [b]) => a - b)).toEqual([[2020, 140], [2021, 140], [2022, 140]]);
  });

  it('counts each year’s apprentices from the contracts active on its census date', () => {
    expect(data.yearlyFigures.map((f) => f.year)).toEqual(Array.from({ length: currentAcademicYear - 2008 + 1 }, (_, i) => 2008 + i));
    for (const f of data.yearlyFigures) expect(f.apprentices, String(f.year)).toBe(activeOn(apprenticeCensusDate(f.year)).length);
  });

  it('~1,500 students in 2023–24, then growth towards +20–30 % with ~30 % apprentices', () => {
    expect(figures(2023).students).toBeGreaterThanOrEqual(1450);
    expect(figures(2023).students).toBeLessThanOrEqual(1550);
    for (let y = 2023; y <= currentAcademicYear; y++) {
      expect(figures(y).students, String(y)).toBeGreaterThan(figures(y - 1).students);
      const s = share(figures(y).apprentices, figures(y).students);
      expect(s, String(y)).toBeGreaterThanOrEqual(28);
      expect(s, String(y)).toBeLessThanOrEqual(32);
    }
    const growth = figures(currentAcademicYear).students / figures(2022).students - 1;
    expect(growth).toBeGreaterThanOrEqual(0.15);
    expect(growth).toBeLessThanOrEqual(0.35);
  });

  it('~30 % apprentices every year once three cohorts exist (2010), ramping up in 2008–2009', () => {
    for (const f of data.yearlyFigures.filter((y) => y.year >= 2010)) {
      const s = share(f.apprentices, f.students);
      expect(s, String(f.year)).toBeGreaterThanOrEqual(28);
      expect(s, String(f.year)).toBeLessThanOrEqual(32);
    }
    expect(share(figures(2008).apprentices, figures(2008).students)).toBeLessThan(share(figures(2009).apprentices, figures(2009).students));
    expect(figures(2008).students).toBeGreaterThanOrEqual(900);
    expect(figures(2008).students).toBeLessThanOrEqual(1100);
    for (let y = 2009; y <= 2022; y++) expect(figures(y).students, String(y)).toBeGreaterThanOrEqual(figures(y - 1).students);
  });

  it('opens CMC and Informatique et réseaux in 2008, mechatronics in 2014', () => {
    expect(Math.min(...data.contracts.map((c) => c.cohortYear))).toBe(2008);
    expect(Math.max(...data.contracts.map((c) => c.cohortYear))).toBe(currentAcademicYear);
    const meca = data.contracts.filter((c) => c.speciality === 'mecatronique');
    expect(Math.min(...meca.map((c) => c.cohortYear))).toBe(2014);
    for (let y = 2008; y <= currentAcademicYear; y++) {
      const cohort = new Set(data.contracts.filter((c) => c.cohortYear === y).map((c) => c.speciality));
      expect(cohort.has('cmc') && cohort.has('informatique-reseaux'), String(y)).toBe(true);
      expect(cohort.has('mecatronique'), String(y)).toBe(y >= 2014);
    }
  });

  it('runs 3-year contracts from 1 September, apprentices aged 18–24, statuses as of today', () => {
    for (const c of data.contracts) {
      expect(c.start).toBe(`${c.cohortYear}-09-01`);
      expect(c.end).toBe(`${c.cohortYear + 3}-08-31`);
      const age = ageOn(c.birthDate, c.start);
      expect(age, c.id).toBeGreaterThanOrEqual(18);
      expect(age, c.id).toBeLessThanOrEqual(24);
      if (c.brokenOffOn !== null) {
        expect(c.brokenOffOn > c.start && c.brokenOffOn < c.end && c.brokenOffOn <= today, c.id).toBe(true);
      }
      expect(c.status, c.id).toBe(contractStatusOn(c, today));
    }
    const broken = data.contracts.filter((c) => c.status === 'broken-off').length;
    expect(share(broken, data.contracts.length)).toBeGreaterThan(3);
    expect(share(broken, data.contracts.length)).toBeLessThan(15);
  });

  it('nuclear-sector companies host 10–15 % of the 2022–23 apprentices', () => {
    const active = activeOn('2022-10-01');
    const nuclear = active.filter((c) => partners.get(c.partnerId)?.sector === 'nucleaire').length;
    expect(share(nuclear, active.length)).toBeGreaterThanOrEqual(10);
    expect(share(nuclear, active.length)).toBeLessThanOrEqual(15);
  });

  it('hosts apprentices at active companies (or, long ago, at now-dormant ones), never at prospects', () => {
    for (const c of data.contracts) expect(partners.get(c.partnerId)?.stage, c.id).not.toBe('prospect');
    for (const c of data.contracts.filter((x) => x.status === 'active')) expect(partners.get(c.partnerId)?.stage, c.id).toBe('active');
  });
});

describe('companies', () => {
  const n = data.partners.length;
  const inDept = (code: string) => share(data.partners.filter((p) => p.department === code).length, n);

  it('~1,000 companies, ~600 of them active, the rest prospects and dormant', () => {
    expect(n).toBeGreaterThanOrEqual(950);
    expect(n).toBeLessThanOrEqual(1050);
    const active = data.partners.filter((p) => p.stage === 'active').length;
    expect(active).toBeGreaterThanOrEqual(570);
    expect(active).toBeLessThanOrEqual(630);
    expect(data.partners.filter((p) => p.stage === 'prospect').length).toBeGreaterThan(150);
    expect(data.partners.filter((p) => p.stage === 'dormant').length).toBeGreaterThan(50);
    expect(data.partners.filter((p) => p.stage === 'prospect').every((p) => p.partnerSince === null)).toBe(true);
  });

  it('~80 % in Occitanie: Gard ≈ 35 %, Hérault ≈ 25 %, Haute-Garonne ≈ 8 %', () => {
    const occitanie = 100 - inDept('HO');
    expect(occitanie).toBeGreaterThanOrEqual(77);
    expect(occitanie).toBeLessThanOrEqual(83);
    for (const [code, target] of [['30', 35], ['34', 25], ['31', 8]] as const) {
      expect(inDept(code), code).toBeGreaterThanOrEqual(target - 3);
      expect(inDept(code), code).toBeLessThanOrEqual(target + 3);
    }
    for (const d of DEPARTMENTS) expect(inDept(d.code), d.code).toBeGreaterThan(0);
  });

  it('places firms in real towns: Marcoule nuclear firms, the Montpellier health cluster, hydrogen in Aude/Hérault/Gard', () => {
    const gard = new Set(data.partners.filter((p) => p.department === '30').map((p) => p.city));
    for (const town of ['Alès', 'Nîmes', 'Bagnols-sur-Cèze', 'Uzès', 'Beaucaire']) expect(gard.has(town), town).toBe(true);
    const herault = new Set(data.partners.filter((p) => p.department === '34').map((p) => p.city));
    for (const town of ['Montpellier', 'Sète', 'Béziers', 'Lunel']) expect(herault.has(town), town).toBe(true);
    const gardNuclear = data.partners.filter((p) => p.department === '30' && p.sector === 'nucleaire');
    const marcoule = gardNuclear.filter((p) => ['Bagnols-sur-Cèze', 'Chusclan', 'Codolet', 'Pont-Saint-Esprit', "Laudun-l'Ardoise"].includes(p.city));
    expect(share(marcoule.length, gardNuclear.length)).toBeGreaterThan(60);
    expect(marcoule.every((p) => p.tags.includes('Marcoule'))).toBe(true);
    const health = data.partners.filter((p) => p.sector === 'sante');
    expect(share(health.filter((p) => p.department === '34').length, health.length)).toBeGreaterThan(30);
    const hydrogen = data.partners.filter((p) => p.sector === 'hydrogene' && p.department !== 'HO');
    expect(share(hydrogen.filter((p) => ['11', '30', '34'].includes(p.department)).length, hydrogen.length)).toBeGreaterThan(60);
    expect(data.partners.some((p) => p.tags.includes('Territoire d’industrie'))).toBe(true);
  });

  it('gives active companies 2–5 contacts with e-mails at their own (fictional) domain', () => {
    const count = new Map<string, number>();
    for (const c of data.contacts) count.set(c.partnerId, (count.get(c.partnerId) ?? 0) + 1);
    for (const p of data.partners.filter((x) => x.stage === 'active')) {
      expect(count.get(p.id), p.id).toBeGreaterThanOrEqual(2);
      expect(count.get(p.id), p.id).toBeLessThanOrEqual(5);
    }
    for (const c of data.contacts) {
      expect(c.email, c.id).toMatch(/^[a-z0-9.-]+@[a-z0-9-]+\.example$/);
      expect(c.phone, c.id).toMatch(/^0\d( \d\d){4}$/);
    }
    expect(data.contacts.filter((c) => c.phone.startsWith('04 66')).length).toBeGreaterThan(100);
  });
});

describe('activity', () => {
  const days = (iso: string) => Date.parse(iso) / 86_400_000;
  const t = days(today);

  it('logs ~3 years of interactions of every kind, none in the future', () => {
    expect(data.interactions.length).toBeGreaterThan(2000);
    for (const i of data.interactions) {
      expect(days(i.date), i.id).toBeLessThanOrEqual(t);
      expect(days(i.date), i.id).toBeGreaterThanOrEqual(t - 3 * 366);
    }
    expect(new Set(data.interactions.map((i) => i.kind))).toEqual(new Set(['meeting', 'call', 'visit', 'email', 'event']));
  });

  it('has tasks done, overdue, due today, this week and later', () => {
    const open = data.tasks.filter((x) => !x.done);
    expect(data.tasks.filter((x) => x.done).length).toBeGreaterThan(50);
    expect(open.filter((x) => x.due < today).length).toBeGreaterThan(10);
    expect(open.filter((x) => x.due === today).length).toBeGreaterThan(5);
    expect(open.filter((x) => days(x.due) - t >= 1 && days(x.due) - t <= 6).length).toBeGreaterThan(10);
    expect(open.filter((x) => days(x.due) - t > 7).length).toBeGreaterThan(20);
  });

  it('moves opportunities through the stages; won and lost ones are closed with a reason', () => {
    expect(new Set(data.opportunities.map((o) => o.stage)).size).toBe(6);
    expect(new Set(data.opportunities.map((o) => o.kind)).size).toBe(6);
    for (const o of data.opportunities) {
      const closed = o.stage === 'won' || o.stage === 'lost';
      expect(o.closedAt !== null && o.closedAt <= today, o.id).toBe(closed);
      expect(o.closeReason !== null && o.closeReason.length > 0, o.id).toBe(closed);
      expect(o.amount, o.id).toBeGreaterThanOrEqual(500);
      expect(o.amount, o.id).toBeLessThanOrEqual(600_000);
    }
    const chairs = data.opportunities.filter((o) => o.kind === 'chair');
    expect(chairs.every((o) => o.amount >= 150_000)).toBe(true);
  });

  it('runs a yearly apprenticeship-tax campaign since 2023 (SOLTéA)', () => {
    const years = new Set(data.taxPledges.map((x) => x.year));
    expect([...years].sort()).toEqual([2023, 2024, 2025, 2026]);
    expect(new Set(data.taxPledges.map((x) => x.status))).toEqual(new Set(['approached', 'pledged', 'received']));
    const keys = data.taxPledges.map((x) => `${x.partnerId}/${x.year}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const x of data.taxPledges) {
      expect(x.amount, x.id).toBeGreaterThanOrEqual(100);
      expect(x.amount, x.id).toBeLessThanOrEqual(50_000);
      expect(x.updatedAt.slice(0, 10) <= today, x.id).toBe(true);
    }
  });
});

describe('start-ups', () => {
  const s = data.startups;

  it('≥ 250 created by the end of 2022, 175 (± 5) by the end of 2015, none before 1984', () => {
    expect(s.filter((x) => x.foundedYear <= 2022).length).toBeGreaterThanOrEqual(250);
    const by2015 = s.filter((x) => x.foundedYear <= 2015).length;
    expect(by2015).toBeGreaterThanOrEqual(170);
    expect(by2015).toBeLessThanOrEqual(180);
    expect(Math.min(...s.map((x) => x.foundedYear))).toBe(1984);
  });

  it('~20 projects in incubation today', () => {
    const now = s.filter((x) => x.incubationStart !== null && x.incubationStart <= today && (x.incubationEnd === null || x.incubationEnd > today));
    expect(now.length).toBeGreaterThanOrEqual(15);
    expect(now.length).toBeLessThanOrEqual(25);
    for (const x of s.filter((y) => y.incubationStart !== null)) {
      const months = (Date.parse(x.incubationEnd!) - Date.parse(x.incubationStart!)) / (30.44 * 86_400_000);
      expect(months, x.id).toBeGreaterThanOrEqual(17.5);
      expect(months, x.id).toBeLessThanOrEqual(24.5);
    }
  });

  it('90 % in Occitanie, mostly Gard then Hérault', () => {
    const inRegion = share(s.filter((x) => x.department !== 'HO').length, s.length);
    expect(inRegion).toBeGreaterThanOrEqual(87);
    expect(inRegion).toBeLessThanOrEqual(93);
    const gard = s.filter((x) => x.department === '30').length;
    const herault = s.filter((x) => x.department === '34').length;
    expect(gard).toBeGreaterThan(herault);
    expect(herault).toBeGreaterThan(s.filter((x) => x.department === '31').length);
  });

  it('88 % (± 1 point) alive at 5 years over cohorts at least 5 years old, today and as of 2022', () => {
    const rate = (asOf: number) => {
      const eligible = s.filter((x) => x.foundedYear + 5 <= asOf);
      const survived = eligible.filter((x) => x.status !== 'closed' || x.closedYear! - x.foundedYear >= 5);
      return share(survived.length, eligible.length);
    };
    expect(rate(todayYear)).toBeGreaterThanOrEqual(87);
    expect(rate(todayYear)).toBeLessThanOrEqual(89);
    expect(rate(2022)).toBeGreaterThanOrEqual(86);
    expect(rate(2022)).toBeLessThanOrEqual(90);
    expect(100 * survivalRateAt(s, 5, todayYear)!).toBeCloseTo(rate(todayYear), 9);
    expect(s.some((x) => x.status === 'acquired')).toBe(true);
    expect(s.every((x) => x.closedYear === null || (x.status === 'closed' && x.closedYear <= todayYear && x.closedYear > x.foundedYear))).toBe(true);
  });

  it('tells the three real success stories, with no invented identifiers', () => {
    const real = s.filter((x) => !x.synthetic);
    const by = new Map(real.map((x) => [x.name, x]));
    expect(by.get('SD Tech')).toMatchObject({ foundedYear: 2000, city: 'Alès', link: 'incubated', partnerId: null });
    expect(by.get('Vogo')).toMatchObject({ foundedYear: 2013, city: 'Montpellier', link: 'alumni', partnerId: null });
    expect(by.get('Quantum Surgical')).toMatchObject({ foundedYear: 2017, city: 'Montpellier', partnerId: null });
    for (const x of real) {
      expect(x.story, x.name).toContain(String(x.foundedYear));
      expect(x.story, x.name).toContain(x.city);
    }
    expect(s.filter((x) => x.synthetic).every((x) => x.story === null)).toBe(true);
  });

  it('links some start-ups to partner companies', () => {
    const linked = s.filter((x) => x.partnerId !== null);
    expect(linked.length).toBeGreaterThan(5);
    for (const x of linked) expect(partners.get(x.partnerId!)?.kinds, x.id).toContain('incubator');
  });
});

describe('academic partners', () => {
  it('28 double degrees active in 2022: the 3 named French schools and 25 international partners', () => {
    const dd2022 = data.academicPartners.filter((a) => a.doubleDegree && a.active && a.since <= 2022);
    expect(dd2022).toHaveLength(28);
    const named = dd2022.filter((a) => a.scope === 'national');
    expect(named).toHaveLength(3);
    expect(named.every((a) => !a.synthetic && a.city === 'Montpellier')).toBe(true);
    expect(named.some((a) => /architecture/i.test(a.school))).toBe(true);
    expect(named.some((a) => /ENSCM/.test(a.school))).toBe(true);
    expect(named.some((a) => a.school === 'Université de Montpellier')).toBe(true);
    expect(dd2022.filter((a) => a.scope === 'international')).toHaveLength(25);
    expect(new Set(dd2022.filter((a) => a.scope === 'international').map((a) => a.country)).size).toBeGreaterThanOrEqual(15);
  });

  it('has exchange partners without a double degree and renewals over the next three years', () => {
    expect(data.academicPartners.filter((a) => !a.doubleDegree).length).toBeGreaterThanOrEqual(3);
    const t = Date.parse(today);
    const active = data.academicPartners.filter((a) => a.active);
    for (const a of active) {
      const days = (Date.parse(a.renewalDate) - t) / 86_400_000;
      expect(days, a.id).toBeGreaterThan(0);
      expect(days, a.id).toBeLessThanOrEqual(3 * 366);
    }
    expect(active.filter((a) => (Date.parse(a.renewalDate) - t) / 86_400_000 <= 183).length).toBeGreaterThanOrEqual(3);
  });
});
