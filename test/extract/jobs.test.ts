import { describe, expect, it } from 'vitest';
import { findJobFigures } from '../../pipeline/extract/jobs.ts';
import { extractLines } from './extractLines.ts';

type Row = [count: number, qualifier: string, kind: string | null, place: string | null];
const cases: [string, Row[]][] = [
  ['The plant will create 2,500 jobs in Sindh.', [[2500, 'exact', null, 'Sindh']]],
  ['The project will support around 3,200 jobs in Türkiye, mainly at suppliers.', [[3200, 'about', null, 'Türkiye']]],
  ['The mill will create 900 jobs in Łódź.', [[900, 'exact', null, 'Łódź']]],
  ['The mine will create more than 1 400 jobs during the 26-month construction period.', [[1400, 'over', 'construction', null]]],
  ['Construction, set to begin early next year, is expected to employ about 4,500 workers.', [[4500, 'about', 'construction', null]]],
  ['The plant will need around 350 permanent staff once running.', [[350, 'about', 'operations', null]]],
  ['Construction would create some 6,000 jobs in Apurimac and 2,500 in neighboring Arequipa.', [[6000, 'about', 'construction', 'Apurimac'], [2500, 'about', 'construction', 'Arequipa']]],
  ['The contractor expects to employ 6,000 workers on the Malaba-Tororo stretch and 7,500 on the Tororo-Kampala stretch.', [[6000, 'exact', null, 'Malaba-Tororo'], [7500, 'exact', null, 'Tororo-Kampala']]],
  ['The project will provide 3,500 jobs in Sokhna and 1,500 jobs in Port Said, bringing the total to 5,000 jobs.', [[3500, 'exact', null, 'Sokhna'], [1500, 'exact', null, 'Port Said'], [5000, 'exact', 'total', null]]],
  ['The dam will need 2,000 residents to move.', []],
  // People hired named by their trades; people a project serves are not jobs; a project's construction by its possessive.
  ['The hospital will employ about 650 doctors, nurses and support staff and serve a population of some 3.5mn people.', [[650, 'about', null, null]]],
  ['The clinic will hire 40 midwives in Janakpur.', [[40, 'exact', null, 'Janakpur']]],
  ['The firm will hire 300 trucks for the harvest.', []],
  ['The scheme will benefit more than 20,000 people in the region.', []],
  ['Construction will generate some 2,500 jobs, and about 150 people will be employed permanently once the wind farms are running.', [[2500, 'about', 'construction', null], [150, 'about', 'operations', null]]],
  ['Some 1,200 people will work on the construction sites at peak, while around 150 will be employed permanently once the turbines start operating in 2028.', [[1200, 'about', 'construction', null], [150, 'about', 'operations', null]]],
  ['The line is expected to employ around 15,000 workers at the peak of construction, officials said.', [[15000, 'about', 'construction', null]]],
  ['The dam will cost $410 million, and its construction is expected to provide about 2,000 jobs.', [[2000, 'about', 'construction', null]]],
  // Construction as the subject of a clause reported.
  ['The company said construction would create 1,100 jobs.', [[1100, 'exact', 'construction', null]]],
  // The building site's jobs told after a longer clause, at peak, during "the works" or "the build", or with the works as
  // the subject after "and" or "while".
  ['Around 900 workers will be employed during the three-year construction period.', [[900, 'about', 'construction', null]]],
  ['About 2,000 jobs will be created at peak construction, the developer said.', [[2000, 'about', 'construction', null]]],
  ['Up to 700 workers will be employed on the site at the peak of the works, the contractor said.', [[700, 'up_to', 'construction', null]]],
  ['Around 450 people will be employed during the 14-month build.', [[450, 'about', 'construction', null]]],
  ['The plant will employ some 600 workers during the 20 months of construction.', [[600, 'about', 'construction', null]]],
  ['The reservoir will supply 40,000 homes, and construction is expected to create about 1,300 jobs.', [[1300, 'about', 'construction', null]]],
  ['The road will cut travel times by half, while the civil works will employ about 800 local workers.', [[800, 'about', 'construction', null]]],
  ['The company expects the works to employ about 350 people at their peak.', [[350, 'about', 'construction', null]]],
  // (A company that "works with" its suppliers names no works.)
  ['The company works with 300 suppliers.', []],
  ['It will create an estimated 3,500 jobs for local communities in Balochistan.', [[3500, 'about', null, 'Balochistan']]],
  ['It will create an estimated 4,000 jobs in Chile and 1,200 jobs in Peru.', [
    [4000, 'about', null, 'Chile'],
    [1200, 'about', null, 'Peru'],
  ]],
  // The shared noun's place is both figures'.
  ['It will create around 2,000 direct and 8,000 indirect jobs in Sonora.', [[2000, 'about', 'direct', 'Sonora'], [8000, 'about', 'indirect', 'Sonora']]],
  ['It will create 8,000 direct jobs and 25,000 indirect jobs in the Lima region.', [[8000, 'exact', 'direct', 'Lima'], [25000, 'exact', 'indirect', 'Lima']]],
  // "ones" standing for the jobs just told, with a kind of its own; jobs an economy needs are none a deal creates.
  ['The mill is expected to create 900 direct jobs and 2,400 indirect ones.', [[900, 'exact', 'direct', null], [2400, 'exact', 'indirect', null]]],
  ['Kenya needs to create about 800,000 jobs a year, the minister said.', []],
  ['It will create 8,000 jobs during construction, and 500 jobs in Lima once running.', [[8000, 'exact', 'construction', null], [500, 'exact', 'operations', 'Lima']]],
  // A second count with only its phase: the noun of the count before, the phase its own (and not the first one's).
  // (The qualifier carries across "and", as for "an estimated 4,000 jobs in A and 2,500 in B".)
  ['The project is expected to create over 1,000 permanent jobs and 2,000 during construction.', [[1000, 'over', 'operations', null], [2000, 'over', 'construction', null]]],
  ['The plant will employ 300 people and 900 during construction.', [[300, 'exact', null, null], [900, 'exact', 'construction', null]]],
  ['The park will bring 2,000 direct and 3,000 indirect jobs, 5,000 in all.', [
    [2000, 'exact', 'direct', null],
    [3000, 'exact', 'indirect', null],
    [5000, 'exact', 'total', null],
  ]],
  ['The project will create 9,000 jobs across Kenya and Uganda.', [[9000, 'exact', 'total', 'Kenya and Uganda']]],
  ['Up to 800 construction jobs will be needed.', [[800, 'up_to', 'construction', null]]],
  ['The mine will employ 1,500 people at peak.', [[1500, 'exact', null, null]]],
  ['More than 300 operational jobs will remain.', [[300, 'over', 'operations', null]]],
  ['A total of 12,000 jobs will be created.', [[12000, 'exact', 'total', null]]],
  ['The plant would employ 400 people during construction.', [[400, 'exact', 'construction', null]]],
  // People, then a passive verb of hiring; people with no such verb are no jobs.
  ['About 60,000 people will be employed during construction.', [[60000, 'about', 'construction', null]]],
  ['About 60,000 people will be displaced by the dam.', []],
  ['It will create 1,500 jobs during construction and 60 permanent jobs.', [[1500, 'exact', 'construction', null], [60, 'exact', 'operations', null]]],
  ['Construction will create 600 jobs.', [[600, 'exact', 'construction', null]]],
  ['It will create 2,500 direct jobs and 4,000 indirect jobs, for a total of 6,500.', [[2500, 'exact', 'direct', null], [4000, 'exact', 'indirect', null], [6500, 'exact', 'total', null]]],
  ['Some 2000 jobs are at stake in the Ruhr.', [[2000, 'about', null, null]]],
  ['Nearly twenty thousand jobs will follow.', [[20000, 'nearly', null, null]]],
  // A place or other modifiers between the figure and the noun; a figure whose noun is the one before.
  ['The deal is expected to create or sustain 4,500 American jobs.', [[4500, 'exact', null, 'American']]],
  ['EXIM financing will create 6,000 US jobs and 7,500 in Balochistan.', [[6000, 'exact', null, 'US'], [7500, 'exact', null, 'Balochistan']]],
  ['It will create 1,000 high-paying manufacturing jobs.', [[1000, 'exact', null, null]]],
  ['It will create 2,000 direct jobs in Kenya and 1,000 in Uganda.', [[2000, 'exact', 'direct', 'Kenya'], [1000, 'exact', 'direct', 'Uganda']]],
  ['It will create 5,000 jobs and 300 in the first year.', [[5000, 'exact', null, null]]],
  // Ranges: one figure, its high end as count (the low end is checked below).
  ['It is expected to create between 2,000 and 3,000 jobs.', [[3000, 'range', null, null]]],
  ['The factory will create 2,000-3,000 jobs.', [[3000, 'range', null, null]]],
  ['It will create 2,000 to 3,000 jobs in Kenya and 500 in Uganda.', [[3000, 'range', null, 'Kenya'], [500, 'exact', null, 'Uganda']]],
  ['It will raise headcount from 2,000 to 3,000 jobs.', [[3000, 'exact', null, null]]],
  // People who are jobs only after a verb of hiring: locals, youths, a country's people.
  ['The project will create jobs for 5,000 locals in Sindh.', [[5000, 'exact', null, 'Sindh']]],
  ['The park will generate employment for about 10,000 youths.', [[10000, 'about', null, null]]],
  ['It will employ 1,000 staff in Lagos.', [[1000, 'exact', null, 'Lagos']]],
  ['The plant will employ 3,000 Kenyans when it opens.', [[3000, 'exact', null, 'Kenyan']]],
  ['The mine will employ 1,200 Pakistanis and 300 foreign experts.', [[1200, 'exact', null, 'Pakistani']]],
  ['The firm will hire 200 Swiss and 500 Chinese engineers.', [[200, 'exact', null, 'Swiss'], [500, 'exact', null, 'Chinese']]],
  ['The fund will support 5,000 residents.', []],
  ['It will provide 2,000 women with loans.', []],
  ['The programme will train 2,000 Kenyans.', []],
  ['In 2023 Kenyans bought 3,000 cars.', []],
  ['The bank will hire 40 New Yorkers.', []],
  // A figure with no noun right after a verb of hiring: the people hired are understood.
  ['The firm plans to hire 600 more.', [[600, 'exact', null, null]]],
  ['The firm will hire about 600 by March.', [[600, 'about', null, null]]],
  ['The plant will employ 3,000 when complete.', [[3000, 'exact', null, null]]],
  ['The company will employ 1,200 and plans to hire 300 more by 2027.', [[1200, 'exact', null, null], [300, 'exact', null, null]]],
  // (The workforce it has is no job a deal creates; the hiring it plans is.)
  ['The company employs 1,200 and plans to hire 300 more by 2027.', [[300, 'exact', null, null]]],
  ['The bank employs 12 percent more.', []],
  ['It will hire 300 trucks.', []],
  ['It will employ 1,200 and 300 contractors.', []],
  ['The council will employ 5 million in new funds.', []],
  ['It hired 2023 graduates.', []],
  // Not jobs.
  ['The plant will shed 1,200 jobs.', []],
  ['About 900 jobs will be lost when the mill closes.', []],
  ['The company said 2,000 jobs would be cut.', []],
  // A workforce a company already has is not jobs a deal creates.
  ['Toyota already employs more than 8,000 people in Indonesia.', []],
  // The present tense is a workforce someone has; a modal or "to" makes jobs to come.
  ['The company, which employs about 6,500 people, will build two depots.', []],
  ['The plant will produce 150,000 vehicles a year and employ 7,500 people.', [[7500, 'exact', null, null]]],
  // The kind told around the count: "workers directly", "indirect employment for another 3,000 people".
  ['The plant will hire about 1,800 workers directly.', [[1800, 'about', 'direct', null]]],
  // The nearest job noun is the count's: "jobs for local people" are jobs.
  ['The project is expected to create more than 2,500 jobs for local people during construction.', [[2500, 'over', 'construction', null]]],
  ['It will create 650 permanent jobs, besides indirect employment for another 3,000 people.', [[650, 'exact', 'operations', null], [3000, 'exact', 'indirect', null]]],
  ['The industry employs about 115,000 people directly.', []],
  ['The plant could employ about 2,500 people.', [[2500, 'about', null, null]]],
  ['The firm expects to employ 900 people by 2027.', [[900, 'exact', null, null]]],
  ['The plant will directly employ 400 people.', [[400, 'exact', null, null]]],
  ['The group currently has a workforce of 1,200 workers there, and the plant will create 500 jobs.', [[500, 'exact', null, null]]],
  ['About 4,000 jobs lost in the crisis.', []],
  // "cut" after "and" starts a clause of its own: the jobs are created.
  ['The expressway will create 4,000 jobs during construction and cut travel time to one hour.', [[4000, 'exact', 'construction', null]]],
  ['Some 2,000 of the jobs will go to women.', []],
  ['In 2023 factory jobs rose by 4%.', []],
  ['5,000 people attended the summit in 2024.', []],
  ['The JF-17 jobs fair drew crowds.', []],
  ['Thousands of jobs may be lost.', []],
  ['The 2,000 MW plant will cost $3bn.', []],
];

