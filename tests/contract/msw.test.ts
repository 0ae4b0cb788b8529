import { resetStore } from '../../mocks/store/store';
import { defineApiContractSuite } from './api-suite';

// jsdom's origin in Vitest (window.location.origin); the handlers answer on any origin anyway.
defineApiContractSuite('in-browser demo API (MSW)', {
  baseUrl: 'http://localhost:3000',
  reset: () => {
    resetStore();
  },
});
