import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeProject, findProjectMentions, sameProjectName } from '../../pipeline/extract/projectNames.ts';
import { index } from './entityIndex.fixture.ts';

const named = (s: string, opts = {}) => findProjectMentions(s, index, opts).map((m) => [m.name, m.kind, s.slice(m.start, m.end)]);

const mentionCases: [string, [string, string | null, string][]][] = [
  ['Kenya’s Kipeto copper-gold mine will open.', [['Kipeto', 'copper-gold mine', 'Kipeto copper-gold mine']]],
  ['the $4 billion Sapphire coal project is late.', [['Sapphire', 'coal project', 'Sapphire coal project']]],
  ['Work on the Sapphire Coal Block II began.', [['Sapphire Coal Block II', 'block', 'Sapphire Coal Block II']]],
  ['The Lobito Corridor links ports.', [['Lobito Corridor', 'corridor', 'Lobito Corridor']]],
  ['It funds the Nkwanta Dam and the Obuasi power plant.', [['Nkwanta Dam', 'dam', 'Nkwanta Dam'], ['Obuasi', 'power plant', 'Obuasi power plant']]],
  ['Financing for the Grand Mesa solar park was approved.', [['Grand Mesa', 'solar park', 'Grand Mesa solar park']]],
  ['The Kalahari Gas Pipeline and Red Sea Port were listed.', [['Kalahari Gas Pipeline', 'pipeline', 'Kalahari Gas Pipeline'], ['Red Sea Port', 'port', 'Red Sea Port']]],
  ['an oil pipeline project in Kenya', []],
  ['Kenya pipeline project costs rose.', []],
  ['Mining projects are risky.', []],
  ['The project will create jobs.', []],
  ['The mine produced copper.', []],
  ['Asian Development Bank project funding rose.', []],
  ['The Nairobi Expressway opened.', [['Nairobi Expressway', 'expressway', 'Nairobi Expressway']]],
  ['JBIC will lend ¥300 billion for the Big Almaty Ring Road.', [['Big Almaty Ring Road', 'ring road', 'Big Almaty Ring Road']]],
  ['The Belt and Road Initiative grew.', []],
  ['The World Bank on Friday approved two projects worth $1.5 billion.', []],
  ['JICA will fund the third phase of the Jakarta MRT.', [['Jakarta MRT', 'mrt', 'Jakarta MRT']]],
  // A title-case headline: the name stops at a preposition, a scale word or a headline verb.
  ['China Pledges $2 Billion For Ethiopia Rail Link', [['Ethiopia Rail Link', 'link', 'Ethiopia Rail Link']]],
  ['Kenya, China sign Sh260bn railway loan', []],
  // A lender's facility is money, not a project; a plant's is a project.
  ['The IMF approved a $3.4 billion Extended Credit Facility for Ethiopia.', []],
  ['The Kestrel Processing Facility will open.', [['Kestrel Processing Facility', 'facility', 'Kestrel Processing Facility']]],
  ['Egypt signs Rs5bn Suez Canal Economic Zone deal', [['Suez Canal Economic Zone', 'economic zone', 'Suez Canal Economic Zone']]],
  ['Japan Funds Karachi Circular Railway', [['Karachi Circular Railway', 'railway', 'Karachi Circular Railway']]],
  // A unit after a number is a size, not a name.
  ['Tarsa Energy will build a 1 GW solar park in the province.', []],
  ['The group also plans a 1,000 MW power plant.', []],
  ['a 500MW Lakeside wind farm', [['Lakeside', 'wind farm', 'Lakeside wind farm']]],
  // A dateline in capitals; a word that describes ("Tesla-style").
  ['MEXICO CITY, Feb 28 - The carmaker plans a factory.', []],
  ['Mexico lands $2.4bn Tesla-style EV plant from a carmaker', []],
  // A sum written as one word ends the descriptors, so the currency code before it names nothing;
  // a line of credit is money, not a rail line.
  ['Swiss government extends CHF 50m credit line to Ukraine', []],
  ['The bank opened a credit line for exporters.', []],
  ['Acme signs $2bn credit line with Banco Norte', []],
  ['The Southern Line will run to the port.', [['Southern Line', 'line', 'Southern Line']]],
  ['the Kestrel rail line was approved.', [['Kestrel', 'rail line', 'Kestrel rail line']]],
];

