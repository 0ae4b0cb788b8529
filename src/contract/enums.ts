import * as z from 'zod/mini';
import { DEPARTMENT_CODES, SECTORS } from './reference';

/** Small shared schemas, kept apart from entities.ts so that a view parsing statistics does not load every entity schema. */
export const Department = z.enum(DEPARTMENT_CODES);
export const SectorSchema = z.enum(SECTORS);
