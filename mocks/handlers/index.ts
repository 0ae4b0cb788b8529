import type { RequestHandler } from 'msw';
import { academicHandlers } from './academic';
import { apprenticeshipHandlers } from './apprenticeships';
import { bookingHandlers } from './bookings';
import { contactHandlers } from './contacts';
import { equipmentHandlers } from './equipment';
import { eventHandlers } from './events';
import { interactionHandlers } from './interactions';
import { opportunityHandlers } from './opportunities';
import { importHandlers } from './partners-import';
import { partnerHandlers } from './partners';
import { referenceHandlers } from './reference';
import { startupHandlers } from './startups';
import { statsHandlers } from './stats';
import { taskHandlers } from './tasks';
import { taxHandlers } from './tax';
import { fallbackHandlers } from './fallback';

/** Every handler of the API, domain by domain; the fallback (404 for any other /api path) stays last. */
export const handlers: RequestHandler[] = [
  ...referenceHandlers,
  ...importHandlers,
  ...partnerHandlers,
  ...contactHandlers,
  ...interactionHandlers,
  ...taskHandlers,
  ...opportunityHandlers,
  ...apprenticeshipHandlers,
  ...equipmentHandlers,
  ...bookingHandlers,
  ...startupHandlers,
  ...academicHandlers,
  ...eventHandlers,
  ...taxHandlers,
  ...statsHandlers,
  ...fallbackHandlers,
];
