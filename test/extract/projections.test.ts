import { describe, expect, it } from 'vitest';
import { horizonNear, periodOfMoney } from '../../pipeline/extract/projections.ts';
import { extractLines } from './extractLines.ts';

describe('horizonNear', () => {
  const cases: [string, string, string | null][] = [
    ['The mine will produce 450,000 tonnes a year from 2027.', '450,000 tonnes', 'from 2027'],
    ['It will spend $2bn over the next three years, lifting output to 90,000 tonnes a year starting in 2028.', '90,000 tonnes', 'starting in 2028'],
    ['Output will reach 3 million tonnes by 2030.', '3 million tonnes', 'by 2030'],
    ['The plant will produce 500 MW.', '500 MW', null],
  ];
  it.each(cases)('%s', (sentence, figure, expected) => {
    const start = sentence.indexOf(figure);
    expect(horizonNear(sentence, start, start + figure.length)).toBe(expected);
  });
});

describe('periodOfMoney', () => {
  const cases: [string, string, string | null, string][] = [
    ['The project will generate annual revenue of ', ' once complete.', null, 'year'],
    ['Exports could reach ', ' a year by 2028.', 'by 2028', 'year'],
    ['It will have free cash flow of ', ' over 37 years.', 'over 37 years', 'total'],
    ['Its annual report said it could unlock ', ' in investment.', null, 'total'],
    ['The refinery will generate ', ' in annual exports.', null, 'year'],
    ['It will bring ', ' of yearly revenue.', null, 'year'],
  ];
  it.each(cases)('%s[figure]%s', (before, after, horizon, expected) => {
    expect(periodOfMoney(after, horizon, before)).toBe(expected);
  });
});

describe('shares: of a project\'s output exported, and of a country\'s exports', () => {
  const extract = extractLines();
  const shares = (line: string) =>
    extract(['Exports', line])
      .projections.filter((p) => p.unit === 'percent')
      .map((p) => [p.metric, p.value, p.qualifier, p.of_what, p.horizon]);
  it.each([
    ['The plant will export 70% of its output to Europe.', [['export_share_of_output', 70, 'exact', 'output', null]]],
    ['About 60 percent of the copper production will be exported.', [['export_share_of_output', 60, 'about', 'copper production', null]]],
    ['The refinery will sell 80% of its production abroad.', [['export_share_of_output', 80, 'exact', 'production', null]]],
    ['About 70pc of its output will be exported.', [['export_share_of_output', 70, 'about', 'output', null]]],
    ['Around 60% of the output will be sold to foreign buyers.', [['export_share_of_output', 60, 'about', 'output', null]]],
    ['Nearly 90% of the output is destined for export.', [['export_share_of_output', 90, 'nearly', 'output', null]]],
    ['The complex will produce ammonia, with up to 90 percent of its output allocated for export to Europe.', [['export_share_of_output', 90, 'up_to', 'output', null]]],
    ['The mine will run for 24 years, with roughly 80 percent of output to be exported.', [['export_share_of_output', 80, 'about', 'output', null]]],
    ['About 40 percent of its output of diesel, jet fuel and petrochemical feedstock will be earmarked for export.', [['export_share_of_output', 40, 'about', 'output', null]]],
    ['It will export about 30% of its output by 2030.', [['export_share_of_output', 30, 'about', 'output', 'by 2030']]],
    ['About 60 percent of the mine\'s output will be exported to China.', [['export_share_of_output', 60, 'about', "mine's output", null]]],
    // A bare share right after the output figure is a share of that output.
    ['The refinery will process 200,000 barrels of crude a day, with 80% destined for export.', [['export_share_of_output', 80, 'exact', 'crude', null]]],
    ['The smelter will produce 500,000 tonnes of aluminium annually, 70% of which will be exported.', [['export_share_of_output', 70, 'exact', 'aluminium', null]]],
    ['The plant will produce 2 million tonnes a year, with 40% for export.', [['export_share_of_output', 40, 'exact', 'output', null]]],
    ['The plant will produce 1.2 million tonnes of urea a year, half of it for export.', [['export_share_of_output', 50, 'exact', 'urea', null]]],
    ['The mill will produce 3 million tonnes of steel a year, 40 percent of it for export.', [['export_share_of_output', 40, 'exact', 'steel', null]]],
    ['The plant would assemble 50,000 vehicles a year, around 60% of them for export to other African markets.', [['export_share_of_output', 60, 'about', 'vehicles', null]]],
    ['The plant would assemble 50,000 vehicles a year, half of them for export.', [['export_share_of_output', 50, 'exact', 'vehicles', null]]],
    ['The mine will produce 300,000 tonnes of copper a year, three-quarters of which will be exported.', [['export_share_of_output', 75, 'exact', 'copper', null]]],
    ['Half of the plant’s 2 million tonnes a year will stay at home.', []],
    // Not a share of output: no output figure before it, or a share of something else.
    ['With 80% destined for export, the plant matters.', []],
    ['The plant will produce 2 million tonnes a year, with 40% of the profits for export promotion.', []],
    // Not exported: sold at home, or output raised.
    ['The refinery will sell 80% of its production to local buyers.', []],
    ['The firm will raise output by 20% of its production.', []],
    // A share of a country's exports stays one.
    ['The mine accounts for 12% of the country\'s exports.', [['share_of_exports', 12, 'exact', "country's exports", null]]],
    ['The mine will add nearly 10 percent of Pakistan\'s existing export volume.', [['share_of_exports', 10, 'nearly', "Pakistan's existing export volume", null]]],
    ["Its exports could account for about 5 percent of Pakistan's total exports once it is fully operational.", [['share_of_exports', 5, 'about', "Pakistan's total exports", null]]],
    ['About 40% of the profits for export promotion go to the fund.', []],
  ])('%s', (line, expected) => {
    expect(shares(line)).toEqual(expected);
  });
});

