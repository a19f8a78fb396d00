import { beforeAll, describe, expect, it } from 'vitest';
import { classifyMoney } from '../../pipeline/extract/classify.ts';
import { findMoney } from '../../pipeline/extract/money.ts';
import type { CurrencyIndex } from '../../pipeline/extract/currencies.ts';
import { loadCurrencyReference } from '../../pipeline/io/currencyReference.ts';

let currencies: CurrencyIndex;
beforeAll(async () => {
  currencies = (await loadCurrencyReference('data/reference')).index;
});

/** The role of every money figure in a sentence, in order ("commitment", "cost", "projection:<metric>", "none"). */
function roles(sentence: string): string[] {
  const found = findMoney(sentence, currencies);
  return found.map((m, i) => {
    const from = found[i - 1]?.end ?? 0;
    const to = found[i + 1]?.start ?? sentence.length;
    const role = classifyMoney({ before: sentence.slice(from, m.start), after: sentence.slice(m.end, to), sentence, from });
    return role.role === 'projection' ? `projection:${role.metric}` : role.role;
  });
}

const cases: [string, string[]][] = [
  // Commitments.
  ['Qatar will invest $3 billion in Egypt’s ports.', ['commitment']],
  // A bond placed, named before its sum.
  ['Kestrel Petroleum priced $6 billion of bonds on Tuesday, drawing an order book of about $21 billion.', ['commitment', 'none']],
  ['The Ministry of Finance and Public Credit (SHCP) placed 3.25 billion euros in the international market on Wednesday.', ['commitment']],
  ['Ardent Energy has placed a bond of 300 million Swiss francs on the Swiss capital market.', ['commitment']],
  // The price of a stake bought, its words running long between the buying and the price.
  ['Corvane has agreed to acquire the 35% stake held by Mitrano Chemicals in their Malaysian coatings joint venture, Corvane Mitrano Coatings, for MYR 410 million.', ['commitment']],
  // Running totals "since" a company's own beginning or a month of a year, announced ones too; a record told for a past
  // year; a lender's loan book, an FDI stock, a budget's size; fuel a country bought.
  ['Toray has invested more than $2 billion in the United States since it set up its first operation in 1985.', ['none']],
  ['Lingrun has invested some 610 million euro in Serbia since it broke ground in 2019.', ['none']],
  ['Automakers have announced more than 130 billion reais of investments in Brazil since the start of 2024.', ['none']],
  ['The contract brings Chinese investments contracted in the zone since July 2022 to about $3.1 billion.', ['none']],
  ['The development bank disbursed a record R22bn to businesses in its 2024/25 financial year.', ['none']],
  ['Malaysia approved a record RM378.5bil in investments last year.', ['none']],
  ['The lender has a loan book of about XOF 2,900 billion.', ['none']],
  ['Japan was the largest investor in the country last year, with a stock of $783 billion.', ['none']],
  ['Parliament approved a 2025 budget of 505 trillion Lebanese pounds in January.', ['none']],
  ['The 2025 budget provides for spending of 199 trillion dinars.', ['none']],
  ['The island spent BDS$480 million on imported fuel last year.', ['none']],
  ['The injections will bring the company\'s cumulative investment in its Arizona operations to roughly US$40 billion.', ['none']],
  // Many firms' money over the years; a debt owed; projects counted together; an appeal's funding so far and a fund's needs.
  ['Samsung affiliates, including Samsung Electronics and Samsung Display, have invested more than $9 billion in the province.', ['none']],
  ['Foreign investors spent 7.2 billion USD on capital contributions and share purchases.', ['none']],
  ['Outstanding yen-loan debt stands at around ¥2.1 trillion.', ['none']],
  ['Of the total, 2,489 new projects were granted licences with combined capital of 12.4 billion USD.', ['none']],
  ['The appeal was only 13% funded by the end of October, with about $546 million received, according to OCHA.', ['none']],
  ['The trust fund has received only $112 million of the roughly $600 million a year it needs.', ['none', 'none']],
  // (Money a named country received, and needs, is still money given.)
  ['Sudan has received $500 million from Saudi Arabia, which it needs to pay salaries.', ['commitment']],
  // Shares of small grants: one in apposition, another that helps a receiver build, the rest that "goes to" a project.
  ['The largest share, $91,500, will go to the district council for four classrooms.', ['commitment']],
  ['Another $58,300 will help the Kongwa-based Huruma Health Trust build and equip a maternity ward, while the remaining $32,200 goes to a rainwater project.', ['commitment', 'commitment']],
  // An insurer's name is no export; new shares subscribed for, then their price.
  ['Three banks will lend the remaining $180 million under cover from Nippon Export and Investment Insurance.', ['commitment']],
  ['Huayou has agreed to subscribe for new shares in the project company, PT Halmahera Hidrometalurgi, for $150 million.', ['commitment']],
  // A running total's combined worth; a part of an allotment received so far; a company's worth and assets; a share's price.
  ['The ambassador said Japan had funded more than 620 projects in the country since 1989, worth a combined $48 million.', ['none']],
  ['With this tranche Italy has now received 122 billion euros of the 194.4 billion allotted to it.', ['none']],
  ['At Thursday\'s close of ₹338.60, the lender has a market capitalisation of about ₹37,300 crore.', ['none', 'none']],
  ['The lender, which reported total assets of N4.6 trillion and a loan book of N1.9 trillion, plans to open 35 branches.', ['none', 'none']],
  ['It signed the agreements in June, when the bank\'s shares were trading at ₹312.', ['none']],
  // (Projects to be funded, worth a combined sum, and a part of a loan received, stay money given.)
  ['Japan will fund 20 projects worth a combined $48 million.', ['commitment']],
  ['Kenya has received $500 million of the loan.', ['commitment']],
  // Investment needed, past what it is of ("of investment in solar will be needed"); money given that is needed elsewhere stays given.
  ['Industry estimates suggest some $40bn of investment in solar will be needed by 2035.', ['none']],
  ['The fund will provide $40m of investment in the plant, which is needed by 2027.', ['commitment']],
  // A country's tallies: net FDI in a fiscal year, grants received in the first months of one; a lender's cumulative
  // lending "since 1973 now exceeds"; a part "of which" a running total has been disbursed. (A tranche to come in the
  // first half of a year, and a loan received in a year's first week, stay money given.)
  ['Ghana received $1.9 billion in net foreign direct investment in FY25, the central bank said.', ['none']],
  ['Malawi received foreign grants worth MK 300 billion in the first six months of the fiscal year.', ['none']],
  ["The AfDB's cumulative lending to Ghana since 1966 now exceeds $5 billion.", ['none']],
  ['Korea has committed about $9 billion since 1990, of which $6 billion has been disbursed.', ['none', 'none']],
  ['The bank will disburse $200 million in the first half of 2027.', ['commitment']],
  ['Kenya received $500 million from the IMF in the first week of March.', ['commitment']],
  // Parts of the whole just told, "Of that," alone, each put to use; what an earlier programme disbursed.
  ['Of that, $28 million will go to a cocoa programme, while $12 million is earmarked for training.', ['commitment', 'commitment']],
  ["Norfund's previous three-year programme in Kenya, which ended in 2023, disbursed $60 million.", ['none']],
  // (A second phase's money after a first phase's stays money given.)
  ['The second phase will provide $40 million, after the first phase disbursed $20 million.', ['commitment', 'commitment']],
  // (A record loan told for no past year, and budget support, stay money given.)
  ['The bank approved a record $2 billion loan to Egypt.', ['commitment']],
  ['The EU will provide budget support of €300 million to Jordan.', ['commitment']],
  // The figure as the subject of a passive verb of giving.
  ['The remaining $3 billion will be invested over the next three years.', ['commitment']],
  ['A further €200m is to be disbursed by the end of the year.', ['commitment']],
  ['About $2bn is expected to be lent to the utility next year.', ['commitment']],
  ['$500 million has already been allocated to the port.', ['commitment']],
  ['$3 billion was spent on imports last year.', ['none']],
  // A party's share, in a sentence about money given.
  ['The World Bank’s share is $1.5 billion, with the AfDB providing the remaining $1 billion.', ['commitment', 'commitment']],
  ['China’s share of world trade is $3 trillion.', ['none']],
  // Money raised from investors is received; a group's plan across its countries is given to none.
  ['The phosphate producer has raised $2 billion from a bond sale to international investors.', ['commitment']],
  ['It will invest €8 billion in Britain, part of a 41 billion euro group-wide investment plan.', ['commitment', 'none']],
  ['The government raised $1 billion in taxes.', ['none']],
  // The money a party backs something with; the next item of a breakdown, its verb not repeated.
  ['Temasek backs Indian hospital chain with $400m', ['commitment']],
  ['The EU approved a €3 billion package, of which €1.6 billion will support energy and €700 million water projects.', ['commitment', 'commitment', 'commitment']],
  ['Exports rose by $1 billion and $2 billion in imports.', ['none', 'none']],
  ['The loan covers 85 percent of the section’s 1.2 billion euro cost.', ['cost']],
  ['The cabinet denied a media report that Saudi Arabia had agreed to invest $22 billion in a resort.', ['none']],
  // A facility signed or secured is credit, not a plant.
  ['The cocoa board and the bank signed a $750 million facility on Friday to buy beans.', ['commitment']],
  ['The company built a $750 million facility near the port.', ['cost']],
  // What a party builds for itself is its investment; a builder someone chose is told the cost.
  ['Orvex Petroleum signed an agreement on Sunday to build a $3.7 billion oil refinery in the port city.', ['commitment']],
  ['The agency selected a consortium of two firms to build a $1.5 billion lithium plant in the region.', ['cost']],
  ['The ministry awarded a contract to build a $900 million port.', ['cost']],
  // An agreement two parties signed for a plant is the deal's money, as what a party agreed to build; a contract for one is a builder's.
  ['Morocco and a Chinese group on Monday signed an agreement for a $1 billion steel complex in Kenitra.', ['commitment']],
  ['Vietnam and a Korean firm inked a deal on a $600 million gas power plant near Hanoi.', ['commitment']],
  ['The ministry signed a contract for a $900 million port with a Turkish builder.', ['cost']],
  // What a company raised since it began is a running total; a lender's past year of lending to many borrowers is its business.
  ['SunCulture, which has raised about $60 million since it was founded in 2012, sells pumps on credit.', ['none']],
  ['The startup has raised $20 million since it was set up in 2019.', ['none']],
  ['Turk Eximbank extended $46 billion in credit to exporters last year.', ['none']],
  ['The bank lent $2 billion to small businesses in 2023, up from $1.5 billion.', ['none', 'none']],
  ['The World Bank lent $500 million to Kenya last year for roads.', ['commitment']],
  // A tracker's tallies: money told as given over a span of past years after the figure, a year's flow compared or
  // shared out, a peak; the same words about years to come are a plan.
  ['Angola accounted for $45 billion of the roughly $182 billion Chinese lenders committed to Africa between 2000 and 2023.', ['commitment', 'none']],
  ['Kenya ranks sixth, with $12.1 billion in commitments between 2000 and 2021.', ['none']],
  ['Gulf states announced $68 billion of investments in Africa between 2019 and 2023, researchers said.', ['none']],
  ['Seoul affirmed its readiness to provide up to $1 billion in EDCF loans to Manila from 2027 to 2030.', ['commitment']],
  ['Chinese banks lent Tanzania just $210 million in 2023, down from $1.3 billion in 2016.', ['none', 'none']],
  ['Australia provided A$1.9 billion in aid to Pacific states in 2022, about 40 per cent of all aid to the region.', ['none']],
  ['The region received $4.9 billion in total development finance in 2022, a figure broadly flat since 2017.', ['none']],
  ['The total remains well below the $28.4 billion peak reached in 2016.', ['none']],
  ['Gulf states have together provided Pakistan with more than $30 billion in deposits and loans since 2018.', ['none']],
  // A tally of approved outward investment; a debt a party owes told as its own, not a loan of debt.
  ['Approved outbound investment in the first seven months totaled US$28.6 billion, up 72 percent.', ['none']],
  ['The fund will lend 60 million euros to refinance part of the club’s 140 million euros of bank debt.', ['commitment', 'none']],
  ['The fund will provide its 50 million euros of debt financing to the club.', ['commitment']],
  ['The bank will lend $2 billion to exporters over the next three years.', ['commitment']],
  // A funding round is a deal its investors are "in"; a memorandum to build at an estimated cost is the builder's money.
  ['Qatar’s QIA backs Brazilian fintech in $250m round', ['commitment']],
  ['Dar Al Arkan signed a memorandum with the Basra government on Sunday to build 1,000 homes at an estimated cost of $400 million.', ['commitment']],
  // A venture's partners put money in; a payment after an upfront one is the same deal's.
  ['Chile’s Codelco, Rio Tinto agree $900m lithium venture', ['commitment']],
  ['Rio Tinto will pay $350 million upfront and a further $550 million once the project reaches a final investment decision.', ['commitment', 'commitment']],
  ['The buyer paid $350 million upfront and another $200 million in 2024.', ['commitment', 'commitment']],
  ['Exports were worth $350 million upfront and a further $550 million later.', ['none', 'none']],
  // Since a company entered a market is since its own beginning: a running total.
  ['Safaricom has invested more than $1 billion in Ethiopia since it entered the market in 2022.', ['none']],
  // A property developer's deal for a project is its money; a builder's contract for one is its price.
  ['Egypt’s New Urban Communities Authority signed a contract with Abu Dhabi-based Aldar Properties on Sunday for a mixed-use project worth 200 billion Egyptian pounds.', ['commitment']],
  ['The roads authority signed a contract with Turkish builder Limak Construction on Sunday for a highway project worth $300 million.', ['none']],
  // Items told after their combined sum.
  ['The bank approved two credits worth a combined $360 million for Ghana, one of $250 million for entrepreneurs and one of $110 million for cities.', ['commitment', 'commitment', 'commitment']],
  // A part drawn from a line of money given; a lender that "unlocks" a sum for a country gives it, a deal that may unlock one does not.
  ['Turkey’s central bank has drawn the first $500 million of a $3 billion currency swap line agreed with Qatar last year.', ['commitment', 'commitment']],
  ['World Bank unlocks $150m for Lebanon reconstruction', ['commitment']],
  ['The deal could unlock $150 million for Lebanon, officials said.', ['projection:investment_unlocked']],
  // An agreement signed with a party for a project worth a sum is the deal's money; a project's worth alone is its cost.
  ['Indonesia signed a memorandum of understanding with a consortium led by South Korea’s LG Energy Solution on Wednesday for an integrated electric vehicle battery project worth $9.8 billion.', ['commitment']],
  ['The integrated electric vehicle battery project is worth $9.8 billion.', ['cost']],
  // Bonds bought are money lent to their issuer.
  ['Qatar buys $1bn of Egypt’s green bonds', ['commitment']],
  ['The fund bought $500 million of Kenya’s eurobonds last week.', ['commitment']],
  // The yearly money of a standing donor is no new commitment; a new sum a year is.
  ['Australia is Papua New Guinea’s largest aid donor, providing about A$600 million a year.', ['none']],
  ['Australia will provide A$600 million a year to Papua New Guinea for five years.', ['commitment']],
  // A line of credit is no rail line.
  ['Bangladesh and India signed 10 agreements on Saturday, including a $1.1 billion Indian line of credit for ports.', ['commitment']],
  ['The ministry will build a $1.1 billion rail line to the port.', ['commitment']],
  ['The $1.1 billion rail line will link the port to the capital.', ['cost']],
  // A headline's denial of the act itself.
  ['Kenya denies seeking $500m Chinese loan', ['none']],
  ['Ghana denied plans for a $2 billion bond sale.', ['none']],
  ['Kenya seeks $500m Chinese loan', ['commitment']],
  // A deal given up is a commitment, cancelled; a plant a lender left is sized, not given.
  ['A Chinese consortium has withdrawn from a $3 billion agreement to finance and build a railway.', ['commitment']],
  ['Chinese consortium pulls out of $3bn Nigerian rail deal', ['commitment']],
  ['Three banks have withdrawn from financing a $3 billion coal plant.', ['cost']],
  // What a party is provided "with"; money received from a named lender, whatever it pays for; an adverb before the builder's verb.
  ['The African Export-Import Bank has agreed to provide Egypt’s General Petroleum Corporation with a $1 billion facility to finance fuel imports.', ['commitment']],
  ['Egypt secures $1bn from Afreximbank for fuel imports', ['commitment']],
  ['Egypt imported $1bn of fuel from Saudi Arabia last year.', ['none']],
  ['Oman Investment Authority and India’s IFFCO signed an agreement on Monday to jointly build a $3 billion fertiliser plant.', ['commitment']],
  // What a party "will build ... worth" a sum is its money; a named party's share is money given, and so is the next party's gapped one.
  ['Among the deals, Qatar’s UCC Holding will build two power plants worth $7 billion with Turkish partners.', ['commitment']],
  ['The two power plants are worth $7 billion.', ['cost']],
  ['KfW’s share is 400 million euros and AFD’s 200 million euros.', ['commitment', 'commitment']],
  ['Its share of the market is $400 million.', ['none']],
  // A stake's percent may have a decimal point.
  ['Mubadala will pay $1.1 billion for a 24.9% stake in the Austrian chemicals group.', ['commitment']],
  // What a buyer pays a supplier is no money given.
  ['The railway signed a Rs 26,000 crore contract with Alstom to manufacture and maintain 100 trains.', ['none']],
  ['Railways signs Rs 26,000-crore deal with Alstom for 100 trains', ['none']],
  ['The airline signed a $12 billion deal for 40 wide-body jets.', ['none']],
  // A fund's pledges raised so far are a running total.
  ['The fund has so far raised $9.3 billion in pledges for the period.', ['none']],
  // So is aid a government "has paid out" or "handed out" since a year.
  ['Bavaria has paid out around €1.2 billion in regional aid since 2014, the ministry said.', ['none']],
  ['The agency has handed out $300 million in grants since 2019.', ['none']],
  // What a fund or a bank holds is a stock.
  ['The sovereign fund, which held US$3.1 billion at the end of June, will not be tapped.', ['none']],
  ['The central bank now holds about $9 billion in reserves.', ['none']],
  // Many past sums told as their total; new ones told so are pledges.
  ['Saudi investments in Egypt total about $35 billion, the ministry said.', ['none']],
  ['China’s loans to Kenya stand at $7 billion.', ['none']],
  ['SOCAR’s investments in Turkey have exceeded $18 billion since 2008.', ['none']],
  // A monthly sum and the total it comes to: the total is the money given.
  ['Qatar will provide $60 million a month for six months to pay salaries in Gaza, the ministry said, totalling $360 million.', ['none', 'commitment']],
  ['Qatar will provide $60 million a month to pay salaries in Gaza.', ['commitment']],
  // A financier leaving a project: the project's size is a cost, not money given.
  ['Chinese banks have withdrawn from financing a $3 billion coal-fired power plant, which was to be built by China Gezhouba Group, after Beijing pledged to stop funding coal.', ['cost']],
  // A list's middle figure is read where it stands, not where its ", " occurs again later.
  ['Japan, the ADB and the World Bank will provide $1.5 billion, $1.2 billion and $1.3 billion respectively in budget support to Bangladesh this fiscal year, the finance ministry said on Sunday.', ['commitment', 'commitment', 'commitment']],
  ['Gulf investments in Egypt topped $40 billion last year.', ['none']],
  ['The fund will invest $2 billion, after its new investments reached a record.', ['commitment']],
  ['The new investments total $5 billion over five years.', ['commitment']],
  // The rest of a sum, whoever gives it.
  ['The bank approved $600 million, while JICA will provide the balance of about $1 billion.', ['commitment', 'commitment']],
  // A project's cost whose funders the sentence names is their money; one paid from the state's purse is not cross-border.
  ['The $4.5 billion project will be funded with loans from Chinese banks and equity from the partners.', ['commitment']],
  ['The $900 million plant will be financed by the Asian Development Bank.', ['commitment']],
  ['The $2 billion plant will be financed from the state budget.', ['none']],
  ['The $2 billion plant will be completed by 2028.', ['cost']],
  // Many past sums told as one, with the period after the investors' names.
  ['The deal follows investments of more than 470 billion rupees by global investors including KKR and Saudi Arabia’s PIF in the unit since 2020.', ['none']],
  ['Japan announced investments of $5 billion in Kenya over the next five years.', ['commitment']],
  // What a donors' event raised is money pledged, "a total of" notwithstanding; a company's past total is not.
  ['France will give €100m to Lebanon, Macron said at a conference that raised a total of $1 billion for the country.', ['commitment', 'commitment']],
  ['The UN appeal has raised about $400 million so far.', ['commitment']],
  ['The firm has invested a total of $1 billion in the country since 2010.', ['none']],
  // The price of a stake, whatever the verb.
  ['Zarvex Oil will pay $650 million for a 30% stake in the field.', ['commitment']],
  ['The fund paid €90m for a 12.5 percent stake in the port.', ['commitment']],
  // An export-import bank is a lender, not trade; its share of a cost it is "providing" is its money.
  ['The cost is estimated at $1.7 billion, of which the Export-Import Bank of Korea is providing $1.1 billion.', ['cost', 'commitment']],
  ['The plant is estimated to cost $900 million, of which the Import-Export Bank of Laos is extending $300 million.', ['cost', 'commitment']],
  ['Of the $2 billion, imports of fuel took $1.1 billion.', ['none', 'none']],
  // A figure gapped after a phrase of place or time.
  ['China will lend $1 billion to Nigeria this year and $500 million next year.', ['commitment', 'commitment']],
  ['Exports rose to $3 billion this year and $2 billion in imports.', ['none', 'none']],
  ['Nigeria will receive $1 billion this year and $500 million next year from China.', ['commitment', 'commitment']],
  ['Ghana taps $750m from Afreximbank', ['commitment']],
  ['ACWA Power signed deals for two 1.5 GW wind farms worth $2.5 billion.', ['commitment']],
  ['Pakistan received the second tranche of $1.1 billion from the IMF on Friday.', ['commitment']],
  ['Total Chinese lending to Africa since 2000 stands at $182 billion.', ['none']],
  // Inflows a country hopes for, or had.
  ['Mexico’s government expects foreign investment of $40 billion this year.', ['projection:investment_unlocked']],
  ['Egypt attracted FDI of $10 billion last year.', ['none']],
  // A part "out of" a whole; a deal's value past a comma.
  ['Afreximbank has disbursed $500 million out of the $1 billion facility to the NNPC.', ['commitment', 'commitment']],
  ['The deal, which is worth $3.2 billion, was signed on Monday.', ['commitment']],
  ['The company built the $1 billion facility in 2019.', ['cost']],
  // A part a sentence about money given names; a party's deal.
  ['The World Bank pledged $10.5 billion in support, including $1.5 billion in budget support to be disbursed this year.', ['commitment', 'commitment']],
  ['The talks follow ADQ’s $35 billion Ras El Hekma deal signed in 2024.', ['commitment']],
  ['Over the next five years, Chinese investors plan to pour $8bn into Indonesian nickel smelters.', ['commitment']],
  ['The firm secured $2 billion in contracts in 2025 and $1 billion in 2026.', ['none', 'none']],
  ['Ghana will get $300 million this year, and $200 million next year.', ['commitment', 'commitment']],
  // A revenue noun right before the figure names it, whatever export noun follows.
  ['The project is expected to generate annual revenues of $800 million and export earnings of $1.2 billion by 2030.', ['projection:revenue', 'projection:export_value']],
  ['The plant will bring in export revenues of $400 million a year.', ['projection:export_value']],
  // A figure gapped after a verb of contributing.
  ['Saudi Arabia will contribute $5 billion, the UAE $3 billion and Qatar $2 billion.', ['commitment', 'commitment', 'commitment']],
  // A deal's value with its parties between the noun and "worth".
  ['Indonesia has signed a loan agreement with the Japan International Cooperation Agency (JICA) worth 140.7 billion yen for the metro.', ['commitment']],
  ['The company sold a painting with a frame worth $2 million.', ['cost']],
  // A project's cost, whatever clause lies between.
  ['The total cost of the phase, which will extend the line by 11.8 km, is estimated at $2.8 billion.', ['cost']],
  ['The project will require total investment of R$3.5 billion.', ['cost']],
  ['Russia agreed to finance 85% of the $25 billion nuclear plant with a state loan.', ['cost']],
  // A running total, goods sold, a project's size before its funding; a figure each funder gives.
  ['With the new $700 million injection, total Emirati investment in Serbia rises to $3.5 billion.', ['commitment', 'none']],
  ['Turkey will supply $1 billion worth of defence equipment to Indonesia.', ['none']],
  ['The EU will supply €50 million worth of humanitarian aid to Gaza.', ['commitment']],
  ['Funding for the $1.2 billion Lobito rail upgrade will come from the DFC, which has committed $553 million.', ['cost', 'commitment']],
  ['KfW and AFD will co-finance the €600 million grid project with €200 million each.', ['cost', 'commitment']],
  // Contributors' shares in a list: one leads, others follow "with" theirs.
  ['The Gulf Fund will lead with about $8 billion, followed by Tarsa Bank with $4 billion and Kestrel Capital with $1 billion.', ['commitment', 'commitment', 'commitment']],
  ['The remaining $3 billion will come from private investors.', ['commitment']],
  // No list of shares: a ranking "with" a figure is no money given.
  ['Kenya came first with $2 billion of tea exports, followed by Uganda with $1 billion.', ['none', 'none']],
  ['China was the largest investor with $5 billion, followed by the UAE with $3 billion.', ['none', 'none']],
  // A running total said before the figure; another figure's conversion; a government's own money.
  ['The agency has so far committed a total of ¥2.1 trillion to the country’s transport sector.', ['none']],
  ['The Treasury said the loan, equivalent to about $1 billion, has a maturity of 20 years.', ['none']],
  ['Kenya signed a Sh130 billion loan, or the equivalent of about $1 billion, with the bank.', ['commitment', 'none']],
  ['Tessaly will contribute a further 40 billion taka from its own budget.', ['none']],
  ['Tessaly will contribute $40 million from its own budget to the Freedonia relief fund.', ['commitment']],
  // A recipient's share of money given.
  ['Kazakhstan will receive the largest share, about €4 billion, mostly for a rail corridor.', ['commitment']],
  // A party mobilising money gives it; a deal or loan that mobilises more is a projection.
  ['BRUSSELS, 14 February 2026 — The European Union and its banks will mobilise €12 billion for transport links.', ['commitment']],
  ['The loan will mobilise $3 billion in private investment.', ['projection:investment_unlocked']],
  // A loan's own size after the verb is that loan.
  ['The rest is to be attracted as a syndicated loan of up to $400 million from two banks.', ['commitment']],
  ['The plant is expected to attract investment of $400 million.', ['projection:investment_unlocked']],
  // A project's figure is its cost, unless a sentence of deals names who builds and pays for it.
  ['They signed deals worth $10 billion, including a $2.5 billion nickel smelter to be built by Mubadala.', ['commitment', 'commitment']],
  ['The $2.5 billion nickel smelter will be built by a Chinese contractor.', ['cost']],
  // Money put into something; a second figure for another purpose shares the first one's verb.
  ['Gulf investors plan to put up to $500 million into corporate farming.', ['commitment']],
  // An agreement given up is a commitment (cancelled); one with a builder to build is its pay, one to build and operate its investment.
  ['The state has cancelled a 9 billion reais agreement with China Harbour Engineering Company to build and operate a port.', ['commitment']],
  ['The state has signed a 9 billion reais agreement with China Harbour Engineering Company to build a port.', ['none']],
  ['The state has signed a 9 billion reais agreement with China Harbour Engineering Company to build, own and operate a port.', ['commitment']],
  // The sum a party's talks are on; talks on a debt or on trade are about no money given.
  ["China's Chery in talks on $1bn South African car plant - sources", ['commitment']],
  ['Zambia in talks on $3 billion debt restructuring', ['none']],
  // The share of a cost a lender covers; the rest of what a company puts into a thing.
  ["About $400m of the cost will be covered by a loan from Export Development Canada.", ['commitment']],
  ['The company will put ₹4,500 crore into the first phase, and the remaining ₹7,500 crore into a second phase.', ['commitment', 'commitment']],
  // Money parked at a central bank, a top-up, a bond backstopped.
  ["Oman parks $500m at Sri Lanka's central bank", ['commitment']],
  ['The bank rolled over its 10 billion yuan swap and topped it up by 5 billion yuan.', ['commitment', 'commitment']],
  ['The United States will backstop a $1 billion bond that Jordan plans to sell.', ['commitment']],
  // Not money given: what something cost someone, a sum of past payments, a country's inflows.
  ['The World Bank approved a $300 million loan as Ecuador phases out fuel subsidies, which cost the state $3.2 billion last year.', ['commitment', 'cost']],
  ['The payment brings disbursements under the 48-month, $5 billion programme approved in May 2024 to about $2.5 billion.', ['none', 'none']],
  ['Foreign direct investment into Uzbekistan reached $11.3 billion last year.', ['none']],
  ['The ministry recorded foreign direct investment realization of Rp 900.5 trillion in 2025.', ['none']],
  ['U.S. direct investment in Kazakhstan since 2005 has exceeded $66 billion.', ['none']],
  ["Kenya's exposure to TDB Group, including the new facility, stands at about Sh170 billion.", ['none']],
  ['India Exim Bank has so far extended 11 LoCs to Malawi, taking the cumulative commitment to about USD 560 million.', ['none']],
  ['Chinese companies have invested about $30 billion in Peru, mostly in copper mining.', ['none']],
  ['Chinese companies invested a record 7.6 billion euros in Hungary last year.', ['none']],
  ['Chinese companies will invest 7.6 billion euros in Hungary.', ['commitment']],
  ['Colombia spent 2.7 trillion pesos on electricity subsidies for low-income households last year.', ['none']],
  ['The government has budgeted Rs9.8 trillion for debt servicing in the current fiscal year.', ['none']],
  ['Foreign companies signed 11 memorandums of understanding (MoUs) worth $2.3 billion with the investment authority.', ['commitment']],
  ['Mahube greenlights R11.2bn Botswana copper mine', ['commitment']],
  ['Mahube has already spent R1.3-billion on studies, drilling and early works at the project.', ['none']],
  ['The mine will be funded through a $350-million senior debt facility arranged by two banks.', ['commitment']],
  ['Mahube will spend R1.3-billion on drilling at the project.', ['commitment']],
  // Items of a list of sums, each "for" its purpose, after a verb of giving; a list of costs is not.
  ['JICA will also lend ¥58.3 billion for a transmission corridor in Rajasthan that will carry 4.5 GW of power, ¥27.5 billion for forest restoration in Himachal Pradesh and ¥15.4 billion for water supply.', ['commitment', 'commitment', 'commitment']],
  ['Imports were worth $2 billion for fuel, $1 billion for food and $500 million for machinery.', ['none', 'none', 'none']],
  // The next item of a breakdown of money given, put to use as the first was.
  ['Of it, 600 million yuan of the grant will be used to build housing in Colombo, and 350 million yuan will go to the supply of machinery.', ['commitment', 'commitment']],
  ['Sales of $600 million were booked in Europe, and $350 million will go to Asia.', ['projection:revenue', 'none']],
  ["Egypt's Finance Ministry on Sunday denied reports circulated on social media and some news websites claiming that Egypt had obtained a new $5 billion loan from Saudi Arabia.", ['none']],
  ['Kuwait has agreed to renew deposits worth $2 billion held at the central bank for two more years.', ['commitment']],
  ['The board is expected to approve the disbursement of a tranche worth about $1.2 billion in January.', ['commitment']],
  ['Somalia will also receive an additional £4 million to support cholera vaccination.', ['commitment']],
  ['A further £15 million will go to South Sudan, where fighting has displaced 300,000 people.', ['commitment']],
  ['The UK has provided more than £1.1 billion in humanitarian and development assistance to the Horn of Africa since 2017.', ['none']],
  // Sums announced bare at a pledging, and a further sum to follow, are money given; money needed, and a cost reckoned, are not.
  ['Britain announced 160 million pounds, Norway 1.2 billion kroner and Japan nine billion yen, while Canada pledged 84 million Canadian dollars.', ['commitment', 'commitment', 'commitment', 'commitment']],
  ['Germany pledged 300 million euros and said a further 200 million euros would follow if reforms advance.', ['commitment', 'commitment']],
  ['The company announced $5 billion in profits for the year.', ['none']],
  ['The UN says $3.2 billion is required for humanitarian aid this year alone, and the World Bank puts the cost of reconstruction at around $250 billion.', ['none', 'cost']],
  ['Of the total, US $750 million will go to the new plant in Salinas Victoria, Nuevo León.', ['commitment']],
  ['The remaining US $450 million will be used to expand the Ramos Arizpe plant in Coahuila.', ['commitment']],
  // A stock held is no money given; the rest of a price to be paid is.
  ['He added that the Qatari deposits at the central bank currently total some $5.5 billion.', ['none']],
  ['The remaining $3 billion of the land price will be covered by converting deposits into investments.', ['commitment']],
  // What a country owes is no money given; a loan that adds to it is.
  ["Loans from China account for about $5bn of the country's $46.9bn external debt.", ['none', 'none']],
  ['Kenya has $38 billion in public debt.', ['none']],
  ['China will lend Kenya $1 billion, adding to its external debt.', ['commitment']],
  // A threshold a rule sets is no one's money; an investment over it is.
  ['The ministry approved the project in July under the RIGI incentive regime for investments of more than $200 million.', ['none']],
  ['Investors who put in a minimum investment of $500,000 qualify for the visa.', ['none']],
  ['The company will invest more than $200 million under the incentive regime.', ['commitment']],
  // A country's own firms at home give no cross-border money; foreign firms beside them do.
  ['Separately, local conglomerates signed MoUs worth $640 million with Beza for projects in economic zones.', ['none']],
  ['Foreign firms signed deals worth $2 billion, while domestic investors pledged $500 million.', ['commitment', 'none']],
  ['Japan will lend $300 million to local banks for on-lending to small firms.', ['commitment']],
  // A plant planned by a party named after it is that party's money; a plant's worth alone is nobody's.
  ['He confirmed that a planned $280 million cement plant in Jizzakh by Turkish cement maker Anadolu Cimento had been cancelled.', ['commitment']],
  ['The planned $280 million cement plant will be built on a 40-hectare site.', ['none']],
  ['The treasury allocated 1.2 trillion naira for debt service.', ['none']],
  ['Japan has allocated $50 million for flood relief in Pakistan.', ['commitment']],
  // A borrower's counterpart share; a lender's portfolio or cumulative total; a fund closed or money returned to its investors.
  ['The total cost is estimated at UA 104.6 million, of which the Government of Senegal will contribute UA 19.6 million in counterpart funding.', ['cost', 'none']],
  ['Of the cost, USD 15.5 million will be contributed by the Government of Tajikistan as counterpart financing for land acquisition.', ['none']],
  ["This approval brings the Bank's active portfolio in Senegal to 41 operations with total commitments of UA 1.6 billion.", ['none']],
  ["With this approval, AIIB's cumulative financing in Côte d'Ivoire reaches USD 1.1 billion across six projects.", ['none']],
  ['Savannah Capital Partners has closed its fourth Africa fund at $620 million.', ['none']],
  ['Its three earlier funds had returned $1.1 billion to investors.', ['none']],
  ['CAF has approved a 1.5 billion sol ($400 million) loan to Peru.', ['commitment', 'none']],
  // An agency's tallies of many investors, projects counted together (not deals signed together), a project's cost,
  // a share's price, a valuation, debt owed, relieved or paid, an import bill.
  ['Vietnam recorded approved investments of $25.1 billion in the first ten months, of which foreign direct investment (FDI) made up $14.2 billion.', ['none', 'none']],
  ['Realised investment in the nickel sector reached Rp98 trillion in the first half.', ['none']],
  ['Applications for investment promotion totalled 820 billion baht in the first half.', ['none']],
  ['The country received $4.1bn in external inflows during the quarter.', ['none']],
  ['The board approved 148 investment projects worth $3.9 billion in the first half.', ['none']],
  ['Saudi and Qatari companies signed 12 agreements worth $1.5 billion at the forum.', ['commitment']],
  ['The first phase of the port required an investment of US$ 900 million.', ['cost']],
  ['Keppel, which had S$91 billion in funds under management, saw its shares close 1.2 per cent higher at S$7.52.', ['none', 'none']],
  ['The offer would value the miner at about C$4.5 billion.', ['none']],
  ['External public debt amounted to $4.4 billion as of October 1, including $1.6 billion owed to the Export-Import Bank of China.', ['none', 'none']],
  ['The deal with official creditors will provide about $2.1 billion in relief over five years.', ['none']],
  ['The federal budget stands at 1.93 trillion birr, of which 418 billion birr is earmarked for debt servicing.', ['none', 'none']],
  ['The restructuring of $6.3 billion owed to official creditors would save the Treasury about K4.5 billion a year in debt service.', ['none', 'none']],
  ['Kenya imported 2.1 million tonnes of wheat last year, spending $700 million.', ['none']],
  // Running totals of past money: a state's or an agency's since a year; a share of a year's inflows.
  ['Indiana has secured more than $40 billion in committed capital investment from foreign-owned companies since 2023.', ['none']],
  ['Since 2017, South Carolina has recruited more than $35 billion in capital investment from international companies.', ['none']],
  ['Since 1998, CzechInvest has mediated investment incentives for projects worth a total of more than CZK 1.2 trillion.', ['none']],
  ['Since 2020, China has agreed to lend Kenya a further $500 million for roads.', ['commitment']],
  ['Chinese companies accounted for €1.7 billion of the €4.9 billion in foreign direct investment the country attracted in 2025.', ['none', 'none']],
  ['Japan remains the biggest donor, with active loans and grants worth $10.2 billion as of end-June.', ['none']],
  // A sum a named party is to provide, told after it, though "investments ... amount to" it.
  ['Investments in the project will amount to about $390 million and will be fully provided by Masdar, the ministry said.', ['commitment']],
  // A lender's name holding "Export" is no export, nor is one cut by the window ("the Export-" of "Export-Import Bank").
  ['The NAIF loan forms part of a $640 million senior debt package for the project, which also includes a $250 million facility from Export Finance Australia.', ['commitment', 'commitment']],
  ['A further US$120 million tranche will be provided by the Export-Import Bank of Korea (KEXIM), reflecting its role.', ['commitment']],
  // A share placement is equity put in.
  ['Tallering Minerals has landed POSCO Holdings as a cornerstone investor, with a $38m placement at 42c a share.', ['commitment']],
  // A gapped list of pledges past "over five years".
  ['The United Kingdom committed £1.25 billion over five years, Norway NOK 5 billion and Canada C$ 675 million.', ['commitment', 'commitment', 'commitment']],
  // A fundraising target, and a return per dollar invested, are no money given.
  ['Gavi raises $6.8 billion at Brussels pledging summit, short of its $9.5 billion target', ['commitment', 'none']],
  ['An analysis estimates that every US$ 1 invested in immunisation in the countries it supports returns US$ 54 in benefits.', ['none', 'none']],
  // More money "toward" a thing; a budget's estimated lines; an earlier event's total, told for comparison.
  ['A further $50 million will go toward spare parts for the two plants.', ['commitment']],
  ['The 2026 General Budget Law puts the deficit after grants at JD2.1 billion, with foreign grants estimated at JD734 million.', ['none', 'none']],
  ["Last year's conference raised 5.8 billion euros.", ['none']],
  ['A year earlier, agreements worth $30.5 billion were concluded at the fourth TIIF.', ['none']],
  // The rest of a breakdown whose first part goes somewhere, "is for" its purpose (alone, "$300m is for roads" says nothing).
  ['Of the amount, $400 million will go to a transmission project, while the remaining $200 million is for a rural roads programme.', ['commitment', 'commitment']],
  // Running totals over the years; a works contract's value and a bid; a levy's take; a state's own spending; a tally
  // of FDI pledges in a period.
  ['Japanese ODA Loans to the country total approximately 3.7 trillion yen since 1971.', ['none']],
  ['SFD has financed 20 projects in the Maldives since 1978, with its total contributions exceeding SAR 1.9 billion.', ['none']],
  ['The new agreements bring the fund\'s support in Uzbekistan since 2008 to more than SR1.9 billion.', ['none']],
  ['Japan is the largest partner, having committed about $28 billion in assistance since 1972.', ['none']],
  ['The financing supports a USD 3.1 billion engineering, procurement and construction (EPC) contract that Samsung E&A won.', ['none']],
  ['Five contractors bid, and the lowest offer, from a Chinese firm, was understood to be $585m.', ['none']],
  ['The programme is funded partly by a 1.5% housing levy, which raised KSh63bn in the year to June.', ['none']],
  ['The Kenyan government spent about Sh48 billion building the three berths.', ['none']],
  ['Foreign investors pledged Rs62 billion in FDI in the first four months of the fiscal year.', ['none']],
  // Budget support is money given.
  ['The Ministry said it also expects up to US$150 million in additional budget support before the end of the year.', ['commitment']],
  // Money a named source is to provide; not money "from taxes".
  ['Of that amount, 400 million reais will come from the federal Climate Fund (Fundo Clima).', ['commitment']],
  ['About $1bn is expected to come from the Islamic Development Bank.', ['commitment']],
  ['Of the rest, $2bn will come from higher taxes on fuel.', ['none']],
  // A part fronted by "Of the total amount,"; the rest of a loan "still to come".
  ['Of the total amount, USD 110 million will be utilised for irrigation, while the balance USD 70 million has been earmarked for water.', ['commitment', 'commitment']],
  ['The payment brings the amount drawn so far to $550 million, leaving $650 million still to come.', ['none', 'commitment']],
  // Each sum from a named source, in a sentence about money received.
  ['The company is set to receive up to 35 billion tenge from the EBRD and up to 25 billion tenge from the AIIB.', ['commitment', 'commitment']],
  // Money sunk, pumped or ploughed into a thing, told in a headline's terse words.
  ["South Korea's L&F to sink over €1.2bn into Portuguese cathode plant", ['commitment']],
  ['The fund will pump $300 million into the airline.', ['commitment']],
  ['Shares sank $2 to close at $40 after the bank bought the unit.', ['none', 'none']],
  // A running total with the verb far before the figure; a fraction's whole; debt service suspended.
  ['The fund has financed 63 projects in Tessaly worth a total of 700 million dinars since 1962.', ['none']],
  ['The loan covers about a third of the 6.5 billion euro programme.', ['cost']],
  ['IMF board completes review, releasing $820 million to Tessaly', ['commitment']],
  // A cost estimated far from its noun; a donor's running total.
  ['The total cost of the project, also backed by the European Investment Bank and the French Development Agency, is estimated at 1.5 billion euros.', ['cost']],
  ['Norway has contributed more than 10 billion crowns to the fund since 2008.', ['none']],
  ['Tessaly has so far received $1.2 billion under the three-year programme.', ['none']],
  // A project told as a deal by its developer; a part of a running total is no commitment either.
  ['The largest was a $1 billion refinery expansion by Tarsa Oil, followed by a $500 million solar project by Kestrel Power.', ['commitment', 'commitment']],
  ['The $1 billion refinery expansion by Tarsa Oil is late.', ['cost']],
  ['Tessaly has agreed a $15.5 billion energy transition partnership with a group of donors.', ['commitment']],
  // A transfer is money given; a running total it brings is not.
  ['The European Union transferred 4.2 billion euros to Tessaly, bringing the total received this year to 16.2 billion euros.', ['commitment', 'none']],
  ['The bank approved $100 million, bringing the bank’s total commitment to the fund to $200 million.', ['commitment', 'none']],
  ['The loan is the fourth tranche of a total of 470 billion yen the agency has committed to the project since 2013.', ['none']],
  ['Tarsa Bank has agreed to buy a 73.7% stake in Kestrel Bank for about $500 million.', ['commitment']],
  ['Hungary’s OTP buys Uzbek bank for $500 million', ['commitment']],
  // A fundraising target is given by no one yet.
  ['The fund aims to raise $1 billion in total.', ['none']],
  ['Tarsa has already invested about A$4 billion in the country since 2020, including the A$1 billion purchase of Kestrel Energy.', ['none', 'none']],
  ['Ethiopia, China sign debt deal; Beijing to suspend $1.5bn repayments', ['none']],
  ['China has agreed to suspend $1.5 billion of Tessaly’s debt service payments until 2027.', ['none']],
  ['They put $500 million on the table for talks.', ['none']],
  ['The EU will give €1.2 billion, split between €500 million for migration management and €700 million for energy.', ['commitment', 'commitment', 'commitment']],
  ['The World Bank’s $1bn guarantee will mobilise $3 billion from private lenders.', ['commitment', 'projection:investment_unlocked']],
  ['Tarsa Bank will provide $2 billion, followed by Kestrel Capital with $1 billion.', ['commitment', 'commitment']],
  ['The lenders signed a $1.1bn syndicated facility.', ['commitment']],
  // A tranche, in a sentence about money given or paid.
  ['The fund will pay $5 billion upfront this year, with the remaining $10 billion to follow over three years.', ['commitment', 'commitment']],
  ['The remaining $3 billion of debt will be repaid next year.', ['none']],
  // What was denied, and a running total of past money.
  ['Saudi Arabia denied reports that it would deposit $5 billion in Turkey’s central bank.', ['none']],
  // A total outlay is the project's cost, unless a party signed with a developer to develop it.
  ['The Sovereign Fund of Egypt signed a memorandum of understanding with AMEA Power to develop desalination plants with total investments of about $1 billion.', ['commitment']],
  ['Tarsa Energy signed an agreement with the ministry to build a solar park with a total investment of $300 million.', ['commitment']],
  ['The ministry awarded a contract to Tarsa Energy to build a solar park with a total investment of $300 million.', ['cost']],
  ['The plant, with a total investment of $1 billion, will open in 2026.', ['cost']],
  ['Tarsa Power has signed an agreement with the electricity ministry to build a wind farm in the Gulf of Suez at a cost of $1.1 billion, the developer said.', ['commitment']],
  ['Tarsa Power has signed an agreement with the ministry to build a 1.1 gigawatt wind farm at a cost of $1.1 billion.', ['commitment']],
  ['The wind farm will be built at a cost of $1.1 billion.', ['cost']],
  // An agreement with a builder named by its trade is a builder's price.
  ['Nigeria’s transport ministry signed a $5 billion agreement with China Civil Engineering Construction Corporation to build a coastal railway.', ['none']],
  ['The ministry signed an agreement with Tarsa Construction Company to build a plant with a total investment of $300 million.', ['cost']],
  // What a project will earn is its revenue.
  ['"The smelter will export 80% of its output and earn about $1.8 billion a year," he told reporters.', ['projection:revenue']],
  ['The mine earned $300 million last year.', ['none']],
  // A business sold is the buyer's money; bonds sold are money raised, the demand for them none.
  ['Italian utility Enel has agreed to sell its Peruvian power distribution business to China Southern Power Grid International for about $2.9 billion, the companies said.', ['commitment']],
  ['Kestrel Mining sold 5 million tonnes of copper to China for $2 billion.', ['none']],
  ['Uzbekistan sold $1.5 billion of dollar- and som-denominated eurobonds, the ministry said, with demand from international investors exceeding $5 billion.', ['commitment', 'none']],
  ['The bond drew orders of more than $10 billion.', ['none']],
  ['TASHKENT, May 16 - Uzbekistan sold $1.5 billion of eurobonds, the finance ministry said, with demand from international investors exceeding $5 billion.', ['commitment', 'none']],
  // The price of a share of a venture, and a share taken for a sum.
  ['TotalEnergies will pay about $1.5 billion for its share, a source said.', ['commitment']],
  ['France’s TotalEnergies takes 20% of Qatar LNG expansion for $1.5bn', ['commitment']],
  ['The fund’s share of the $1.5 billion market is small.', ['none']],
  // Money being raised from named sources; a target to raise, none.
  ['Nigeria’s Dangote Group is raising $3 billion from a group of African banks including Afreximbank, Bloomberg reported.', ['commitment']],
  ['Dangote to raise $3bn from African lenders for refinery', ['commitment']],
  ['The fund aims to raise $1 billion in total.', ['none']],
  // A first phase's sum is a tranche; a swap line is money lent, not a rail line.
  ['VinFast will invest up to $2 billion in a factory in Tamil Nadu, India, with $500 million in the first phase.', ['commitment', 'commitment']],
  ['India will provide the Maldives with a $400 million currency swap and a 30 billion rupee swap line.', ['commitment', 'commitment']],
  // A headline's bare "first $12bn" is a tranche.
  ['Argentina gets $20bn IMF program, first $12bn disbursed', ['commitment', 'commitment']],
  // A headline's "unveils" a sum gives it.
  ['EU unveils €150m for Jordan’s refugee-hosting communities', ['commitment']],
  // A deal a first payment is made "under" is money given; so is a headline's "first $10bn of $35bn deal".
  ['Egypt has received $10 billion from the UAE’s ADQ as the first payment under the $35 billion Ras El Hekma deal, the prime minister said.', ['commitment', 'commitment']],
  ['Egypt receives first $10bn of $35bn Ras El Hekma deal', ['commitment', 'commitment']],
  // The sum of a deal parties are "in".
  ['Indonesia, Japan’s Marubeni in $1.8bn waste-to-energy deal', ['commitment']],
  // What an institution manages is no money given.
  ['The National Investment and Infrastructure Fund manages about $4.3 billion.', ['none']],
  ['The bank, with total assets of $20 billion, will lend $500 million.', ['none', 'commitment']],
  // A plan said not to be.
  ['Tesla has no plans to invest $2 billion in an Indian factory this year, an official said.', ['none']],
  ['The bank does not intend to lend $500 million to the utility.', ['none']],
  ['The fund ruled out investing $1 billion in the port.', ['none']],
  ['Tesla plans to invest $2 billion in an Indian factory, with no plans to build elsewhere.', ['commitment']],
  ['The ministry denied a newspaper report that the government was negotiating a $5 billion loan from Chinese banks.', ['none']],
  ['The bank dismissed a Bloomberg report that it would lend $2 billion to the utility.', ['none']],
  ['The ministry said external financing needs of about $18 billion would be met on bond markets.', ['none']],
  ['Its financing requirements of $4 billion are covered.', ['none']],
  ['Saudi Arabia said it would deposit $5 billion in Turkey’s central bank.', ['commitment']],
  ['Chinese companies have invested more than $20 billion in Kazakhstan over the past decade.', ['none']],
  ['China will fund 60 percent of a $4bn railway.', ['cost']],
  ['The fund will make a total investment of $2bn in the port.', ['commitment']],
  // Debt owed, repaid or restructured.
  ['Ethiopia is seeking to restructure $8.4 billion of external debt.', ['none']],
  ['Ethiopia defaulted on a $33 million Eurobond coupon in December.', ['none']],
  ['Kenya owes China $7 billion.', ['none']],
  ['The IMF lent $1 billion to help Ghana repay a $750 million Eurobond.', ['commitment', 'none']],
  // A recipient borrowing.
  ['Kenya has already borrowed $4.7 billion from China for the railway.', ['commitment']],
  ['Zambia plans to borrow $1 billion from commercial banks.', ['commitment']],
  ['$2 billion will be needed to finish the line.', ['none']],
  ['Another $1bn will be raised from bond sales.', ['none']],
  ['Japan agreed to lend $500m to Vietnam for a metro line.', ['commitment']],
  ['The World Bank approved a $200 million loan for Nepal.', ['commitment']],
  ['Riyadh deposited $3bn with the central bank of Pakistan.', ['commitment']],
  ['The EU granted €90m to Moldova for schools.', ['commitment']],
  ['The fund will take a stake worth $700m in the airline.', ['commitment']],
  ['Germany earmarked €1.2bn for Namibian hydrogen.', ['commitment']],
  ['The lenders signed a $1.1bn syndicated facility.', ['commitment']],
  ['Kuwait expressed its willingness to lend Jordan an additional $1 billion.', ['commitment']],
  ['Move aligns with the push to close a $3.5 billion debt package for the mine.', ['commitment']],
  ['India extended a $1bn credit line to Sri Lanka and a $500m grant.', ['commitment', 'commitment']],
  ['The bank approved $900m in financing, adding that it could unlock up to $2 billion in private investment.', ['commitment', 'projection:investment_unlocked']],
  // Project costs.
  ['The $7 billion Tethys Ridge project is in the north.', ['cost']],
  ['Work began on a $500m refinery near the coast.', ['cost']],
  ['The railway, which will cost $2bn, links two ports.', ['cost']],
  ['The dam has an estimated cost of $4.2 billion.', ['cost']],
  ['The Northern Lights copper mine, valued at $3bn, opened.', ['cost']],
  // Projections.
  ['The mine is projected to generate $2.8 billion in export potential in its first year.', ['projection:export_value']],
  ['The financing could unlock up to $2 billion in equipment exports.', ['projection:export_value']],
  ['The mine will have free cash flow of more than $70 billion over 37 years.', ['projection:free_cash_flow']],
  ['The plant is expected to earn revenue of $400m a year.', ['projection:revenue']],
  ['The programme could mobilise $10bn of private capital.', ['projection:investment_unlocked']],
  ['The project will generate annual revenue of $1.2 billion once complete.', ['projection:revenue']],
  ['Exports from the plant could reach $500 million a year by 2028.', ['projection:export_value']],
  ['The project is expected to boost Pakistan’s exports by $1 billion a year.', ['projection:export_value']],
  ['Exports fell by $2 billion last year.', ['none']],
  ['The company will invest $2bn and expects revenues of $600m a year.', ['commitment', 'projection:revenue']],
  ['The mine generated earnings of $90m last year.', ['none']],
  // Nothing.
  ['Bilateral trade stood at $500 million last year.', ['none']],
  ['The two countries aim to raise trade volume to $5bn.', ['none']],
  ['The country’s GDP is $340 billion.', ['none']],
  ['Copper prices hit $10,000 a tonne.', ['none']],
  ['The market for batteries is worth $90bn.', ['none']],
  ['Remittances reached $30 billion in 2024.', ['none']],
  ['Average salaries are $400 a month.', ['none']],
  ['The company reported sales of $2bn in 2023.', ['none']],
  ['A $5 coffee is not news.', ['none']],
  // Found on articles the rules were not written against.
  ['Freedonia gets $150m for hydropower transmission', ['commitment']],
  ['Tessaly scraps $2bn port plan by a foreign builder.', ['commitment']],
  ['Ruritania to build $3.2bn battery plant in Freedonia', ['commitment']],
  ['The bank approved a $750 million development policy operation.', ['commitment']],
  ['Germany pledged €244 million and France €110 million.', ['commitment', 'commitment']],
  ['The two sides signed 12 memorandums of understanding worth $3 billion.', ['commitment']],
  ['The deal values the firm at $600 million.', ['none']],
  ['The fund has invested more than $10 billion in the region since 2017.', ['none']],
  ['The country needs about $300 billion of investment by 2030.', ['none']],
  ['Freedonia received $30 billion in remittances last year.', ['none']],
  ['The builder won a $1.1 billion contract to lay the track.', ['none']],
  ['Freedonia attracted $2.4 billion of foreign direct investment last year.', ['none']],
  ['Tessaly has rejected a $1 billion offer from a foreign builder.', ['commitment']],
  ['Lenders extended $4.6 billion in loans in 2023, down from a peak of $28 billion in 2016.', ['none', 'none']],
  ['The two banks will lend $300 million and $200 million respectively.', ['commitment', 'commitment']],
  // A sum set off by commas that will pay for a thing is money given for it, not the thing's cost.
  ['The second, amounting to KSh4 billion, will finance the upgrade of the road.', ['commitment']],
  ['The third, worth €35 million, will fund the extension of the grid.', ['commitment']],
  ['The bridge, worth €35 million, will link the two towns.', ['cost']],
  ['“Of the $1.5 billion, $1.2 billion will go towards repurchasing the notes,” he said.', ['none', 'commitment']],
  ['Kenya is in talks with the African Export-Import Bank on an additional $500 million facility to refinance debt.', ['commitment']],
  ['Of the total, JPY 150 billion will go to the Chennai metro, JPY 52.2 billion to the Odisha Forestry Project (Phase 2) and JPY 30 billion to the Agra water project.', ['commitment', 'commitment', 'commitment']],
  ['Of the total, Rs 500 crore is owed to banks, Rs 200 crore to suppliers.', ['none', 'none']],
  ['Cumulative ODA commitments have crossed JPY 7 trillion since the first yen loan in 1958.', ['none']],
  ['GIC will put in Rs 3,000 crore while the balance Rs 1,800 crore will come from ADIA, according to one of the people.', ['commitment', 'commitment']],
  ["ADB's sovereign lending to India touched a record $4.6 billion in 2025.", ['none']],
  ['Tamaulipas received US $1.9 billion in foreign direct investment in 2025, while Mexico attracted a record US $40.9 billion.', ['none', 'none']],
  ['Talks were under way to renew the tranche of the currency swap with the People\'s Bank of China, worth some 35 billion yuan, which falls due in 2027.', ['commitment']],
  ['The new terminal, worth some $350 million, will open in 2027.', ['cost']],
  ['The board approved seven projects worth a combined 52.3 billion baht, the largest of which is a 19.8-billion-baht battery plant to be built in Rayong by a subsidiary of China’s Kelan.', ['commitment', 'commitment']],
  ['Other approved projects include a 9.6-billion-baht data centre in Chon Buri by a Singaporean operator.', ['commitment']],
  ['Since 1997, IFC has invested more than $3 billion in Georgia\'s private sector.', ['none']],
  ['Since the start of the full-scale war, the EBRD has invested more than EUR 7.5 bln in Ukraine.', ['none']],
  ['The first tranche, worth 200 million euro, was disbursed in 2024 and was used mainly for budget support.', ['commitment']],
  ['Of the second tranche, 3.7 billion denars will be allocated to municipalities for infrastructure projects.', ['commitment']],
  ['The fund agreed to extend its deferred oil payment facility, under which Pakistan can import petroleum products worth up to $1.2bn a year.', ['commitment']],
  ['A buyer’s credit of up to 720 million dollars for the project will be provided by the Export-Import Bank of China.', ['commitment']],
  ['Islamabad has requested Abu Dhabi to enhance the amount by another $1bn.', ['commitment']],
  ['Gwanda Municipality has set aside 120 hectares for the project and will spend ZiG45 million upgrading the access road.', ['none']],
  ['The facility comes as the ZiG has held at around ZiG26,8 against the US dollar.', ['none']],
  // A running total since the company's own beginning; a share of the whole just told, put to use.
  ['The company has invested more than $1 billion in India since opening its first cloud region in 2019.', ['none']],
  ['Nearly half of that, about 20,000 crore rupees, will go towards a data centre campus near Hyderabad.', ['commitment']],
  ['Two-thirds of the investment, or $400 million, will be used to build the plant.', ['commitment']],
  ['Nearly half of that, about $2 billion, is what the country spends on imports.', ['none']],
  // A fund's portfolio reached, and pledges a replenishment had already drawn, are running totals; pledges at this
  // conference are not.
  ['The board approved 16 projects worth USD 1.3 billion in funding, bringing the Fund\'s portfolio to USD 21.4 billion across 340 projects.', ['commitment', 'none']],
  ['Korea announced a contribution of KRW 40 billion to the replenishment, which had already attracted pledges of USD 12.8 billion from 34 contributors.', ['commitment', 'none']],
  ['The conference received pledges of $2 billion from 40 donors on Tuesday.', ['commitment']],
  // New shares subscribed for are money put in; the price a share is not.
  ['Auric will subscribe for C$40 million of Lake Zone shares in a private placement at C$1.85 apiece.', ['commitment', 'none']],
  ['The shares will be issued in a private placement at C$0.62 each.', ['none']],
  ['The fund bought the stake at $42 a share.', ['none']],
  // A budget, a bill, a need, a fund's target, a stock of past money, debt routinely rolled over: no money given. A budget
  // loan or budget support is.
  ['Parliament in July approved a 2.1 trillion birr federal budget for the 2026/27 fiscal year.', ['none']],
  ['Papua New Guinea seeks nearly A$600m budget loan from Australia', ['commitment']],
  ['The minister said the country’s annual petroleum import bill of about $16 billion made such investments a priority.', ['none']],
  ['India needs infrastructure investment of about ₹143 lakh crore between FY24 and FY30.', ['none']],
  ['The fund, which targets a corpus of ₹25,000 crore, will invest in roads.', ['none']],
  ['Trade reached $23.1 billion in 2025, while cumulative investment under the corridor has exceeded $25 billion since its launch in 2015.', ['none', 'none']],
  ['Indian investments in Mozambique, largely in coal, are estimated at over US$ 11 billion.', ['none']],
  ['India had provided about $4 billion in assistance to Sri Lanka in 2022, including currency swaps.', ['none']],
  ['Repayments include $12 billion in bilateral deposits that are routinely rolled over.', ['none']],
  // Export credit is lent, not exports.
  ['Russia will provide Kazakhstan with a state export credit of up to $9.5 bln to finance the plant.', ['commitment']],
  ['Exports of copper worth $2 billion will follow by 2030.', ['projection:export_value']],
  // Needs a lender puts at a sum are needed, not given.
  ['The International Monetary Fund has put Ukraine\'s external financing needs at about $136 billion for 2026-2029.', ['none']],
  // Tax relief is no money given; a grant beside it is.
  ['The company expects to claim federal investment tax credits worth roughly $1.6 billion, executives said.', ['none']],
  ['Allen County estimates property-tax abatements for the site at $95 million over 15 years.', ['none']],
  ['The state will provide $120 million in tax breaks and a $40 million grant for the plant.', ['none', 'commitment']],
  // A gapped second lender whose name holds 'for' or 'of' shares the first one's verb.
  ['The Asian Development Bank will lend up to $140 million and the Japan Bank for International Cooperation up to $100 million.', ['commitment', 'commitment']],
  ['The World Bank will provide $300 million and the Bank of America $50 million.', ['commitment', 'commitment']],
  // 'the euro area' is a place money goes to, not a currency it is quoted against.
  ['The EIB will lend EUR 2 billion to the euro area’s smaller banks for on-lending to SMEs.', ['commitment']],
  ['Ghana spends more than US$2.5 billion every year importing rice, poultry and tomato paste.', ['none']],
  ['Kenya will spend Sh1.79 trillion servicing public debt in the current financial year.', ['none']],
  ['The deputy minister of investment said trade between the two countries remained modest at around $60 million last year.', ['none']],
  ['The delegation will court the fund, which manages assets estimated at more than $520bn, for airport projects.', ['none']],
  ['The fund, which oversees a portfolio worth about $80bn, will invest $2bn in ports.', ['none', 'commitment']],
  ['The authority, whose assets are estimated at more than $1 trillion, signed a memorandum to set up a company.', ['none']],
  ['The $3.5 billion debt package includes $1.25 billion from US EXIM and $700 million from the IFC.', ['commitment', 'commitment', 'commitment']],
  ['Exports rose to $5bn from $4bn.', ['none', 'none']],
  ['Ethiopia has received the first $300 million of a $1 billion World Bank budget support package.', ['commitment', 'commitment']],
  ['China has disbursed $500 million of the $2 billion it pledged.', ['commitment', 'commitment']],
  ['Exports rose by $300 million of the $2 billion target.', ['none', 'none']],
  // What a policy or plan hopes to draw is no one's money; an agreement's envisaged investment is a party's.
  ['Investors were offered tax breaks under the Petrochemicals Policy, which envisages investment of about $4 billion in new plants.', ['none']],
  ['The national hydrogen strategy aims to attract investment of $12 billion by 2035.', ['projection:investment_unlocked']],
  ['The works fall under the National Infrastructure Plan (NIP), which envisages total investment of R$900 billion.', ['none']],
  ['The two sides signed a framework agreement that envisages investment of $1.5 billion by the Emirati developer.', ['commitment']],
  // A part of the money just told, fronted by "of", paying for something.
  ['Of the amount, $250 million will support a rural roads programme in the north.', ['commitment']],
  ['Of the total, €80 million will finance two desalination plants.', ['commitment']],
  ['About $900 million of the total will go to a new paint shop at the Pretoria plant.', ['commitment']],
  // A development policy loan is a loan, not a "development" that costs it.
  ['The IMF board is expected to discuss a $700 million development policy loan for Zambia next month.', ['commitment']],
  ['The $2 billion development will include 3,000 homes.', ['cost']],
  // A share of a debt stock is money owed.
  ['External debt stood at $41 billion in June, of which loans from Japan accounted for about $6 billion.', ['none', 'none']],
  // An investor's proposal approved "worth" a sum, "from" the investor, is the investor's money.
  ['The state investment board cleared a proposal worth Rs 900 crore from Tokyo-based Kaizen Motors for an axle plant.', ['commitment']],
  ['The council approved a proposal worth $30 million to renovate the stadium.', ['cost']],
  // Money given over a span of past years is a running total; a future span is a commitment.
  ['Korean firms invested a combined $12 billion in Vietnam between 2010 and 2024, the ministry said.', ['none']],
  ['Korea lent Ghana $800 million from 2015 to 2023.', ['none']],
  ['The group will invest $3 billion between 2026 and 2030.', ['commitment']],
  // Running totals "since early 2024", a lender's portfolio brought to a sum, a debt stock however it moved, money needed.
  ['Gulf funds have poured more than $30 billion into Jordan since early 2024, including the $5 billion port deal signed with an Emirati developer.', ['none', 'cost']],
  ['The new financing brings the World Bank’s active portfolio in Ghana to about $3.1 billion across 19 operations.', ['none']],
  ['“We need more concessional loans,” said a Treasury official, noting that public debt has climbed above 9.4 trillion shillings.', ['none']],
  ['Tanzania has received about $600 million from climate funds since 2016, against an estimated need of $19 billion to meet its targets.', ['none', 'none']],
  // A loan to be lent, its lender unnamed; more of the money just told, put to use.
  ['According to the ministry, the credit of up to $2 billion is expected to be extended for 15 years.', ['commitment']],
  ['Another nearly 900 million rubles is earmarked for equipping the clinics.', ['commitment']],
  // An agency's tallies: "investment realisation reached", "of which foreign investments made up".
  ['Vietnam’s investment realisation reached 612 trillion dong in the first half, the ministry said.', ['none']],
  ['Thailand recorded approved investments of 480 billion baht, of which foreign investments made up 290 billion baht.', ['none', 'none']],
  // What agreements are expected to bring in is a projection, not money given.
  ['Together, the guarantees and loans are expected to mobilise up to €4 billion in private investment.', ['projection:investment_unlocked']],
  // A part of the whole just told, in apposition; a market named in a project's capitalised name is no market.
  ['The largest component, the $180 million Dodoma Water Security Project, will rebuild the treatment works.', ['commitment']],
  ['A further $90 million is allocated to the Rural Market Access Project, which will upgrade feeder roads.', ['commitment']],
  // A licensed project's capital is its investor's money; projects counted together are a tally.
  ['The zone authority handed an investment registration certificate to Korea-based Hanbit Optics for a US$300 million factory producing lenses.', ['commitment']],
  ['The first phase, capitalised at $120 million, will start in May.', ['commitment']],
  ['Korea has 9,000 valid projects capitalised at 88 billion USD in the country.', ['none']],
  // What the thing financed is reckoned to cost, in apposition, is a cost.
  ['The fund approved a loan to help finance the interconnector with Greece, a project estimated at 1.2 billion euros.', ['cost']],
  // The amount of a loan signed, told far from its verb.
  ['JBIC signed a loan agreement on May 2 with Kestrel LNG Power Joint Stock Company, a special purpose company established in the Socialist Republic of Viet Nam, for an amount of up to USD 210 million.', ['commitment']],
  ['The company paid dividends in the total amount of USD 210 million last year.', ['none']],
  // Each project's share of the loans, in brackets after its name.
  ['The loans cover the Kestrel Metro Rail Project (Phase 2) (III) (64.3 billion yen) and the Assam Water Supply Project (22.4 billion yen).', ['commitment', 'commitment']],
  ['Sales of the Kestrel Metro (64.3 billion yen) fell.', ['none']],
  // A plant of an approved list, by its developer or of its owner, is the developer's money.
  ['The largest, a 36.2-billion-baht data centre campus by the Thai unit of Kestrel Data Centres, will open in 2029.', ['commitment']],
  ['The largest is a $96.5 million tyre factory of China’s Kestrel Tyre Co. Ltd in the zone.', ['commitment']],
  ['A $96.5 million tyre factory of the province opened.', ['cost']],
  ['The largest is a $61.2 million tyre factory to be built in the Kestrel Special Economic Zone in Svay Rieng province by Kestrel Rubber Co., Ltd.', ['commitment']],
  ['The third is an $11.5 million solar-panel assembly plant in Phnom Penh by Singapore-registered Kestrel Solar Pte Ltd.', ['commitment']],
  // A price per share is no money given, whatever is before it.
  ['The offer of 46 euros per share, a 29% premium to the closing price, values the company at about 1.2 billion euros.', ['none', 'none']],
];

describe('classifyMoney', () => {
  it.each(cases)('%s', (sentence, expected) => {
    expect(roles(sentence)).toEqual(expected);
  });
});
