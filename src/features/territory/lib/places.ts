import type { Point } from './svg-path';

/**
 * The extreme points of metropolitan France (longitude, latitude) and the edge of their department's
 * drawing they lie on: the anchors that place real coordinates on the map (long baselines, exact).
 */
export const FRANCE_EXTREMES = [
  { name: 'Île d’Ouessant (ouest)', department: '29', edge: 'minX', lonLat: [-5.14, 48.46] },
  { name: 'Lauterbourg (est du continent)', department: '67', edge: 'maxX', lonLat: [8.2306, 48.97] },
  { name: 'Bray-Dunes (nord)', department: '59', edge: 'minY', lonLat: [2.545, 51.089] },
  { name: 'Puig de Coma Negra (sud du continent)', department: '66', edge: 'maxY', lonLat: [2.53, 42.333] },
] as const satisfies readonly { name: string; department: string; edge: 'minX' | 'maxX' | 'minY' | 'maxY'; lonLat: Point }[];

/** Longitude, latitude (degrees) of Occitanie's prefectures: they check the placement (each in its department). */
export const PREFECTURES: Record<string, Point> = {
  '09': [1.6069, 42.9653], // Foix
  '11': [2.3491, 43.213], // Carcassonne
  '12': [2.575, 44.3506], // Rodez
  '30': [4.3601, 43.8367], // Nîmes
  '31': [1.4442, 43.6047], // Toulouse
  '32': [0.5855, 43.6465], // Auch
  '34': [3.8767, 43.6108], // Montpellier
  '46': [1.4419, 44.4475], // Cahors
  '48': [3.5006, 44.5181], // Mende
  '65': [0.0781, 43.2328], // Tarbes
  '66': [2.8948, 42.6887], // Perpignan
  '81': [2.1464, 43.9289], // Albi
  '82': [1.355, 44.0176], // Montauban
};

export type SiteKind = 'school' | 'planned' | 'network';
export interface Site {
  id: string;
  name: string;
  kind: SiteKind;
  department: string;
  lonLat: Point;
}

/**
 * The school (Alès), the sites of its "passerelles" (PRODUCT.md: Nîmes, Montpellier,
 * Bagnols-sur-Cèze) and its sister school of the IMT network in Albi.
 */
export const SITES: readonly Site[] = [
  { id: 'ales', name: 'Alès', kind: 'school', department: '30', lonLat: [4.081, 44.125] },
  { id: 'nimes', name: 'Nîmes', kind: 'planned', department: '30', lonLat: [4.3601, 43.8367] },
  { id: 'montpellier', name: 'Montpellier', kind: 'planned', department: '34', lonLat: [3.8767, 43.6108] },
  { id: 'bagnols', name: 'Bagnols-sur-Cèze', kind: 'planned', department: '30', lonLat: [4.6193, 44.1623] },
  { id: 'albi', name: 'IMT Mines Albi', kind: 'network', department: '81', lonLat: [2.1833, 43.9236] },
];
