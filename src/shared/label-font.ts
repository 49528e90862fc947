/** The font stack name the map style asks for; geo/glyphs writes its glyph files to public/glyphs/<name>/. */
export const LABEL_FONT = 'Nanum Barun Gothic Regular';