describe('physical projections: energy in terawatt hours, emissions avoided, vehicles and containers', () => {
  const extract = extractLines();
  const quantities = (line: string) => extract(['Output', line]).projections.map((p) => [p.metric, p.value, p.unit, p.per]);
  it.each([
    ['The projects will generate 4.2 terawatt hours of electricity a year.', [['production', 4.2, 'TWh', 'year']]],
    ['The dam will generate 1,200 gigawatt-hours a year.', [['production', 1200, 'GWh', 'year']]],
    ['The park is expected to generate 2.2 billion kWh of electricity a year.', [['production', 2.2e9, 'kWh', 'year']]],
    ['The project will supply 300 million cubic metres of drinking water a year.', [['production', 3e8, 'm3', 'year']]],
    ['The block is expected to produce 500 million standard cubic feet of gas per day.', [['production', 5e8, 'cf', 'day']]],
    ['The plants will generate 4.2 TWh a year, avoiding 2.3 million tonnes of carbon emissions annually.', [['production', 4.2, 'TWh', 'year']]],
    ['The plant will produce power while cutting 500,000 tonnes of CO2 a year.', []],
    // Vehicles made, and what a port can handle.
    ['The plant will produce 150,000 electric vehicles a year.', [['production', 150000, 'vehicles', 'year']]],
    ['The factory will assemble 50,000 cars annually.', [['production', 50000, 'vehicles', 'year']]],
    ['The carmaker sold 150,000 vehicles last year.', []],
    ['The port will handle 10 million TEU a year.', [['capacity', 1e7, 'TEU', 'year']]],
    ['The fields will produce 750 million cubic feet of gas per day by 2027.', [['production', 7.5e8, 'cf', 'day']]],
    ['The terminal can handle 2 million twenty-foot equivalent units.', [['capacity', 2e6, 'TEU', null]]],
    // A verb of producing after a capacity word is the figure's; "capacity to produce" is a capacity.
    ['The complex will be powered by 3GW of solar and wind capacity and produce 1 million tonnes of ammonia a year.', [['capacity', 3, 'GW', null], ['production', 1e6, 't', 'year']]],
    ['The plant will have the capacity to produce 2 million tonnes of urea a year.', [['capacity', 2e6, 't', 'year']]],
    // Length is not production, whatever verb builds it.
    ['The company will build a 300-km railway.', []],
    ['The mine is expected to produce an average of 54 000 t/y of copper.', [['production', 54000, 't', 'year']]],
    // A unit's symbol in brackets; energy a store holds; a length, whatever verb is near.
    ['The plant is expected to generate around 3.1 terawatt hours (TWh) of electricity a year.', [['production', 3.1, 'TWh', 'year']]],
    ['It will have 2.2 gigawatts of solar panels and 4.4 gigawatt hours (GWh) of battery storage.', [['capacity', 2.2, 'GW', null], ['capacity', 4.4, 'GWh', null]]],
    ['The complex will export most of its electricity to Singapore through a 95-kilometer subsea cable.', []],
    // A level reached "from" another: the one reached, read with the words before both.
    ["The works will raise the port's handling capacity from 1.6 million tonnes to 4.5 million tonnes of cargo a year.", [['capacity', 4.5e6, 't', 'year']]],
    // What a plant is designed to process is its capacity.
    ['The refinery, designed to process 300,000 barrels of crude oil per day, will be built in two phases.', [['capacity', 3e5, 'bbl', 'day']]],
    ['The plant, designed to produce 400,000 cubic metres of drinking water a day, will be built at Grande Côte.', [['capacity', 4e5, 'm3', 'day']]],
    // The commodity's last words and its acronym may stand between the figure and its period.
    ['The plant will produce up to 400,000 tons of liquefied petroleum gas (LPG) annually.', [['production', 4e5, 't', 'year']]],
    ['The mine will produce 90,000 tonnes of copper in concentrate a year.', [['production', 9e4, 't', 'year']]],
    // Goods counted one by one after a verb of making: the plural noun is the unit.
    ['The plant will make 6 million airbags a year.', [['production', 6e6, 'airbags', 'year']]],
    ['The unit will have capacity to make 24 million garments a year.', [['capacity', 2.4e7, 'garments', 'year']]],
    ['The factory will eventually produce 30 billion capacitors a year.', [['production', 3e10, 'capacitors', 'year']]],
    ["The expansion will lift the plant's output to 16 million radial tyres a year by 2028.", [['production', 1.6e7, 'tyres', 'year']]],
    ['The line will turn out about 400,000 glass bottles daily.', [['production', 4e5, 'bottles', 'day']]],
    ['The mill will produce 2 million bags of cement a year.', [['production', 2e6, 'bags', 'year']]],
    ["The expansion will lift the plant's annual capacity to 45 million modules.", [['capacity', 4.5e7, 'modules', 'year']]],
    // People, places and money are never goods made; nor are goods without a verb of making.
    ['The plant will employ 3,500 workers and serve 2 million passengers a year.', []],
    ['The project will make 40,000 homes safer from floods.', []],
    ['The company sells 8 million tyres a year in Europe.', []],
    ['The group will make 12 investments in the region.', []],
    // Passengers a line or terminal is built to carry, and a hospital's beds, are capacities; traffic carried is not.
    ['The tram line is designed to carry 180,000 passengers a day.', [['capacity', 1.8e5, 'passengers', 'day']]],
    // (What a line will carry is its capacity, the period told after the second figure both's.)
    ['The railway will carry 8 million tonnes of ore and 2 million passengers a year.', [['capacity', 8e6, 't', 'year'], ['capacity', 2e6, 'passengers', 'year']]],
    ["The works will lift the terminal's capacity from 4 million to 9 million passengers a year.", [['capacity', 9e6, 'passengers', 'year']]],
    ['The airline carried 3.2 million passengers in 2025.', []],
    ['The loan will finance a 450-bed teaching hospital in Kumasi.', [['capacity', 450, 'beds', null]]],
    ['The new wing will add 200 beds to the hospital.', [['capacity', 200, 'beds', null]]],
    ['The group will invest $400 million in a 650-room beach resort near Punta Cana.', [['capacity', 650, 'rooms', null]]],
    ['The developer plans to build some 1,200 rooms by 2029.', [['capacity', 1200, 'rooms', null]]],
    ['The house has 5 rooms.', []],
  ])('%s', (line, expected) => {
    expect(quantities(line)).toEqual(expected);
  });
});

