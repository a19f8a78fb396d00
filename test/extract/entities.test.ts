import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildEntityIndex, findEntities, type EntityMention } from '../../pipeline/extract/entities.ts';
import { index } from './entityIndex.fixture.ts';

type Brief = [surface: string, canonical: string, kind: EntityMention['kind'], type: EntityMention['type'], country: string | null, via: EntityMention['via']];
const brief = (text: string, context?: string[]): Brief[] =>
  findEntities(text, index, context ? { context } : {}).map((m) => [m.surface, m.canonical, m.kind, m.type, m.country, m.via]);

const cases: [string, Brief[]][] = [
  // A company's name may end in "Development"; a ministry's, after "of", is no company.
  [
    "A consortium led by Thailand's Gulf Energy Development will build it.",
    [
      ['Thailand', 'Thailand', 'country', 'government', 'Thailand', 'name'],
      ['Gulf Energy Development', 'Gulf Energy Development', 'unknown_organization', 'other', 'Thailand', 'capitalised'],
    ],
  ],
  ['The Ministry of Economic Development said on Monday.', []],
  // Spanish and Portuguese connectors inside a name; a name before an officer's title.
  ['FMO lends to Banco del Valle Sula, a lender.', [['FMO', 'FMO', 'organization', 'development_bank', 'Netherlands', 'name'], ['Banco del Valle Sula', 'Banco del Valle Sula', 'unknown_organization', 'bank', null, 'capitalised']]],
  ['Corvus Minerals chief executive Helen Marsh told reporters.', [['Corvus Minerals', 'Corvus Minerals', 'unknown_organization', 'company', null, 'capitalised']]],
  // A news agency credited in a byline is a source, never a party.
  ['Leyla Huseynova – APA. The loan was signed, APA reports.', []],
  // A name an appositive after it gives a trade is a company, of the appositive's country when it names one.
  [
    'Hanseo Materials, a South Korean producer of copper foil, will invest.',
    [
      ['Hanseo Materials', 'Hanseo Materials', 'unknown_organization', 'company', 'South Korea', 'capitalised'],
      ['South Korean', 'South Korea', 'country', null, 'South Korea', 'demonym'],
    ],
  ],
  ['Daewon Precision, a battery pack supplier to carmakers, will invest.', [['Daewon Precision', 'Daewon Precision', 'unknown_organization', 'company', null, 'capitalised']]],
  // A noun that fits a person as well, after two or more words, and "backed by" after it.
  ['Nordlys Digital, a Danish data centre developer backed by pension funds, will invest.', [['Nordlys Digital', 'Nordlys Digital', 'unknown_organization', 'company', 'Denmark', 'capitalised'], ['Danish', 'Denmark', 'country', null, 'Denmark', 'demonym']]],
  ['John Smith, a property developer, said.', []],
  // A dash after a dateline is no hyphen inside a name.
  ['BUCHAREST, Nov 26 - Hoshino Safety Systems, a Japanese maker of airbags, will invest.', [['BUCHAREST', 'Romania', 'country', 'government', 'Romania', 'capital'], ['Hoshino Safety Systems', 'Hoshino Safety Systems', 'unknown_organization', 'company', 'Japan', 'capitalised'], ['Japanese', 'Japan', 'country', null, 'Japan', 'demonym']]],
  // (Not a person the appositive gives a job, nor a trade noun that does not end the phrase.)
  ['John Smith, a fund manager at the bank, said.', []],
  ['Maria Lopez, the company spokeswoman, said.', []],
  // A known country after an organisation word and "of" ends its name.
  [
    'It will lend to the Water Authority of Jordan for the Aqaba-Amman project.',
    [
      ['Water Authority of Jordan', 'Water Authority of Jordan', 'unknown_organization', 'other', 'Jordan', 'capitalised'],
      ['Amman', 'Jordan', 'country', 'government', 'Jordan', 'capital'],
    ],
  ],
  // A place before ", " and a place of another country is a town of that one ("Santa Catarina" is also a Brazilian state).
  [
    'A factory in Santa Catarina, Nuevo León.',
    [
      ['Santa Catarina', 'Santa Catarina', 'place', null, 'Mexico', 'name'],
      ['Nuevo León', 'Nuevo León', 'place', null, 'Mexico', 'name'],
    ],
  ],
  // A name introduced by its role "asset manager", and a cooperative's name.
  ['Canadian asset manager Maplecrest will invest.', [['Canadian', 'Canada', 'country', null, 'Canada', 'demonym'], ['Maplecrest', 'Maplecrest', 'unknown_organization', 'other', 'Canada', 'capitalised']]],
  // A one-word name after a country's possessive, getting money, is a company of that country.
  // A legal form alone after a name the reference knows is that name's.
  ['LG Energy Solution Ltd., the battery maker, said', [['LG Energy Solution', 'LG Energy Solution', 'organization', 'company', 'South Korea', 'name']]],
  // Legal forms of Malaysia and Egypt after a name; a sum after "for" is not part of it.
  ['QIA will buy a stake in Iskandar Cloud Holdings Bhd for RM2.1bil', [['QIA', 'Qatar Investment Authority', 'organization', 'sovereign_fund', 'Qatar', 'acronym'], ['Iskandar Cloud Holdings Bhd', 'Iskandar Cloud Holdings Bhd', 'unknown_organization', 'company', null, 'capitalised']]],
  ['a loan to Nile Delta Solar SAE', [['Nile Delta Solar SAE', 'Nile Delta Solar SAE', 'unknown_organization', 'company', null, 'capitalised']]],
  // A state's company named by its role with no country; legal forms written first; a stock exchange.
  ['State-owned electricity company PT PLN has secured loans', [['PT PLN', 'PT PLN', 'unknown_organization', 'state_company', null, 'capitalised']]],
  ['The bank and PrJSC Ukrhydroenergo signed', [['PrJSC Ukrhydroenergo', 'PrJSC Ukrhydroenergo', 'unknown_organization', 'other', null, 'capitalised']]],
  ['a report to the Bucharest Stock Exchange', [['Bucharest Stock Exchange', 'Bucharest Stock Exchange', 'unknown_organization', 'other', 'Romania', 'capitalised']]],
  // Words whose initials the bracketed acronym after them spells are one name, a country among them its country.
  // A code or country in brackets before the legal words is the name's: "(BD) Co Ltd", "(Malaysia) Bhd".
  ['a loan to Lotus Knitwear (BD) Co Ltd and to Pinnacle Bank (Malaysia) Bhd', [['Lotus Knitwear (BD) Co Ltd', 'Lotus Knitwear (BD) Co Ltd', 'unknown_organization', 'company', null, 'capitalised'], ['Pinnacle Bank (Malaysia) Bhd', 'Pinnacle Bank (Malaysia) Bhd', 'unknown_organization', 'company', null, 'capitalised'], ['Malaysia', 'Malaysia', 'country', 'government', 'Malaysia', 'name']]],
  // The CFA franc's names are a currency, never a party.
  ['BOAD approved a CFA 40 billion loan and FCFA 12 billion in grants', [['BOAD', 'West African Development Bank', 'organization', 'development_bank', null, 'acronym']]],
  // A legal form in dotted letters after two words makes them a company's name, whatever the head word; "Financiera" opens one.
  ['a loan to Lumen Energia S.A. and to Financiera Cobre', [['Lumen Energia S.A', 'Lumen Energia S.A', 'unknown_organization', 'company', null, 'capitalised'], ['Financiera Cobre', 'Financiera Cobre', 'unknown_organization', 'other', null, 'capitalised']]],
  // A capitalised word hyphened to a lower-case one runs on into the name; a description ("JSE-listed") does not.
  ['a loan to Bagong-araw Rural Bank and to JSE-listed Kestrel Copper', [['Bagong-araw Rural Bank', 'Bagong-araw Rural Bank', 'unknown_organization', 'bank', null, 'capitalised'], ['Kestrel Copper', 'Kestrel Copper', 'unknown_organization', 'other', null, 'capitalised']]],
  // Legal forms of Central Europe and Asia end a name, a country inside it the name's.
  ['a loan to Orion Cells Poland Kft and to Lotus Grid Power JSC', [['Orion Cells Poland Kft', 'Orion Cells Poland Kft', 'unknown_organization', 'company', 'Poland', 'capitalised'], ['Lotus Grid Power JSC', 'Lotus Grid Power JSC', 'unknown_organization', 'company', null, 'capitalised']]],
  // A bank's local unit named by its country after "Bank" is of that country; a possessive country is not the name's.
  ['a loan from Mwamba Bank Zambia and Kilimo Bank Kenya\'s branch', [['Mwamba Bank Zambia', 'Mwamba Bank Zambia', 'unknown_organization', 'bank', 'Zambia', 'capitalised'], ['Kilimo Bank', 'Kilimo Bank', 'unknown_organization', 'bank', null, 'capitalised'], ['Kenya', 'Kenya', 'country', 'government', 'Kenya', 'name']]],
  // A country opening the words whose initials the acronym spells is part of the name; "Ghana Cocoa Board (COCOBOD)" spells no initials.
  ['loans to Ghana National Gas Company (GNGC) and Jordan Phosphate Mines (JPM) were signed', [['Ghana National Gas Company', 'Ghana National Gas Company', 'unknown_organization', 'company', 'Ghana', 'capitalised'], ['GNGC', 'Ghana National Gas Company', 'unknown_organization', 'company', 'Ghana', 'acronym'], ['Jordan Phosphate Mines', 'Jordan Phosphate Mines', 'unknown_organization', 'other', 'Jordan', 'capitalised'], ['JPM', 'Jordan Phosphate Mines', 'unknown_organization', 'other', 'Jordan', 'acronym']]],
  ['its subsidiary Distribuție Energie Electrică Romania (DEER) said', [['Distribuție Energie Electrică Romania', 'Distribuție Energie Electrică Romania', 'unknown_organization', 'other', 'Romania', 'capitalised'], ['DEER', 'Distribuție Energie Electrică Romania', 'unknown_organization', 'other', 'Romania', 'acronym']]],
  // A name opened by a Romance head word.
  ['a loan to Compagnie Ivoirienne de Production Solaire', [['Compagnie Ivoirienne de Production Solaire', 'Compagnie Ivoirienne de Production Solaire', 'unknown_organization', 'company', null, 'capitalised']]],
  // Two names, each ended by its head word, joined by "and".
  ['lenders led by Access Bank and Zenith Bank', [['Access Bank', 'Access Bank', 'unknown_organization', 'bank', null, 'capitalised'], ['Zenith Bank', 'Zenith Bank', 'unknown_organization', 'bank', null, 'capitalised']]],
  // A gas utility named after its city, as "Osaka Gas" is.
  ["Japan's Kobe Gas has won clearance", [['Japan', 'Japan', 'country', 'government', 'Japan', 'name'], ['Kobe Gas', 'Kobe Gas', 'unknown_organization', 'company', 'Japan', 'capitalised']]],
  // A county named after a place of another country is not of that country (Victoria is an Australian state).
  ['a plant in Victoria County will open', [['Victoria County', 'Victoria County', 'unknown_organization', 'other', null, 'capitalised']]],
  // Names a legal form ends, joined by "and", are two; a former name in brackets is no party of its own.
  ['Vestra AB and Kolmar S.A. have signed', [['Vestra AB', 'Vestra AB', 'unknown_organization', 'company', null, 'capitalised'], ['Kolmar S.A', 'Kolmar S.A', 'unknown_organization', 'company', null, 'capitalised']]],
  ["Norway's export credit agency Eksfin (formerly GIEK) guarantees a tranche", [['Norway', 'Norway', 'country', 'government', 'Norway', 'name'], ['Eksfin', 'Export Credit Norway', 'organization', 'export_credit_agency', 'Norway', 'alias']]],
  // A lead's first word in capitals, a possessive: its "S" starts no name.
  ['INDIA’S Kaveri Copper will invest US$1.2 billion', [['INDIA', 'India', 'country', 'government', 'India', 'name'], ['Kaveri Copper', 'Kaveri Copper', 'unknown_organization', 'other', 'India', 'capitalised']]],
  ["Kenya's Safaricom gets KSh15bn from IFC", [['Kenya', 'Kenya', 'country', 'government', 'Kenya', 'name'], ['Safaricom', 'Safaricom', 'unknown_organization', 'company', 'Kenya', 'capitalised'], ['IFC', 'International Finance Corporation', 'organization', 'development_bank', null, 'acronym']]],
  ['The UK nations: Scotland and Wales.', [['UK', 'United Kingdom', 'country', 'government', 'United Kingdom', 'alias'], ['Scotland', 'Scotland', 'place', null, 'United Kingdom', 'name'], ['Wales', 'Wales', 'place', null, 'United Kingdom', 'name']]],
  ['Kenya signed the loan.', [['Kenya', 'Kenya', 'country', 'government', 'Kenya', 'name']]],
  ['The U.S. and the UK agreed.', [['U.S.', 'United States', 'country', 'government', 'United States', 'alias'], ['UK', 'United Kingdom', 'country', 'government', 'United Kingdom', 'alias']]],
  ['America and Britain disagree.', [['America', 'United States', 'country', 'government', 'United States', 'alias'], ['Britain', 'United Kingdom', 'country', 'government', 'United Kingdom', 'alias']]],
  ['Exports from the USA rose.', [['USA', 'United States', 'country', 'government', 'United States', 'alias']]],
  ['The UAE and KSA will co-invest.', [['UAE', 'United Arab Emirates', 'country', 'government', 'United Arab Emirates', 'alias'], ['KSA', 'Saudi Arabia', 'country', 'government', 'Saudi Arabia', 'alias']]],
  ['Korea pledged aid.', [['Korea', 'South Korea', 'country', 'government', 'South Korea', 'alias']]],
  ['Turkey and Turkiye are one.', [['Turkey', 'Türkiye', 'country', 'government', 'Türkiye', 'alias'], ['Turkiye', 'Türkiye', 'country', 'government', 'Türkiye', 'name']]],
  ['Beijing offered credit.', [['Beijing', 'China', 'country', 'government', 'China', 'capital']]],
  ['Riyadh and Abu Dhabi pledged.', [['Riyadh', 'Saudi Arabia', 'country', 'government', 'Saudi Arabia', 'capital'], ['Abu Dhabi', 'United Arab Emirates', 'country', 'government', 'United Arab Emirates', 'capital']]],
  ['Islamabad welcomed it.', [['Islamabad', 'Pakistan', 'country', 'government', 'Pakistan', 'capital']]],
  ['Chinese lenders and Emirati funds.', [['Chinese', 'China', 'country', null, 'China', 'demonym'], ['Emirati', 'United Arab Emirates', 'country', null, 'United Arab Emirates', 'demonym']]],
  ['Saudi investors are keen.', [['Saudi', 'Saudi Arabia', 'country', null, 'Saudi Arabia', 'demonym']]],
  ['Ghana’s cocoa board', [['Ghana', 'Ghana', 'country', 'government', 'Ghana', 'name']]],
  ["Ghana's cocoa board", [['Ghana', 'Ghana', 'country', 'government', 'Ghana', 'name']]],
  ['LAGOS: officials met.', [['LAGOS', 'Lagos', 'place', null, 'Nigeria', 'name']]],
  ['NIGERIA EYES GAINS', [['NIGERIA', 'Nigeria', 'country', 'government', 'Nigeria', 'name']]],
  ['us and them', []],
  // A country's name opening a company's name ending in "Grid International" is part of it.
  ['It sold the unit to China Southern Power Grid International.', [['China Southern Power Grid International', 'China Southern Power Grid International', 'unknown_organization', 'other', 'China', 'capitalised']]],
  // Palestinian territories are places of Palestine.
  ['It will pay salaries in Gaza and the West Bank.', [['Gaza', 'Gaza', 'place', null, 'Palestine', 'name'], ['West Bank', 'West Bank', 'place', null, 'Palestine', 'name']]],
  // A company named after the metal it mines.
  ['Jiangxi Copper said it would buy the stake.', [['Jiangxi Copper', 'Jiangxi Copper', 'unknown_organization', 'other', 'China', 'capitalised']]],
  // A one-word name the reference does not know, of a country's possessive and giving money, is a company;
  // without the country, or giving nothing, it is read as nothing.
  ['France’s Alstom will invest Rs 1,200 crore in its factory.', [['France', 'France', 'country', 'government', 'France', 'name'], ['Alstom', 'Alstom', 'unknown_organization', 'company', 'France', 'capitalised']]],
  ['Alstom will invest Rs 1,200 crore in its factory.', []],
  ['France’s Alstom met officials.', [['France', 'France', 'country', 'government', 'France', 'name']]],
  // A name of up to three words after a country's possessive that "said it will" do something is an
  // organisation (a person "said he"); one that said nothing more is read as nothing.
  ['South Korea’s Hanwha Qcells said on Wednesday it will spend $1.3 billion.', [['South Korea', 'South Korea', 'country', 'government', 'South Korea', 'name'], ['Hanwha Qcells', 'Hanwha Qcells', 'unknown_organization', 'company', 'South Korea', 'capitalised']]],
  ['Japan’s Tarsa Motor said it would build a plant.', [['Japan', 'Japan', 'country', 'government', 'Japan', 'name'], ['Tarsa Motor', 'Tarsa Motor', 'unknown_organization', 'company', 'Japan', 'capitalised']]],
  ['Turkey’s Recep Erdogan said he will visit.', [['Turkey', 'Türkiye', 'country', 'government', 'Türkiye', 'alias']]],
  ['South Korea’s Hanwha Qcells said sales rose.', [['South Korea', 'South Korea', 'country', 'government', 'South Korea', 'name']]],
  // A name ending in "Board" is a body of its own; a lender's own board is not.
  ['the Rwanda Development Board said.', [['Rwanda Development Board', 'Rwanda Development Board', 'unknown_organization', 'other', 'Rwanda', 'capitalised']]],
  ['The IMF Executive Board approved it.', [['IMF', 'International Monetary Fund', 'organization', 'other', null, 'acronym']]],
  ['The Board of Directors of the African Development Bank approved it.', [['African Development Bank', 'African Development Bank', 'organization', 'development_bank', null, 'name']]],
  // So is one ending in "Committee", "Council" or "Commission", except an organisation's own committee, a government's
  // cabinet, and one named by its country after "of" (left to the rules for countries).
  ['The Economic Investment Committee approved it.', [['Economic Investment Committee', 'Economic Investment Committee', 'unknown_organization', 'other', null, 'capitalised']]],
  ['The Investment Committee approved it.', []],
  ['The Federal Council approved it.', []],
  ['It helps the Public Utilities Commission of Sri Lanka.', [['Sri Lanka', 'Sri Lanka', 'country', 'government', 'Sri Lanka', 'name']]],
  // A public body's head word runs on through "for"; a local government is named by its place and "County".
  ['The Coordinating Council for Economic Development met.', [['Coordinating Council for Economic Development', 'Coordinating Council for Economic Development', 'unknown_organization', 'other', null, 'capitalised']]],
  ['A grant to Pickens County.', [['Pickens County', 'Pickens County', 'unknown_organization', 'other', null, 'capitalised']]],
  ['The County will pay.', []],
  // A company's local unit named by its country, an appositive (its country qualifying the noun) saying so.
  ["A grant to BrightCell America, the U.S. subsidiary of Korea's BrightCell Co.", [['BrightCell America', 'BrightCell America', 'unknown_organization', 'company', 'United States', 'capitalised'], ['U.S.', 'United States', 'country', 'government', 'United States', 'alias'], ['Korea', 'South Korea', 'country', 'government', 'South Korea', 'alias'], ['BrightCell Co', 'BrightCell Co', 'unknown_organization', 'company', 'South Korea', 'capitalised']]],
  // "Island" is no country's name in English.
  ['The Shared Island Fund gave it.', [['Shared Island Fund', 'Shared Island Fund', 'unknown_organization', 'other', null, 'capitalised']]],
  // A sports club's role noun introduces its name with no country before it.
  ['A stake in Serie B club Sampdoria.', [['Sampdoria', 'Sampdoria', 'unknown_organization', 'company', null, 'capitalised']]],
  // A name before a fund's lower-case description is the fund's, digits and all.
  ['It invested in the Africa50 infrastructure fund.', [['Africa50', 'Africa50', 'unknown_organization', 'other', null, 'capitalised']]],
  ['It invested in Africa50 projects through a fund.', []],
  // A region money may go to is an area of no one country; a sea or a newspaper is nothing.
  ['Central Asia and the South China Sea', [['Central Asia', 'Central Asia', 'area', null, null, 'name']]],
  ['The Washington Post reported on Latin America.', [['Latin America', 'Latin America', 'area', null, null, 'name']]],
  // A listed name with its legal word shortened, as wire copy writes it.
  ['Abu Dhabi National Oil Co. will pay.', [['Abu Dhabi National Oil Co', 'Abu Dhabi National Oil Company', 'organization', 'state_company', 'United Arab Emirates', 'alias']]],
  // An unlisted name whose bracketed acronym is listed, of its kind: the listed organisation.
  [
    'Korea’s Export-Import Bank (KEXIM) lends.',
    [
      ['Korea', 'South Korea', 'country', 'government', 'South Korea', 'alias'],
      ['Export-Import Bank', 'Export-Import Bank of Korea', 'organization', 'export_credit_agency', 'South Korea', 'capitalised'],
      ['KEXIM', 'Export-Import Bank of Korea', 'organization', 'export_credit_agency', 'South Korea', 'acronym'],
    ],
  ],
  // A bank named in one word.
  ['Vietnam’s VPBank will lend; Techcombank will not.', [['Vietnam', 'Vietnam', 'country', 'government', 'Vietnam', 'name'], ['VPBank', 'VPBank', 'unknown_organization', 'bank', 'Vietnam', 'capitalised'], ['Techcombank', 'Techcombank', 'unknown_organization', 'bank', null, 'capitalised']]],
  ['Bank officials met.', []],
  ['International Finance Corp. lends.', [['International Finance Corp', 'International Finance Corporation', 'organization', 'development_bank', null, 'alias']]],
  // A name after a country's role noun is a company; a title is not a role.
  ['Vietnamese electric carmaker Vinvolt will invest.', [['Vietnamese', 'Vietnam', 'country', null, 'Vietnam', 'demonym'], ['Vinvolt', 'Vinvolt', 'unknown_organization', 'company', 'Vietnam', 'capitalised']]],
  ['India’s biggest miner Vedanta will invest.', [['India', 'India', 'country', 'government', 'India', 'name'], ['Vedanta', 'Vedanta', 'unknown_organization', 'company', 'India', 'capitalised']]],
  ['Japanese lender Sakura Trust Bank will lend.', [['Japanese', 'Japan', 'country', null, 'Japan', 'demonym'], ['Sakura Trust Bank', 'Sakura Trust Bank', 'unknown_organization', 'bank', 'Japan', 'capitalised']]],
  ['Indian minister Piyush Goyal said so.', [['Indian', 'India', 'country', null, 'India', 'demonym']]],
  // ... and when the name opens with a place ("Zhejiang").
  ['Chinese battery materials manufacturer Jiangsu Tenghui New Energy Materials will build a plant.', [['Chinese', 'China', 'country', null, 'China', 'demonym'], ['Jiangsu Tenghui New Energy Materials', 'Jiangsu Tenghui New Energy Materials', 'unknown_organization', 'company', 'China', 'capitalised']]],
  // A legal word abbreviated before another; a listed company's local unit, named with a place and a legal word, or
  // with a country and a verb (of the company's country); a company and a country apart are two.
  ['Hyundai Mobis Co. Ltd. will invest.', [['Hyundai Mobis Co. Ltd', 'Hyundai Mobis Co. Ltd', 'unknown_organization', 'company', 'South Korea', 'capitalised']]],
  ['LG Energy Solution Michigan Inc. plans an expansion.', [['LG Energy Solution Michigan Inc', 'LG Energy Solution Michigan Inc', 'unknown_organization', 'company', 'South Korea', 'capitalised']]],
  // A legal word after a comma is the name's: a name the reference does not know, or one it does.
  ['Sony Group, Inc. will invest.', [['Sony Group, Inc', 'Sony Group, Inc', 'unknown_organization', 'company', null, 'capitalised']]],
  ['MUFG Bank, Ltd. will lend.', [['MUFG Bank', 'Mitsubishi UFJ Financial Group', 'organization', 'bank', 'Japan', 'alias']]],
  // A legal form in dotted letters ends the name and makes it a company's; a country before a legal word is inside it.
  ['Dutch power producer Kestrel Renewables B.V. has reached financial close.', [['Dutch', 'Netherlands', 'country', null, 'Netherlands', 'demonym'], ['Kestrel Renewables B.V', 'Kestrel Renewables B.V', 'unknown_organization', 'company', 'Netherlands', 'capitalised']]],
  ['Acme Holdings S.A. will invest.', [['Acme Holdings S.A', 'Acme Holdings S.A', 'unknown_organization', 'company', null, 'capitalised']]],
  // A company named after its trade, an appositive after it giving its country.
  ['Hanseo Batteries, a South Korean producer of cells, will invest.', [['Hanseo Batteries', 'Hanseo Batteries', 'unknown_organization', 'company', 'South Korea', 'capitalised'], ['South Korean', 'South Korea', 'country', null, 'South Korea', 'demonym']]],
  ['The loan goes to Meridian Edge Nigeria Limited, the unit said.', [['Meridian Edge Nigeria Limited', 'Meridian Edge Nigeria Limited', 'unknown_organization', 'company', 'Nigeria', 'capitalised']]],
  // A stock exchange a company is listed on is no party.
  ['ASX-listed Kestrel Gold will expand its mine.', [['Kestrel Gold', 'Kestrel Gold', 'unknown_organization', 'other', null, 'capitalised']]],
  ['Siemens USA will invest.', [['Siemens USA', 'Siemens USA', 'unknown_organization', 'company', 'Germany', 'capitalised']]],
  ['Siemens and India signed.', [['Siemens', 'Siemens', 'organization', 'company', 'Germany', 'name'], ['India', 'India', 'country', 'government', 'India', 'name']]],
  // A name stops before a currency written apart from its digits.
  // (French names joined by elided articles and "et de"; a country and a trade another language writes; a trade's
  // head makes a company.)
  ["The loan went to Société Nationale d'Électricité du Kestrel for its grid.", [["Société Nationale d'Électricité du Kestrel", "Société Nationale d'Électricité du Kestrel", 'unknown_organization', 'company', null, 'capitalised']]],
  ['The bank signed a loan with state-owned Eesti Energia for storage.', [['Eesti Energia', 'Eesti Energia', 'unknown_organization', 'company', 'Estonia', 'capitalised']]],
  // (Words that only close a company's name, after a name the reference knows, are that name's.)
  ["Japan's Mizuho Financial Group will lend $50 million to the port.", [['Japan', 'Japan', 'country', 'government', 'Japan', 'name'], ['Mizuho Financial Group', 'Mizuho', 'organization', 'bank', 'Japan', 'name']]],
  // (Capitals glued to a dollar sign are the currency's: "NT$", "S$".)
  ['Kestrel Corp will inject NT$9.6 billion into its unit.', [['Kestrel Corp', 'Kestrel Corp', 'unknown_organization', 'company', null, 'capitalised']]],
  // (A listed company's one-word name and a word after it that gives money name a company of its own; not a title.)
  ['TOKYO -- Mitsui Fudosan will acquire a 40% stake in the hotel.', [['TOKYO', 'Japan', 'country', 'government', 'Japan', 'capital'], ['Mitsui Fudosan', 'Mitsui Fudosan', 'unknown_organization', 'company', 'Japan', 'capitalised']]],
  ['Mitsui Fudosan to pay 46 billion yen for a stake.', [['Mitsui Fudosan', 'Mitsui Fudosan', 'unknown_organization', 'company', 'Japan', 'capitalised']]],
  // (Legal words as Chinese filings write them, "Co., Ltd.", close the name; after a known name they are its own.)
  ['Kestrel Solar Technology Co., Ltd. plans to invest $500 million.', [['Kestrel Solar Technology Co., Ltd', 'Kestrel Solar Technology Co., Ltd', 'unknown_organization', 'company', null, 'capitalised']]],
  ['Gotion High-Tech Co., Ltd. will invest up to 12.8 billion dirhams.', [['Gotion High-Tech Co., Ltd', 'Gotion High-Tech', 'organization', 'company', 'China', 'name']]],
  ['Norwegian energy company Equinor ASA has signed an agreement.', [['Norwegian', 'Norway', 'country', null, 'Norway', 'demonym'], ['Equinor ASA', 'Equinor', 'organization', 'state_company', 'Norway', 'name']]],
  ['The bid is backed by a bridge loan from JPMorgan Chase & Co. and two other banks.', [['JPMorgan Chase & Co', 'JPMorgan Chase', 'organization', 'bank', 'United States', 'name']]],
  ['QIA will buy a stake in Reliance New Energy for Rs 8,250 crore.', [['QIA', 'Qatar Investment Authority', 'organization', 'sovereign_fund', 'Qatar', 'acronym'], ['Reliance New Energy', 'Reliance New Energy', 'unknown_organization', 'company', null, 'capitalised']]],
  ['Chinese auto parts manufacturer Zhejiang Lingtai Drivetrain will invest.', [['Chinese', 'China', 'country', null, 'China', 'demonym'], ['Zhejiang Lingtai Drivetrain', 'Zhejiang Lingtai Drivetrain', 'unknown_organization', 'company', 'China', 'capitalised']]],
  // Spanish, Portuguese and French names run on through their "of": past a listed company's one-word name, past "de la",
  // and, after a head word such as "Banco", through a place (of its country).
  ['A loan to Vale do Jequitinhonha Lítio SA was approved.', [['Vale do Jequitinhonha Lítio SA', 'Vale do Jequitinhonha Lítio SA', 'unknown_organization', 'company', 'Brazil', 'capitalised']]],
  ['The Banco Provincia del Neuquén signed.', [['Banco Provincia del Neuquén', 'Banco Provincia del Neuquén', 'unknown_organization', 'bank', 'Argentina', 'capitalised']]],
  ['Banco de la Nación will lend; Caisse des Dépôts will not.', [['Banco de la Nación', 'Banco de la Nación', 'unknown_organization', 'bank', null, 'capitalised'], ['Caisse des Dépôts', 'Caisse des Dépôts', 'unknown_organization', 'bank', null, 'capitalised']]],
  // (A name its role noun introduces, with no country, that gives money is a company's.)
  ['The carmaker Vinvolt will invest.', [['Vinvolt', 'Vinvolt', 'unknown_organization', 'company', null, 'capitalised']]],
  ['Fund manager Mark Hale will invest.', []],
  // A listed company's one-word name before an organisation word is a company of its own, of the group's country.
  ['Tata Steel will invest.', [['Tata Steel', 'Tata Steel', 'unknown_organization', 'company', 'India', 'capitalised']]],
  // A known place or country after "of" (or a public body's "for") ends an unknown organisation's name, and gives its country.
  ['The General Authority for the Suez Canal Economic Zone signed.', [['General Authority for the Suez Canal Economic Zone', 'General Authority for the Suez Canal Economic Zone', 'unknown_organization', 'other', 'Egypt', 'capitalised']]],
  ['The Industrial Development Corporation of South Africa will invest.', [['Industrial Development Corporation of South Africa', 'Industrial Development Corporation of South Africa', 'unknown_organization', 'company', 'South Africa', 'capitalised']]],
  ['Kestrel Holdings for Kenya will invest.', [['Kestrel Holdings', 'Kestrel Holdings', 'unknown_organization', 'company', null, 'capitalised'], ['Kenya', 'Kenya', 'country', 'government', 'Kenya', 'name']]],
  ['Kestrel Holdings of Kenya’s railway.', [['Kestrel Holdings', 'Kestrel Holdings', 'unknown_organization', 'company', null, 'capitalised'], ['Kenya', 'Kenya', 'country', 'government', 'Kenya', 'name']]],
  // A shared alias none of whose owners the sentence names: its possessor's country.
  ['Hungary’s Eximbank will lend.', [['Hungary', 'Hungary', 'country', 'government', 'Hungary', 'name'], ['Eximbank', 'Eximbank', 'organization', 'export_credit_agency', 'Hungary', 'alias']]],
  ['Vietnam Electricity will borrow.', [['Vietnam Electricity', 'Vietnam Electricity', 'unknown_organization', 'other', 'Vietnam', 'capitalised']]],
  ['Mitsui will invest.', [['Mitsui', 'Mitsui & Co.', 'organization', 'company', 'Japan', 'alias']]],
  // A head word, then "of" or "for" and the rest of the name.
  ['The Bank of Industry will lend.', [['Bank of Industry', 'Bank of Industry', 'unknown_organization', 'bank', null, 'capitalised']]],
  ['The Agency for International Development will lend.', [['Agency for International Development', 'Agency for International Development', 'unknown_organization', 'other', null, 'capitalised']]],
  ['The Bank of the South approved it.', [['Bank of the South', 'Bank of the South', 'unknown_organization', 'bank', null, 'capitalised']]],
  // A name glued to a dollar sign is a currency.
  ['India extended a US$6.9 billion credit line; HK$2bn more came later.', [['India', 'India', 'country', 'government', 'India', 'name']]],
  ['The US $2bn loan and the US pledge.', [['US', 'United States', 'country', 'government', 'United States', 'alias'], ['US', 'United States', 'country', 'government', 'United States', 'alias']]],
  ['The World Bank lent more.', [['World Bank', 'World Bank', 'organization', 'development_bank', null, 'name']]],
  ['Funding from the IFC and MIGA.', [['IFC', 'International Finance Corporation', 'organization', 'development_bank', null, 'acronym'], ['MIGA', 'Multilateral Investment Guarantee Agency', 'organization', 'development_bank', null, 'acronym']]],
  ['The Export Import Bank of the United States said.', [['Export Import Bank of the United States', 'Export-Import Bank of the United States', 'organization', 'export_credit_agency', 'United States', 'name']]],
  ['U.S. EXIM approved it.', [['U.S. EXIM', 'Export-Import Bank of the United States', 'organization', 'export_credit_agency', 'United States', 'alias']]],
  ['Sinosure insured it.', [['Sinosure', 'China Export and Credit Insurance Corporation', 'organization', 'export_credit_agency', 'China', 'alias']]],
  ['Aramco and ADNOC signed.', [['Aramco', 'Saudi Aramco', 'organization', 'state_company', 'Saudi Arabia', 'alias'], ['ADNOC', 'Abu Dhabi National Oil Company', 'organization', 'state_company', 'United Arab Emirates', 'acronym']]],
  ['Maaden and Ma’aden', [['Maaden', 'Saudi Arabian Mining Company', 'organization', 'state_company', 'Saudi Arabia', 'alias'], ['Ma’aden', 'Saudi Arabian Mining Company', 'organization', 'state_company', 'Saudi Arabia', 'alias']]],
  ['EXIM will lend to Chinese firms.', [['EXIM', 'Export-Import Bank of China', 'organization', 'export_credit_agency', 'China', 'alias'], ['Chinese', 'China', 'country', null, 'China', 'demonym']]],
  ['EXIM will lend.', [['EXIM', 'EXIM', 'organization', 'export_credit_agency', null, 'alias']]],
  ['Punjab gets a plant.', [['Punjab', 'Punjab', 'place', null, null, 'name']]],
  ['Punjab in India gets a plant.', [['Punjab', 'Punjab', 'place', null, 'India', 'name'], ['India', 'India', 'country', 'government', 'India', 'name']]],
  ['Sindh gets a plant.', [['Sindh', 'Sindh', 'place', null, 'Pakistan', 'name']]],
  ['Gulf Star Holdings will build it.', [['Gulf Star Holdings', 'Gulf Star Holdings', 'unknown_organization', 'company', null, 'capitalised']]],
  ['The Nile Valley Development Bank lends.', [['Nile Valley Development Bank', 'Nile Valley Development Bank', 'unknown_organization', 'development_bank', null, 'capitalised']]],
  ['Kenya’s Rift Minerals will mine.', [['Kenya', 'Kenya', 'country', 'government', 'Kenya', 'name'], ['Rift Minerals', 'Rift Minerals', 'unknown_organization', 'company', 'Kenya', 'capitalised']]],
  ['Nigerian Sovereign Wealth Fund invests.', [['Nigerian Sovereign Wealth Fund', 'Nigerian Sovereign Wealth Fund', 'unknown_organization', 'sovereign_fund', 'Nigeria', 'capitalised']]],
  ['Acme Ltd bid.', [['Acme Ltd', 'Acme Ltd', 'unknown_organization', 'company', null, 'capitalised']]],
  ['The Lake Basin Development Corporation (LBDC) said LBDC would invest.', [
    ['Lake Basin Development Corporation', 'Lake Basin Development Corporation', 'unknown_organization', 'company', null, 'capitalised'],
    ['LBDC', 'Lake Basin Development Corporation', 'unknown_organization', 'company', null, 'acronym'],
    ['LBDC', 'Lake Basin Development Corporation', 'unknown_organization', 'company', null, 'acronym'],
  ]],
  ['The CEO said GDP and AI matter in JAN.', []],
  ['The JF-17 and the COP29 summit', []],
  ['XYZ will fund it.', [['XYZ', 'XYZ', 'unknown_organization', 'other', null, 'acronym']]],
  ['SECURITY CHALLENGES AHEAD', []],
  ['The USD and PKR moved.', []],
  ['Energy, oil and gas matter.', []],
  // A region is not the country inside its name (Latin America is an area of its own, the sea nothing).
  ['Exports to Latin America and the South China Sea route', [['Latin America', 'Latin America', 'area', null, null, 'name']]],
  ['The US dollar rose against the Kenyan shilling.', []],
  ['New Mexico and Mexico', [['New Mexico', 'New Mexico', 'place', null, 'United States', 'name'], ['Mexico', 'Mexico', 'country', 'government', 'Mexico', 'name']]],
  ['Papua New Guinea and Guinea', [['Papua New Guinea', 'Papua New Guinea', 'country', 'government', 'Papua New Guinea', 'name'], ['Guinea', 'Guinea', 'country', 'government', 'Guinea', 'name']]],
  ['Niger and Nigeria', [['Niger', 'Niger', 'country', 'government', 'Niger', 'name'], ['Nigeria', 'Nigeria', 'country', 'government', 'Nigeria', 'name']]],
  ['Georgia’s governor and the US', [['Georgia', 'Georgia', 'place', null, 'United States', 'name'], ['US', 'United States', 'country', 'government', 'United States', 'alias']]],
  ['Georgia and Armenia', [['Georgia', 'Georgia', 'country', 'government', 'Georgia', 'name'], ['Armenia', 'Armenia', 'country', 'government', 'Armenia', 'name']]],
  // The small states' capitals that name nothing else, as their papers' datelines open ("Kingston" names a dozen towns).
  ['PORT VILA – Honiara and Apia signed.', [['PORT VILA', 'Vanuatu', 'country', 'government', 'Vanuatu', 'capital'], ['Honiara', 'Solomon Islands', 'country', 'government', 'Solomon Islands', 'capital'], ['Apia', 'Samoa', 'country', 'government', 'Samoa', 'capital']]],
  ['Kingston and Victoria', [['Victoria', 'Victoria', 'place', null, 'Australia', 'name']]],
  // A company's local unit named by its country, in brackets or after a Romance "of": one company of that country.
  ['Kestrel Auto Parts (Thailand) and Sinotrack do Brasil signed.', [['Kestrel Auto Parts (Thailand)', 'Kestrel Auto Parts (Thailand)', 'unknown_organization', 'company', 'Thailand', 'capitalised'], ['Sinotrack do Brasil', 'Sinotrack do Brasil', 'unknown_organization', 'company', 'Brazil', 'capitalised']]],
  ['It was arranged by HSBC and Bank of China (Hong Kong).', [['HSBC', 'HSBC', 'organization', 'bank', 'United Kingdom', 'name'], ['Bank of China (Hong Kong)', 'Bank of China (Hong Kong)', 'unknown_organization', 'bank', 'Hong Kong', 'capitalised']]],
  // A word with capitals inside it is a company's name (a surname so written is not); followed by a country, its unit there.
  ['KestrelPower has signed the loan, McDonald said.', [['KestrelPower', 'KestrelPower', 'unknown_organization', 'company', null, 'capitalised']]],
  ['It lent to SolarGrid Uganda to expand.', [['SolarGrid Uganda', 'SolarGrid Uganda', 'unknown_organization', 'company', 'Uganda', 'capitalised']]],
  // A one-word name opening its sentence that signs a sum is an organisation's; "Airports" heads a name.
  ['MADRID - Kestracyr has signed a 2.4 trillion peso long-term financing.', [['MADRID', 'Spain', 'country', 'government', 'Spain', 'capital'], ['Kestracyr', 'Kestracyr', 'unknown_organization', 'company', null, 'capitalised']]],
  ['The bank will lend to Kestrelistan Airports.', [['Kestrelistan Airports', 'Kestrelistan Airports', 'unknown_organization', 'other', null, 'capitalised']]],
  // An appositive past a short name in brackets gives its trade, unless the name says it is a lender.
  ['The Institut Kestrel de Finances (IKF), the region\'s public bank, signed.', [['Institut Kestrel de Finances', 'Institut Kestrel de Finances', 'unknown_organization', 'bank', null, 'capitalised'], ['IKF', 'Institut Kestrel de Finances', 'unknown_organization', 'bank', null, 'acronym']]],
  ['Bank of Kestrelia (Kestri), a unit of a Japanese group, signed.', [['Bank of Kestrelia', 'Bank of Kestrelia', 'unknown_organization', 'bank', null, 'capitalised'], ['Japanese', 'Japan', 'country', null, 'Japan', 'demonym']]],
  // A name its role noun introduces, with no country before it, that closes, signs, gives or raises money.
  ['BOGOTA - Gas distributor Kestrigas has closed a COP 1.2 trillion financing package.', [['BOGOTA', 'Colombia', 'country', 'government', 'Colombia', 'capital'], ['Kestrigas', 'Kestrigas', 'unknown_organization', 'company', null, 'capitalised']]],
  // A commercial bank the reference knows, then a country: its unit there (a development bank's name before a country is not).
  // A name of two words or more whose head is a compound naming a bank, or opened by a German or Italian bank's word;
  // "and the" starts another name unless it goes on what "of" or "for" began.
  ['Loans come from Sparkasse Zwickau and the Thüringer Aufbaubank.', [['Sparkasse Zwickau', 'Sparkasse Zwickau', 'unknown_organization', 'bank', null, 'capitalised'], ['Thüringer Aufbaubank', 'Thüringer Aufbaubank', 'unknown_organization', 'bank', null, 'capitalised']]],
  ['A grant from the Kestrel Fund for Resilient Asia and the Pacific.', [['Kestrel Fund for Resilient Asia and the Pacific', 'Kestrel Fund for Resilient Asia and the Pacific', 'unknown_organization', 'other', null, 'capitalised']]],
  ['It was funded by Standard Bank and Absa Bank Kenya.', [['Standard Bank', 'Standard Bank', 'organization', 'bank', 'South Africa', 'name'], ['Absa Bank Kenya', 'Absa Bank Kenya', 'unknown_organization', 'bank', 'Kenya', 'capitalised']]],
  // A name a role noun introduces stops before "for the", which starts what the money is for (not past its own head word).
  ['a loan to French energy company Kestrelia for the Serra Branca II wind complex.', [['French', 'France', 'country', null, 'France', 'demonym'], ['Kestrelia', 'Kestrelia', 'unknown_organization', 'company', 'France', 'capitalised']]],
  // A place told again in brackets, or a place's Romance name, is no company.
  ['KARACHI (Pakistan) - Ciudad de México', [['KARACHI', 'Karachi', 'place', null, 'Pakistan', 'name'], ['Pakistan', 'Pakistan', 'country', 'government', 'Pakistan', 'name'], ['México', 'Mexico', 'country', 'government', 'Mexico', 'name']]],
];

