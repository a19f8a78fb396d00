/**
 * Where the table sheets' row XML is written as UTF-8: one reused buffer, handed on (its bytes
 * copied by the receiver) whenever the next piece would not fit. Rows are written into it piece by
 * piece rather than built as one string first: a row of the Commitments sheet is about 4 kB made
 * of hundreds of small strings, and joining them makes a rope that V8 must walk and flatten before
 * encoding it (measured: most of the cost of encoding). Pieces that are the same for every row (a
 * formula's text, rowFormula.ts) are copied in as bytes instead.
 *
 * A row may be split between two hand-ons: the receiver only appends bytes, so where the cut falls
 * does not change what it ends up with.
 */
export class XmlBatch {
  readonly buffer: Buffer;
  /** Bytes of `buffer` written and not yet handed on. */
  used = 0;
  #handedOn = false;

  /** `hand` receives the batch's bytes; it must copy them (the buffer is written again). */
  constructor(
    size: number,
    private readonly hand: (bytes: Buffer) => void,
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
        this.hand(Buffer.from(text, 'utf8'));
        this.#handedOn = true;
        return;
      }
    }
    this.used += this.buffer.write(text, this.used, 'utf8');
  }

  /** Hands on what was written so far. */
  handOn(): void {
    if (this.used === 0) return;
    this.hand(this.buffer.subarray(0, this.used));
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