describe('one projection told by the headline in fewer words', () => {
  const extract = extractLines();
  const rows = (lines: string[]) => extract(lines).projections.map((p) => [p.metric, p.value, p.unit, p.commodity, p.evidence_id.split(';').length]);
  it.each([
    [['Egypt signs deal for 5 GW of renewables', 'CAIRO - The developer will build 5 gigawatts of renewable energy in Egypt by 2030.'], [['capacity', 5, 'GW', 'renewable energy', 2]]],
    [['Mine to produce 200,000 tonnes of copper a year', 'The mine will produce 200,000 tonnes of copper concentrate a year from 2028.'], [['production', 200000, 't', 'copper concentrate', 2]]],
    // Another commodity is another figure, and two body sentences are held to the same commodity.
    [['Egypt signs deal for 5 GW of gas power', 'CAIRO - The developer will build 5 gigawatts of renewable energy in Egypt by 2030.'], [['capacity', 5, 'GW', 'gas power', 1], ['capacity', 5, 'GW', 'renewable energy', 1]]],
    [['Mining', 'The mine will produce 200,000 tonnes of copper a year.', 'The smelter will produce 200,000 tonnes of copper cathode a year.'], [['production', 200000, 't', 'copper', 1], ['production', 200000, 't', 'copper cathode', 1]]],
  ])('%j', (lines, expected) => {
    expect(rows(lines)).toEqual(expected);
  });
});

describe('output already made is not a projection', () => {
  const extract = extractLines();
  const rows = (line: string) => extract(['Output', line]).projections.map((p) => [p.metric, p.value, p.unit]);
  it.each([
    ['Ghana produced 650,000 tonnes of cocoa last season, down from 1 million tonnes two years earlier.', []],
    ['Angola pumped about 1.1 million barrels a day last year.', []],
    ['The mine exported 2 million tonnes of ore in 2023.', []],
    ['Output rose to 90,000 tonnes a year, up from 60,000 tonnes.', []],
    ['The mine will have produced 2 million tonnes by 2030.', [['production', 2e6, 't']]],
    ['The plant will produce 500,000 tonnes a year, compared with 300,000 tonnes now.', [['production', 5e5, 't']]],
  ])('%s', (line, expected) => {
    expect(rows(line)).toEqual(expected);
  });
});
