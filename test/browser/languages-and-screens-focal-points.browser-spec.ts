// Every screen in English and in Spanish, axe-core on each, and the main screens on a tablet:
// see helpers/language-screens.ts. Split in two files so that the halves run side by side.
import { describeLanguageScreens } from './helpers/language-screens';

jest.setTimeout(150_000);

describeLanguageScreens('focal');
