import type { User } from '../../src/contract/entities';

/**
 * The people of the school who use Passerelles (fictional names). Four business developers share
 * the territory, so that "my companies" and "my tasks" mean something in the demo.
 */
export const USERS: readonly User[] = [
  { id: 'u-1', name: 'Sophie Bernard', email: 'sophie.bernard@mines-ales.example', role: 'business-developer' },
  { id: 'u-2', name: 'Julien Fabre', email: 'julien.fabre@mines-ales.example', role: 'business-developer' },
  { id: 'u-3', name: 'Camille Roux', email: 'camille.roux@mines-ales.example', role: 'business-developer' },
  { id: 'u-4', name: 'Mathieu Vidal', email: 'mathieu.vidal@mines-ales.example', role: 'business-developer' },
  { id: 'u-5', name: 'Nadia Benali', email: 'nadia.benali@mines-ales.example', role: 'platform-manager' },
  { id: 'u-6', name: 'Élodie Garnier', email: 'elodie.garnier@mines-ales.example', role: 'apprenticeship-office' },
  { id: 'u-7', name: 'Philippe Arnaud', email: 'philippe.arnaud@mines-ales.example', role: 'director' },
  { id: 'u-8', name: 'Thomas Lefèvre', email: 'thomas.lefevre@mines-ales.example', role: 'admin' },
];

export const BUSINESS_DEVELOPERS = ['u-1', 'u-2', 'u-3', 'u-4'] as const;
export const PLATFORM_MANAGER = 'u-5';
export const APPRENTICESHIP_OFFICE = 'u-6';
export const DIRECTOR = 'u-7';
