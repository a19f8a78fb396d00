/**
 * An image on a sheet of exceljs's streaming WorkbookWriter, which can hold images (its `addImage`
 * and `media`, zipped at commit) but has no way to place one on a sheet: only its in-memory
 * writer writes drawings. This writes the same parts that writer writes for one picture, with
 * exceljs's own xforms: the drawing part (`xl/drawings/drawingN.xml`, a one-cell anchor) and its
 * relationships to the image, the sheet's relationship to the drawing and its `<drawing r:id>`
 * element (after the row breaks, where the in-memory writer puts it), and the drawing's entry in
 * `[Content_Types].xml`. These are internals of exceljs 4.4, so each is checked first; when one is
 * missing nothing is changed and the caller leaves the image out.
 */
import type ExcelJS from 'exceljs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface Xform<M> {
  prepare(model: M, options?: object): void;
  toXml(model: M): string;
}
type XformClass<M> = new () => Xform<M>;

interface AnchorModel {
  nativeCol: number;
  nativeColOff: number;
  nativeRow: number;
  nativeRowOff: number;
}

interface Relationship {
  Id: string;
  Type: string;
  Target: string;
}

interface DrawingModel {
  anchors: { picture: { rId: string }; range: { tl: AnchorModel; br?: AnchorModel; ext: { width: number; height: number }; editAs?: string } }[];
}

interface Exceljs {
  DrawingXform: XformClass<DrawingModel>;
  SheetDrawingXform: XformClass<{ rId: string }>;
  RelationshipsXform: XformClass<Relationship[]>;
  ContentTypesXform: XformClass<object>;
  Anchor: new (worksheet: unknown, address: { col: number; row: number }, offset: number) => { model: AnchorModel };
  RelType: { Image: string };
}

/** The relationship type of a sheet's drawing (exceljs's worksheet xform spells it out too). */
const DRAWING_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';

let loaded: Exceljs | null | undefined;

/** exceljs's xforms for the parts, or null when this exceljs does not have them where 4.4 does. */
function exceljsParts(): Exceljs | null {
  if (loaded !== undefined) return loaded;
  try {
    const lib = 'exceljs/lib';
    loaded = {
      DrawingXform: require(`${lib}/xlsx/xform/drawing/drawing-xform.js`),
      SheetDrawingXform: require(`${lib}/xlsx/xform/sheet/drawing-xform.js`),
      RelationshipsXform: require(`${lib}/xlsx/xform/core/relationships-xform.js`),
      ContentTypesXform: require(`${lib}/xlsx/xform/core/content-types-xform.js`),
      Anchor: require(`${lib}/doc/anchor.js`),
      RelType: require(`${lib}/xlsx/rel-type.js`),
    };
  } catch {
    loaded = null;
  }
  return loaded;
}

interface WriterInternals {
  addImage?(image: { buffer: Buffer; extension: 'png' }): number;
  media?: { name: string }[];
  zip?: { append(source: string, data: { name: string }): unknown };
  addContentTypes?(): Promise<void>;
  _worksheets?: unknown[];
  sharedStrings?: unknown;
  commentRefs?: unknown[];
}

interface SheetInternals {
  committed?: boolean;
  stream?: { write(data: string): unknown };
  _writeLegacyData?(): void;
  _sheetRelsWriter?: { addRelationship?(rel: { Type: string; Target: string }): string };
}

export interface StreamedImage {
  /** The image file's bytes. */
  buffer: Buffer;
  extension: 'png';
  /** Top-left cell, 0-based (as exceljs's `addImage` range), and size in pixels. */
  tl: { col: number; row: number };
  ext: { width: number; height: number };
}

/**
 * Places `image` on a streamed sheet that is not yet committed, as the in-memory writer places an
 * image added with `worksheet.addImage(id, { tl, ext })`: the parts are written when the sheet is
 * committed. Returns false, having changed nothing, when the writer is not as expected. One
 * picture per workbook (the drawing is named `drawing1`, as the in-memory writer names the first).
 */
export function addStreamedImage(writer: ExcelJS.stream.xlsx.WorkbookWriter, sheet: ExcelJS.Worksheet, image: StreamedImage): boolean {
  const parts = exceljsParts();
  const book = writer as unknown as WriterInternals;
  const internals = sheet as unknown as SheetInternals;
  const rels = internals._sheetRelsWriter;
  const zip = book.zip;
  if (
    !parts || typeof book.addImage !== 'function' || !Array.isArray(book.media) || !zip || typeof zip.append !== 'function' ||
    typeof book.addContentTypes !== 'function' || !Array.isArray(book._worksheets) || !Array.isArray(book.commentRefs) ||
    internals.committed || typeof internals._writeLegacyData !== 'function' || typeof rels?.addRelationship !== 'function' ||
    typeof internals.stream?.write !== 'function'
  ) {
    return false;
  }
  const imageId = book.addImage({ buffer: image.buffer, extension: image.extension });
  const drawingName = 'drawing1';
  const drawing: DrawingModel = {
    anchors: [{
      picture: { rId: 'rId1' },
      // What exceljs's Image gives for a { tl, ext } range: an anchor at the cell, no bottom-right.
      range: { tl: new parts.Anchor(sheet, image.tl, 0).model, br: undefined, ext: image.ext, editAs: undefined },
    }],
  };
  const drawingRels: Relationship[] = [{ Id: 'rId1', Type: parts.RelType.Image, Target: `../media/${book.media[imageId]!.name}` }];

  // The sheet's <drawing> goes where the in-memory writer puts it: after the row breaks, before
  // any legacy (comment) drawing, which is what the streaming sheet writes next when committed.
  const writeLegacyData = internals._writeLegacyData.bind(sheet);
  internals._writeLegacyData = () => {
    const rId = rels.addRelationship!({ Type: DRAWING_REL, Target: `../drawings/${drawingName}.xml` });
    internals.stream!.write(new parts.SheetDrawingXform().toXml({ rId }));
    const drawingXform = new parts.DrawingXform();
    drawingXform.prepare(drawing, {});
    zip.append(drawingXform.toXml(drawing), { name: `xl/drawings/${drawingName}.xml` });
    zip.append(new parts.RelationshipsXform().toXml(drawingRels), { name: `xl/drawings/_rels/${drawingName}.xml.rels` });
    writeLegacyData();
  };

  // The streaming writer's content types list no drawings: the same model, with this one.
  book.addContentTypes = async () => {
    const model = {
      worksheets: book._worksheets!.filter(Boolean),
      sharedStrings: book.sharedStrings,
      commentRefs: book.commentRefs,
      media: book.media,
      drawings: [{ name: drawingName }],
    };
    zip.append(new parts.ContentTypesXform().toXml(model), { name: '[Content_Types].xml' });
  };
  return true;
}
