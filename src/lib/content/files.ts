/** File names inside a content folder (see content/README.md). */
export const MUNICIPALITY_FILE = 'kommune.yaml';
export const DEADLINES_FILE = 'frister.yaml';
export const TEXTS_FILE = 'tekster.yaml';
