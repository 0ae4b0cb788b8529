import type { ApiRoute } from '../http/api';
import { authRoutes } from './auth';
import { catalogueRoutes } from './catalogues';
import { campaignRoutes } from './campaigns';
import { contractRoutes } from './apprenticeships';
import { crmRoutes } from './crm';
import { equipmentRoutes } from './equipment';
import { healthRoutes } from './health';
import { importRoutes } from './partners-import';
import { partnerRoutes } from './partners';
import { referenceRoutes } from './reference';
import { statsRoutes } from './stats';
import { workRoutes } from './work';

/** Every route of the API, domain by domain (static paths like /partners/duplicates before /partners/:id). */
export const apiRoutes: ApiRoute[] = [
  ...healthRoutes,
  ...authRoutes,
  ...referenceRoutes,
  ...importRoutes,
  ...partnerRoutes,
  ...crmRoutes,
  ...workRoutes,
  ...contractRoutes,
  ...equipmentRoutes,
  ...catalogueRoutes,
  ...campaignRoutes,
  ...statsRoutes,
];