describe('findEntities', () => {
  it.each(cases)('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it('gives offsets into the text as given', () => {
    const text = 'Loans from Japan’s JICA reached Kenya.';
    for (const m of findEntities(text, index)) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });

  it('settles a shared alias from the context sentences', () => {
    expect(brief('EXIM will lend.', ['The American envoy spoke.'])).toEqual([['EXIM', 'Export-Import Bank of the United States', 'organization', 'export_credit_agency', 'United States', 'alias']]);
    expect(brief('EXIM will lend.', ['India and Kenya met.'])).toEqual([['EXIM', 'Export-Import Bank of India', 'organization', 'export_credit_agency', 'India', 'alias']]);
  });
  it('finds a company named again by its first word after the context named it in full with a head word', () => {
    expect(brief('Bharti will contribute a further $150 million.', ['SoftBank will invest $650 million in SB Energy India, its joint venture with Bharti Enterprises.'])).toEqual([
      ['Bharti', 'Bharti Enterprises', 'unknown_organization', 'company', null, 'capitalised'],
    ]);
    // A first word the reference knows stays what it knows.
    expect(brief('Singapore will invest $1 billion.', ['Singapore Telecommunications will build it.'])).toEqual([
      ['Singapore', 'Singapore', 'country', 'government', 'Singapore', 'name'],
    ]);
  });
  it('finds a company whose name opens with a place again by the word after the place', () => {
    expect(brief('Yalong said it would commit $1.2 billion.', ['Chinese lithium producer Sichuan Yalong Lithium will build a plant.'])).toEqual([
      // (A company: its role noun, "producer", introduces the name that opens with the place.)
      ['Yalong', 'Sichuan Yalong Lithium', 'unknown_organization', 'company', 'China', 'capitalised'],
    ]);
    // Not by the place itself: "Sichuan" alone stays the province.
    expect(brief('Sichuan will host the plant.', ['Chinese lithium producer Sichuan Yalong Lithium will build a plant.']).map((b) => [b[0], b[2]])).toEqual([['Sichuan', 'place']]);
  });
  it('finds a company named again by the acronym the context gave it in brackets, with the country of its possessive', () => {
    expect(brief('Under the deal, KPRC will hold a 70 percent stake.', ["Kuwait's Kazma Petroleum Refining Company (KPRC) signed a framework agreement."])).toEqual([
      ['KPRC', 'Kazma Petroleum Refining Company', 'unknown_organization', 'company', 'Kuwait', 'acronym'],
    ]);
    // Without the brackets' introduction, an acronym is an organisation of its own.
    expect(brief('Under the deal, KPRC will hold a 70 percent stake.', ["Kuwait's Kazma Petroleum Refining Company signed a framework agreement."])).toEqual([
      ['KPRC', 'KPRC', 'unknown_organization', 'other', null, 'acronym'],
    ]);
  });
  it('finds a company named again that the context introduced after its country\'s possessive, not a person it titles', () => {
    expect(brief('The IFC will lend KSh15 billion to Safaricom.', ["Kenya's Safaricom gets KSh15bn from IFC"])).toEqual([
      ['IFC', 'International Finance Corporation', 'organization', 'development_bank', null, 'acronym'],
      ['Safaricom', 'Safaricom', 'unknown_organization', 'company', 'Kenya', 'capitalised'],
    ]);
    expect(brief('The IFC will lend KSh15 billion to Ruto.', ["Kenya's Ruto gets KSh15bn from IFC", 'President William Ruto welcomed it.'])).toEqual([
      ['IFC', 'International Finance Corporation', 'organization', 'development_bank', null, 'acronym'],
    ]);
  });

  it('works on a reference given in code, not only the shipped files', () => {
    const small = buildEntityIndex({
      countries: [{ name: 'Freedonia', iso2: 'FD', iso3: 'FRD', demonyms: ['Freedonian'], capitals: ['Fredville'], aliases: ['FDN'], currency: 'FDD' }],
      organizations: [{ name: 'Freedonia Fund', aliases: ['FF'], type: 'sovereign_fund', country: 'Freedonia' }],
      places: [{ name: 'North March', country: 'Freedonia', kind: 'province' }],
    });
    expect(findEntities('Fredville and the Freedonia Fund in North March; FF, FDN, Freedonian.', small).map((m) => `${m.canonical}/${m.kind}/${m.via}`)).toEqual([
      'Freedonia/country/capital',
      'Freedonia Fund/organization/name',
      'North March/place/name',
      'Freedonia Fund/organization/acronym',
      'Freedonia/country/alias',
      'Freedonia/country/demonym',
    ]);
  });

  it('never throws, and every mention is a slice of the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        for (const m of findEntities(s, index)) if (s.slice(m.start, m.end) !== m.surface) return false;
        return true;
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom('US', 'EXIM', 'Bank', 'of', 'China', '’s', '(', ')', 'Ltd', 'Pakistan', '-', 'THE', 'Fund', ' ', '.'), { maxLength: 40 }), (words) => {
        const s = words.join(' ');
        return findEntities(s, index).every((m) => s.slice(m.start, m.end) === m.surface);
      }),
      { numRuns: 300 },
    );
  });
});

