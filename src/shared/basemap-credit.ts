/** The basemap's credit, shown on the map and carried by every export drawn on it. */
export const BASEMAP_ATTRIBUTION =
  'Coast, lakes, rivers: GSHHG 2.3.7 (Wessel &amp; Smith 1996), LGPL-3.0+. A late-20th-century coastline, not a 1951 survey.';
