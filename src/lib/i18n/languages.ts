/** The two written standards of Norwegian the guide is published in. Kept free of other imports: it ships to the browser. */
export const LANGUAGES = ['nb', 'nn'] as const;
export type Language = (typeof LANGUAGES)[number];