describe('findEntities: a name after a country\'s possessive that gives, past a relative clause', () => {
  it('reads the name when a verb of giving or taking a stake follows the clause', () => {
    expect(brief("South Korea's Hanul Solar, which will supply the panels, will take a 30 percent stake in the company.").map((b) => b[0])).toEqual(['South Korea', 'Hanul Solar']);
    expect(brief("Japan's Kiyo Denki, which makes motors, will invest $50 million.").map((b) => b[0])).toEqual(['Japan', 'Kiyo Denki']);
    // A headline's "to build" a plant of a sum gives too.
    expect(brief("Japan's Aoi Denki to build 140bn yen plant in Poland").map((b) => b[0])).toEqual(['Japan', 'Aoi Denki', 'Poland']);
    // Without a verb of giving after the clause, a capitalised run after a possessive is no company.
    expect(brief("Japan's Prime Minister, who visited Hanoi, said trade grew.").map((b) => b[0])).toEqual(['Japan', 'Hanoi']);
  });
});

describe('findEntities: a company introduced by its home and role words', () => {
  it('reads the name after "-based" and up to two role words, of the home\'s country', () => {
    expect(brief('Dubai-based port operator Harbor Crest Terminals will invest.')).toEqual([
      ['Dubai', 'Dubai', 'place', null, 'United Arab Emirates', 'name'],
      ['Harbor Crest Terminals', 'Harbor Crest Terminals', 'unknown_organization', 'company', 'United Arab Emirates', 'capitalised'],
    ]);
    // Role words with no home or country before them introduce a company only when it gives, raises, signs or closes
    // money (findEntities: a name its role noun introduces).
    expect(brief('Port operator Harbor Crest Terminals will invest.')).toEqual([['Harbor Crest Terminals', 'Harbor Crest Terminals', 'unknown_organization', 'company', null, 'capitalised']]);
    expect(brief('Port operator Harbor Crest Terminals is expanding.')).toEqual([]);
  });
});

