/**
 * The portal publishes its own compilation (selection, structure, cleaning, translations,
 * derived figures) under CC BY 4.0. The quoted source reports are not ours: none of them states
 * a licence, so their words are quoted for citation and their rights stay with their publishers.
 */
export const LICENCE = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
