/** The shipped reference, loaded once for the extract tests. */
import { loadEntityReference } from '../../pipeline/io/entityReference.ts';
import { buildEntityIndex } from '../../pipeline/extract/entities.ts';

export const reference = await loadEntityReference(new URL('../../data/reference/', import.meta.url).pathname);
export const index = buildEntityIndex(reference);
