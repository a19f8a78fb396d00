/**
 * Extraction on articles the rules were not written against (unseen.cases.ts), through the real
 * ingest and the real reference. Each article's commitments, jobs and projections are compared
 * with the analyst's rows; the corpus-wide precision and recall are held at what was measured.
 *
 * Cases still wrong for a known reason are listed in KNOWN with the reason, and run with
 * `it.fails`, so that a fix shows up as a failing "expected to fail" and the entry is removed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExtractReference } from '../../pipeline/io/extractReference.ts';
import type { ExtractReference } from '../../pipeline/stages/extract.ts';
import type { ExtractedTables } from '../../pipeline/tables.ts';
import { CASES } from './unseen.cases.ts';
import { extractCase, jobProblems, projectionProblems, scoreCommitments, totals, type CaseScore } from './unseen.score.ts';

/** Cases that still fail, and why (see the report in the commit that added them). */
const KNOWN: Record<string, string> = {
  'A policy-based loan approved, and a further sum expected next year':
    'a further sum the lender "expects to provide" takes the approval of the loan before it: "expects to" is no status word (as one, it moved the subject search onto the borrower), and the headline\'s "approves ... with $200m more to come" is merged in',
  "A railway's contract for trains with a foreign maker, and the maker's own investment":
    'a one-word company the sentence before introduced by its country\'s possessive ("with France\'s Alstom") is not found again in "Alstom will invest": a bare capitalised word is read as nothing, as it may open a sentence or name a person',
  'AIIB and ADB co-finance; each lender’s share; the government’s own share is not cross-border':
    '"will jointly provide $750 million" names no instrument word: instrument stays null (analyst: financing)',
  'A plant investment with direct, indirect and total jobs, and a forint subsidy':
    'entities: "Samsung SDI" is read as "SDI" (an acronym after a capitalised word is cut from it)',
  'Several donors in a conference with "each" and a total': 'a collective noun ("Donors pledged ...") is not an entity, so the total has no funder',
  'Investors of two countries put money into farming': 'of coordinated demonyms before a group noun ("Saudi and Emirati investors") only the last is read; the headline\'s "Gulf investors" then differs and stays a row of its own',
  "A donation in crowns, a donor's running total, and another donor": 'a donor\'s figure with no recipient of its own ("Germany pledged an additional €35m") does not borrow the fund named two sentences back: a neighbour lends only a country that receives',
  'A zone authority signs contracts with foreign firms for their factories': 'the figure of "..., while the remaining three firms will invest $500m" names no country, and unnamed investors after "while" do not send it to the dateline\'s',
  "A miner sells a stake in a unit to a joint venture of another country, the unit's value beside it":
    'the headline\'s "to Saudi\'s Manara" is not found: a demonym\'s possessive before an unlisted one-word name reads as nothing (only a country\'s, before a giving verb, names a company), and the body\'s "Manara Minerals", introduced by an appositive rather than a role, lends the headline no short name; so the buyer has no country and the headline\'s figure is not merged',
  "An export-credit bank's loan to a foreign developer's local unit, co-financed by two banks to a total":
    'the body\'s "bringing the total financing to $1.2 billion" is read as a running total (as "brings total disbursements to" is), so the whole is the headline\'s alone, with the funder the headline names ("Japan\'s JBIC, banks": JBIC), not the co-financiers the body names, and one piece of evidence',
  "A government's contribution in Australian dollars to its own regional facility, the facility's running total beside it":
    '"the Australian Infrastructure Financing Facility for the Pacific" is read as nothing: "Facility" is no organisation word (it names lenders\' instruments, "Extended Credit Facility"), and "the Pacific" is no area (a word of company names), so the contribution has no recipient',
  "A development finance institution's equity investment made, part of a funding round":
    'the funding round the IFC\'s investment is "part of" is read with the sentence\'s subject, the IFC, as its funder, though the round\'s other investors are unnamed, and with no status (the round has no verb of its own)',
  "Two central banks' currency swap in dirhams with dollars in brackets":
    '"The central banks of the United Arab Emirates and Ethiopia signed": the coordinated countries after "of" are read as Ethiopia alone (the one before the verb), and the headline\'s reading of the two differs, so the headline is not merged',
  "A government's two swap lines for a neighbour, in dollars and in its own rupees":
    'the headline\'s "offers Maldives $400m currency swap and 30 billion rupees": the second figure, after the first one\'s noun and "and", is not read as sharing its verb (the gapped-figure rule takes only a recipient, a period or nothing before the "and"), so the body\'s rupee row has one piece of evidence',
  "A wealth fund invests up to a sum in another country's new sovereign fund, which aims to mobilise more":
    '"The fund aims to mobilise 45 billion dirhams" is read as the fund\'s money, as "The EU plans to mobilise €12bn" is: a party that aims to mobilise gives, and the rules cannot tell a fund\'s fundraising target from a donor\'s pledge by the verb',
  "A first payment received under a deal, the deal's whole and the rest to be paid":
    'the $35bn deal the first payment was made "under" has no verb of its own, so its status stays empty, as the rules leave a whole told only through its part (unknown stays empty); an analyst reads the deal as agreed',
  "An investment agency's release: a Korean copper-foil maker's zloty plant in a special zone, direct and indirect jobs, capacity, an export share, a tax relief, and the maker's home workforce and sales":
    'the headline\'s "picks Silesia for PLN 1.6 billion plant" is no commitment (a place picked names no giving verb), so the body\'s row has one piece of evidence; and "The project will create 520 direct jobs" names no place, which the rules do not take from the article\'s investment',
  "An economic zone authority's memoranda with foreign firms worth a combined sum at a forum, three firms' parts (one in words, one up to a sum), a factory's output, export share and workers, and investment attracted since a year":
    'coordinated demonyms before a group noun ("Chinese, Turkish and Emirati companies") are read as the first alone; "The largest, with China\'s Jinhai Tyre Group, covers a $1.2bn radial tyre factory" has no verb of giving',
  "A Korean parts maker's battery-pack plant in Mexico in trillions of won in headline and body, its dollar value, capacity in gigawatt hours, an export share, direct and indirect jobs, and the maker's sales":
    'the article never names Daewon Precision\'s country (an analyst takes it from the won and its Korean customer); the jobs\' sentence names no place; and "85 percent of which will be shipped to carmakers\' assembly lines in the United States" is an export only to one who knows the plant is in Mexico',
  "A business paper's Exim Bank line of credit to an African government, its two earmarked parts, an Indian-content rule, the cumulative lines to the country and bilateral trade":
    'the two earmarked parts take "India" from "a Government of India-supported Line of Credit" as their giver and are read as financing, where the same sentences without that phrase give them the bank and export credit; the first part\'s "will be utilised" reads as expected',
  "A Turkish agency's report of a textile maker's investment of around a sum in euros in a Balkan town, the host's job-creation grant of up to a sum, yearly capacity in tonnes, an export share, workers, trade and past Turkish investment":
    '"under which the state will provide the company with a grant" names its giver by "the state" and its receiver by "the company": neither is read as a party',
  "A Kazakh agency's memorandum to explore investments of up to a sum with a Gulf company for a wind plant, told in the passive, a feasibility study first, capacity, yearly output, construction jobs, trade turnover and investment since a year":
    'of the two signatories "between the Ministry of Energy of the Republic of Kazakhstan and Abu Dhabi-based Al Wasl Renewables" only the ministry is read (the place and "-based" between them break the coordination), so the ministry gives',
  "A Kenyan daily's regional trade bank loan in shillings with dollars in brackets, approved by its board, a first tranche disbursed, the balance due in tranches, the country's exposure to the lender and its public debt":
    'the first tranche, told in a clause of what a Treasury official said, is linked to the facility but takes no giver from it',
  "A weekly deals roundup of five bulleted items: a Gulf fund's geothermal loan and the plant's cost, a Korean battery maker's won expansion in Hungary with jobs, a policy loan and the lender's total since a year, a funding round a state investor led and the valuation, a stake for an undisclosed sum and a dirham pledge":
    'a roundup\'s bullets are separate stories: the label before each colon ("SK On:") names its subject, which the rules do not read, and recipients leak from the headline and earlier bullets ("Kenya" for Hungary\'s and the Philippines\' money); "Singapore\'s state investor" is not read as Temasek',
  "A foreign tyre maker raises its planned investment in a plant abroad to a sum in euros from a smaller one, what it has already spent, the host's state aid, new and existing jobs, output by a year and its country's investment since a year":
    '"The Serbian government will contribute 75 million euros in state aid towards the expansion" names no receiver but the expansion, which the rules do not trace to its company',
  "A host government announces a foreign steelmaker's investment of a sum, the company confirms a smaller sum for a first phase hours later, both in the headline, the presidency's jobs, capacity, the company's home workforce and the country's FDI":
    '"Kalinga Steel said it had committed $750 million to the first phase" names no kind of money, so the investment the article is about is not carried over to it',
  "Two central banks sign a yuan currency swap with dollars in brackets, and the two countries' trade":
    'of two central banks signing a swap in yuan, the one whose currency it is provides it; the rules do not know a figure\'s currency when they choose between two signatories, and read the other as giving',
  "A corrected wire story: a capital's deposit with a central bank, the wrong figure in the correction note, a second capital's half a billion dollars in words, and the reserves in a governor's quote":
    '"Doha will add half a billion dollars" names no receiver of its own, and the deposit told before it is no figure a neighbour\'s recipient is lent from',
  "A regional lender's release of a dollar package from two of its windows, a loan from ordinary capital and a grant from its concessional fund, a donor government's parallel grant in Australian dollars, the borrower's counterpart share, the project's cost and a trust fund's technical assistance grant the lender administers":
    'the grant "from the Asian Development Fund" keeps the package\'s lender beside the fund; "The Government of Australia is providing parallel grant cofinancing of A$45 million" is read with no giver ("the Government of X" before a progressive); and "the Government of Papua New Guinea will contribute $38 million equivalent to the project" is read as money given, where it is the borrower\'s own share',
  "An infrastructure bank's board approves a sovereign-backed dollar loan to a West African country named in full, a sister lender's parallel credit, the government's remaining share of the total cost, people to gain power, temporary and permanent jobs and the bank's cumulative financing in the country":
    '"the Government of Côte d\'Ivoire will finance the remaining USD 68 million of the USD 468 million total project cost from its own budget": the words of its own budget come after the next figure, which the rules do not read for this one',
  "A global lender's board approves a credit and a grant in SDRs from its concessional arm, each with dollars in brackets and their dollar sum in the headline only, a hosted trust fund's technical assistance grant, beneficiaries and serving health workers trained, and the lender's portfolio in the country":
    'the headline\'s dollar sum of the two SDR parts is not given the body\'s recipient, and the trust fund\'s grant "administered by the World Bank" is read as the IDA\'s',
  "A Japanese aid agency's release of an ODA loan and grant aid of up to sums in millions of yen signed the same day, a technical cooperation project of about a sum, the project's cost with the borrower bearing the rest, residents protected, daily passengers by a year and the agency's cumulative loans since a year":
    '"JICA will separately implement a technical cooperation project worth about 420 million yen" is read as a project\'s worth, not money given',
  "A finance ministry's release of two financing agreements signed with an Islamic lender and an oil exporters' fund to a total, the Islamic lender's istisna'a and its technical assistance grant of half a million, the fund's parallel loan, the project's cost and the government's counterpart share, beneficiaries, jobs and the lender's approvals since a year":
    'the total of "two financing agreements ... with the IsDB and the OPEC Fund" is read as the first lender\'s; the jobs figure is told in a way the rules do not read',
  "A Gulf wealth fund will put about a sum in reais for a majority stake in a Brazilian port terminal beside a local co-investor, the combined sum signed, capacity and the country's soybean exports":
    'the terminal "will be able to ship 14 million tonnes of soybeans and corn a year" is read as production, as earlier cases have "will be able to produce", where its writer took a capacity; and "of soybeans and corn" between the figure and "a year" hides its period',
  "An investment board's release approving a Chinese battery-cell maker's baht plant, a prefixed currency word, dollars in brackets, capacity in gigawatt hours, an export share, direct jobs, local sourcing each year, the maker's home workforce and revenue in yuan, and the board's applications to date":
    'the board that approved the plant ("BOI") is read as the investor and the company as the recipient; the board\'s applications to date are read as money given; the jobs take no country',
  "A Chinese miner will invest a sum in an Andean copper mine after its environmental study is approved, the project's purchase price years earlier, yearly output and an export share, peak construction and permanent jobs, taxes in soles, the country's copper exports and mining portfolio, and the miner's workforce":
    'the mine\'s output is read with no period, and its export share is not read',
  "A business paper's Indian garment exporter setting up a unit in an East African industrial park in rupee crore, yearly capacity in garments and an export share, jobs, a tax holiday, the host's textile exports in birr, the park's tenants' workers, and the exporter's revenue and home workforce":
    'a company named only as "Tiruppur-based" is given no country; the park\'s tenants\' workforce is read as jobs',
  "A Gulf daily's Abu Dhabi solar developer backed by a state holding company investing in an East African plant with dirhams in brackets, agreements signed with the state utility, capacity, yearly output, a share of consumption beside an export share, construction and permanent jobs, fuel savings in shillings, its revenue and its country's commitments to a continent":
    '"Qudra Power, an Abu Dhabi-based renewable energy developer backed by ADQ, will invest" gives the investment to ADQ, the last party before the verb',
  "A state news agency's government grant in yuan under an economic and technical cooperation agreement and a policy bank's concessional loan signed at the same ceremony, both in a hyphenated headline, dollars in brackets, the plant's cost, capacity, households, construction jobs, bilateral trade and cumulative grant aid since a year":
    'the cumulative grant aid since a year is read as money given',
  "A Turkish agency's investment agreement in euros signed in the passive between a Balkan entity's government and a Turkish energy company, part of it financed by the Turkish export credit bank, a Turkish contractor's construction contract, dollars in brackets, capacity, yearly output, construction and permanent jobs, trade and Turkish investment since a year":
    'the headline\'s "Turkish company" is kept over the company the body names, and the export credit bank\'s part is read as an investment',
  "An African agency's report of three agreements signed with an Islamic lender's group to a total, the bank's istisna'a for a road, its trade arm's murabaha to a state fuel importer and its private-sector arm's line to an agricultural bank, the road's cost and the state's share in CFA francs, temporary jobs, and the group's and the trade arm's totals since years":
    'the technical assistance grant has no status of its own, and the state\'s share in CFA francs is read as money given',
  "A national news agency's investment agreement in rupees signed in the passive with a Korean power company for a hydropower project, an equity share in percent, a policy-fund loan in dollars the Korean export credit bank signs on the fund's behalf, an aid agency's grant, capacity, yearly output, construction workers, bilateral trade and Korean FDI committed so far":
    'the investment is read as the Investment Board\'s, the Korean loan\'s and grant\'s recipient as India, and the construction workers have no kind',
  "A state news agency's Gulf support package to a total, a deposit in the central bank and a budget grant told after, the grant's first tranche transferred, reserves in a governor's reported speech, cumulative support and past deposits since a year, and revenue in rials":
    'the deposit\'s headline reading is not merged, the grant takes no giver from the package, and the cumulative support is read as money given',
  "A Malaysian agency's report of a developer's investment in ringgit in an island state, the project's gross development value, a Malaysian contractor's water contract in ringgit, that project's co-financing by an Islamic lender and a Gulf fund in dollars, jobs, tourism receipts and bilateral trade":
    'the Saudi Fund\'s co-financing is read as the IsDB\'s, and the project\'s gross development value as money given',
  'A mulled loan and a set-to-sign deal': 'a headline holding two deals gives its second figure the first clause’s "loan", and merging keeps the specific instrument over the body’s "investment"',

  // Helper rounds M and N (session 20).
  "An Azerbaijani agency's state oil company investing over a sum for half of a gas processing joint venture with a Kazakh national company under an intergovernmental agreement, the plant's cost, processing capacity in cubic metres, LPG output and an export share, a presidential order allocating manat with dollars in brackets for a school abroad, trade turnover and investment to date":
    'the stake, told two sentences after the figure ("SOCAR and KMG will each hold a 50 percent stake in the joint venture"), is not carried to the investment',
  "An Uzbek state agency's package of agreements with a Gulf state worth over a sum in words, its parts: an Emirati power producer's dollars, a logistics firm's range between two sums, a Gulf development fund's soft loan in dirhams with dollars in brackets and a miner's stake; a readiness to invest five billion dollars with no recipient entity, Emirati projects under way, trade turnover, capacity, gold output, jobs and a wage in soums":
    '"a package of agreements worth over 4.6 billion dollars was signed", after "The head of our state received a delegation of the United Arab Emirates", is given both countries as its givers and no receiver; and in "Emirati mining investor Ghadeer Resources and the Almalyk Mining and Metallurgical Complex signed an agreement ..., with the Emirati side investing 2.9 billion dollars" the Emirati side is read as the receiver, not Ghadeer as the giver',
  "A wire story's lithium project-finance package in 'bln' in the headline told three times, each of four lenders' shares told after (one in words as half a billion dollars, one to a group of banks), a multilateral's political risk guarantee of up to a sum, yearly output from a year, an export share and export revenue a year, an incentive regime's threshold, construction and permanent jobs, provincial royalties in pesos, the project's cost, the developer's market value and the country's lithium exports":
    '"The remaining $175 million comes from commercial banks led by Societe Generale and Natixis" takes the whole\'s kind (a debt package), where its writer took a loan',
  "A mining weekly's JSE miner taking a final investment decision on a copper/silver mine in a neighbouring country in rand with hyphenated '-billion' and dollars in brackets, a dollar debt facility from three home lenders, the miner's own cash part, a state company's free-carried interest without a sum, copper in tonnes with a space as thousands separator and silver in ounces a year, an export share under an offtake, more than a number of construction jobs and permanent jobs, money already spent, the group's home workforce and revenue, and royalties":
    'the miner is introduced as "JSE-listed", which the rules do not read as a country (a listing is not always a home); and "About 85% of the concentrate has been presold under a life-of-mine offtake agreement ... for export" is no export share the rules read',
  "A Nigerian business daily's rail loan still under negotiation with a Chinese policy bank in headline and body, the cabinet's naira counterpart funding and the line's cost, a minister's quote, an earlier lender that agreed in principle years before and pulled out, construction and permanent jobs, cargo a year, a cabinet-approved loan from an Islamic lender, public debt in trillions of naira and the share owed to China":
    'the borrower is named only as "The Federal Government" (and "FG" in the headline), which the rules do not take to be Nigeria, so the two loans have no receiver',
  "A Latin American business service's Saudi joint venture (of a sovereign fund and a state miner, named in an appositive) buying a stake in a Brazilian nickel producer from its Canadian parent in reais with dollars in brackets and 'mn', the valuation, a shareholder loan of as much as a sum, output from a tonnage to another by a year, a domestic development bank's loan, construction and permanent jobs, an export share, a bridge loan to be repaid, revenue and the buyer's range of sums to deploy abroad":
    'not yet read: the stake\'s price is missed and a stake row without a sum is added, the valuation and a domestic development bank\'s loan are read as money given, and the shareholder loan has no receiver',
  // Helper rounds O and P (session 20).
  "A Brussels outlet's Global Gateway package for a region in headline and body, EU grants over five years, one European lender's half a billion euros in words and another's loans, two donors' bilateral grants in one sentence and a third's at least a sum, a first tranche disbursed from a country's larger allocation approved the year before, the facility's envelope, a solar plant's capacity, a budget in dinars, trade and Chinese loans since a year":
    "the package's parts take the countries their own sentences name (\"the Niš–Preševo railway in Serbia\", \"for the Serbian railway\") where its writer kept the region; the bilateral grants told after it take Serbia from the sentence before; \"€420 million in EU grants to be paid out over five years\" reads as expected; and Serbia's first tranche of an allocation under a regional facility takes the region",
  "A wire story's Chinese battery-cell plant in Hungary in euros in headline and body, some 3,000 jobs, the government's non-refundable subsidy in forints with dollars in brackets, capacity in gigawatt hours that could rise to as much as a larger figure in a second phase, an export share, the plant's total cost including loans from local banks and a state export bank, the maker's market value in yuan and Chinese investment last year":
    "\"which could be raised to as much as 40 GWh in a second phase\" is not read as capacity; and \"About 70% of the cells will be shipped to carmakers in Germany\" is a share of cells, not of output, which the rules do not read as exported",
  "A Swiss dateline's Gulf sovereign fund buying a fifth of a grid-equipment maker in Swiss francs with dollars in brackets, the price split into existing shares and a capital increase, the valuation, sales and workforce, as much as a further sum if an acquisition goes ahead, a new plant's jobs, the fund's assets, its investment in Europe over the past five years and a sterling stake bought last month":
    "\"Mubadala will also invest as much as 300 million francs more if Alpenstrom goes ahead with a planned acquisition\" is not read; the stake's purchase is read as signed, where its writer took agreed, and the headline's telling is not merged; \"around 450 jobs\" at \"the new Aargau plant\" take no country",
  "A wire story's Chinese carmaker in Turkey in dollars in headline and body with annual capacity in vehicles, state support of up to a sum in lira under an incentive certificate with dollars in brackets, an export share, direct and supplier jobs, a tariff and a trade deficit of nearly a sum, its market value in yuan, and a second plant in Morocco for nearly a sum in dirhams with its capacity and the host's investment premiums of up to a sum":
    "\"The company will receive state support worth up to 8.5 billion lira ... under an investment incentive certificate\" is not read (support received, no giver named); the Moroccan plant's \"to invest nearly 6 billion dirhams\" after \"Lingyun, whose Shanghai-listed shares give it a market value of about 150 billion yuan, also signed\" takes no giver, and the market value is read as money; \"Morocco will cover up to 1.5 billion dirhams of the project's cost\" is given Türkiye, the article's first receiver",
  "An Egyptian state daily's Qatari land deal in 'bln' in the headline and 'billion' in the body, a state fund's real-estate arm named in an appositive, the land price of which a cash part within two months and the rest by converting Qatari central bank deposits into investments, the build-out investment of around a sum, a share of profits, a hoped-for total, construction and permanent jobs, the deposits' stock, an earlier deal, an earlier pledge, reserves and remittances":
    "\"Qatari Diar will inject direct investments of around $15 billion ..., while the Egyptian state will retain a 20 percent share of the project's net profits\" reads the share of profits as a stake, and the money as equity",
  "An Argentine English-language paper's Chinese lithium producer cleared for an incentive regime by a ministry that pays nothing, a sum in 'US$' in headline and body and again in the firm's words as 'billion dollars', a part to be spent first, LCE output within three years and by a year, an export share and yearly sales abroad, a past purchase from a Canadian junior, construction and permanent jobs, royalties in billion pesos, a yuan swap renewed and a tranche's repayment extended with dollars in brackets, reserves and trade":
    "the investment \"cleared\" by the ministry's approval of Sichuan Yalong Lithium's application names no giver, and the company's own \"would commit 1.2 billion dollars\" in the fourth sentence is not merged with it in the whole article (it is when the sentences between are left out); two central banks renewing a yuan swap are read with the Argentine bank giving; and \"generating sales abroad of about US$550 million a year\" is read as investment unlocked",
  "A wire story's Canadian miner investing between two sums after a government approves its environmental study, the headline's 'up to' in 'bln', a Japanese trader's 30% stake in a deal worth a sum in 'mln' in headline and body with its closing payment and deferred payments of as much as a sum, yearly output from a year, construction jobs in two regions with their total, taxes in soles with dollars in brackets, a regional lender's loan to finance a named highway, the road's cost, the miner's revenue and copper exports":
    "the stake's sale \"in a deal worth $870 million\" names no kind of money the rules read (a stake sold), and the headline's \"sells 30% to Mitsui for $870 mln\" is not merged with it; the deferred part \"tied to copper prices\" is read as trade",
  // Helper rounds Q and R (session 20).
  "A Saudi-owned daily's web page (photo caption, Short Url, Updated, Follow, the title twice, bullet summaries) on a British export credit agency's LNG terminal package, '$1.3bn' in the headline and '$1.25 billion' in the body and an envoy's quote, its direct loan and the banks' guaranteed balance told in separate sentences, jobs in Britain and in the province with their total, capacity in tons a year, the terminal's cost with no payer named, LNG imports, trade in pounds and the developer's revenue in rupees":
    "the total \"5,600\" of the UK's and Sindh's jobs is not linked to its two parts (the parts' sentence is another)",
  "An Islamabad state-wire story of Emirati deposits rolled over and an additional sum to be placed with the State Bank, both in headline and lead, the 'fresh deposit' again in a minister's quote with the deposits' new total, a Kuwaiti oil facility of up to a sum only under discussion, an Islamic trade financier's signed sum, an earlier intention to invest, reserves, remittances and trade":
    "the minister's quote giving the deposits' new total (\"the UAE's total deposits with the SBP will rise to $3 billion\") is read as money given",
  "A Turkish state agency's minister saying in the first person 'we will invest more than' a sum, with 'over' in the headline and no figure in the lead, a state oil company's offshore stake, oil output a day by a year, two sovereign funds' platform to a total with each side's equal share, a trade target and trade, a motorway's cost with no payer, and the company's revenue in liras":
    "\"The two countries' sovereign funds, the Türkiye Wealth Fund (TWF) and the Pakistan Sovereign Wealth Fund (PSWF), ... to which each side will contribute $250 million\": each side's share is not given its fund",
  "An Astana weekly's US export-credit loan of up to a sum approved for a tungsten mine in headline and body, a further equity sum from the US partner after its spending to date, concentrate output from a year and an export share, jobs supported in the US and construction and permanent jobs in the region, the project's cost, trade turnover and cumulative investment":
    "the permanent jobs (\"850 permanent positions once the mine is in operation\") take no country; \"about 60% of the output to be shipped to the United States\" is no export share the rules read",
  "A Qatari daily's two agreements to a total in '$425mn' form in headline and lead, a port operator's concession investment and a development fund's grant told after, a sovereign fund's investment of about a sum only in talks in headline and body, terminal capacity and jobs, schools, trade, a trade target, remittances and workers abroad":
    "the headline's and lead's total of \"two agreements\" signed between Qatari and Pakistani parties is given both countries as givers and the port authority as receiver",
  "A DFC release's 'more than' a sum made of a direct loan of up to a sum to a project company and political risk insurance of up to a sum for a US investor's equity, the investor's own equity, yearly nickel and cobalt output by a year and an export share, construction, permanent and a further number of indirect jobs, a further loan to a local bank beside an earlier one, the project's cost with lenders named without sums, exports and the agency's portfolio":
    "not yet read: the insurance line of up to $180 million, the loan's lender (DFC) beside the sponsor named in its sentence, the sponsor's country, and the local bank's hyphenated name (\"Pag-asa\")",
  "A GOV.UK release's sterling package over three years in headline and body, a sum each for three countries listed after a colon, an additional sum for one of them, a further sum for a fourth and an elliptical sum for a fifth, the remainder for a regional body, a development finance institution's dollar loan, people reached, displaced and in need, aid since a year and the aid budget":
    "\"and £8 million to Djibouti\", gapped after a sum that \"will go to\" South Sudan with a relative clause between, is not read",
  "An AFP story's donor conference total in euros in headline and body with dollars in brackets, its split into grants and loans, a bloc's sum for two years, a donor's pledge and a further sum conditional on reforms, three donors' sums in their own currencies in one elliptical sentence (one in words), two Gulf states' half a billion dollars each, a minister's three hundred million dollars in words over three years, a lender's up to a sum conditional on reforms, arrears cleared last year, needs, GDP and remittances":
    "\"The EU itself pledged 2.1 billion euros for 2026 and 2027, including support for Syrian refugees in Lebanon, Jordan and Turkey\" is read as Lebanon's (the first country of an example); in \"Britain announced 160 million pounds, Norway 1.2 billion kroner and Japan nine billion yen\" the last, in number words, takes Britain as its giver",
  "An Economic Times story's Gulf sovereign funds taking stakes in two Indian companies in ₹ and Rs crore: one fund's stake for a sum in headline and body with dollars in brackets, its option on an additional range in crore, the other's combined sum in headline and body split into shares bought from a promoter trust and preference shares, an earlier investment, a valuation in lakh crore in a synopsis and market capitalisation in crore, revenue, stores and jobs, a portfolio target by a year, Gulf funds' past total and a stock index":
    "not yet read: the option on an additional ₹1,500-2,000 crore, the parts of ADIA's sum (shares bought from a promoter trust and preference shares) given QIA, a bare \"1,412\" read as a sum, and the companies named only in a synopsis",
  "A Bangladeshi daily's Chinese buyer's credit in headline and body, called the facility later, financing a share of a contract whose cost is told, a separate yuan grant for a hospital, an Indian export bank's disbursement in a period, the Indian lines' committed total, disbursed so far and undisbursed balance (also in a subheading), a sourcing share, construction jobs, reserves, remittances and imports":
    "India's Exim Bank's release for a highway and a port named without their country takes no receiver; the contract \"valued at $882 million\" the Chinese lender will finance 85 percent of, and the \"about $2.1 billion\" India has disbursed so far of its lines, are read as money given",
  "A Mexican outlet's US appliance maker's investment over four years in dollars in headline and body with pesos in brackets, its two parts by state, each plant's capacity by a year and an export share, direct jobs by state and direct and indirect jobs in total, one state's incentives of up to a sum in pesos with dollars in brackets, another state's land and road, the maker's workforce and sales, FDI and exports":
    "the state's incentives name no giver the rules read (\"Nuevo León Economy Secretary Alejandro Treviño said the state will grant incentives worth up to 380 million pesos\"); capacity in \"washing machines\" is read in \"machines\" (a unit is its head noun), and the export share \"of production from the two plants\" is not read",
  "A four-sentence newswire brief with two unrelated deals in one paragraph: a Nordic development financier's stake in kroner with dollars in brackets, an Arab fund's loan in Kuwaiti dinars written in words with dollars in words, a budget and its deficit in dinars and a stock index":
    "the stake's receiver, a company named before its figure, is not read; Jordan's budget in dinars is read as money given",
  "A KUNA story's forum deals worth 'USD 1.5 bln' in the headline, 'USD 1.5 billion' in the lead and 'one and a half billion dollars' in a minister's quote, His Highness the Amir, an Arab fund's KD loan for a dam with dollars in brackets and its terms, hydropower capacity, a sovereign fund's share of a joint company's capital, a food company's range in 'USD 120-150 million' form with jobs, the sovereign fund's assets, trade, oil revenue and the Arab fund's loans since a year":
    'two governments signing at a forum ("Kuwait and Uzbekistan signed 12 agreements") are read as joint signatories of no one country (a story filed from the host\'s capital does not say which side pays: Chinese deals are told from Beijing); a minister\'s "one and a half billion dollars" in a quote is not merged with the figure; and "the Kuwaiti side will contribute" is read as Kuwait, not as the authority the sentence named',
  // Helper rounds T, U and V (session 21).
  "A Lagos daily's Senate approval of a president's request to borrow in dollars and euros to two totals in headline and lead, the dollar total's three parts in one sentence (a Chinese rail loan, an IDA power-line credit, a trade bank's refinery facility), the euro sum from two banks under German export-credit cover told again, a request stepped down, a senator from 'Niger North', RELATED NEWS links with naira figures, refining capacity by a year, the naira worth at an exchange rate, debt service, the budget, public and external debt":
    "the euro sum \"provided by Deutsche Bank and Standard Chartered under cover from Germany's export credit agency ... for the second phase of the Presidential Power Initiative with Siemens Energy\" goes to Siemens Energy (the contractor the programme is \"with\") and is read as a debt package: the borrower is only the president's \"request to borrow\" two sentences before",
  "An Accra daily's IMF fifth review with the disbursement in SDR and 'about US$' (only dollars in the headline), the arrangement approved two years before and the total disbursed under it (a running total), the minister's statement on reserves, a World Bank board's budget support and an 'additional financing' on the same day, an oil producers' fund's road loan signed for part of a road's cost, construction jobs, the budget, interest payments, inflation and the cedi's rate in GHS":
    "the jobs sentence names no place, and a job count takes no country from the article (\"Ghana\" is told in other sentences)",
  "A Lusaka daily's Indian copper investor's five-year sum in US$ with kwacha written K in brackets in headline and lead, a state holding's free-carried interest with no sum, cathode output by a year from today's, jobs in two provinces 'bringing the total to' a third, a community trust in K, last year's national output and export earnings, a US agency's board approving a railway loan of up to a sum, an EU budget support tranche suspended, external debt and the kwacha's rate":
    "the investment's receiver is told only as places the reference does not know (Nchanga, Chingola) and Zambia is named four sentences later, beyond the neighbours the dateline's country is checked in; an EU \"budget support tranche\" is read as a loan by its \"tranche\"",
  "An Addis Abeba outlet's fiscal-year financing signed with partners to a total in US$ with Br in brackets in headline and lead, its split into grants and loans, the largest lender's yearly sum 'including' budget support and a second lender's sum in one sentence, a Chinese buyer's credit and a Turkish export bank's loan 'added' for the same railway, debt in Br trillions, external debt and debt service, the floated birr's rate, an Indian sugar company's concession investment with sugar output by a year, jobs and the import bill":
    "the largest lender's \"US$1 billion in direct budget support\" and the next lender's share \"followed by the AfDB with US$610 million\" take no status from the signed total two sentences before; \"Türk Eximbank added a US$175 million loan\" reads \"added\" as a speaker's verb, so the sentence's first lender gives it; a company that \"has committed US$320 million to take over and expand\" a factory gets no instrument",
  "A Harare daily's Chinese cement maker's plant in US$ in headline and lead with capacity a year by a year, an investment licence, an earlier Chinese plan that 'never took off', jobs written '1 200', an export share, national output and demand with decimal commas, a municipality's road in ZiG, a trade bank's facility approved for the central bank 'of which' two parts, the ZiG's rate and inflation with decimal commas and public debt in 'US$21,3 billion' form":
    "\"A CHINESE company, Xinhe Building Materials Group, will invest\": a demonym in capitals is not read, so the investor has no country, the plant's town is not in the reference, and \"received its investment licence\" is read as money received; the trade bank's facility \"of which US$450 million will fund fuel and fertiliser imports and US$300 million will be on-lent\" has its parts missed; \"of which US$12,7 billion is external debt\" (a decimal comma) is read as money given",
  "A Johannesburg weekly's Emirati telecoms group named 'e&' buying a stake in a local operator for a sum in 'R8.4-billion' form with dollars in brackets (the headline in 'R8.4bn'), its split into a payment to sellers including a state pension manager and fresh capital, the valuation, an enterprise fund, regulators' approval pending, a Saudi operator's earlier bid that collapsed, jobs written '1 500', the workforce and revenue":
    "the buyer \"e&\" is a name of one letter and a sign that the entity reader cannot find, so none of its rows has a funder",
  "A PTI wire story of Japan's yen ODA loans told in the headline and the lead with a rupee crore conversion in brackets, exchange of notes and loan agreements signed with JICA, three project parts adding up to the total (a metro, a forestry project, a water supply scheme), the metro's cost in crore with no payer, daily ridership in lakh, Japan's cumulative ODA since 1958 and bilateral trade in dollars":
    "ridership (\"about 12 lakh passengers daily\") is recorded by the analyst as a projection of its own; pledgebook's projections have no ridership metric",
  "A Business Standard story of an ADB loan approval in '$400-mn' headline form and the lead, rural road length and habitations, the project cost in ₹ crore with the state paying the balance, a technical assistance grant from an ADB-administered Japan fund, an AIIB co-financing of up to a sum that is only in talks, and ADB's record annual and cumulative lending to India":
    "a grant \"for road safety audits\" and a co-financing \"of the project\" name no receiver in their sentences; the project's state, Maharashtra, is told three and four sentences before",
  "A Reuters Brazil story of BNDES raising foreign money whose headline names no figure, a yuan credit line from China Development Bank with dollars in brackets, a dollar loan BNDES 'secured from' JBIC, BNDES's own reais financing of a green hydrogen plant with dollars in brackets, the plant's total cost with no payer, ammonia output and construction jobs, BNDES's yearly disbursements and Brazil-China trade":
    "BNDES's financing \"for a green hydrogen plant ... being developed by H2 Pecem\" goes to Brazil, not to the developer named after the plant; \"BNDES disbursed 134 billion reais last year\" (a lender's year of lending to many) is read as money given",
  "A Mexico News Daily story of a Danish developer's investment of 'over' and 'more than' a sum in pesos in the headline and the lead with US dollars in brackets, wind capacity in megawatts, an export credit agency guarantee 'between' two dollar sums still in talks, an IDB Invest loan of 'up to' a sum already approved, construction and permanent jobs, and a state's and the country's FDI last year":
    "the jobs sentence names no place, and a job count takes no country from the article",
  "A Buenos Aires Times story of the Central Bank's dollar repo with six unnamed international banks in the headline and the lead, gross reserves and a January bond payment, a CAF loan approved for Patagonian transmission lines, the renewal of a yuan swap tranche with the People's Bank of China only in talks with dollars in brackets, and a ten-month trade surplus":
    "the renewal of a yuan swap \"with the People's Bank of China\", in talks \"with Beijing\", is read with China as the receiver: the party a swap is renewed with is not read as its lender",
  "A BNamericas story of Peru signing loans with KfW and the EIB for a combined sum in euros with soles in brackets and a headline with no figure, the two parts adding up to it, an EU Global Gateway grant, the program's cost in soles with dollars in brackets paid in part by the utility and budget, treatment capacity in m3/s, an earlier CAF loan that was cancelled, the country's sanitation gap and the utility's customers":
    "\"Peru's economy and finance ministry (MEF) signed loan agreements with Germany's KfW development bank and the EIB\" reads the ministry's acronym as the funder and KfW as the receiver: a ministry introduced by lower-case words is not known as a government",
  "A BusinessDay (Nigeria) story in which Afreximbank's approved dollar term loan to a fertiliser company is told in headline and lead, the parent's planned naira equity injection and a naira syndicated facility 'of up to' that local banks are still arranging follow in one sentence, with the project cost in dollars and its naira conversion in brackets, half-year fertiliser imports, the lender's cumulative disbursements since 2020, the parent's nine-month revenue, construction and permanent staff, a plot size in hectares and the plant's tonnes-per-annum capacity":
    "the parent's equity \"into the project\" and the local banks' facility name no receiver in their sentence (the company is told in the lead), and the banks are of no known country",
  "A Business Daily (Kenya) story in which a World Bank IDA loan in shillings with dollars in brackets is told in headline and lead, an earlier budget-support disbursement by the same lender is recalled in the third sentence, JICA negotiates a loan 'of between' two shilling sums, the water utility tops up the programme from its own revenues, with the programme's total cost, the country's public debt, the loan's tenor and grace period, the cubic metres a day the works will add and residents to be connected":
    "a programme \"topped up by Sh4.2 billion from the Nairobi City Water and Sewerage Company's internal revenues\" gets no status",
  "An Engineering News (South Africa) financial-close story whose headline and lead give the wind farm's total capital cost, followed by a senior debt package arranged by a local bank with its three parts (the arranger's own loan, the DBSA's, and 'about' the balance from Proparco), the balance as shareholders' equity with a Norwegian DFI's rand commitment for a 35% stake and two other stakes without sums, construction jobs, megawatts and gigawatt-hours a year with space-separated thousands, households supplied and the procurement programme's investment since 2011":
    "the debt package and its parts name the wind farm only as \"its\" project: the producer that reached financial close the sentence before is not read as their receiver; \"and French development finance institution Proparco the balance of about R900-million\" (a gapped verb) is the arranger's",
  "A Graphic Business (Ghana) story in which an AfDB board approval of a dollar financing package for the government is told in headline and lead, its concessional loan and grant parts are given next, a Korean Exim co-financing is expected and the government's cedi counterpart funding is promised in one sentence, direct and 'more than' indirect jobs, a processing capacity in tonnes a year by 2030, annual food imports, the country's GDP in cedis and the bank's lending 'over' five decades":
    "the government's own counterpart funding (\"government will contribute GH₵220 million ... from the 2027 budget\"), recorded by the analyst, is read as domestic money, not cross-border; a Korean export-import bank's money \"through its Economic Development Cooperation Fund\" is read as export credit",
  "An Agence Ecofin (English edition) story in which two lenders' loans to a solar company 'totaling' a CFA sum with euros in brackets are told in headline and lead, the two parts follow in the next sentence, the EU is expected to give a euro grant for storage, with the expansion's cost in CFA francs, the plant's MWp capacity and MWh of storage, the state utility's power-export earnings and the regional bank's record approvals for the year":
    "the two lenders' shares \"of the amount\" (\"is providing\", \"is contributing\") keep the present tense's pledged rather than the signed total's status; an EU grant \"for the storage component\" names no receiver; a regional bank's record year of approvals for eight member states is read as money given",
  "An Ethiopian News Agency story in which two loan agreements 'amounting to' a dollar sum with Saudi and Kuwaiti funds are told in headline and lead, the Saudi fund's dollar part and the Kuwaiti fund's part in Kuwaiti dinars with dollars in brackets follow in one sentence, the Saudi fund's readiness to consider further financing 'of up to' a dollar sum, the projects' combined cost in birr, hectares to be irrigated, road kilometres and 'more than' jobs, the Saudi fund's cumulative financing since 1976 and record coffee export earnings":
    "\"SFD will provide 60 million USD\" and \"the Kuwait Fund's 9.2 million Kuwaiti dinars (about 30 million USD) loan\", the signed agreements' parts, keep the future's pledged status, and the Kuwaiti fund's possessive before a figure with a conversion in brackets is not read as its funder",
  "A Premium Times/Punch (Nigeria) Federal Executive Council story in which a Standard Chartered-led commercial loan approved by the council is told in headline and lead, MIGA's partial guarantee 'for up to' a dollar sum comes in the minister's briefing, a China Exim loan that was under negotiation since 2020 has been withdrawn, the line's naira cost with the balance from the budget, a naira road contract also approved by the council, the country's public debt, construction jobs and passengers and tonnes of cargo a year":
    "a multilateral insurer's partial guarantee of the loan is read as a loan, and the commercial loan's receiver is not read past its lenders",
  // Helper rounds W and X (session 21).
  "An Interfax-Ukraine wire on an EBRD loan in 'EUR 150 mln' to a state hydropower company, told in the headline and again in the lead with a hryvnia conversion in brackets, a Norwegian grant administered by the bank and an EU guarantee 'of up to EUR 60 mln' given to the bank, restored megawatts, a restoration cost with no payer, the company's net loss and year-earlier profit in hryvnia, an 'As reported' past EBRD loan, and the bank's cumulative investment since the full-scale war":
    "the state hydropower company a loan goes to is named only as the wire names Ukrainian companies, with no role words the entity reader knows; a Norwegian grant \"administered by\" the EBRD is read as the bank's; the bank's cumulative investment in the country is read as money given; a heating season as a horizon is not read",
  "A Romania Insider stock-exchange-report story on an EIB loan to an energy group in 'EUR 250 mln' (headline) and 'EUR 250 million' (lead) for its distribution subsidiary, the subsidiary's own investment plan in lei with euros in brackets, a first tranche expected next year, talks with the EBRD on a loan 'of up to EUR 150 million', megawatts of grid hosting capacity and a solar park under development, nine-month profit and revenues in lei, an unnamed CEO quote and the EIB's total signings in the country last year":
    "a first tranche \"expected to be disbursed\" names neither lender nor borrower in its sentence and is no part of a whole the sum test finds alone; the EBRD loan in talks \"for its renewable energy projects\" names the group only as \"The group\"; the EIB's year of signings in Romania is read as money given",
  "A Hurriyet Daily News story on a Turkish wind producer that 'has secured' a $620 million package from a Japanese state lender and three Japanese commercial banks, told in headline and lead, split into the state lender's direct share and the banks' share under an export-insurance cover, a separate local lender's VAT loan in Turkish Liras, the project cost in dollars with a lira conversion, megawatts and terawatt-hours, households supplied, construction and permanent jobs, the company's revenues in liras and the Japanese lender's cumulative commitments in the country":
    "the state lender's direct share under an insurer's cover is read as the insurer's export credit, the three banks by their groups' names (\"Mitsubishi UFJ Financial Group\" for \"MUFG Bank\"), and the Turkish producer that \"has secured\" the package is read as Türkiye; the jobs, \"1,200 during construction and 150 permanent\", are not read",
  "A Trend.az story from Baku on a Chinese rubber company that 'will invest $480 million' in a tire plant in a free economic zone, told in headline and lead, the agreement signed at a business forum in the next sentence, a first phase 'worth 340 million manat' with dollars in brackets, annual output and capacity in tires and a planned export share, new jobs, talks with a Saudi development fund on a loan 'of up to $150 million' for the zone, bilateral trade turnover, projects registered in the zone to date and the closing exchange-rate line":
    "a first phase \"worth 340 million manat\" is read as a cost; the Saudi fund's loan is read with Azerbaijan as the lender (its \"with the Saudi Fund for Development\" as the receiver); a free zone's total investment is read as money given; the tire output and export share are not read in their form",
  "An Agenda.ge story on an IFC loan of $100 million to a Georgian bank for small-business lending, told in headline ('$100 mln') and lead, half of it earmarked for women-led firms, a $10 million first-loss guarantee from a multilateral women's finance fund backing the IFC loan, a number of small businesses reached (not jobs), the bank's loan book in lari, a separate ADB approval of a lari loan to another bank with dollars in brackets, the IFC's cumulative investment since 1997 and GDP growth":
    "half of a loan \"earmarked for women-led firms\" is not read as its part; a first-loss guarantee from a multilateral women's fund \"backed by\" the IFC is read as the IFC's; the IFC's portfolio in the country is read as money given",
  "A SeeNews story from Skopje on the government approving the drawdown of a second, 300 million euro tranche (headline '300 mln euro', lead with dollars in brackets) of a 500 million euro loan from Hungary, the first 200 million euro tranche disbursed in 2024, a share of the new tranche in denars for municipalities with euros and dollars in brackets, loan terms, a cabinet-endorsed EBRD water loan, residents served, central government debt, bilateral trade and the closing denar rate":
    "the first tranche \"disbursed in 2024\" and the denar conversion are not read as the loan's parts, and the government that approves the drawdown (\"the government\" in a story filed from Skopje) is not read as the borrower",
  "An Armenpress story from Yerevan on the DFC and the EBRD jointly providing 'up to $112 million' in loans for a 180 MW solar plant (headline names the two funders, lead gives the sum), split into the EBRD's $62 million with a $12 million Clean Technology Fund concessional part inside it and the DFC's 'up to $50 million', a Spanish sponsor's 'about $38 million' of its own funds, the total project cost in dollars and drams with no payer, annual output in kWh, construction workers, solar's share of generation and the country's electricity exports":
    "the solar plant the loans are for is a name the reference does not know, so no row has a receiver; a Clean Technology Fund sum \"alongside\" the DFC is read as both of theirs; the sponsor's equity is read as its project company's; the jobs are not read",
  "A Viet Nam News ODA story in which Korea's Exim Bank signs two EDCF loans worth a combined US$450 million in the headline and the lead, one $280 million part named and the rest left unstated, the project's total investment in VNĐ with dollars in brackets, the city's counterpart funds from its own budget, cumulative EDCF commitments since 1993, a credit line of between $150 million and $200 million still under talks with EVN, and two-way trade":
    "one part \"named and the rest left unstated\" takes neither the lender nor the kind of the whole; Vietnam's state utility, the receiver of the second loan, is read as its lender; the project's total in VNĐ with dollars in brackets and a trade figure are read as money given",
  "A Jakarta Post energy story in which PLN secures US$600 million in loans from the ADB and the AIIB (headline with 'back' and lead with 'secured ... from'), its two parts told in the next sentence, a project value in rupiah with dollars in brackets, a planned domestic green bond, a cancelled KfW loan in euros, a JICA yen loan expected to be signed with dollars in brackets, the $20 billion JETP envelope, the plants' capacity, a national geothermal target for 2034 and construction workers":
    "a loan from KfW \"that was cancelled\", replaced by the ADB's share, names no receiver in its sentence; job counts take no country the sentence does not name",
  "A Philippine Star story in which JICA signs two loans worth 'P72.4-B' in the headline and 'a combined P72.4 billion' with dollars in brackets in the lead, both parts in pesos told after (one beside a larger total project cost), the loan terms, the transit line's design capacity and construction jobs, Japan's active ODA portfolio in dollars, and an ADB policy-based loan the DOF says is set to be approved":
    "a total project cost in dollars is read as money given; job counts take no country the sentence does not name; ridership capacity in passengers a day is not read",
  "A Bangkok Post investment story in which the BoI approves seven projects worth a combined 52.3 billion baht (headline and lead), three of them told with their own sums and investors' nationalities (a Chinese battery maker's Thai subsidiary, an unnamed Singaporean operator, an unnamed Taiwanese investor), the battery plant's capacity and Thai workers, nine-month FDI applications, a Saudi developer's 'about 30 billion baht' still in talks with Egat, and EV exports":
    "the projects' investors, named by a subsidiary \"of China's\" company or as \"a Singaporean operator\" and \"a Taiwanese investor\", are not read as funders, and a plant's expansion \"by a Taiwanese investor\" is read as a cost",
  "A Star (Malaysia) corporate story in which the Qatar Investment Authority will buy a 30% stake in a Johor data centre developer for RM2.1bil (headline and lead, the share sale agreement signed in a later sentence), the deal's valuation, the campus's second-phase cost and capacity, a RM1.8bil syndicated loan from Japanese lenders, high-skilled jobs, QIA's earlier agreement to commit up to US$500mil with Khazanah, and Johor's approved investments":
    "\"RM2.1bil\" for a stake QIA \"will buy\" is read without its buyer, the valuation and a stake's share are read as money given, and a loan to the developer is read as going to Malaysia; job counts take no country the sentence does not name",
  "A Khmer Times story in which Cambodia secures a $318 million Chinese loan (headline and lead) whose lender, China's Exim Bank, is named only in the next sentence, the road's total cost, the government's own share with riels in brackets, construction jobs, China's share of public external debt, an ADB loan and grant approved for rural water supply, Australian DFAT co-financing in Australian dollars, and trade with China":
    "the lender, China's Exim Bank, is named only in the next sentence: the headline's and lead's \"Cambodia secures\" reads Cambodia as the giver; the road's total cost is read as money given",
  "A Post-Courier story in which Australia commits 'K1.3b' in the headline and 'K1.3 billion in loans and grants' in the lead, the 'financing from' AIFFP 'to' PNG Power split into a kina loan and a kina grant with Australian dollars in brackets, approval last week and signing expected in February, the whole grid upgrade's cost, ADB financing in US dollars expected, the grid's new capacity, the cost of outages, construction jobs, Australia's aid in a past year, and a New Zealand pledge in NZ dollars":
    "none of the Australian rows has Papua New Guinea or PNG Power as receiver (\"PNG\" and \"PNG Power Ltd\" are not in the reference), a New Zealand grant to Bougainville neither; an Australian-dollar conversion is read as money given",
  // Helper rounds Y and Z (session 21).
  "An Ahram Online story on an IsDB Group package of '$1.5 bln' in the headline and '$1.5 billion' in the lead, two parts after it (an ITFC murabaha trade financing for EGPC said to be part of an older $6 billion framework, an IsDB loan co-financing a sanitation programme whose LE cost is given with no payer), the group's cumulative financing since 1974, a Kuwaiti fund's loan in Kuwaiti dinars with a dollar conversion in brackets, and the petroleum import bill and net reserves":
    "two parts of a signed package told in the future (\"will finance\") keep the pledged status of their own verbs, as an older case's analyst wants them (a part of signed money told as what a lender \"will provide\" is read either way by careful analysts; the older reading is kept)",
  "A Morocco World News story on a Chinese battery-materials maker's investment given in dollars in the headline and as 'MAD 12.8 billion' with dollars in brackets in the lead, its first phase as a part, a local bank syndicated loan in dirhams for that phase, a sovereign fund in talks over a stake for 'around' a dirham sum, tonnes of capacity, direct and indirect jobs, auto exports and a cumulative Chinese investment total":
    "the headline's \"$1.4 Billion\" is not merged with the lead's \"MAD 12.8 billion (about $1.38 billion)\", and the maker, introduced by four role words, is not read as the lead's giver; the first phase \"worth MAD 4.6 billion, set to begin production\" is missed; a bank syndicate's loan is read as a fund's 15% stake told after it; job counts take no country the sentence does not name (the article's country is not guessed for them); capacities in tonnes of two products told together are not read",
  "A Jordan Times story on three EU grant agreements worth €150 million in the headline and lead with Jordanian dinars in brackets, the three grants told as parts in one sentence, the EU's aid since 2011, an Arab Fund loan in Kuwaiti dinars for a desalination project whose dollar cost has no payer and whose water output is a capacity, and the public debt in JD":
    "a desalination project that \"will supply 300 million cubic metres of drinking water annually\" is not read as a capacity (a verb of supplying, no capacity word)",
  "An Iraqi News Agency story on a Korean EDCF loan of $400 million told in the headline and the lead, the project's total dollar cost with the rest from the federal budget, an IQD budget allocation, a K-SURE guarantee of 'up to' a sum for loans to the Korean contractor, an earlier Korean loan that was cancelled, desalination capacity in words, residents served, construction 'job opportunities' and bilateral trade":
    "a Korean EDCF loan is read as export credit (the Export-Import Bank of Korea administers it); a guarantee \"of up to\" a sum from K-SURE to Korean banks' loan is read as the banks'; job counts take no country the sentence does not name (the article's country is not guessed for them); a plant's capacity of \"one million cubic metres of drinking water per day\" is not read",
  "A Daryo story on a regional investment forum's '$3.2bn' of agreements with Chinese and Turkish companies in the headline and '$3.2 billion' in the lead, a Chinese company's build-own-operate pumped-storage plant and a Turkish company's solar investment 'between' two sums as parts, an AIIB loan still being considered, a local-budget allocation in soums, megawatts, total jobs, trade turnover and past FDI":
    "job counts take no country the sentence does not name (the article's country is not guessed for them)",
  "An Astana Times story on an EBRD-ADB tenge package of '98 billion tenge' in the headline and 'up to 98 billion tenge' with dollars in brackets in the lead, the two banks' parts of 'up to' sums for a wind-farm company owned by Chinese and Kazakh firms, a Clean Technology Fund concessional loan in dollars, a quote on currency risk, yearly output, construction and permanent jobs, the project's tenge cost and the EBRD's cumulative investment in euros":
    "the two banks' parts of a package told in the future keep the pledged status of their own verbs; the climate fund is named by the reference's longer name; the EBRD's cumulative investment in the country is read as money given; job counts take no country the sentence does not name (the article's country is not guessed for them)",
  "An Asia-Plus story on World Bank additional financing of 'US$350 million' for Rogun in the headline and lead, split in the lead into an IDA grant and an IDA credit, Saudi and OPEC Fund loans told with 'respectively', the partners' cumulative pledges, a state-budget allocation in somoni with dollars in brackets, the project's dollar cost, installed capacity and yearly output, workers on site and past electricity export earnings":
    "Saudi and OPEC Fund loans \"signed ... for the project in Riyadh\" take Saudi Arabia as their receiver from where they were signed; a partners' running total (\"pledges ... now exceed US$1.5 billion\") is read as money given; \"more than 20,000 people are currently working at the construction site\" is not read",
  "A Reuters sources story with an Afreximbank crude-backed facility 'up to $2 bln' in the headline and 'up to $2 billion' in the lead still under talks, its two tranches told in the next sentence, the borrower's naira revenue, the lender's cumulative disbursements since 2021, a separate naira syndicated loan to a cement maker with dollars in brackets whose arrangers come after the figure, a capacity increase with jobs, central bank reserves and a reporting credit line":
    "the facility's split \"into a $1.2 billion tranche ... and an $800 million tranche\" is not linked to the \"up to $2 billion\" it splits, so the tranches go to Nigeria and take no status of talks; Dangote Cement's loan \"arranged by Standard Chartered and South Africa's Rand Merchant Bank\" reads the borrower as giver; a capacity increase in tonnes is not read",
  "An IFC press release with a local-currency financing package of KSh 9.1 billion in the headline and the lead (dollars in brackets), its two parts (IFC's own-account senior loan and money mobilized from co-lending partners) told in the next sentence, a small dollar grant from the Government of Japan through a trust fund, construction jobs and mortgages expected over five years, housing deficit and mortgage counts, the borrower's loan book, an official's quote and the 'About IFC' boilerplate with the institution's record fiscal-year commitments":
    "the parts of the IFC's package go to Kenya, not to the mortgage company its lead names, and the company's mortgage book and the IFC's institution-wide commitments in the release's boilerplate are read as money given; job counts take no country the sentence does not name (the article's country is not guessed for them); mortgages financed are not read",
  "A Bloomberg people-familiar story with a Japanese trading house weighing a $1 billion bet in the headline and 'about $1 billion' for a roughly 20% stake in the lead, the implied dollar valuation, talks that could still change, the target's revenue in crore rupees and its capacity goal for 2030, a domestic state bank's crore-rupee loan agreed last month told through a filing, a JICA yen loan to the Indian government for a metro line whose total cost is given in crore with no payer, and past Japanese investment into India":
    "a stake Mitsui \"is weighing\" gets no status, the headline's \"$1 billion bet\" is not merged with the lead's \"about $1 billion\", and the implied valuation is read as money given",
  "An AFP story with a package of agreements worth $750 mn in the headline and $750 million in the lead with CFA francs in brackets, signed with a state and a multilateral together, its largest part told as a hyphenated '180-billion-CFA-franc' IsDB loan for a desalination plant with its daily capacity, the plant's total cost with the remainder unfunded, a Saudi Fund dollar loan, a further OPEC Fund sum still under negotiation, the debt ratio and bilateral trade in CFA francs":
    "\"Senegal on Friday signed financing agreements worth $750 million with Saudi Arabia and the ... IsDB\" reads Senegal as the giver (the home government signing with a government and a lender together is not read as borrowing), and its parts take Saudi Arabia as receiver",
  "An EBRD press release with no amount in the headline, an 'up to US$ 120 million' senior loan to a solar project company in the lead, a Green Climate Fund concessional loan and an EU euro grant told as complements in the next sentence, the plant's estimated cost with no payer, its start year, annual generation, homes powered and CO2 avoided, construction jobs, an official's quote and the bank's cumulative euro investment in the country to date":
    "the solar project company (\"Nile Delta Solar S.A.E.\", a legal form the entity reader does not know) is not read, so the loans go to Egypt; job counts take no country the sentence does not name (the article's country is not guessed for them); avoided emissions are not read",
  "An AP story with a US development agency board approving 'up to $500 million' for a Brazilian lithium mine in the headline and the lead, a state development bank's reais told as 'paired with' in the next sentence with dollars in brackets, the mine's cost in reais with no payer, annual concentrate output from 2028, construction and operating jobs, a 'backing of' sentence recalling a $100 million loan cancelled last year, Brazil's share of reserves and lithium exports, and the parent's Canadian-dollar market value":
    "the board's loans \"for a lithium mine in Brazil's Minas Gerais state\" go to the United States, read from the agency's own name; BNDES's reais \"paired with\" them are read as investment; the jobs \"600 once operating\" and an output in tonnes are not read",
  "A BII and Proparco joint press release with a combined R2.8 billion in the headline and the lead (dollars in brackets), its split into BII's R1.5 billion and Proparco's R1.3 billion with the first R500 million of BII's share already disbursed, wind capacity, the sponsor's expected equity given as a range 'between R400 million and R600 million', construction jobs, an official's quote and two 'About' paragraphs with net assets in pounds and yearly commitments in euros":
    "the parts of the combined sum go to South Africa, not to the wind company the lead names, and take no kind; two institution-wide figures of the release's boilerplate are read as money given; job counts take no country the sentence does not name (the article's country is not guessed for them)",
  // Helper rounds AA and AB (session 21).
  "A Dawn-style Islamabad story of a Saudi $3bn central-bank deposit rollover told in the headline and the lead with a rupee equivalent in the next sentence, a Saudi fund's deferred oil payment facility 'worth up to $1.2bn a year' with its monthly rate, a UAE $2bn rollover still under talks and a requested $1bn enhancement, then the SBP's and the country's liquid reserves and the oil import bill":
    "\"Islamabad has requested Abu Dhabi to enhance the amount by another $1bn\": the party asked to give is not read as the giver, nor the asker as the receiver",
  "A Business Recorder-style ECNEC story with the project's revised rupee cost in the headline and the lead, a China Exim concessional dollar loan in the headline and the body with the domestic PSDP share beside it, loan terms, construction jobs, a Chinese government grant told as a desalination plant's cost 'financed entirely through a grant', then bilateral trade, CPEC investment to date and the PSDP outlay with its CPEC earmark":
    "a Chinese grant for a CPEC plant told in rupees is missed; a Chinese policy bank's concessional loan is read as export credit; the corridor's total of past investment is read as money given",
  "A UNB/Daily Star-style Dhaka story of a World Bank approval of $850 million with a taka-crore conversion in brackets, told in the headline and the lead and split into two project parts in the next sentence, IDA as the concessional arm, a household cash allowance in taka and 'lakh' households, IDA support since 1972, an ADB budget-support loan expected next month, and foreign exchange reserves":
    "the two project parts of an approved loan, told as what the money \"will\" do, keep the pledged status of their verbs; a past total of development aid is read as money given",
  "A Business Standard-style Dhaka story of a JICA yen loan for a metro line told in the headline and the lead with dollars in brackets, the line's total cost and JICA's overall multi-tranche share in taka crore, loan terms, design capacity per hour and peak construction workforce in one sentence, a separate yen grant whose notes are still to be exchanged, Japan's aid to date and exports to Japan":
    "a design capacity in passengers an hour is not read",
  "A Daily Mirror-style Colombo story of an Indian grant in 'INR 450 crore' in the headline and the lead with a Sri Lankan rupee 'approximately Rs.' equivalent in brackets, a training centre's Rs. cost among the grant's uses, an Exim Bank of India dollar line of credit signed for a harbour with its cargo capacity, India's assistance to date with its grant part, bilateral trade, and an Indian oil company subsidiary's proposed tank-farm investment still under discussion":
    "the line of credit \"to modernise the Kankesanthurai (KKS) harbour\" names a harbour the reference does not know; an Indian oil company's subsidiary named \"Lanka IOC\" is not read as a giver; a share of past aid (\"of which US$ 780 million has been in grants\") is read as money given; cargo a harbour will handle is not read",
  "A Kathmandu Post-style story of ADB and AIIB financing 'a combined $380 million' for a cross-border transmission line in the headline and the lead, split in the next sentence into ADB's share with a grant inside it and AIIB's loan, ADB signed while AIIB's board approval is still expected, the project's rupee cost and the domestic share, export capacity in megawatts and construction workers in one sentence, electricity export earnings and remittance inflows in 'Rs1.72 trillion'":
    "ADB's share with a grant inside it takes no kind; the AIIB loan \"expected to be signed\" takes the signed status of ADB's, told beside it",
  "A Xinhua Belt and Road story from Astana with no figure in the headline, a hyphenated '5-billion-yuan' policy-bank credit line in the lead, a highway cost told in one sentence and a passive 'will be provided by' buyer's credit of up to a dollar sum in the next, a state power company's wind farm with 'a total investment of about' a dollar sum, annual generation and construction hiring, then bilateral trade and a stock of Chinese direct investment":
    "a buyer's credit \"will be provided by\" the Chinese bank \"under an agreement signed by the bank and Kazakhstan's Ministry of Finance\" keeps the future's pledged status; job counts take no country the sentence does not name (the article's country is not guessed for them)",
  "A Yonhap finance-ministry story with 'US$620 mln' in the headline and 'US$620 million in concessional loans' in the lead, the EDCF and Korea Eximbank named only in the next sentence, a bridge cost in trillion won with dollars in brackets, a builder's consortium that 'secured' export credit insurance in won from K-SURE for a gas plant, then the fund's cumulative commitments since 1991 and bilateral trade":
    "K-SURE's guarantee for a Korean builder's financing is read with the builder as its giver",
  "A Nikkei Asia 'Nikkei has learned' scoop with '$1.8bn' in the headline and 'about $1.8 billion' of loans from a state lender and three megabanks in the lead, the state lender's part told as 'the state-backed lender' without its name, the rest unquantified under an export-credit insurer's cover, a plant cost with no payer, a trading house's 40% equity in yen with dollars in brackets, signing expected in December, a Chinese policy bank's coal financing canceled in 2024, generation and households, and Japanese FDI in Vietnam":
    "the state lender's part told as \"the state-backed lender\" without its name is missed, the lead's lenders are read as JBIC and Japan, the receiver as Southeast Asia, and a power plant's total cost is read as money given; an output horizon is not read",
  "A Xinhua inbound-investment story from Shanghai with 'over 30 bln yuan' of foreign-funded projects in the headline and 'more than 30 billion yuan (about 4.2 billion U.S. dollars)' signed in the lead told in the passive, three parts after it (a German supplier's plant in yuan with capacity and staff, a drugmaker's dollar sum, a French gas company's plan 'between 1 billion and 1.5 billion yuan'), the city's actual use of foreign capital, the zone's industrial output value and its count of foreign firms":
    "\"projects with a combined investment of more than 30 billion yuan ... were signed\" in the passive get no status or receiver (Lingang is not in the reference); a \"British-Swedish\" drugmaker is read as Swedish and its sum \"put ... into\" a plant takes no kind; job counts take no country the sentence does not name (the article's country is not guessed for them); output in units is not read",
  "A Focus Taiwan (CNA) investment-review story with 'up to US$10 billion' in both headline and lead for a chipmaker's capital injection into its Arizona unit, its cumulative Arizona spending and quarterly revenue in NT$, two inbound approvals in one sentence (a U.S. memory maker's NT$ sum with US$ in brackets and a Japanese chemical firm's NT$ sum into its Taiwan subsidiary), hiring at the new plant, then year-to-date approved outbound and inbound totals":
    "the capital injection into \"TSMC Arizona Corp.\" goes to the United States; one inbound approval's investor is read from the next clause's company; cumulative spending and two companies' revenue in NT$ are read as money given; job counts take no country the sentence does not name (the article's country is not guessed for them)",
  "A Yonhap corporate story with '2.3 tln won' in the headline and '2.3 trillion won (US$1.57 billion)' in the lead for a battery maker's plant conversion in Poland, a part 'of the total' raised through loans whose state lenders are named only in the next sentence, a host-government grant in zlotys, LFP capacity and extra hiring, then the company's revenue last year and an ESS market forecast":
    "the state lenders of a part raised through loans, named only in the next sentence, are not read as its givers; job counts take no country the sentence does not name (the article's country is not guessed for them); storage capacity \"of 20 GWh a year by 2028\" takes no period or horizon",
  "A Kyodo aid story with 'up to 120.5 bil. yen' in the headline and 'up to 120.5 billion yen ($780 million)' in the lead for a JICA subway loan to Bangladesh signed the day before, the line's total cost with no payer and daily ridership, a separate yen grant, an Asian Development Bank co-financing 'in talks', a final yen tranche disbursed for an earlier metro line, Japan's cumulative ODA loans since 1971 and the country's foreign exchange reserves":
    "\"Tokyo also agreed to provide a grant of 3.2 billion yen to upgrade Bangladesh's weather radar network\" reads the capital that gives as the receiver and gives the grant no giver; ridership a day is not read",
};

