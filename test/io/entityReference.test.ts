import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEntityReference } from '../../pipeline/io/entityReference.ts';

const shipped = new URL('../../data/reference/', import.meta.url).pathname;

async function dirWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pledgebook-ref-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

const COUNTRIES = 'name,iso2,iso3,demonyms,capitals,aliases,currency\nFreedonia,FD,FRD,Freedonian,Fredville;Old Town,FDN;Free State,FDD\nSylvania,SY,SYL,,,,\n';
const ORGS = 'name,aliases,type,country\nFreedonia Fund,FF,sovereign_fund,Freedonia\nGlobal Bank,,bank,\n';
const PLACES = 'name,country,kind,source\nNorth March,Freedonia,province,test\n';

describe('loadEntityReference', () => {
  it('reads the shipped reference', async () => {
    const ref = await loadEntityReference(shipped);
    expect(ref.countries.length).toBe(250);
    expect(ref.countries.find((c) => c.iso2 === 'US')).toMatchObject({ name: 'United States', iso3: 'USA', currency: 'USD' });
    expect(ref.organizations.length).toBeGreaterThan(150);
    expect(ref.places.find((p) => p.name === 'Sindh')).toEqual({ name: 'Sindh', country: 'Pakistan', kind: 'province', source: 'ISO 3166-2:PK' });
  });

  it('splits lists and turns empty cells into null or []', async () => {
    const ref = await loadEntityReference(await dirWith({ 'countries.csv': COUNTRIES, 'organizations.csv': ORGS, 'places.csv': PLACES }));
    expect(ref).toEqual({
      countries: [
        { name: 'Freedonia', iso2: 'FD', iso3: 'FRD', demonyms: ['Freedonian'], capitals: ['Fredville', 'Old Town'], aliases: ['FDN', 'Free State'], currency: 'FDD' },
        { name: 'Sylvania', iso2: 'SY', iso3: 'SYL', demonyms: [], capitals: [], aliases: [], currency: null },
      ],
      organizations: [
        { name: 'Freedonia Fund', aliases: ['FF'], type: 'sovereign_fund', country: 'Freedonia' },
        { name: 'Global Bank', aliases: [], type: 'bank', country: null },
      ],
      places: [{ name: 'North March', country: 'Freedonia', kind: 'province', source: 'test' }],
    });
  });

  const bad: [string, Record<string, string>, string[]][] = [
    ['bad funder type', { 'organizations.csv': 'name,aliases,type,country\nX Bank,,lender,\n' }, ['organizations.csv, line 2: type "lender" is not valid']],
    ['unknown country of an organisation', { 'organizations.csv': 'name,aliases,type,country\nX Bank,,bank,Atlantis\n' }, ['organizations.csv, line 2: country "Atlantis" is not a name in countries.csv']],
    ['unknown country of a place', { 'places.csv': 'name,country,kind,source\nHill,Atlantis,region,x\n' }, ['places.csv, line 2: country "Atlantis"']],
    ['bad iso2 on line 3', { 'countries.csv': 'name,iso2,iso3,demonyms,capitals,aliases,currency\nA,AA,AAA,,,,\nB,b,BBB,,,,\n' }, ['countries.csv, line 3: iso2 "b" is not valid']],
    ['bad currency', { 'countries.csv': 'name,iso2,iso3,demonyms,capitals,aliases,currency\nA,AA,AAA,,,,dollars\n' }, ['countries.csv, line 2: currency "dollars"']],
    ['missing column', { 'places.csv': 'name,kind\nHill,region\n' }, ['places.csv, line 1: missing column(s) "country"']],
    ['missing file', { 'places.csv': '' }, []],
  ];
  it.each(bad)('names file, line and value: %s', async (_label, files, expected) => {
    const dir = await dirWith({ 'countries.csv': COUNTRIES, 'organizations.csv': ORGS, 'places.csv': PLACES, ...files });
    if (_label === 'missing file') {
      const empty = await mkdtemp(join(tmpdir(), 'pledgebook-ref-'));
      await cp(join(dir, 'countries.csv'), join(empty, 'countries.csv'));
      await expect(loadEntityReference(empty)).rejects.toThrow(/cannot read entity reference .*organizations\.csv/);
      return;
    }
    const error = await loadEntityReference(dir).then(
      () => null,
      (e: Error) => e.message,
    );
    expect(error).not.toBeNull();
    for (const part of expected) expect(error).toContain(part);
  });

  it('reports every bad row at once', async () => {
    const dir = await dirWith({ 'countries.csv': COUNTRIES, 'organizations.csv': 'name,aliases,type,country\nA,,nope,\nB,,bank,Nowhere\n', 'places.csv': PLACES });
    await expect(loadEntityReference(dir)).rejects.toThrow(/2 problem\(s\)[\s\S]*line 2[\s\S]*line 3/);
  });
});