describe('findJobFigures', () => {
  it.each(cases)('%s', (sentence, expected) => {
    expect(findJobFigures(sentence).map((j): Row => [j.count, j.qualifier, j.kind, j.place])).toEqual(expected);
  });
});

describe('findJobFigures: ranges', () => {
  it.each([
    ['It is expected to create between 2,000 and 3,000 jobs.', [[2000, 3000, 'between 2,000 and 3,000 jobs']]],
    ['The factory will create 2,000-3,000 jobs.', [[2000, 3000, '2,000-3,000 jobs']]],
    ['It will raise headcount from 2,000 to 3,000 jobs.', [[null, 3000, '3,000 jobs']]],
  ])('%s', (sentence, expected) => {
    expect(findJobFigures(sentence).map((f) => [f.low, f.count, sentence.slice(f.start, f.end)])).toEqual(expected);
  });
});

describe('findJobFigures: a people named by their country', () => {
  it.each([
    ['The plant will employ 3,000 Kenyans.', ['Kenyan']],
    ['It will recruit 1,200 Pakistanis.', ['Pakistani']],
    ['The firm will hire 200 Swiss and 500 Chinese.', ['Swiss', 'Chinese']],
    ['It will create 2,000 jobs for Kenyans.', [null]],
    ['Some 1,200 Kenyans will be hired during construction.', ['Kenyan']],
    ['Some 1,200 Kenyans will be trained.', []],
  ])('%s', (sentence, expected) => {
    expect(findJobFigures(sentence).map((f) => f.peopleOf)).toEqual(expected);
  });
});

