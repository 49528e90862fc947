import { PbfReader, PbfWriter } from 'pbf';

/** One glyph of MapLibre's glyph protobuf (an SDF bitmap plus its metrics). */
export interface Glyph {
  id: number;
  bitmap?: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
}

export interface GlyphRange {
  name: string;
  range: string;
  glyphs: Glyph[];
}

function readGlyph(tag: number, glyph: Glyph, pbf: PbfReader): void {
  if (tag === 1) glyph.id = pbf.readVarint();
  else if (tag === 2) glyph.bitmap = pbf.readBytes();
  else if (tag === 3) glyph.width = pbf.readVarint();
  else if (tag === 4) glyph.height = pbf.readVarint();
  else if (tag === 5) glyph.left = pbf.readSVarint();
  else if (tag === 6) glyph.top = pbf.readSVarint();
  else if (tag === 7) glyph.advance = pbf.readVarint();
}

function readStack(tag: number, stack: GlyphRange, pbf: PbfReader): void {
  if (tag === 1) stack.name = pbf.readString();
  else if (tag === 2) stack.range = pbf.readString();
  else if (tag === 3) stack.glyphs.push(pbf.readMessage(readGlyph, { id: 0, width: 0, height: 0, left: 0, top: 0, advance: 0 }));
}

/** Decodes a glyph range file (one font stack). */
export function decodeGlyphs(buffer: Uint8Array): GlyphRange {
  const stacks: GlyphRange[] = [];
  new PbfReader(buffer).readFields(
    (tag, result: GlyphRange[], pbf) => {
      if (tag === 1) result.push(pbf.readMessage(readStack, { name: '', range: '', glyphs: [] }));
    },
    stacks,
  );
  const stack = stacks[0];
  if (stack === undefined) throw new Error('glyph file holds no font stack');
  return stack;
}

export function encodeGlyphs(stack: GlyphRange): Uint8Array {
  const pbf = new PbfWriter();
  pbf.writeMessage(
    1,
    (value: GlyphRange, writer: PbfWriter) => {
      writer.writeStringField(1, value.name);
      writer.writeStringField(2, value.range);
      for (const glyph of value.glyphs) {
        writer.writeMessage(
          3,
          (g: Glyph, w: PbfWriter) => {
            w.writeVarintField(1, g.id);
            if (g.bitmap !== undefined) w.writeBytesField(2, g.bitmap);
            w.writeVarintField(3, g.width);
            w.writeVarintField(4, g.height);
            w.writeSVarintField(5, g.left);
            w.writeSVarintField(6, g.top);
            w.writeVarintField(7, g.advance);
          },
          glyph,
        );
      }
    },
    stack,
  );
  return pbf.finish();
}
