/** One apprenticeship-tax pledge per company and campaign: a second one conflicts with the first (409). */
export const duplicatePledgeDetail = (year: number): string => `Une promesse existe déjà pour cette entreprise et la campagne ${year}.`;
