// A named import, so the bundle carries the version and not the whole package.json.
import { version } from '../../../package.json';

/** How the app names itself when cited; CITATION.cff carries the same title and version (a test checks). */
export const APP_TITLE = 'The order of 4 January 1951, on the map';
export const APP_VERSION: string = version;