let ref: ExtractReference;
const results = new Map<string, { tables: ExtractedTables; score: CaseScore; problems: string[] }>();

beforeAll(async () => {
  ref = (await loadExtractReference('data/reference')).ref;
  for (const c of CASES) {
    const tables = extractCase(c, ref);
    const score = scoreCommitments(c, tables.commitments);
    const problems = [
      ...score.missing.map((m) => `missing commitment ${m.amount ?? m.low ?? `${m.stake}% stake`} ${m.currency ?? ''}`),
      ...score.wrong.map((w) => `${w.got.amount ?? w.got.amount_low ?? `${w.got.stake_percent}% stake`} ${w.got.currency ?? ''}: ${JSON.stringify(w.fields)}`),
      ...score.extra.map((x) => `unexpected commitment ${x.amount ?? x.amount_low} ${x.currency} (${x.funder})`),
      ...jobProblems(c.jobs ?? [], tables.jobs, c.notJobs),
      ...projectionProblems(c.projections ?? [], tables.projections),
      ...(c.noProjections ? tables.projections.map((p) => `unexpected projection ${p.metric} ${p.value ?? p.value_low} ${p.unit}`) : []),
    ];
    results.set(c.name, { tables, score, problems });
  }
}, 120_000);

describe('unseen articles', () => {
  it('holds at least 25 articles, each expecting at least one commitment or naming a figure that is none', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
    expect(CASES.filter((c) => c.commitments.length === 0 && (c.not ?? []).length === 0)).toEqual([]);
    for (const name of Object.keys(KNOWN)) expect(CASES.map((c) => c.name)).toContain(name);
  });

  for (const c of CASES) {
    const test = KNOWN[c.name] ? it.fails : it;
    test(c.name, () => {
      expect(results.get(c.name)!.problems).toEqual([]);
    });
  }

  it('every evidence row holds its figure, and every row’s evidence exists', () => {
    for (const c of CASES) {
      const { tables } = results.get(c.name)!;
      for (const e of tables.evidence) expect(e.sentence).toContain(e.surface);
      expect(c.text).toContain(tables.commitments[0]?.quote ?? '');
      for (const row of tables.commitments) for (const id of row.evidence_id.split(';')) expect(tables.evidence.map((e) => e.evidence_id)).toContain(id);
    }
  });

  it('keeps precision, recall and field accuracy at least at what was measured', () => {
    const t = totals([...results.values()].map((r) => r.score));
    // Measured. First 30 articles (40 rows), before any fix: 38 found, 2 extra, 14 fully right, 18
    // with funder, recipient and status right. Second 13 articles (17 rows), written after the first
    // round of fixes and before the second: 15 found, 1 extra, 8 fully right, 10 parties right.
    // Third 10 articles (11 rows), written after the second round: 11 found, 0 extra, 7 fully right,
    // 8 parties right. Fourth 4 articles (5 rows, 8 figures that must not be commitments): 5 found,
    // 0 extra, 4 fully right. Fifth 6 articles (8 rows): 6 found, 1 extra (a rupee figure with no
    // currency, now expected as unknown), 4 fully right. Sixth 5 articles (8 rows): 6 found, 1 fully
    // right. Seventh 5 articles (6 rows): 6 found, 1 fully right, 3 parties right. Eighth 3 articles
    // (3 rows): 3 found, 1 extra, 1 fully right. After all eight rounds, the figures below (one
    // more row expected and found since "will each provide $250 million" is two agencies' rows).
    // The one extra row, a headline's "$1 billion" for the body's "1 billion euros", is merged since the thirty-second round.
    // The one extra row now is the sixty-seventh round's: a fund's target to mobilise 45bn dirhams (KNOWN); since
    // session 19 a second, an incentive regime's threshold "for investments of more than $200 million" (KNOWN).
    expect({ expected: t.expected, found: t.found, extra: t.extra, forbidden: t.forbidden }).toEqual({ expected: 1172, found: 1153, extra: 43, forbidden: 41 });
    // 88 of 98 fully right and 92 with parties right at 96c5197; 91 and 94 of 99 after the eleventh
    // round; 93 and 96 of 99 (all found) in the twelfth, before its own cases were added. Twelfth
    // round's 13 articles (30 rows), run on af101c1 before its fixes: 23 found, 5 extra, 3 on figures
    // that must not be commitments, 6 fully right, 7 parties right; after them: 30 found, 0 extra,
    // 25 fully right, 25 parties right. Thirteenth round's 8 articles (13 rows), written after the
    // twelfth round's fixes and run before any of its own: 13 found, 5 fully right, 6 parties right,
    // 5 extra, 3 on figures that must not be commitments; after its fixes, 13 right and 1 extra.
    // Fourteenth round's 6 articles (10 rows), the same way: 10 found, 4 fully right, 5 parties right,
    // 1 extra before its fixes; 10 right and none extra after them. Fifteenth round's 6 articles (9
    // rows): 8 found, 3 fully right, 7 parties right, 5 extra, 2 forbidden before; 9 found, 8 right,
    // none extra after. Sixteenth round's 4 articles (5 rows): 5 found, 2 fully right, 2 parties
    // right, 1 extra, 1 forbidden before; 4 right, none extra after. Seventeenth round's 4 articles
    // (6 rows): 4 found, 3 fully right, 3 parties right, 1 extra, 1 forbidden before; 6 found, 5
    // right, none extra after. Eighteenth round's 3 articles (4 rows): 4 found, 3 fully right, 3
    // parties right, none extra before; 4 right after. Nineteenth round's 4 articles (6 rows): 6
    // found, 4 fully right, 4 parties right, none extra before; 6 right after. Twentieth round's 3
    // articles (8 rows): 8 found, 3 fully right, 4 parties right before; 8 right after. Twenty-first
    // round's 3 articles (7 rows): 6 found, 5 fully right, 5 parties right, 1 extra, 1 forbidden
    // before; 7 right after. Twenty-second round's 3 articles (4 rows): 4 found, 1 fully right, 1
    // extra, 1 forbidden before; 2 right, none extra after. Twenty-third round's 3 articles (7 rows):
    // 7 found, 5 fully right, 6 parties right, 1 extra, 1 forbidden before; 7 right after.
    // Twenty-fourth and twenty-fifth rounds' 6 articles (7 rows): all right on first reading.
    // Twenty-sixth round's 3 articles (6 rows): 4 fully right, 5 parties right before; 6 after.
    // Twenty-seventh round's 3 articles (4 rows): 2 fully right, 1 extra, 1 forbidden before; 4 right
    // after. Twenty-eighth round's 3 articles (3 rows): all right on first reading. Twenty-ninth
    // round's 8 articles (14 rows): 13 found, 8 fully right, 8 parties right, none extra before; 14
    // right after. Thirtieth round's 8 articles (10 rows): 10 found, 6 fully right, 6 parties right,
    // none extra before; 10 right after. Thirty-first round's 7 articles (11 rows): 9 found, 7 fully
    // right, 7 parties right, none extra before; 11 right after. Then regions as recipients, a
    // headline's dollars for the body's euros, and a fund named with digits. Thirty-second round's 5
    // articles (5 rows): 5 found, 3 fully right, 4 parties right, 2 extra, 1 forbidden before; 5
    // right after. Thirty-third round's 5 articles (7 rows): 7 found, 5 fully right, 5 parties right,
    // 1 extra, 1 forbidden before; 7 right after. Thirty-fourth round's 5 articles (5 rows): 5 found,
    // 2 fully right, 2 parties right, 2 extra, 2 forbidden before; 4 right, none extra after (KNOWN).
    // Thirty-fifth round's 5 articles (5 rows): 5 found, 4 fully right, 5 parties right, 2 past
    // harvests read as projections before; 5 right, none after. Thirty-sixth round's 5 articles (6
    // rows): 5 found, 2 fully right, 2 parties right before; 6 found, 5 right after (KNOWN).
    // Thirty-seventh round's 5 articles (4 rows, and two figures that are none): 4 right, 2 extra, 2
    // forbidden before; 4 right, none extra after. Thirty-eighth round's 5 articles (5 rows): 4 fully
    // right, 5 parties right before; 5 right after. Thirty-ninth round's 5 articles (5 rows and a
    // contract that is none): 3 fully right, 3 parties right, 2 extra, 2 forbidden before; 5 right, none
    // extra after. Then persons named by an organisation's title. Fortieth round's 5 articles (8 rows):
    // 7 found, 5 fully right, 6 parties right before; 8 right after. Forty-first round's 4 articles (4
    // rows): all right on first reading. Forty-second round's 4 articles (5 rows): 4 fully right, 4
    // parties right before; 5 right after. Forty-third round's 4 articles (6 rows): 5 fully right, 5
    // parties right; the sixth not fixed (KNOWN). Forty-fourth round's 4 articles (6 rows): 5 fully right,
    // 5 parties right before; 6 right after. Forty-fifth round's 4 articles (4 rows): 3 found, 3 right, 1
    // extra, 1 forbidden before; 4 right, none extra after. Forty-sixth round's 5 articles (6 rows):
    // all right on first reading. Forty-seventh round's 5 articles (7 rows): 4 fully right, 5 parties
    // right before; 6 right, the seventh not fixed (KNOWN). Forty-eighth round's 4 articles (6 rows):
    // 2 fully right, 2 parties right before; 6 right after. Forty-ninth round's 5 articles (6 rows): 5
    // fully right, 5 parties right; the sixth not fixed (KNOWN). Fiftieth round's 5 articles (5 rows, and
    // a denied loan and a financing need that are none): 4 found, 3 fully right, 3 parties right, 3
    // extra, 2 forbidden before; 5 right, none extra after. Fifty-first round's 5 articles (7 rows): 4
    // fully right, 5 parties right before; 7 right after. Fifty-second round's 5 articles (5 rows, and a
    // builders' contract and a running total that are none): 2 fully right, 3 parties right, 1 extra, 1
    // forbidden before; 4 right, none extra after, the fifth not fixed (KNOWN). Fifty-third round's 4
    // articles (5 rows, with their jobs and output): all right on first reading. Fifty-fourth round's 4
    // articles (9 rows): 8 found, 5 fully right, 5 parties right before; 9 right after. All 394 rows
    // now. Fifty-fifth round's 5 articles (5 rows, and a plant's cost the headline calls a deal and
    // another plant's cost that are none): 2 fully right, 2 parties right, 2 extra, 2 forbidden
    // before; 5 right, none extra after. Fifty-sixth round's 5 articles (5 rows, and a builder's
    // contract that is none): 3 found, 3 right, 1 extra, 1 forbidden before; 5 right, none extra after.
    // Fifty-seventh round's 5 articles (6 rows, with output and earnings, and a plan said not to be):
    // 4 fully right, 4 parties right, 1 extra, 1 forbidden, the earnings missed before; 6 right, none
    // extra after. Fifty-eighth round's 5 articles (5 rows, and bond demand and a damage estimate that
    // are none): 3 found, 2 fully right, 2 parties right, 1 extra, 1 forbidden before; 5 right, none
    // extra after. Fifty-ninth round's 5 articles (7 rows): 6 found, 5 fully right, 5 parties right, 1
    // extra (a stake told without its price) before; 7 right, none extra after (its headline's "takes 20%
    // of", which the body's 25% contradicted, made "takes stake in"). Sixtieth round's 5 articles (6
    // rows): 4 fully right, 5 parties right before; 6 right after. Sixty-first round's 5 articles (5 rows,
    // and assets managed, a conversion between commas, a donor's total and a contract that are none): 3
    // fully right, 3 parties right, 2 extra, 2 forbidden before; 4 right, none extra after, the fifth not
    // fixed (KNOWN). Sixty-second round's 4 articles (5 rows): 4 found, 3 fully right, 3 parties right
    // before; 4 right after, the fifth not fixed (KNOWN). Sixty-third round's 5 articles (8 rows): 6
    // found, 4 fully right, 5 parties right before; 7 right, the eighth's evidence short (KNOWN). All
    // 446 rows now. Sixty-fourth round's 5 articles (6 rows, with a workforce): all right on first
    // reading. Sixty-fifth round's 4 articles (5 rows): 2 fully right, 3 parties right before; 5 right
    // after. Sixty-sixth round's 4 articles (4 rows, and a project's cost and a jet order that are none): 3
    // fully right, 3 parties right before; 4 right after. Sixty-seventh round's 4 articles (6 rows, and a
    // fund's target and a loan's old amount that are none): 5 found, 3 fully right, 4 parties right, 1
    // extra, 1 forbidden before; 5 right after, the sixth and the extra not fixed (KNOWN; its headline's
    // "first $1bn", which its body's $10bn contradicted, made "$10bn"). Sixty-eighth round's 4 articles (6
    // rows): 5 found, 4 fully right, 5 parties right before; 6 right after (its headline's "$4.5bn", which its
    // body's $3bn contradicted, made "$3bn"). Sixty-ninth round's 5 articles (5 rows, and a company's
    // fundraising since its founding and a lender's past year of lending that are none): 4 fully right, 5
    // parties right, 2 extra, 2 forbidden before; 5 right, none extra after. Seventieth round's 5 articles
    // (6 rows, with jobs, a capacity and a valuation): 5 found, 2 fully right, 3 parties right before; 6
    // right after. Seventy-first round's 5 articles (7 rows, with jobs, and a line's past cost that is
    // none): 6 found, 4 fully right, 5 parties right before; 7 right after. Seventy-second round's 5
    // articles (6 rows, with jobs, and a company's investment since it entered a market and a denied
    // sale's refinery that are none): 3 found, 1 fully right, 1 parties right, 1 extra, 1 forbidden
    // before; 6 right, none extra after. Seventy-third round's 5 articles (6 rows, with jobs, and a
    // valuation, reserves, war damage and a running total in a headline that are none): 3 fully right, 4
    // parties right before; 6 right after. Seventy-fourth round's 5 articles (5 rows, with jobs, and a
    // subway's cost and a bank's past lending that are none): 4 found, 3 fully right, 4 parties right
    // before; 5 right after. Seventy-fifth round's 5 articles (7 rows, and a donor's yearly aid that is
    // none): 4 fully right, 4 parties right, 1 extra, 1 forbidden before; 7 right, none extra after. All
    // 515 rows now. Seventy-sixth round's 4 articles (10 rows, with output, and a need that is none; its
    // first headline, "Gulf states pledge $1.7bn", which its body contradicted, made "Donors pledge over
    // €2bn"): 9 fully right, 9 parties right before; 10 right after. Seventy-seventh round's 5 articles (5
    // rows, with a capacity, and a total since 1986 and reserves that are none): 4 fully right, 4 parties
    // right before; 5 right after. Seventy-eighth round's 5 articles (5 rows, and exports, lines of credit
    // since 2010, total deposits and quake damage that are none): 4 fully right, 4 parties right before; 5
    // right after. Seventy-ninth round's 5 articles (4 rows, and a loan denied, investment to attract and
    // a government's money since 2022 that are none): 3 fully right, 3 parties right, 1 extra, 1 forbidden
    // before; 4 right, none extra after. Eightieth round's 4 articles (3 rows, with jobs, and an order won
    // and a programme's total disbursed that are none): all right on first reading. Eighty-first round's 3
    // articles (5 rows, with output, and a debt owed that is none; its second headline's "$500m", which its
    // body's €400m contradicted, made "€400m"): 2 fully right, 2 parties right before; 4 right after, the
    // fifth not fixed (KNOWN). Eighty-second round's 4 articles (5 rows, with a capacity, and a fund's total
    // received that is none): 4 fully right, 4 parties right before; 5 right after. Eighty-third round's 4
    // articles (4 rows): 3 found, 2 fully right, 2 parties right before; 4 right after. Eighty-fourth round's
    // 3 articles (3 rows, with jobs, and imports that are none): 1 found, none fully right, none with parties
    // right before; 3 right after. Eighty-fifth round's 4 articles (4 rows, with jobs, and a company's global
    // plan that may or may not be recorded) and eighty-sixth round's 3 articles (3 rows, and a target's sales that
    // are none): all right on first reading. Eighty-seventh round's 2 articles (6 rows, and a need and a
    // project's cost that are none): 3 found, 3 fully right, 3 parties right before; 6 right after.
    // Eighty-eighth round's 3 articles (6 rows): all right on first reading, a headline's sum of two body figures
    // left beside them (now their whole, so no total counts both; not scored). A lender's share in euros of a
    // dollar whole, linked since extraction compares currencies at the reference rates (extract/sizes.ts), is
    // right since session 19. Helper rounds A and B (14 articles, 26 rows, written by two helpers who saw only the
    // cases file and the reference tables, never the extractor): 23 found, 17 fully right, 19 parties right, 1 extra
    // (none forbidden) before their fixes; 26 right after. Helper rounds C and D (14 articles, 29 rows, the same way;
    // deposits, swaps, tranches, guarantees, and trade-press investment announcements): 24 found, 11 fully right, 13
    // parties right, 3 extra (all forbidden) before their fixes; 28 found, 24 right, 26 parties right after, three cases KNOWN. All 633
    // rows then. Helper rounds E and F (13 articles, 34 rows: agency English, passives, roundups, revisions, an analysis
    // piece): 30 found, 16 fully right, 17 parties right, 3 extra (all forbidden) before their fixes; 33 found, 22 right,
    // 24 parties right after, seven cases KNOWN. Helper rounds G and H (14 articles, 21 rows: the most ordinary
    // approvals, plants, stakes and swaps in countries seldom seen here; quotes, rounding, "each", words, capitals): 18
    // found, 13 fully right, 14 parties right, 5 extra (2 forbidden) before their fixes; 21 found, 18 right after, three
    // cases KNOWN (the second extra is the Corvus case's $200m threshold). Helper rounds I and J (14 texts, 30 rows:
    // lenders' and ministries' press releases in units of account, SDRs and yen, and corporate deals): 29 found, 21
    // fully right, 21 parties right, 10 extra (all forbidden: counterpart shares, portfolios, cumulative totals, a fund's
    // close) before their fixes; 29 found, 22 right, 22 parties right, 2 extra after (both KNOWN: a borrower's own
    // share told as a contribution "to the project", and one told before "from its own budget" past another figure),
    // seven cases KNOWN. Helper rounds K and L (14 articles, 30 rows, written in the styles of rounds C and F to see
    // whether those rounds' fixes carry over: trade press and investment agencies, and agency English): 29 found, 14
    // fully right (3 of 9 in K, 11 of 21 in L), 17 parties right, 5 extra (all forbidden) on first reading; 16 right and
    // 19 parties right after two entity fixes, thirteen cases KNOWN with their extra rows. Session 20: helper rounds M
    // and N (14 articles, 43 rows: South Asian, Gulf, Turkish and Central Asian state-agency and daily-paper English
    // like the seeds; then mining and project-finance press, an export-credit agency's release, Nigerian, Indonesian,
    // Latin American and Indian business papers): 38 found, 12 fully right (6 of 21 in M, 6 of 22 in N), 16 parties
    // right, 11 extra (9 forbidden) on first reading; 42 found, 33 right, 36 parties right, 3 extra (2 forbidden) after,
    // seven cases KNOWN. All 791 rows now, below (of the 748 before them, 695 right and 707 parties right: 692 and 705
    // after this session's first fixes, before M and N were read, and three more from the fixes M and N called for).
    // Then helper rounds O and P (14 articles, 59 rows: Chinese, Japanese, Korean and European outlets and releases on
    // Belt and Road grants, yen loans, EDCF loans, Global Gateway and Gulf stakes in Europe; Egyptian, East African,
    // Argentine and Peruvian papers and an IMF release): 53 found, 16 fully right (11 of 31 in O, 5 of 28 in P), 19
    // parties right, 5 extra (all forbidden) on first reading; 57 found, 41 right, 44 parties right, 1 extra after,
    // seven cases KNOWN. Then helper rounds Q (7 articles, 22 rows, asked for in the seeds' own style: Pakistani,
    // Azerbaijani, Kazakh, Turkish and Gulf outlets, two with the seeds' page furniture) and R (7 articles, 39 rows: a
    // US development financier's release, a UK aid release with a list after a colon, a donor conference in five
    // currencies, Indian business press in crore, a Bangladeshi line of credit, a Mexican state-by-state plant, a
    // two-deal brief): Q 22 found, 15 fully right, 16 parties right, 3 extra on first reading (the seeds' style, after
    // the fixes of M to P); R 26 found, 10 fully right, 12 parties right, 7 extra. After this round's fixes: 50 found,
    // 29 right, 31 parties right, 7 extra, twelve cases KNOWN (and an older KNOWN case, a quote's "we", right); then
    // "each for" a list of receivers and money as its sentence's subject: 52 found, 33 right, 35 parties right; then
    // sums announced bare at a pledging, money required and a cost reckoned: 56 found, 37 right, 38 parties right, 5
    // extra; then "US $750 million" and a rest "will be used": 58 found, 39 right, 40 parties right; then a buyer's
    // credit signed with a lender: 41 right, 42 parties right; then companies found again by their short name however
    // far back they were introduced: 42 right, 44 parties right; then a named receiver as the subject taking the giver
    // told before: 44 right, 46 parties right. All 911 rows then: 815 right, 835 parties right. Session 21: helper round S
    // (7 articles, 21 rows, Gulf state agencies and dailies: WAM, SPA, QNA, KUNA, Khaleej Times, Gulf News): 19 found,
    // 11 fully right, 12 parties right, 3 extra (all forbidden) on first reading; 21 found, 19 right, 20 parties right,
    // 0 extra after its fixes, one case KNOWN. Then helper rounds T (7 articles, 32 rows: Kenyan, Nigerian, Ghanaian,
    // Zambian, Ethiopian, Zimbabwean and South African papers), U (7 articles, 24 rows: PTI, Economic Times, Business
    // Standard, Reuters Brazil, Mexico News Daily, Buenos Aires Times, BNamericas) and V (7 articles, 28 rows: BusinessDay,
    // Business Daily, Engineering News, Graphic Business, Agence Ecofin, ENA, Premium Times), read after S's fixes: T 26
    // found, 8 fully right, 9 parties right, 2 extra; U 19 found, 8 right, 9 parties right, 4 extra; V 27 found, 8 right, 9
    // parties right, 2 extra (all extra forbidden). After this session's fixes for them: T 30 found, 18 right, 20 parties
    // right, 1 extra; U 24 found, 19 right, 19 parties right, 1 extra; V 27 found, 11 right, 12 parties right, 1 extra;
    // nineteen cases KNOWN. Of the 911 rows before S, 816 right and 836 parties right (an older KNOWN case now right).
    // All 1,016 rows then: 883 right, 907 parties right. Then helper rounds W (7 articles, 28 rows: Interfax-Ukraine,
    // Romania Insider, Hurriyet Daily News, Trend.az, Agenda.ge, SeeNews, Armenpress) and X (7 articles, 28 rows: Viet
    // Nam News, The Jakarta Post, Philippine Star, Bangkok Post, The Star, Khmer Times, Post-Courier), read after the
    // fixes of S to V: W 23 found, 4 fully right, 4 parties right, 4 extra; X 16 found (eight of the twelve missed in
    // currencies the table did not hold, or in "P72.4-B" and "RM2.1bil" forms), 7 right, 7 parties right, 6 extra.
    // After this session's fixes for them: W 26 found, 7 right, 7 parties right, 2 extra; X 26 found, 13 right, 13
    // parties right, 7 extra; fourteen cases KNOWN. Of the 1,016 rows before them, 885 right and 909 parties right (the
    // Malawian kwacha case right now that the table holds the currency). All 1,072 rows then: 905 right, 929 parties
    // right. Then helper rounds Y (7 articles, 29 rows: Ahram Online, Morocco World News, Jordan Times, INA, Daryo,
    // The Astana Times, Asia-Plus) and Z (7 articles, 26 rows: Reuters, Bloomberg, AFP and AP wire copy; IFC, EBRD and
    // BII/Proparco releases), read after the fixes of W and X: Y 28 found, 12 fully right, 14 parties right, 2 extra; Z
    // 26 found, 4 right, 4 parties right, 5 extra (its writer wants the company a release names as receiver, where the
    // extractor, not knowing the company, gives its country). After this round's fixes: Y 16 right, 17 parties right;
    // Z 5 right, 5 parties right (one of them by a widened name); fourteen cases KNOWN. Then a country that seeks "to
    // secure supplies" receives nothing, nor does a lender's own capital where it signed: Z 6 right. All 1,127 rows
    // then: 927 right, 952 parties right. Then helper rounds AA (7 articles, 22 rows: Dawn, Business Recorder, UNB and
    // The Daily Star, The Business Standard, Daily Mirror, The Kathmandu Post, in the seeds' region) and AB (7 articles,
    // 23 rows: Xinhua, Yonhap, Nikkei Asia, Focus Taiwan, Kyodo), read after the fixes of Y and Z: AA 19 found, 10 fully
    // right, 12 parties right, 3 extra; AB 21 found, 7 right, 8 parties right, 4 extra. After this round's fixes and
    // widenings: AA 21 found, 13 right, 15 parties right; AB 22 found, 11 right, 11 parties right; thirteen cases KNOWN.
    // All 1,172 rows now, below.
    expect(t.right).toBeGreaterThanOrEqual(956);
    expect(t.partiesRight).toBeGreaterThanOrEqual(984);
  });
});