describe('jobsIn: a people the reference knows, and one it does not', () => {
  const extract = extractLines();
  const jobs = (line: string) => extract(['Hiring', line]).jobs.map((j) => [j.count, j.location, j.country]);
  it.each([
    ['The plant will employ 3,000 Kenyans when it opens.', [[3000, 'Kenya', 'Kenya']]],
    ['The firm will hire 200 Swiss.', [[200, 'Switzerland', 'Switzerland']]],
    ['The bank will hire 500 Chinese engineers.', [[500, 'China', 'China']]],
    ['The firm will hire 300 Smiths.', []],
    ['The project will create 15,000 jobs for Kenyans.', [[15000, 'Kenya', 'Kenya']]],
    ['The mine will create 2,000 jobs for Smiths.', [[2000, 'Smiths', null]]],
    // The place of the clause the jobs are created in: "in X", "at X", or a place's possessor ("on Portugal's coast").
    ['LG will build a plant in Hungary, creating 2,500 jobs.', [[2500, 'Hungary', 'Hungary']]],
    ["L&F will build a plant at Sines, on Portugal's Atlantic coast, that will create about 1,400 direct jobs.", [[1400, 'Portugal', 'Portugal']]],
    ['L&F will build a plant on Monday, creating 1,400 jobs.', [[1400, null, null]]],
  ])('%s', (line, expected) => {
    expect(jobs(line)).toEqual(expected);
  });
});

describe('jobs of the article\'s one project, pointed back to', () => {
  const extract = extractLines();
  it('reads "the extension" and a sentence opening with its construction as the project; another lender\'s sentence is not', () => {
    const t = extract([
      'Kenya railway extension',
      'China will lend Kenya $2 billion to extend the Nairobi-Naivasha railway.',
      'The extension is expected to create 10,000 jobs.',
      'Construction will create 6,000 jobs in Nairobi.',
      'Elsewhere, 500 jobs were created.',
      'The Asian Development Bank will lend $100 million for schools.',
    ]);
    expect(t.jobs.map((j) => [j.count, j.project])).toEqual([[10000, 'Nairobi-Naivasha'], [6000, 'Nairobi-Naivasha'], [500, null]]);
    expect(t.commitments.map((c) => [c.amount, c.project])).toEqual([[2e9, 'Nairobi-Naivasha'], [1e8, null]]);
  });
});
