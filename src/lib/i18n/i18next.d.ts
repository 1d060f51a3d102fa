/** Typed keys: `t('walk.restart')` is checked against the bokmål strings (nynorsk has the same keys, see tests/unit/i18n.test.ts). */
import 'i18next';
import type nb from './locales/nb.json';

declare module 'i18next' {
	interface CustomTypeOptions {
		defaultNS: 'translation';
		resources: { translation: typeof nb };
	}
}