describe('findEntities: a company its context introduced by its role', () => {
  it('finds the name again in a later sentence, with the type and country the role and its country gave', () => {
    expect(brief('In the first phase, Vinvolt will invest $500 million.', ['Vietnamese electric carmaker Vinvolt said it would invest up to $4 billion.'])).toEqual([
      ['Vinvolt', 'Vinvolt', 'unknown_organization', 'company', 'Vietnam', 'capitalised'],
    ]);
  });
  it('reads an acronym so introduced as that company', () => {
    expect(brief('QTX will invest $4 billion in the plant.', ['Chinese carmaker QTX will build a plant in Hungary.'])).toEqual([
      ['QTX', 'QTX', 'unknown_organization', 'company', 'China', 'capitalised'],
    ]);
  });
  it('reads a name after its home\'s "-based" as an organisation of that country', () => {
    expect(brief('It was led by US-based Lightfall, which put in $120 million.')).toEqual([
      ['US', 'United States', 'country', 'government', 'United States', 'alias'],
      ['Lightfall', 'Lightfall', 'unknown_organization', 'other', 'United States', 'capitalised'],
    ]);
  });

  it('finds it by its first word alone ("Tarsak" for "Tarsak Enerji"), but not a common first word', () => {
    expect(brief("Turkey's Tarsak to build $1.1bn solar park", ['Turkish energy group Tarsak Enerji signed the deal.'])).toEqual([
      ['Turkey', 'Türkiye', 'country', 'government', 'Türkiye', 'alias'],
      ['Tarsak', 'Tarsak Enerji', 'unknown_organization', 'company', 'Türkiye', 'capitalised'],
    ]);
    expect(brief('Global markets fell.', ['Turkish energy group Global Enerji signed the deal.'])).toEqual([]);
  });
  it('a one-word name after a country\'s possessive is a person, not a company, when the context gives it a title', () => {
    const giving = 'Turkey’s Erdogan pledges $1 billion to Syria';
    expect(brief(giving, ['ANKARA - President Recep Tayyip Erdogan said Turkey would give $1 billion.'])).toEqual([
      ['Turkey', 'Türkiye', 'country', 'government', 'Türkiye', 'alias'],
      ['Syria', 'Syria', 'country', 'government', 'Syria', 'name'],
    ]);
    expect(brief('India’s Modi will invest $2 billion in Kenya, Prime Minister Narendra Modi said.')).toEqual([
      ['India', 'India', 'country', 'government', 'India', 'name'],
      ['Kenya', 'Kenya', 'country', 'government', 'Kenya', 'name'],
    ]);
    // A title before another name leaves the company.
    expect(brief('France’s Alstom will invest Rs 1,200 crore.', ['President Emmanuel Macron visited the plant.']).map((b) => b[0])).toEqual(['France', 'Alstom']);
  });

  it('a US state named after a town and a comma is the state, unless the article names the country otherwise', () => {
    expect(brief('The plant in Cartersville, Georgia, will open in 2027.')).toEqual([['Georgia', 'Georgia', 'place', null, 'United States', 'name']]);
    expect(brief('Georgia signed the loan.')).toEqual([['Georgia', 'Georgia', 'country', 'government', 'Georgia', 'name']]);
    expect(brief('The port in Anaklia, Georgia, will open.', ['The Georgian government welcomed it.'])[0]!.slice(2)).toEqual(['country', 'government', 'Georgia', 'name']);
    expect(brief('The port in Tbilisi, Georgia, will open.').map((b) => b[2])).toEqual(['country', 'country']);
    // Named so nearby, the bare name is the state too.
    expect(brief('Hanwha to build $1.3bn factory in Georgia', ['It will build a plant in Cartersville, Georgia.'])).toEqual([['Georgia', 'Georgia', 'place', null, 'United States', 'name']]);
  });

  it('a name after "-based" is an organisation, of the place\'s country when the reference knows the place', () => {
    expect(brief('Toronto-based Maplecrest Asset Management plans to invest in India.')).toEqual([
      ['Toronto', 'Toronto', 'place', null, 'Canada', 'name'],
      ['Maplecrest Asset Management', 'Maplecrest Asset Management', 'unknown_organization', 'other', 'Canada', 'capitalised'],
      ['India', 'India', 'country', 'government', 'India', 'name'],
    ]);
    // A place the reference does not know gives no country.
    expect(brief('Kelowna-based Maplecrest Asset Management plans to invest in India.')).toEqual([
      ['Maplecrest Asset Management', 'Maplecrest Asset Management', 'unknown_organization', 'other', null, 'capitalised'],
      ['India', 'India', 'country', 'government', 'India', 'name'],
    ]);
    // Its first word then names it in a headline.
    expect(brief('Canada’s Maplecrest to invest C$10bn in India', ['Toronto-based Maplecrest Asset Management plans to invest 10 billion Canadian dollars.']).map((b) => b[1])).toEqual(['Canada', 'Maplecrest Asset Management', 'India']);
    // A lower-case word before "-based" is no place.
    expect(brief('The locally-based Maplecrest Asset Management plans to invest.')).toEqual([]);
  });

  it('a region\'s countries named by its adjective are the region, as an area; the adjective alone is no one', () => {
    expect(brief('Britain will provide 1.5 billion pounds for African countries.').slice(1)).toEqual([['African countries', 'Africa', 'area', null, null, 'name']]);
    expect(brief('Japan will lend to Pacific island nations.').slice(1)).toEqual([['Pacific island nations', 'Pacific Islands', 'area', null, null, 'name']]);
    expect(brief('Britain will provide 1.5 billion pounds for African farmers.').slice(1)).toEqual([]);
  });

  it('without such a context, a bare capitalised word is nothing', () => {
    expect(brief('In the first phase, Vinvolt will invest $500 million.', ['The plant will open in 2027.'])).toEqual([]);
  });
});

