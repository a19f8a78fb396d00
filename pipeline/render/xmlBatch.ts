import { xmlEncode } from './xmlText.ts';

/** ASCII characters `xmlEncode` changes (entities, and control characters it drops): 1. */
const ENCODED_ASCII = new Uint8Array(128);
for (const code of [34, 38, 39, 60, 62, 127]) ENCODED_ASCII[code] = 1;
for (let code = 0; code < 32; code++) if (code !== 9 && code !== 10 && code !== 13) ENCODED_ASCII[code] = 1;

/** Texts longer than this are encoded by Buffer#write (one native call) rather than a loop here. */
const SHORT_TEXT = 128;

/**
 * Where the table sheets' row XML is written as UTF-8: one buffer, handed on whenever the next
 * piece would not fit (and reused when the receiver copied its bytes). Rows are written into it piece by
 * piece rather than built as one string first: a row of the Commitments sheet is about 4 kB made
 * of hundreds of small strings, and joining them makes a rope that V8 must walk and flatten before
 * encoding it (measured: most of the cost of encoding). Pieces that are the same for every row (a
 * formula's text, rowFormula.ts) are copied in as bytes instead.
 *
 * A row may be split between two hand-ons: the receiver only appends bytes, so where the cut falls
 * does not change what it ends up with.
 */
export class XmlBatch {
  /** The buffer being written (another once a receiver kept the last). */
  buffer: Buffer;
  /** Bytes of `buffer` written and not yet handed on. */
  used = 0;
  #handedOn = false;
  /** Buffers receivers kept and gave back, to be written again. */
  readonly #spare: Buffer[] = [];

  /**
   * `hand` receives the batch's bytes and says whether it keeps them: if it copied them (false)
   * the buffer is written again, else the batch goes on in a given-back buffer or a new one. A
   * receiver that keeps the bytes may give the buffer back by calling `release` once it has read
   * them (streamedSheet.ts, for why).
   */
  constructor(
    size: number,
    private readonly hand: (bytes: Buffer, release: () => void) => boolean,
  ) {
    this.buffer = Buffer.allocUnsafe(size);
  }

  /** Makes room for `bytes` more bytes, handing on what was written when they would not fit. */
  room(bytes: number): void {
    if (this.used + bytes > this.buffer.length) this.handOn();
  }

  /** Appends a text as UTF-8. */
  text(text: string): void {
    // A UTF-16 unit is at most 3 bytes of UTF-8: hand on first unless the text surely fits.
    const most = text.length * 3;
    if (this.used + most > this.buffer.length) {
      this.handOn();
      if (most > this.buffer.length) {
        this.hand(Buffer.from(text, 'utf8'), () => {});
        this.#handedOn = true;
        return;
      }
    }
    this.used += this.buffer.write(text, this.used, 'utf8');
  }

  /**
   * Appends a text known to be ASCII (markup, numbers, cell addresses) byte by byte: for the short
   * pieces a row is made of, a loop is cheaper than a native call per piece.
   */
  ascii(text: string): void {
    const length = text.length;
    if (this.used + length > this.buffer.length) {
      if (length > this.buffer.length) return this.text(text);
      this.handOn();
    }
    const out = this.buffer;
    let at = this.used;
    for (let i = 0; i < length; i++) out[at++] = text.charCodeAt(i);
    this.used = at;
  }

  /**
   * Appends `xmlEncode(text)` as UTF-8. A short text of plain ASCII (most cells) is copied byte by
   * byte; any other is encoded as exceljs encodes it and appended as text.
   */
  xmlText(text: string): void {
    const length = text.length;
    if (length <= SHORT_TEXT && this.used + length <= this.buffer.length) {
      const out = this.buffer;
      let at = this.used;
      let i = 0;
      for (; i < length; i++) {
        const code = text.charCodeAt(i);
        if (code > 127 || ENCODED_ASCII[code] === 1) break;
        out[at++] = code;
      }
      if (i === length) {
        this.used = at;
        return;
      }
    }
    // What was copied of the text lies past `used`: written over.
    this.text(xmlEncode(text));
  }

  /** Hands on what was written so far. */
  handOn(): void {
    if (this.used === 0) return;
    const buffer = this.buffer;
    if (this.hand(buffer.subarray(0, this.used), () => this.#spare.push(buffer))) {
      this.buffer = this.#spare.pop() ?? Buffer.allocUnsafe(buffer.length);
    }
    this.used = 0;
    this.#handedOn = true;
  }

  /** Whether anything was handed on since the last call (the writer then waits for its reader). */
  takeHandedOn(): boolean {
    const handed = this.#handedOn;
    this.#handedOn = false;
    return handed;
  }
}
