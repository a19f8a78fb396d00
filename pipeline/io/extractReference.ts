/**
 * Loads the reference tables the extractor reads (entities, currencies, and the rates it compares
 * figures in two currencies by) and a hash of their bytes: extraction results are cached under that
 * hash, so editing a reference table re-extracts.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildEntityIndex } from '../extract/entities.ts';
import type { ExtractReference } from '../stages/extract.ts';
import { loadEntityReference } from './entityReference.ts';
import { loadCurrencyReference } from './currencyReference.ts';
import { loadFxRates } from './fxReference.ts';
import { latestRates } from '../extract/sizes.ts';

/** The reference files extraction depends on. */
export const EXTRACT_REFERENCE_FILES = ['countries.csv', 'organizations.csv', 'places.csv', 'currencies.csv', 'fx_rates.csv'] as const;

export interface LoadedExtractReference {
  ref: ExtractReference;
  /** SHA-256 over the reference files' bytes. */
  hash: string;
  /** Rows of the reference tables that were skipped, each naming file, line and value. */
  problems: string[];
}

/** SHA-256 over the reference files' bytes: cheap, so a fully cached run never builds the entity index. */
export async function hashExtractReference(dir: string): Promise<string> {
  const contents = await Promise.all(EXTRACT_REFERENCE_FILES.map((name) => readFile(join(dir, name)).catch(() => Buffer.alloc(0))));
  const hash = createHash('sha256');
  contents.forEach((bytes, i) => hash.update(EXTRACT_REFERENCE_FILES[i]!).update('\0').update(bytes).update('\0'));
  return hash.digest('hex');
}

export async function loadExtractReference(dir: string): Promise<LoadedExtractReference> {
  const [entities, currencies, rates, hash] = await Promise.all([
    loadEntityReference(dir),
    loadCurrencyReference(dir),
    // A malformed rate stops the run at reconciliation, with its file, line and value (io/fxReference.ts);
    // here it only leaves figures in two currencies unlinked.
    loadFxRates(join(dir, 'fx_rates.csv')).catch(() => []),
    hashExtractReference(dir),
  ]);
  return {
    ref: { entities: buildEntityIndex(entities), currencies: currencies.index, sizeRates: latestRates(rates) },
    hash,
    problems: currencies.problems,
  };
}
