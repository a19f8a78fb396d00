import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { resolveParties, type Parties, type PartyContext } from '../../pipeline/extract/roles.ts';
import { index } from './entityIndex.fixture.ts';

interface Case {
  sentence: string;
  figure: string;
  verb?: string;
  previous?: string[];
  title?: string;
  dateline?: string;
  known?: string[];
  expect: Partial<Parties>;
}

function context(c: Case): PartyContext {
  const at = (needle: string) => {
    const i = c.sentence.indexOf(needle);
    if (i < 0) throw new Error(`"${needle}" not in "${c.sentence}"`);
    return { start: i, end: i + needle.length };
  };
  return {
    sentence: c.sentence,
    figure: at(c.figure),
    verb: c.verb ? at(c.verb) : null,
    previous: c.previous ?? [],
    title: c.title ?? null,
    dateline: c.dateline ?? null,
    ...(c.known ? { knownProjects: c.known } : {}),
  };
}

const gov = (name: string) => ({ funder: name, funder_type: 'government' as const, funder_country: name });
const to = (name: string) => ({ recipient: name, recipient_country: name });

const cases: [string, Case][] = [
  ['subject and indirect object', { sentence: 'China has agreed to lend Sri Lanka $500m.', figure: '$500m', verb: 'lend', expect: { ...gov('China'), ...to('Sri Lanka') } }],
  ['a recipient before a detached attribution', { sentence: 'South Korea will provide a $3 billion credit line to Uzbekistan, officials said on Tuesday.', figure: '$3 billion', verb: 'provide', expect: { ...gov('South Korea'), ...to('Uzbekistan') } }],
  ['a lender list with commas: each figure has the lender after it', { sentence: 'The $3 billion package includes $1 billion from the ADB, $500 million from the AIIB, and $200 million from the IsDB.', figure: '$500 million', expect: { funder: 'Asian Infrastructure Investment Bank' } }],
  ['a currency code before the figure is not a party', { sentence: 'Kuwait has offered KD 30 million to Jordan as a soft loan.', figure: 'KD 30 million', verb: 'offered', expect: { ...gov('Kuwait'), ...to('Jordan') } }],
  ['a government\'s agreement with a lender on a loan: the lender lends', { sentence: 'Egypt reached a staff-level agreement with the IMF on a $3 billion loan.', figure: '$3 billion', verb: 'reached', expect: { funder: 'International Monetary Fund', ...to('Egypt') } }],
  ['a region receives', { sentence: 'The European Union will mobilise €12 billion for transport links in Central Asia.', figure: '€12 billion', expect: { funder: 'European Union', recipient: 'Central Asia', recipient_country: null } }],
  ['a region gives nothing', { sentence: 'West Africa will receive $2 billion from the bank.', figure: '$2 billion', expect: { funder: null, recipient: 'West Africa' } }],
  ['a country\'s possessive before an unlisted name, coordinated with an organisation, stands for the name', { sentence: 'A consortium of Turkey’s Limak Holding and France’s Aéroports de Lyon will invest 1.1 billion euros in Kosovo.', figure: '1.1 billion euros', expect: { funder: 'Limak Holding; Aéroports de Lyon', ...to('Kosovo') } }],
  ['a person\'s title after the possessive does not', { sentence: 'Limak Holding and France’s President Emmanuel Macron will back 1.1 billion euros in Kosovo.', figure: '1.1 billion euros', expect: { funder: 'Limak Holding; France' } }],
  ['the owner of the money a figure is part of gives it', { sentence: 'Egypt has converted $2.4 billion of the United Arab Emirates’ deposits at its central bank into investments.', figure: '$2.4 billion', verb: 'has converted', expect: { ...gov('United Arab Emirates'), ...to('Egypt') } }],
  ['a party a demonym introduces with role words is coordinated with the one before', { sentence: 'The International Finance Corporation and French development finance institution Proparco have each committed $60 million to the lender.', figure: '$60 million', expect: { funder: 'International Finance Corporation; Proparco' } }],
  ['a ministry of the dateline\'s country signing with a foreign organisation receives its investment', { sentence: 'ASTANA, Oct 17 — Kazakhstan’s energy ministry signed an agreement with China’s Universal Energy for a wind farm, with investment estimated at $2.3 billion.', figure: '$2.3 billion', dateline: 'ASTANA', expect: { funder: 'Universal Energy', funder_country: 'China', ...to('Kazakhstan') } }],
  ['an unlisted funder of no country takes the country whose possessive the headline puts before it', { sentence: 'The Caisse de dépôt et placement du Québec (CDPQ) agreed to pay 2.8 billion reais for a 49% stake in toll roads.', figure: '2.8 billion reais', title: 'Canada’s CDPQ invests in Brazilian toll roads', expect: { funder: 'CDPQ', funder_country: 'Canada' } }],
  ['or before the words its name starts with', { sentence: 'A consortium led by CK Infrastructure Holdings has agreed to buy a 40% stake in the grid from Tarsa Power for 2.2 billion pounds.', figure: '2.2 billion pounds', title: 'Hong Kong’s CK Infrastructure buys UK grid stake for £2.2bn', expect: { funder: 'CK Infrastructure Holdings', funder_country: 'Hong Kong' } }],
  ['a headline naming no country before it leaves it unknown', { sentence: 'The Caisse de dépôt et placement du Québec (CDPQ) agreed to pay 2.8 billion reais for a 49% stake in toll roads.', figure: '2.8 billion reais', title: 'CDPQ invests in Brazilian toll roads', expect: { funder: 'CDPQ', funder_country: null } }],
  ['the country signing a loan with a lender borrows, whatever place its project is named after', { sentence: 'Montenegro has signed a €1 billion loan agreement with the Export-Import Bank of China for the Bar-Belgrade motorway.', figure: '€1 billion', verb: 'has signed', expect: { funder: 'Export-Import Bank of China', ...to('Montenegro') } }],
  ['a person named by an organisation\'s title gives, to the organisation pointed back to', { sentence: 'VinFast’s founder Pham Nhat Vuong will provide the electric carmaker with $1 billion of his personal funds to build its factory in North Carolina.', figure: '$1 billion', verb: 'will provide', expect: { funder: 'Pham Nhat Vuong', funder_country: 'Vietnam', recipient: 'VinFast', recipient_country: 'Vietnam' } }],
  ['and so without the possessive ("VinFast founder Pham Nhat Vuong")', { sentence: 'VinFast founder Pham Nhat Vuong will provide the electric carmaker with up to $1 billion to help build factories in India and Indonesia.', figure: 'up to $1 billion', expect: { funder: 'Pham Nhat Vuong', recipient: 'VinFast' } }],
  ['a person\'s money with a recipient of its own', { sentence: 'VinFast’s founder Pham Nhat Vuong will invest $200 million in Indonesia.', figure: '$200 million', verb: 'will invest', expect: { funder: 'Pham Nhat Vuong', ...to('Indonesia') } }],
  ['an organisation\'s chairman who only speaks is not read as giving', { sentence: 'VinFast’s chairman Pham Nhat Vuong said the company would invest $200 million in Indonesia.', figure: '$200 million', expect: { funder: null } }],
  ['a verb joined by "and" to an earlier figure\'s has that figure\'s subject', { sentence: 'Osprey Mining will pay $900 million for a 20% stake in Chilean state miner Codelco’s lithium project and commit up to $350 million more.', figure: 'up to $350 million', verb: 'commit', expect: { funder: 'Osprey Mining' } }],
  ['an organisation before a role noun describes the one an appositive then names, which receives', { sentence: 'Japan will give $20 million to the UN agency for refugees, UNHCR, this year.', figure: '$20 million', expect: { ...gov('Japan'), recipient: 'UNHCR', recipient_country: null } }],
  ['and which gives', { sentence: 'The UN children\'s agency, UNICEF, will provide $5 million to Malawi.', figure: '$5 million', expect: { funder: 'UNICEF', ...to('Malawi') } }],
  ['a role noun with no name after it leaves the organisation before it', { sentence: 'Japan will give $20 million to the UN agency for refugees this year.', figure: '$20 million', expect: { ...gov('Japan'), recipient: 'UN' } }],
  ['a giver of a clause after "while" gives to the recipient of the clause before', { sentence: 'Qatar pledged $50 million to the Global Fund on Sunday, while Spain said it would contribute 20 million euros.', figure: '20 million euros', expect: { ...gov('Spain'), recipient: 'Global Fund' } }],
  ['where donors gathered is not where the money goes', { sentence: 'Qatar pledged $50 million to the Global Fund, while Spain said it would contribute 20 million euros, as donors gathered in the Jordanian capital.', figure: '20 million euros', expect: { ...gov('Spain'), recipient: 'Global Fund' } }],
  ['nor where they met', { sentence: 'Germany will give 20 million euros to the Global Fund, officials said as donors met in Nairobi.', figure: '20 million euros', expect: { ...gov('Germany'), recipient: 'Global Fund' } }],
  ['the party of a figure\'s own "with X to invest" clause gives it, not the sentence\'s subject', { sentence: "Kazakhstan's national gas company QazaqGaz signed an agreement with China's Sinopec on Tuesday to build a gas chemical complex, with Sinopec to invest about $3 billion.", figure: 'about $3 billion', expect: { funder: 'China Petrochemical Corporation', funder_country: 'China' } }],
  ['nor does a "with X" of talks', { sentence: 'The Qatar Investment Authority is in talks with Pakistan to invest between $500 million and $1 billion in the airport.', figure: '$500 million', expect: { funder: 'Qatar Investment Authority' } }],
  ['nor does a "with X" that only names a partner', { sentence: "China's Sinopec will invest about $3 billion in the complex with Kazakhstan's QazaqGaz.", figure: 'about $3 billion', expect: { funder: 'China Petrochemical Corporation' } }],
  // (The other signatory receives through the dateline's country: "DHAKA - Bangladesh and India signed".)
  ['the demonym of a line of credit names its giver, whichever signatory opens the sentence', { sentence: 'DHAKA, June 22 - Bangladesh and India signed 10 agreements on Saturday, including a $1.1 billion Indian line of credit for ports and power transmission.', figure: '$1.1 billion', dateline: 'DHAKA', expect: { ...gov('India'), ...to('Bangladesh') } }],
  ['a third party of one signatory\'s country gives "under which" to the other signatory', { sentence: "Indonesia and the United Arab Emirates signed agreements on Tuesday under which Abu Dhabi's Masdar will invest two billion dollars in floating solar plants.", figure: 'two billion dollars', expect: { funder: 'Masdar', ...to('Indonesia') } }],
  ['not when the party is of neither signatory\'s country', { sentence: "Indonesia and the United Arab Emirates signed agreements on Tuesday under which Japan's Marubeni will invest two billion dollars in floating solar plants.", figure: 'two billion dollars', expect: { funder: 'Marubeni Corporation', recipient: null } }],
  ['lenders a company signed financing agreements "worth" a sum "with" lend it to the company', { sentence: 'Moroccan phosphate giant OCP Group has signed financing agreements worth $1.2 billion with JBIC, the European Investment Bank and a group of commercial banks to build a green ammonia plant.', figure: '$1.2 billion', expect: { funder: 'Japan Bank for International Cooperation; European Investment Bank', recipient: 'OCP Group', recipient_country: 'Morocco' } }],
  ['partners a party builds with receive nothing', { sentence: "Among the deals, Qatar's UCC Holding will build two power plants worth $7 billion with Turkish partners.", figure: '$7 billion', expect: { funder: 'UCC Holding', recipient: null } }],
  ['an institution of no country signing with a government gives to it', { sentence: 'The European Union and Egypt signed a memorandum of understanding for 1 billion euros in macro-financial assistance on Friday.', figure: '1 billion euros', expect: { funder: 'European Union', recipient: 'Egypt' } }],
  ['a government signing with a lender borrows from it', { sentence: 'Egypt and the International Monetary Fund signed an agreement for a $3 billion loan on Friday.', figure: '$3 billion', expect: { funder: 'International Monetary Fund', recipient: 'Egypt' } }],
  ['a swap line agreed with a country is that country\'s', { sentence: "Turkey's central bank has drawn the first $500 million of a $3 billion currency swap line agreed with Qatar last year.", figure: '$3 billion', expect: { ...gov('Qatar'), recipient: 'Türkiye' } }],
  // A company's unit spends the company's money; what money upgrades is where it goes.
  ['a company\'s unit named after its possessive and a demonym spends the company\'s money', { sentence: "Iberdrola's British unit ScottishPower will invest 1.3 billion pounds in upgrading Scotland's electricity grid.", figure: '1.3 billion pounds', expect: { funder: 'Iberdrola', funder_country: 'Spain', recipient: 'United Kingdom', recipient_country: 'United Kingdom' } }],
  ['a country\'s possessive before a company is still not the company\'s', { sentence: "Spain's Iberdrola will invest 1.3 billion pounds in upgrading Wales's electricity grid.", figure: '1.3 billion pounds', expect: { funder: 'Iberdrola', recipient: 'United Kingdom' } }],
  // A host government's money "to the project" goes to the foreign company building it; a lender's "for the project" does not.
  ['a host government\'s subsidy to the project goes to the foreign company building it', { sentence: 'The Hungarian government will grant 14 billion forints in subsidies to the project, he added.', figure: '14 billion forints', previous: ['Chinese battery maker EVE Energy will build a 2 billion euro plant in Debrecen, eastern Hungary, the minister said.'], expect: { ...gov('Hungary'), recipient: 'EVE Energy', recipient_country: 'China' } }],
  ['a lender\'s loan for the project does not', { sentence: 'The World Bank will lend $200 million for the project, he added.', figure: '$200 million', previous: ['Chinese battery maker EVE Energy will build a 2 billion euro plant in Debrecen, eastern Hungary, the minister said.'], expect: { funder: 'World Bank', recipient: null } }],
  ['a plant in a town of a state is in the state\'s country', { sentence: 'Tarsa Motors will spend $1.3 billion to build a plant in Cartersville, Georgia, creating 2,500 jobs.', figure: '$1.3 billion', expect: { funder: 'Tarsa Motors', recipient: 'United States', recipient_country: 'United States' } }],
  ['a title the context gives a one-word name after a country\'s possessive makes it the country\'s money', { sentence: 'Turkey’s Erdogan pledges $1 billion to Syria', figure: '$1 billion', previous: ['President Recep Tayyip Erdogan spoke in Ankara.'], expect: { ...gov('Türkiye'), ...to('Syria') } }],
  ['of two signatories, the one a relative clause\'s subject points back to gives, to the other', { sentence: 'The European Union and Mauritania signed a partnership on Thursday under which the bloc will mobilise 210 million euros in grants and loans.', figure: '210 million euros', expect: { funder: 'European Union', ...to('Mauritania') } }],
  ['the same with a company pointed back to', { sentence: 'Tarsa Holdings and Ghana signed an agreement whereby the company will invest $300 million in cocoa processing.', figure: '$300 million', expect: { funder: 'Tarsa Holdings', ...to('Ghana') } }],
  ['a country signing a loan with a consortium a lender leads borrows, whatever place its project is named after', { sentence: 'Hungary has signed a loan agreement worth about 1 billion euros with a consortium of Chinese banks led by the Export-Import Bank of China to finance 85% of the Hungarian section of the Budapest-Belgrade railway.', figure: 'about 1 billion euros', expect: { funder: 'Export-Import Bank of China', ...to('Hungary') } }],
  ['a neighbour that deposits money in a country\'s central bank names it receiving', { sentence: 'The kingdom will also provide $200 million in fuel derivatives.', figure: '$200 million', previous: ['Saudi Arabia will deposit $1 billion in Yemen’s central bank to support the rial.'], expect: { ...gov('Saudi Arabia'), ...to('Yemen') } }],
  ['one that only names a country\'s possessive does not', { sentence: 'The kingdom will also provide $200 million in fuel derivatives.', figure: '$200 million', previous: ['Saudi Arabia praised Yemen’s central bank for its work.'], expect: { recipient: null } }],
  ['a clause after "while" with a recipient of its own keeps it', { sentence: 'Qatar pledged $50 million to the Global Fund on Sunday, while Spain said it would give 20 million euros to Chad.', figure: '20 million euros', expect: { ...gov('Spain'), ...to('Chad') } }],
  ['a verb with a subject of its own keeps it', { sentence: 'China will lend $1 billion to Kenya and Japan will give $500 million.', figure: '$500 million', verb: 'will give', expect: { ...gov('Japan') } }],
  ['a company that raised money receives it', { sentence: 'Moroccan phosphate producer OCP Group has raised $2 billion from a bond sale to international investors.', figure: '$2 billion', expect: { funder: null, recipient: 'OCP Group', recipient_country: 'Morocco' } }],
  ['a recipient before a named speaker with a title', { sentence: 'France will give €100 million in aid to Lebanon, President Emmanuel Macron said on Thursday.', figure: '€100 million', verb: 'will give', expect: { ...gov('France'), ...to('Lebanon') } }],
  ['a recipient before "a spokesman said"', { sentence: 'Japan will lend $400 million to Bangladesh, a spokesman said.', figure: '$400 million', verb: 'lend', expect: { ...gov('Japan'), ...to('Bangladesh') } }],
  ['possessor of an intention', { sentence: 'Regarding Kenya’s willingness to lend Uganda an additional $1 billion, the minister said the money may come from several sources.', figure: '$1 billion', verb: 'lend', expect: { ...gov('Kenya'), ...to('Uganda') } }],
  ['ascii possessive', { sentence: "Ghana's plan to invest $300 million in Togo was welcomed.", figure: '$300 million', verb: 'invest', expect: { ...gov('Ghana'), ...to('Togo') } }],
  ['desire to spend in', { sentence: 'Ghana has expressed a desire to spend over $2 billion in Kenya.', figure: 'over $2 billion', verb: 'spend', expect: { ...gov('Ghana'), ...to('Kenya'), project: null } }],
  [
    'organisation whose financing it is beats a capital metonym',
    {
      sentence: 'NAIROBI: Washington has approved $900 million in US Export-Import Bank financing for Kenya’s Kipeto copper-gold mine, Acting US ambassador Jane Roe said in a video message on Tuesday.',
      figure: '$900 million',
      verb: 'approved',
      dateline: 'NAIROBI',
      expect: { funder: 'Export-Import Bank of the United States', funder_type: 'export_credit_agency', funder_country: 'United States', ...to('Kenya'), project: 'Kipeto' },
    },
  ],
  ['capital metonym alone', { sentence: 'Beijing approved $2 billion for Laos.', figure: '$2 billion', verb: 'approved', expect: { ...gov('China'), ...to('Laos') } }],
  [
    'agent phrase, speaker skipped, recipient from the title',
    {
      sentence: 'Speaking to Daily Nation last month, Kenya’s Finance Minister John Doe said the broader debt package for Kipeto was nearly complete, anchored by the International Finance Corporation (IFC) and expected to total about $2.5 billion.',
      figure: 'about $2.5 billion',
      title: 'US commits $900 million EXIM financing for Kenya’s Kipeto mine',
      known: ['Kipeto'],
      expect: { funder: 'International Finance Corporation', funder_type: 'development_bank', funder_country: null, ...to('Kenya'), project: 'Kipeto' },
    },
  ],
  [
    'several lenders',
    {
      sentence: 'Lenders including the International Finance Corporation and the Asian Development Bank among others are assembling a financing package exceeding $1.6 billion.',
      figure: 'exceeding $1.6 billion',
      expect: { funder: 'International Finance Corporation; Asian Development Bank', funder_type: 'development_bank', funder_country: null, recipient: null },
    },
  ],
  ['lenders such as', { sentence: 'Banks such as HSBC and Standard Chartered will provide $700 million.', figure: '$700 million', expect: { funder: 'HSBC; Standard Chartered', funder_type: 'bank', funder_country: 'United Kingdom' } }],
  ['receiver is not the funder', { sentence: 'Kenya will receive $300 million from the World Bank.', figure: '$300 million', verb: 'receive', expect: { funder: 'World Bank', funder_type: 'development_bank', funder_country: null, ...to('Kenya') } }],
  ['a loan from X to Y', { sentence: 'The loan of $200m from the AfDB to Zambia was signed.', figure: '$200m', verb: 'signed', expect: { funder: 'African Development Bank', funder_type: 'development_bank', funder_country: null, ...to('Zambia') } }],
  ['funded by two countries', { sentence: 'The bridge was funded by Japan and Korea with $1bn.', figure: '$1bn', verb: 'funded', expect: { funder: 'Japan; South Korea', funder_type: 'government', funder_country: null } }],
  ['shared alias settled by a demonym in the sentence', { sentence: 'EXIM financing of $1.25 billion for Ghana was approved, Chinese officials said.', figure: '$1.25 billion', expect: { funder: 'Export-Import Bank of China', funder_type: 'export_credit_agency', funder_country: 'China', ...to('Ghana') } }],
  ['shared alias settled by the title', { sentence: 'EXIM will lend $300 million to the project.', figure: '$300 million', verb: 'lend', title: 'American lender backs Kenyan mine', expect: { funder: 'Export-Import Bank of the United States', funder_country: 'United States' } }],
  ['shared alias unresolved', { sentence: 'EXIM will lend $300 million to Ghana.', figure: '$300 million', verb: 'lend', expect: { funder: 'EXIM', funder_type: 'export_credit_agency', funder_country: null, ...to('Ghana') } }],
  ['demonym investors are not the state', { sentence: 'Saudi investors plan to invest $500 million in Egypt.', figure: '$500 million', verb: 'invest', expect: { funder: 'Saudi investors', funder_type: 'company', funder_country: 'Saudi Arabia', ...to('Egypt') } }],
  ['country plus investors', { sentence: 'US investors committed $80 million to Kenya.', figure: '$80 million', verb: 'committed', expect: { funder: 'US investors', funder_type: 'company', funder_country: 'United States', ...to('Kenya') } }],
  ['demonym government is the state', { sentence: 'The Chinese government pledged $1 billion to Laos.', figure: '$1 billion', verb: 'pledged', expect: { ...gov('China'), ...to('Laos') } }],
  ['dateline city and a country speaking for itself', { sentence: 'BAKU: Azerbaijan said on Friday it will invest $1 billion in Georgia.', figure: '$1 billion', verb: 'invest', dateline: 'BAKU', expect: { ...gov('Azerbaijan'), ...to('Georgia') } }],
  ['place of an event is not the funder', { sentence: 'At a summit in Riyadh, Kenya pledged $50 million to Somalia.', figure: '$50 million', verb: 'pledged', expect: { ...gov('Kenya'), ...to('Somalia') } }],
  ['according to', { sentence: 'According to the Kenyan treasury, the IMF approved $1 billion for Kenya.', figure: '$1 billion', verb: 'approved', expect: { funder: 'International Monetary Fund', funder_type: 'other', funder_country: null, ...to('Kenya') } }],
  ['told a listener', { sentence: 'Qatar will invest $3 billion in Egypt, its minister told Reuters.', figure: '$3 billion', verb: 'invest', expect: { ...gov('Qatar'), ...to('Egypt') } }],
  ['speaker with a title is not a funder', { sentence: 'The package totals $2 billion, Egypt’s planning minister Jane Roe said.', figure: '$2 billion', previous: ['The UAE agreed to a new package for Egypt.'], expect: { ...gov('United Arab Emirates'), ...to('Egypt') } }],
  ['adjective use of a country is not a party', { sentence: 'The deal could unlock $2 billion in US equipment exports.', figure: '$2 billion', verb: 'unlock', expect: { funder: null, recipient: null } }],
  ['the agent of a "deal by" is the funder, not the signatories', { sentence: 'Qatar and Egypt signed deals worth $7.5 billion, including a $3.5 billion deal by Mubadala to develop a resort.', figure: '$3.5 billion', expect: { funder: 'Mubadala Investment Company' } }],
  ['no party: nearest previous sentence first', { sentence: 'The package could be worth $400 million.', figure: '$400 million', previous: ['Norway funded a school.', 'The World Bank is preparing support for Malawi.'], expect: { funder: 'World Bank', ...to('Malawi') } }],
  ['pronoun subject borrows from the previous sentence', { sentence: 'It will lend $250 million to Benin.', figure: '$250 million', verb: 'lend', previous: ['The Islamic Development Bank met officials on Monday.'], expect: { funder: 'Islamic Development Bank', funder_type: 'development_bank', ...to('Benin') } }],
  ['a neighbour\'s subject past a word that only qualifies it', { sentence: 'The fund has already deposited $2 billion with the central bank.', figure: '$2 billion', verb: 'deposited', previous: ['The Qatari Mubadala Investment Company will invest up to $5 billion in Tessaly.'], expect: { funder: 'Mubadala Investment Company' } }],
  ['a neighbour\'s subject past a demonym, with no figure in the neighbour', { sentence: 'It will lend $250 million to Benin.', figure: '$250 million', verb: 'lend', previous: ['The Saudi Islamic Development Bank met officials on Monday.'], expect: { funder: 'Islamic Development Bank' } }],
  ['a receiving first subject still ends the neighbour\'s search', { sentence: 'It will lend $250 million to Benin.', figure: '$250 million', verb: 'lend', previous: ['Kenya received a visit from the Islamic Development Bank on Monday.'], expect: { funder: null } }],
  ['a counterparty named only as "58 companies" is not a neighbour\'s funder', { sentence: 'The state government has signed memorandums of understanding worth $30 billion with 58 companies, officials said.', figure: '$30 billion', verb: 'signed', previous: ['Kestrel Holdings Ltd will invest $4 billion in a hydrogen hub.'], expect: { funder: null } }],
  ['generic investors as subject are not a neighbour\'s funder', { sentence: 'Foreign investors pledged $3 billion at the summit.', figure: '$3 billion', verb: 'pledged', previous: ['Kestrel Holdings Ltd will invest $4 billion in Namibia.'], expect: { funder: null } }],
  ['"several private lenders" as agent', { sentence: 'A further $500 million will be lent by several private lenders.', figure: '$500 million', verb: 'lent', previous: ['The World Bank approved $1 billion for Malawi.'], expect: { funder: null } }],
  ['generic lenders opening the sentence are not a neighbour\'s funder', { sentence: 'Lenders are assembling a package exceeding $4.7 billion.', figure: '$4.7 billion', verb: 'assembling', previous: ['The World Bank approved $1 billion for Malawi.'], expect: { funder: null } }],
  ['"Several banks" opening the sentence', { sentence: 'Several banks will lend $300 million for the port.', figure: '$300 million', verb: 'lend', previous: ['The World Bank approved $1 billion for Malawi.'], expect: { funder: null } }],
  ['"The lenders" point back to lenders named before: still borrowed', { sentence: 'The lenders signed a $300 million syndicated facility.', figure: '$300 million', verb: 'signed', previous: ['The Islamic Development Bank arranged the loan for Benin.'], expect: { funder: 'Islamic Development Bank' } }],
  ['companies as the money\'s destination do not stop a pronoun subject borrowing', { sentence: 'It will also invest $500 million in local companies.', figure: '$500 million', verb: 'invest', previous: ['Kestrel Holdings Ltd will invest $4 billion in Namibia.'], expect: { funder: 'Kestrel Holdings Ltd' } }],
  ['a borrower that plans to borrow receives', { sentence: 'Zambia plans to borrow $1 billion from commercial banks.', figure: '$1 billion', verb: 'borrow', previous: ['Ghana borrowed $750 million from the World Bank.'], expect: { funder: null, ...to('Zambia') } }],
  ['a source past another figure is that figure\'s when the subject names a funder', { sentence: 'The European Union announced a €1.2 billion package for Nigeria, combining €200 million in grants with loans from the European Investment Bank.', figure: '€1.2 billion', verb: 'announced', expect: { funder: 'European Union', ...to('Nigeria') } }],
  ['a source past another figure still names it when nothing else does', { sentence: 'Nigeria will receive $1 billion this year and $500 million next year from China.', figure: '$1 billion', verb: 'receive', expect: { ...gov('China'), ...to('Nigeria') } }],
  ['a neighbour\'s "invest ... in X\'s" names the recipient', { sentence: 'Kalyon Holding alone has committed $1.2 billion to a solar plant.', figure: '$1.2 billion', verb: 'committed', previous: ['Turkish companies plan to invest more than US$3.5bn in Azerbaijan’s liberated territories.'], expect: { funder: 'Kalyon Holding', ...to('Azerbaijan') } }],
  ['a neighbour\'s possessive after "to" still names no recipient', { sentence: 'Kalyon Holding alone has committed $1.2 billion to a solar plant.', figure: '$1.2 billion', verb: 'committed', previous: ['The firm added ounces to Ghana’s reserves.'], expect: { recipient: null } }],
  ['a demonym before "-funded" names the country', { sentence: 'Kenya secured a Chinese-funded $1.5bn expressway.', figure: '$1.5bn', verb: 'secured', previous: ['Laos got money.'], expect: { ...gov('China'), ...to('Kenya') } }],
  ['a country qualifying what is invested in receives', { sentence: 'Qatar Investment Authority approved a $2bn investment in UK infrastructure.', figure: '$2bn', verb: 'approved', previous: ['Laos got money.'], expect: { funder: 'Qatar Investment Authority', ...to('United Kingdom') } }],
  ['the organisation a possessor names is the agent, not the possessor', { sentence: 'A consortium led by Japan’s Mitsui will invest some $3 billion in Mozambique.', figure: '$3 billion', verb: 'invest', expect: { funder: 'Mitsui & Co.', funder_type: 'company', ...to('Mozambique') } }],
  ['a country\'s "new capital" is a city, not its money', { sentence: 'Chinese firms have pledged to invest up to $15 billion in Indonesia’s new capital Nusantara.', figure: '$15 billion', verb: 'invest', expect: { funder: 'Chinese firms', ...to('Indonesia') } }],
  ['"the emirate" borrows a neighbour\'s government', { sentence: 'The emirate will invest $3 billion in Jordan.', figure: '$3 billion', verb: 'invest', previous: ['Qatar signed a defence pact with Jordan on Monday.'], expect: { ...gov('Qatar'), ...to('Jordan') } }],
  ['the country a giving noun goes into, before the figure', { sentence: 'Turkey’s investment in Azerbaijan will total $2 billion by 2028.', figure: '$2 billion', expect: { ...gov('Türkiye'), ...to('Azerbaijan') } }],
  ['a passive agent past the recipient', { sentence: '$300 million has been earmarked for Somalia by the World Bank.', figure: '$300 million', expect: { funder: 'World Bank', ...to('Somalia') } }],
  ['co-funders "accounting for" the total are not its counterparty', { sentence: 'Uzbekistan and the UAE signed agreements worth $7 billion, with ACWA Power and Masdar accounting for most of the total.', figure: '$7 billion', expect: { recipient: null } }],
  ['a speaker\'s "finance ministry" is not financing', { sentence: 'Japan and Kenya signed agreements worth $2.7 billion, the Indonesian finance ministry said.', figure: '$2.7 billion', expect: { funder: 'Japan; Kenya' } }],
  ['a country before a past-tense verb is its subject, not an adjective', { sentence: 'The UAE rolled over $2 billion in deposits due this month.', figure: '$2 billion', verb: 'rolled over', expect: { ...gov('United Arab Emirates') } }],
  ['"Chinese state banks" are banks, not the Chinese state', { sentence: 'Chinese state banks will lend $3 billion to Peru.', figure: '$3 billion', verb: 'lend', expect: { funder: 'Chinese state banks', funder_type: 'bank', funder_country: 'China' } }],
  ['"the Chinese state" is', { sentence: 'The Chinese state will lend $3 billion to Peru.', figure: '$3 billion', verb: 'lend', expect: { ...gov('China') } }],
  ['a country before a noun still qualifies it', { sentence: 'It will invest $2 billion in the UK infrastructure fund.', figure: '$2 billion', verb: 'invest', expect: { funder: null } }],
  ['a speaker reporting what others give is not the funder', { sentence: 'Barrick Gold said lenders have committed $3.5 billion in project debt for the mine.', figure: '$3.5 billion', verb: 'committed', expect: { funder: null } }],
  ['a speaker saying it will give is', { sentence: 'Barrick Gold said it will invest $2 billion in the mine.', figure: '$2 billion', verb: 'invest', expect: { funder: 'Barrick Gold' } }],
  ['the whole a pronoun\'s part belongs to does not borrow the part\'s funder', { sentence: 'The financing is part of a $3.5 billion debt package that Barrick is arranging.', figure: '$3.5 billion', previous: ['The World Bank approved a $1.25 billion loan.'], expect: { funder: null } }],
  ['a pronoun\'s own figure still does', { sentence: 'The financing is worth $3.5 billion.', figure: '$3.5 billion', previous: ['The World Bank approved a new loan.'], expect: { funder: 'World Bank' } }],
  ['a headline subject that lines up debt is not its funder', { sentence: 'Barrick lines up $3.5bn debt for Reko Diq', figure: '$3.5bn', verb: 'lines up', expect: { funder: null } }],
  ['the country a loan "will help" is its recipient', { sentence: 'A $450 million loan from the Islamic Development Bank will help Uzbekistan build 12 hospitals.', figure: '$450 million', verb: 'help', expect: { funder: 'Islamic Development Bank', ...to('Uzbekistan') } }],
  ['an unlisted foundation', { sentence: 'The Gates Foundation committed $200 million to fight malaria in Nigeria.', figure: '$200 million', verb: 'committed', expect: { funder: 'Gates Foundation', ...to('Nigeria') } }],
  ['an indirect object after "promised"', { sentence: 'Beijing has promised Islamabad $4 billion in new loans.', figure: '$4 billion', verb: 'promised', expect: { funder: 'China', recipient: 'Pakistan' } }],
  ['an unlisted company named with "Ports", past its possessor', { sentence: 'India’s Adani Ports will spend $1 billion on a terminal in Sri Lanka.', figure: '$1 billion', verb: 'spend', expect: { funder: 'Adani Ports', funder_type: 'company', funder_country: 'India' } }],
  ['an alias several lenders share, settled by its possessor', { sentence: 'Tanzania signed a $500 million loan from Turkey’s Eximbank for the railway.', figure: '$500 million', verb: 'signed', expect: { funder: 'Turk Eximbank', funder_type: 'export_credit_agency', funder_country: 'Türkiye' } }],
  ['and the recipient, of the possessor\'s country', { sentence: 'The IFC will invest $50 million in Nigeria’s Ecobank.', figure: '$50 million', verb: 'invest', expect: { funder: 'International Finance Corporation', recipient: 'Ecobank Transnational', recipient_country: 'Nigeria' } }],
  ['a possessed place leaves the possessor the recipient', { sentence: 'China will invest $2 billion in Pakistan’s Balochistan.', figure: '$2 billion', verb: 'invest', expect: { ...gov('China'), ...to('Pakistan') } }],
  ['a coordinated subject whose first names its acronym in brackets', { sentence: 'The European Bank for Reconstruction and Development (EBRD), the Asian Development Bank and the IFC are providing $825 million in debt.', figure: '$825 million', verb: 'providing', expect: { funder: 'European Bank for Reconstruction and Development; Asian Development Bank; International Finance Corporation' } }],
  ['two coordinated subjects before "said ... they will"', { sentence: 'The World Bank and the African Development Bank said on Monday they will jointly finance a $2.5 billion upgrade.', figure: '$2.5 billion', verb: 'finance', expect: { funder: 'World Bank; African Development Bank' } }],
  ['the subject of a relative clause on the figure\'s noun', { sentence: 'The funds come on top of a $3 billion Extended Fund Facility the International Monetary Fund approved in December.', figure: '$3 billion', expect: { funder: 'International Monetary Fund' } }],
  ['"that" and a relative clause after the noun', { sentence: 'Kenya repaid the $1bn loan that Japan provided in 2015.', figure: '$1bn', expect: { ...gov('Japan'), ...to('Kenya') } }],
  ['a relative clause whose verb is not one of giving names no funder', { sentence: 'The $1bn loan Kenya repaid in 2015 was the largest.', figure: '$1bn', expect: { funder: null } }],
  ['a government signing a loan agreement with a lender borrows from it', { sentence: 'Indonesia has signed a loan agreement with the Japan International Cooperation Agency worth 140.7 billion yen.', figure: '140.7 billion yen', verb: 'signed', expect: { funder: 'Japan International Cooperation Agency', ...to('Indonesia') } }],
  ['a government signing an accord with another government does not', { sentence: 'Indonesia has signed an accord with Japan worth $2 billion.', figure: '$2 billion', verb: 'signed', expect: { ...gov('Indonesia') } }],
  ['"in Japanese financing" is the source, not the recipient', { sentence: 'Indonesia secures Rp 45 trillion in Japanese financing for the metro.', figure: 'Rp 45 trillion', verb: 'secures', expect: { ...gov('Japan'), ...to('Indonesia') } }],
  ['a name the reference does not know, opening the clause, is its subject: no neighbour\'s funder', { sentence: 'Nestle raised its stake in the dairy to 25% for $300 million.', figure: '$300 million', verb: 'raised', previous: ['Siemens plans to invest $1 billion in Egypt.'], expect: { funder: null } }],
  ['a sentence opened by a preposition still borrows', { sentence: 'In June it will invest $300 million in Ghana.', figure: '$300 million', verb: 'invest', previous: ['Siemens plans to invest $1 billion in Egypt.'], expect: { funder: 'Siemens' } }],
  ['"the fund" points back past a company to a fund', { sentence: 'The fund has deposited $2 billion with the central bank.', figure: '$2 billion', verb: 'deposited', previous: ['Mubadala Investment Company will invest $5 billion in Egypt.', 'Kestrel Holdings Ltd will build a port.'], expect: { funder: 'Mubadala Investment Company' } }],
  ['"the bank" takes no government', { sentence: 'The bank will lend $300 million for the port.', figure: '$300 million', verb: 'lend', previous: ['Kenya will invest $1 billion in roads.'], expect: { funder: null } }],
  ['"the company" takes a company', { sentence: 'The company will invest $300 million in the port.', figure: '$300 million', verb: 'invest', previous: ['Kestrel Holdings Ltd signed a deal with Kenya.'], expect: { funder: 'Kestrel Holdings Ltd' } }],
  ['a "to X" right after the figure is its own recipient', { sentence: 'China pledged $3.1 billion to Kenya and $2 billion to Peru.', figure: '$2 billion', verb: 'pledged', expect: { ...gov('China'), ...to('Peru') } }],
  ['previous sentence object is not a funder', { sentence: 'The package could be worth $400 million.', figure: '$400 million', previous: ['The US envoy visited Kenya.'], expect: { funder: null } }],
  ['unknown organisation as subject', { sentence: 'Kestrel Holdings Ltd will invest $40 million in Namibia.', figure: '$40 million', verb: 'invest', expect: { funder: 'Kestrel Holdings Ltd', funder_type: 'company', funder_country: null, ...to('Namibia') } }],
  ['unknown acronym organisation', { sentence: 'The Lake Basin Development Fund (LBDF) will provide $60 million to Uganda.', figure: '$60 million', verb: 'provide', expect: { funder: 'Lake Basin Development Fund', funder_type: 'development_bank', ...to('Uganda') } }],
  ['org recipient', { sentence: 'Japan will lend $90 million to the Kenya Power Company.', figure: '$90 million', verb: 'lend', expect: { ...gov('Japan'), recipient: 'Kenya Power Company', recipient_country: 'Kenya' } }],
  ['recipient from the project’s possessor', { sentence: 'JBIC approved $500 million for Chile’s Tamarugo lithium project.', figure: '$500 million', verb: 'approved', expect: { funder: 'Japan Bank for International Cooperation', funder_type: 'export_credit_agency', funder_country: 'Japan', ...to('Chile'), project: 'Tamarugo' } }],
  ['recipient from the project’s location', { sentence: 'The AIIB will provide $300 million for the Tamarugo mine in Queensland.', figure: '$300 million', verb: 'provide', expect: { funder: 'Asian Infrastructure Investment Bank', ...to('Australia'), project: 'Tamarugo' } }],
  ['sovereign fund', { sentence: 'Mubadala will invest $1.5 billion in Brazil.', figure: '$1.5 billion', verb: 'invest', expect: { funder: 'Mubadala Investment Company', funder_type: 'sovereign_fund', funder_country: 'United Arab Emirates', ...to('Brazil') } }],
  ['state company', { sentence: 'ADNOC signed a $2 billion deal with Kazakhstan.', figure: '$2 billion', verb: 'signed', expect: { funder: 'Abu Dhabi National Oil Company', funder_type: 'state_company', funder_country: 'United Arab Emirates' } }],
  ['hyphenated financier', { sentence: 'A China-backed $600 million loan will fund the Lamu railway.', figure: '$600 million', expect: { ...gov('China'), project: 'Lamu' } }],
  ['hyphenated origin is not a party', { sentence: 'Kenya will buy $200 million of US-sourced machinery.', figure: '$200 million', verb: 'buy', expect: { recipient: null } }],
  ['appositive is not the subject', { sentence: 'Gulf Star Holdings, a Mubadala and ADQ joint venture, will invest $90 million in Oman.', figure: '$90 million', verb: 'invest', expect: { funder: 'Gulf Star Holdings', funder_type: 'company', ...to('Oman') } }],
  ['indirect object without a verb span', { sentence: 'Talks on Qatar’s offer to lend Sudan a further $400 million stalled.', figure: '$400 million', expect: { ...gov('Qatar'), ...to('Sudan') } }],
  ['a borrower’s push is not a pledge', { sentence: 'Move aligns with Kenya’s push to close $3 billion debt package for the copper mine in Sindh', figure: '$3 billion', expect: { funder: null, ...to('Pakistan') } }],
  ['possessive pledge of', { sentence: 'Officials welcomed Oman’s pledge of $250 million for Yemen.', figure: '$250 million', expect: { ...gov('Oman'), ...to('Yemen') } }],
  ['deposit with a central bank', { sentence: 'Saudi Arabia will deposit $3 billion with Kenya’s central bank.', figure: '$3 billion', expect: { ...gov('Saudi Arabia'), ...to('Kenya') } }],
  ['to help a country', { sentence: 'The Asian Development Bank (ADB) on Tuesday approved a $500 million loan to help Bangladesh improve its power grid.', figure: '$500 million', expect: { funder: 'Asian Development Bank', ...to('Bangladesh') } }],
  ['shared alias after a possessive country', { sentence: 'China’s Exim Bank will finance 85% of the $6 billion railway.', figure: '$6 billion', expect: { funder: 'Export-Import Bank of China', funder_country: 'China', project: null } }],
  ['two lenders, one named with its country', { sentence: 'The European Investment Bank and France’s AFD will jointly provide €400 million to Morocco.', figure: '€400 million', expect: { funder: 'European Investment Bank; Agence Française de Développement', funder_type: 'development_bank', funder_country: null, ...to('Morocco') } }],
  ['sentence-initial country with an unlisted verb', { sentence: 'Egypt earmarked $2 billion for Sudan.', figure: '$2 billion', expect: { ...gov('Egypt'), ...to('Sudan') } }],
  // Found on articles the rules were not written against.
  ['the agent of a scrapped plan', { sentence: 'Malaysia has scrapped a $2 billion plan by China Communications Construction Company to build a port.', figure: '$2 billion', expect: { funder: 'China Communications Construction Company', ...to('Malaysia') } }],
  ['gapped second subject', { sentence: 'Japan will provide grants of €300 million and Germany’s KfW a €200 million concessional loan to Morocco.', figure: '€200 million', verb: 'will provide', expect: { funder: 'KfW Development Bank', funder_country: 'Germany', ...to('Morocco') } }],
  ['demonym after "in"', { sentence: 'Qatar will invest $2 billion in Brazilian wind developers.', figure: '$2 billion', expect: { ...gov('Qatar'), ...to('Brazil') } }],
  ['possessor after "of"', { sentence: 'The two banks will provide $750 million for an upgrade of Bangladesh’s grid.', figure: '$750 million', expect: { ...to('Bangladesh') } }],
  ['a country adjective before a project noun in the title', { sentence: 'The plant has secured $280 million of debt from Standard Bank.', figure: '$280 million', title: 'Kenya wind farm secures $280m in debt', expect: { funder: 'Standard Bank', ...to('Kenya') } }],
  ['first-person quote', { sentence: '“We will invest $2.5 billion in Ethiopia,” Jane Roe, president of Standard Bank, told reporters.', figure: '$2.5 billion', expect: { funder: 'Standard Bank', ...to('Ethiopia') } }],
  ['a seller after "buy ... from" is not the funder', { sentence: 'Abu Dhabi National Oil Company agreed to buy a 30% stake in the field from TotalEnergies in a deal worth $1 billion.', figure: '$1 billion', expect: { funder: 'Abu Dhabi National Oil Company' } }],
  ['a participle subject after "with"', { sentence: 'Tata Steel will invest £1.25 billion in Wales, with the British government contributing a grant of £500 million.', figure: '£500 million', expect: { funder: 'United Kingdom', funder_country: 'United Kingdom' } }],
  ['a neighbour’s subject after its dateline', { sentence: 'It will lend KWD 15 million over 25 years.', figure: 'KWD 15 million', previous: ['TASHKENT, Oct 2 - The Kuwait Fund for Arab Economic Development signed a loan agreement with Uzbekistan on Monday.'], expect: { funder: 'Kuwait Fund for Arab Economic Development', ...to('Uzbekistan') } }],
  ['a described organisation named before', { sentence: 'The Abu Dhabi fund said it would invest a further €500 million in Spain.', figure: '€500 million', previous: ['Mubadala Investment Company has raised its stake in a Spanish utility.'], expect: { funder: 'Mubadala Investment Company', ...to('Spain') } }],
  ['a multilateral lender has no country', { sentence: 'The International Finance Corporation will lend $150 million to a Jordanian water utility.', figure: '$150 million', expect: { funder: 'International Finance Corporation', funder_country: null } }],
  ['a lender on the other side of "signed a loan with"', { sentence: 'Georgia signed a EUR 150 million loan with the European Bank for Reconstruction and Development to modernise its railway.', figure: 'EUR 150 million', verb: 'signed', expect: { funder: 'European Bank for Reconstruction and Development', funder_country: null, ...to('Georgia') } }],
  ['"respectively": the second lender for the second amount', { sentence: 'The European Investment Bank and the Asian Development Bank will lend $300 million and $200 million respectively to Nepal.', figure: '$200 million', verb: 'will lend', expect: { funder: 'Asian Development Bank', ...to('Nepal') } }],
  ['"respectively" past amounts with decimals: the second of three', { sentence: 'Japan, the Asian Development Bank and the World Bank will provide $1.5 billion, $1.2 billion and $1.3 billion respectively to Bangladesh.', figure: '$1.2 billion', expect: { funder: 'Asian Development Bank', ...to('Bangladesh') } }],
  ['rival bidders a buyer beat give nothing', { sentence: 'Zijin Mining Group has agreed to pay $1.26 billion for a 63% stake in Serbia’s state-owned copper miner RTB Bor, Serbia’s economy ministry said, beating bids from Canada and Russia.', figure: '$1.26 billion', expect: { funder: 'Zijin Mining' } }],
  ['the party a loan was agreed with lends it, a government too, and the part taken from it', { sentence: 'Kenya has received the first tranche of $500 million from a $1.5 billion loan agreed with the United Arab Emirates in January.', figure: '$1.5 billion', expect: { ...gov('United Arab Emirates'), ...to('Kenya') } }],
  ['a tranche from such a loan', { sentence: 'Kenya has received the first tranche of $500 million from a $1.5 billion loan agreed with the United Arab Emirates in January.', figure: '$500 million', expect: { ...gov('United Arab Emirates'), ...to('Kenya') } }],
  ['a government that sold bonds receives the money, from no one named', { sentence: 'Uzbekistan sold $1.5 billion of dollar- and som-denominated eurobonds, the finance ministry said.', figure: '$1.5 billion', expect: { funder: null, ...to('Uzbekistan') } }],
  ['a state\'s aid a regulator approved is the state\'s', { sentence: 'The European Commission approved 902 million euros in German state aid for Swedish battery maker Northvolt to build a factory in Heide.', figure: '902 million euros', expect: { ...gov('Germany'), recipient: 'Northvolt' } }],
  ['two organisations a hyphen joins before an instrument both give', { sentence: 'Ethiopia secures $10.5bn IMF-World Bank package', figure: '$10.5bn', expect: { funder: 'International Monetary Fund; World Bank', ...to('Ethiopia') } }],
  ['the leader of a group money goes to receives, not gives', { sentence: 'The U.S. International Development Finance Corporation will lend $553 million to a consortium led by India’s Adani Ports to build a terminal in Colombo.', figure: '$553 million', expect: { funder: 'U.S. International Development Finance Corporation' } }],
  ['a consortium that lends, led by a bank, is the bank\'s', { sentence: 'A consortium of banks led by Standard Chartered will lend $950 million to Tanzania.', figure: '$950 million', expect: { funder: 'Standard Chartered', ...to('Tanzania') } }],
  ['a generic source whose members are named gives through them; the company raising receives', { sentence: 'Nigeria’s Dangote Group is raising $3 billion from a group of African banks including Afreximbank and Tarsa Bank to refinance debt.', figure: '$3 billion', expect: { funder: 'African Export-Import Bank; Tarsa Bank', recipient: 'Dangote Group' } }],
  ['a generic source named no further gives no one', { sentence: 'Tarsa Group is raising $3 billion from a group of African banks to refinance debt.', figure: '$3 billion', expect: { funder: null } }],
  ['"they" after a semicolon and a time is the clause before\'s subject', { sentence: 'Saudi Arabia, Kuwait and the United Arab Emirates agreed a $10 billion support package for Bahrain in 2018; on Thursday they released a further $2.5 billion tranche.', figure: '$2.5 billion', expect: { funder: 'Saudi Arabia; Kuwait; United Arab Emirates' } }],
  ['a possessive appositive describes the party before it', { sentence: 'Norfund, Norway’s investment fund for developing countries, is investing $45 million in SunCulture, a solar company.', figure: '$45 million', expect: { funder: 'Norfund' } }],
  ['a generic subject of the figure\'s own clause gives it, not a source named before that clause', { sentence: 'The European Commission approved Romania’s request for 1.2 billion euros from the Modernisation Fund, adding that private investors are expected to contribute another 3 billion euros.', figure: '3 billion euros', expect: { funder: null } }],
  ['a named subject after "that" still gives', { sentence: 'The ministry said that Tarsa Holdings will invest $2 billion in the port.', figure: '$2 billion', expect: { funder: 'Tarsa Holdings' } }],
  ['an offer from a party is its own', { sentence: 'Argentina has rejected a $1 billion offer from China Communications Construction Company to expand the port.', figure: '$1 billion', expect: { funder: 'China Communications Construction Company' } }],
  ['"respectively": the first lender for the first amount', { sentence: 'The European Investment Bank and the Asian Development Bank will lend $300 million and $200 million respectively to Nepal.', figure: '$300 million', verb: 'will lend', expect: { funder: 'European Investment Bank', ...to('Nepal') } }],
  ['the possessor of an investment, not the approver', { sentence: 'Temasek’s $1.2 billion investment in data centres near Ho Chi Minh City was approved by Vietnam’s planning ministry.', figure: '$1.2 billion', expect: { funder: 'Temasek Holdings', ...to('Vietnam') } }],
  ['"from X and a ... from Y": each figure its own lender', { sentence: 'Mozambique will receive a $300 million loan from Norfund and a $50 million grant from Japan.', figure: '$50 million', expect: { ...gov('Japan'), ...to('Mozambique') } }],
  ['a demonym before a project noun in the title', { sentence: 'The two lenders will provide $500 million for the bridge.', figure: '$500 million', title: 'Lenders to co-finance Philippine bridge', expect: { ...to('Philippines') } }],
  ['a demonym before a company noun is not a recipient', { sentence: 'The two lenders will provide $500 million to a Chinese port operator.', figure: '$500 million', expect: { recipient: null } }],
  ['the origin of an unlisted company', { sentence: 'China’s Kestrel Motors will invest $800 million in a factory in Thailand.', figure: '$800 million', expect: { funder: 'Kestrel Motors', funder_country: 'China', ...to('Thailand') } }],
  // What the money rebuilds or develops receives it.
  ['a fund for rebuilding a country', { sentence: 'Qatar has pledged $1 billion to a fund for rebuilding Syria.', figure: '$1 billion', verb: 'pledged', expect: { ...gov('Qatar'), ...to('Syria') } }],
  ['to help rebuild', { sentence: 'Norway will give $40 million to help rebuild Sudan, the ministry said.', figure: '$40 million', expect: { ...gov('Norway'), ...to('Sudan') } }],
  ['towards the reconstruction of', { sentence: 'Kuwait pledged $200 million towards the reconstruction of Iraq.', figure: '$200 million', expect: { ...gov('Kuwait'), ...to('Iraq') } }],
  // An unlisted organisation's country, from the appositive that describes it.
  ['an appositive possessor gives an unlisted recipient its country', { sentence: 'The bank is lending €75 million to Halvora Water Company, Morocco’s national water utility, for a desalination plant.', figure: '€75 million', expect: { recipient: 'Halvora Water Company', recipient_country: 'Morocco' } }],
  ['an appositive demonym gives an unlisted funder its country', { sentence: 'Zarvex Capital, a Kenyan asset manager, will invest $40 million in Tanzania.', figure: '$40 million', expect: { funder: 'Zarvex Capital', funder_country: 'Kenya', ...to('Tanzania') } }],
  ['a possessor of another clause is not the appositive', { sentence: 'The bank is lending €75 million to Halvora Water Company, and Morocco’s treasury will add €5 million.', figure: '€75 million', expect: { recipient: 'Halvora Water Company', recipient_country: null } }],
  // The agent of another clause's figure is not this one's; "the fund" after a fronted phrase points back.
  [
    'an agent past another figure in another clause; a pointing subject after a fronted phrase',
    {
      sentence: 'Under the deal, the fund will lend $300 million, while the remaining $700 million will be covered by ACWA Power.',
      figure: '$300 million',
      verb: 'will lend',
      previous: ['The Saudi Fund for Development has signed an agreement with the government of Uzbekistan to finance a thermal power plant.'],
      expect: { funder: 'Saudi Fund for Development', funder_country: 'Saudi Arabia' },
    },
  ],
  ['the agent of "covered by"', { sentence: 'Under the deal, the fund will lend $300 million, while the remaining $700 million will be covered by ACWA Power.', figure: '$700 million', verb: 'will be covered', expect: { funder: 'ACWA Power', funder_country: 'Saudi Arabia' } }],
  ['the subject of a relative clause gives its figure', { sentence: 'The loan will be co-financed with the World Bank, which approved $1 billion for the programme in April.', figure: '$1 billion', verb: 'approved', expect: { funder: 'World Bank' } }],
  ['the subject of a relative clause, with its acronym', { sentence: 'It joins the Islamic Development Bank (IsDB), which has already lent $200 million to the project.', figure: '$200 million', verb: 'lent', expect: { funder: 'Islamic Development Bank' } }],
  ['the issuer of bonds receives', { sentence: 'The IFC has subscribed to $50 million of green bonds issued by Vietnam’s VPBank.', figure: '$50 million', expect: { funder: 'International Finance Corporation', recipient: 'VPBank', recipient_country: 'Vietnam' } }],
  ['a country\'s organisation after its possessive signs a loan with a lender, and borrows', { sentence: 'Zambia’s state power firm ZESCO has signed a $1.2 billion loan with JBIC.', figure: '$1.2 billion', expect: { funder: 'Japan Bank for International Cooperation', recipient: 'ZESCO', recipient_country: 'Zambia' } }],
  ['a public body introduced by its role after a country\'s possessive', { sentence: 'Ghana’s cocoa regulator Cocobod has secured a $1.2 billion loan from a group of banks.', figure: '$1.2 billion', expect: { funder: null, recipient: 'Cocobod', recipient_country: 'Ghana' } }],
  ['a signatory of a loan with lenders it does not name borrows', { sentence: 'Ghana’s cocoa regulator Cocobod has signed a $1.2 billion syndicated loan with a group of international banks.', figure: '$1.2 billion', expect: { funder: null, recipient: 'Cocobod', recipient_country: 'Ghana' } }],
  ['a government signing a loan with no counterpart borrows', { sentence: 'Kenya signed a $500 million loan with a consortium of lenders on Monday.', figure: '$500 million', expect: { funder: null, ...to('Kenya') } }],
  ['a company signing a loan with local banks, for its own purchase, borrows', { sentence: 'Turkish Airlines has signed a $600 million loan with local banks to buy aircraft.', figure: '$600 million', expect: { funder: null, recipient: 'Turkish Airlines', recipient_country: 'Türkiye' } }],
  ['a lender signing a loan with borrowers it does not name still lends', { sentence: 'The Saudi Fund for Development signed a $300 million loan agreement with a group of Pakistani banks.', figure: '$300 million', expect: { funder: 'Saudi Fund for Development' } }],
  ['a lender signing a loan with a government lends to it', { sentence: 'The World Bank signed a $500 million loan with Kenya.', figure: '$500 million', expect: { funder: 'World Bank', ...to('Kenya') } }],
  ['a government signing a loan to a named borrower lends', { sentence: 'Japan signed a 50 billion yen loan to Bangladesh for the metro.', figure: '50 billion yen', expect: { ...gov('Japan'), ...to('Bangladesh') } }],
  ['lenders a package was signed with, the day told between, lend to the signatory', { sentence: 'Albania signed a 300 million euro financing package on Monday with the European Bank for Reconstruction and Development and the European Investment Bank.', figure: '300 million euro', expect: { funder: 'European Bank for Reconstruction and Development; European Investment Bank', ...to('Albania') } }],
  ['a foreign company an agreement to build and operate was made with puts the money in, in the country that made it', { sentence: "The government of Brazil's Bahia state has cancelled a 9 billion reais agreement with China Harbour Engineering Company to build and operate a deepwater port.", figure: '9 billion reais', expect: { funder: 'China Harbour Engineering Company', funder_country: 'China', ...to('Brazil') } }],
  ['"the company" is an organisation of no known kind the sentence before named as giving', { sentence: 'The company will put ₹4,500 crore into the first phase.', figure: '₹4,500 crore', previous: ['Tokyo-based Kanto Datacom will invest ₹12,000 crore in two phases in a data centre campus.'], expect: { funder: 'Kanto Datacom' } }],
  ['the party talked with over a loan lends it to the subject', { sentence: 'Papua New Guinea is in talks with Australia over a budget support loan of nearly 600 million Australian dollars, the treasurer said.', figure: '600 million Australian dollars', expect: { ...gov('Australia'), ...to('Papua New Guinea') } }],
  ['and so with the figure before the loan', { sentence: 'Pakistan is in talks with China on a $2 billion loan to shore up its reserves.', figure: '$2 billion', expect: { ...gov('China'), ...to('Pakistan') } }],
  ['a lender negotiated with', { sentence: 'Kenya is negotiating with the World Bank over a $750 million loan.', figure: '$750 million', expect: { funder: 'World Bank', ...to('Kenya') } }],
  ['talks with a government to invest: the subject invests', { sentence: 'Chery is in talks with South Africa\'s government to invest about 18 billion rand in a plant.', figure: '18 billion rand', verb: 'in talks', expect: { funder: 'Chery Automobile', ...to('South Africa') } }],
  ['talks with a borrower to lend it: the subject lends', { sentence: 'China is in talks with Pakistan to lend it $2 billion.', figure: '$2 billion', verb: 'in talks', expect: { ...gov('China') } }],
  ['nothing at all', { sentence: 'Prices rose by $5 a barrel.', figure: '$5', expect: { funder: null, funder_type: null, funder_country: null, recipient: null, recipient_country: null, project: null } }],
];

describe('resolveParties', () => {
  it.each(cases)('%s', (_label, c) => {
    const got = resolveParties(context(c), index);
    const picked = Object.fromEntries(Object.keys(c.expect).map((k) => [k, got[k as keyof Parties]]));
    expect(picked).toEqual(c.expect);
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.nat(200), fc.nat(50), fc.array(fc.string({ maxLength: 80 }), { maxLength: 3 }), (s, a, b, prev) => {
        const r = resolveParties({ sentence: s, figure: { start: Math.min(a, s.length), end: Math.min(a + b, s.length) }, verb: null, previous: prev, title: prev[0] ?? null, dateline: null }, index);
        return typeof r === 'object' && 'funder' in r;
      }),
      { numRuns: 200 },
    );
  });
});