describe('findEntities: a name that opens its sentence and gives money', () => {
  it.each([
    // A lead after its dateline, the country from the attribution's trade later in the sentence.
    ['BENGALURU, March 12 (Reuters) - Zentrova will invest $5 billion in India over five years, the U.S. software maker said on Thursday.', ['Zentrova', 'company', 'United States']],
    // A headline's "to invest".
    ['Zentrova to invest $5 billion in India cloud push', ['Zentrova', 'company', null]],
    // Past "Rival", a name of three words that "said last month it would invest".
    ['Rival Norvale Web Services said last month it would invest an additional $8 billion in India.', ['Norvale Web Services', 'company', null]],
    ['Kestrova plans to spend $300 million on a plant in Kenya, the German company said.', ['Kestrova', 'company', 'Germany']],
  ])('%s', (text, [surface, type, country]) => {
    const org = findEntities(text, index).find((m) => m.kind === 'unknown_organization');
    expect(org && [org.surface, org.type, org.country]).toEqual([surface, type, country]);
  });
  it.each([
    // Public bodies, offices, groups and months that open a clause are no company.
    'Treasury will provide $5 billion to the banks.',
    'Investors will invest $2 billion in the bonds.',
    'Parliament will fund the programme with $40 million.',
    // A headline's abbreviation for the government.
    'Govt secures US$300m CAF loan for water overhaul',
    // Not the sentence's opener.
    'In the first phase, Vinvolt will invest $500 million.',
    // No money given after the name.
    'Zentrova will open an office in Nairobi.',
  ])('no company: %s', (text) => {
    expect(findEntities(text, index).filter((m) => m.kind === 'unknown_organization')).toEqual([]);
  });
});