describe('findProjectMentions', () => {
  it.each(mentionCases)('%s', (s, expected) => {
    expect(named(s)).toEqual(expected);
  });

  it('returns unnamed projects only when asked, flagged generic', () => {
    expect(findProjectMentions('talks on an oil pipeline project in Kenya', index, { generic: true })).toEqual([
      { start: 12, end: 32, name: 'oil pipeline project', kind: 'oil pipeline project', generic: true },
    ]);
    // A line of credit, or a sum before a head noun, is not an unnamed project either.
    expect(findProjectMentions('a new credit line for exporters', index, { generic: true })).toEqual([]);
    expect(findProjectMentions('extends a 50m credit line', index, { generic: true })).toEqual([]);
  });

  it('finds bare mentions of known names, in any close spelling', () => {
    expect(named('support mining at Kipetto in Kenya', { known: ['Kipeto'] })).toEqual([['Kipeto', null, 'Kipetto']]);
    expect(named('the Sapphire mine and Kipeto', { known: ['Kipeto', 'Sapphire'] })).toEqual([
      ['Sapphire', 'mine', 'Sapphire mine'],
      ['Kipeto', null, 'Kipeto'],
    ]);
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => Array.isArray(findProjectMentions(s, index, { generic: true, known: ['Ab Cd'] }))), { numRuns: 300 });
  });
});

const same: [string, string, boolean][] = [
  ['Kipeto', 'Kipeto', true],
  ['the Kipeto project', 'Kipeto', true],
  ['Kipeto wind farm', 'the Kipeto project', true],
  ['Kipeto', 'Kipetto', true],
  ['Reko Lake', 'Riko Lake', true],
  ['Sapphire Coal Block II', 'Sapphire Coal Block-II', true],
  ['Sapphire Coal Block II', 'Sapphire Coal Block III', false],
  ['Thar', 'Thal', false],
  ['Sapphire', 'Emerald', false],
  ['Reko Lake', 'Riko Loke', false],
  ['Kipeto', 'Kipeto North', false],
  ['Nkwanta Dam', 'Nkwanta', true],
  ['KIPETO', 'Kipeto', true],
  ['', 'Kipeto', false],
  ['oil pipeline project', 'oil pipeline project', true],
];

describe('sameProjectName', () => {
  it.each(same)('%s ~ %s → %s', (a, b, expected) => {
    expect(sameProjectName(a, b)).toBe(expected);
    expect(sameProjectName(b, a)).toBe(expected);
  });
});

const describeCases: [string, string, { location: string | null; country: string | null; developer: string | null }][] = [
  [
    'The $5 billion Kipeto project, located in the mineral-rich western province of Katanga, is being developed by Canadian mining giant Kestrel Gold in partnership with the government.',
    'Kipeto',
    { location: 'Katanga', country: 'DR Congo', developer: 'Kestrel Gold' },
  ],
  ['Kenya’s Kipeto wind farm is operated by Lake Turkana Power Ltd.', 'Kipeto', { location: null, country: 'Kenya', developer: 'Lake Turkana Power Ltd' }],
  ['The Sapphire mine in Sindh, Pakistan is a joint venture of Aramco and Gulf Star Holdings.', 'Sapphire', { location: 'Sindh', country: 'Pakistan', developer: 'Saudi Aramco; Gulf Star Holdings' }],
  ['The Sapphire mine in Queensland will export coal.', 'Sapphire', { location: 'Queensland', country: 'Australia', developer: null }],
  ['Glencore’s Sapphire mine expands.', 'Sapphire', { location: null, country: null, developer: 'Glencore' }],
  ['The Sapphire mine is owned by the Kenyan Mining Holdings.', 'Sapphire', { location: null, country: null, developer: 'Kenyan Mining Holdings' }],
  ['The Sapphire mine in the north of the country', 'Sapphire', { location: null, country: null, developer: null }],
];

describe('describeProject', () => {
  it.each(describeCases)('%s', (s, name, expected) => {
    const mention = findProjectMentions(s, index).find((m) => m.name === name);
    expect(mention).toBeDefined();
    expect(describeProject(s, mention!, index)).toEqual(expected);
  });
});

describe('findProjectMentions inside organisation names', () => {
  it('does not take a port authority for a port', () => {
    expect(named('The Mombasa Port Authority said the Lamu port is ready.')).toEqual([['Lamu', 'port', 'Lamu port']]);
  });
});

describe('describeProject on word soup', () => {
  it('never throws', () => {
    const words = ['Kipeto', 'Coal', 'Block', 'II', 'mine', 'project', 'located', 'in', 'the', 'province', 'of', 'Sindh', ',', 'Kenya', '’s', 'developed', 'by', 'Gulf', 'Star', 'Holdings', 'a', 'joint', 'venture', 'between', 'and', '$5 billion', '.'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 60 }), (ws) => {
        const s = ws.join(' ');
        return findProjectMentions(s, index, { generic: true, known: ['Kipeto'] }).every((m) => {
          const d = describeProject(s, m, index);
          return s.slice(m.start, m.end).length > 0 && (d.location === null || typeof d.location === 'string');
        });
      }),
      { numRuns: 300 },
    );
  });
});
