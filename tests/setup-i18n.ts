// Tests translate in both languages without a page to load them: load the strings first.
import { loadLanguage } from '../src/lib/i18n';

await Promise.all([loadLanguage('nb'), loadLanguage('nn')]);
