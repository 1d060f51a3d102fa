// Tests translate in both languages, as the build does.
import '../src/lib/i18n/strings.server';