describe('findEntities: a capital written as a town of a state', () => {
  it('is a town of the state after it, not its country\'s government', () => {
    expect(brief('The plant near Lima, Ohio, will open in 2027.').map((b) => [b[0], b[2], b[4]])).toEqual([
      ['Lima', 'place', 'United States'],
      ['Ohio', 'place', 'United States'],
    ]);
    // (An attribution after the state is no list of cities.)
    expect(brief('Renesas will build a plant near Lima, Ohio, the Japanese company said.').map((b) => [b[0], b[2], b[4]]).slice(1, 3)).toEqual([
      ['Lima', 'place', 'United States'],
      ['Ohio', 'place', 'United States'],
    ]);
  });
  it('but not in a list of cities, nor before a place of its own country', () => {
    expect(brief('It has offices in Beijing, Lagos and Nairobi.').map((b) => [b[0], b[2], b[4]])[0]).toEqual(['Beijing', 'country', 'China']);
    expect(brief('It has offices in Lima, Arequipa.').map((b) => [b[0], b[2], b[4]])[0]).toEqual(['Lima', 'country', 'Peru']);
  });
});

describe('findEntities: the start-up press', () => {
  it.each([
    // A company that opens its sentence and raises money.
    ['Zentrova raises $42 million Series B led by Kestrelgrove22 as it expands to Ghana', [['Zentrova', 'company'], ['Kestrelgrove22', 'other']]],
    // A start-up trade introduces a name with no country before it; the investors of a round by "led by" and "participation from".
    ['Electric three-wheeler financing startup VoltaLend has raised Rs 180 crore in a round led by Blumeo Ventures, with participation from Shellback Ventures.', [['VoltaLend', 'company'], ['Blumeo Ventures', 'other'], ['Shellback Ventures', 'other']]],
    // The source of money named "from".
    ['The company secured a ₦30 billion debt facility from Stanbrook Capital.', [['Stanbrook Capital', 'other']]],
  ])('%s', (text, want) => {
    expect(findEntities(text, index).filter((m) => m.kind === 'unknown_organization').map((m) => [m.surface, m.type])).toEqual(want);
  });
  it('a country right before a one-word bank is part of its name', () => {
    expect(brief("Separately, Moldova Agroindbank, the country's largest lender, secured a loan.").map((b) => [b[0], b[2], b[3], b[4]])).toEqual([['Moldova Agroindbank', 'unknown_organization', 'bank', 'Moldova']]);
  });
  it('but not a person "led by" in no round', () => {
    expect(findEntities('The delegation was led by Minister Ahmed.', index).filter((m) => m.kind === 'unknown_organization')).toEqual([]);
    expect(findEntities('The talks were led by John Osei.', index).filter((m) => m.kind === 'unknown_organization')).toEqual([]);
  });
});
