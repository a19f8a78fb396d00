import { describe, expect, it } from 'vitest';
import { statusOf, firmer } from '../../pipeline/extract/status.ts';
import { instrumentOf } from '../../pipeline/extract/instrument.ts';
import { sectorOf } from '../../pipeline/extract/sector.ts';
import { qualifierAfter, qualifierBefore } from '../../pipeline/extract/qualifiers.ts';

/** Status and instrument of the figure marked [[...]] in a sentence. */
function at(marked: string): { sentence: string; start: number; end: number } {
  const start = marked.indexOf('[[');
  const end = marked.indexOf(']]') - 2;
  return { sentence: marked.replace('[[', '').replace(']]', ''), start, end };
}

describe('statusOf', () => {
  const cases: [string, string | null][] = [
    ['Qatar has expressed a desire to spend [[$3 billion]] in Egypt.', 'intended'],
    // A signing witnessed is a signing.
    ['President Ruto witnessed the signing of agreements worth [[Sh92 billion]] with South Korea.', 'signed'],
    // A sum an agreement holds has the agreement's status, firmer than the promise inside it.
    ['The parliament ratified a loan agreement under which the Saudi Fund for Development will allocate [[$30 million]] to schools.', 'approved'],
    ['Kenya signed an agreement under which Masdar will invest [[$1 billion]] in a solar plant.', 'signed'],
    ['Kenya hopes to sign an agreement under which Masdar will invest [[$1 billion]].', 'pledged'],
    // A review "allowing for" or "enabling" a disbursement approves it; a receiver that "expects" money expects it.
    ['The IMF completed the review, enabling an immediate disbursement of about [[$260 million]].', 'approved'],
    ['Egypt expects to receive about [[$1.2 billion]] from the IMF once the board completes the review.', 'expected'],
    ['The IMF board completed the review, allowing for an immediate disbursement of [[SDR 267.4 million]].', 'approved'],
    ['The Ministry said it also expects up to [[US$150 million]] in additional budget support.', 'expected'],
    // A passive verb after a subject described at length, no comma between.
    ['A [[1.8 billion reais]] loan to Vale do Jequitinhonha Lítio SA for a lithium hydroxide refinery in Minas Gerais state has been approved by BNDES.', 'approved'],
    ['Turkey aims to invest [[$1bn]] in Somalia.', 'intended'],
    // A financing closed, cover issued, a grant voted by a council, a loan refinanced; a planned investment being scrapped.
    ['French power producer Akuo has closed [[CFA 42 billion]] of debt financing for its solar plant.', 'signed'],
    ['The explorer has closed a [[$60 million]] convertible note financing with its largest shareholder.', 'signed'],
    ['MIGA has issued [[$55m]] of political risk guarantees covering the equity.', 'signed'],
    ['A [[35-million-euro]] grant was voted by the regional council on Monday.', 'approved'],
    ['The bank has refinanced a [[$1.2 billion]] commercial loan that matured last week.', 'agreed'],
    ['The carmaker has withdrawn from the project, scrapping a planned investment of [[US$9.8 billion]].', 'cancelled'],
    ['Shares of the miner closed 2% higher at [[$5.10]].', null],
    ['Japan plans to lend [[$500m]] to Vietnam.', 'intended'],
    ['The fund intends to deploy [[$2bn]] across Africa.', 'intended'],
    ['Oman eyes [[$700 million]] in Indian ports.', 'intended'],
    ['Kuwait signalled its willingness to lend [[$1 billion]] to Jordan.', 'proposed'],
    ['The bank proposed a [[$200m]] credit line.', 'proposed'],
    ['China offered [[$4bn]] to Sri Lanka.', 'proposed'],
    ['The Senate stepped down a separate request for a [[$500m]] loan from the bank.', 'proposed'],
    ['The Senate on Thursday approved President Tinubu’s request to borrow [[$3.2bn]] from foreign lenders.', 'approved'],
    // A tender offer is how bonds are bought back, not money proposed.
    ['Of the sum, [[$1.2 billion]] will go towards repurchasing the notes through a tender offer.', null],
    ['The lender is considering a [[$300m]] loan.', 'proposed'],
    ['Lenders are assembling a package exceeding [[$2.6 billion]].', 'proposed'],
    ['Talks were in progress on a [[$900m]] facility.', 'under_discussion'],
    ['Talks were also under way with the UAE for the rollover of [[$2bn]] in deposits, while Islamabad has requested more.', 'under_discussion'],
    // "will commit" is as firm as "will invest".
    ['A group of Gulf investors will commit [[$20 billion]] to the new capital.', 'pledged'],
    ['Norway will grant [[$50m]] to the fund.', 'pledged'],
    // A disbursement promised is a pledge until it is paid out.
    ['The Nordic Bank will disburse [[$300 million]] to Tessaly before the end of the year.', 'pledged'],
    ['The Nordic Bank disbursed [[$300 million]] to Tessaly.', 'disbursed'],
    ['The bank board signed off on a further [[€400 million]] loan.', 'approved'],
    ['The steelmaker will set up a [[$3 billion]] mill.', 'pledged'],
    ['The round was led by Lightfall, which contributed [[$120 million]].', 'agreed'],
    ['Tarsa Bank arranged [[$700 million]] of the facility.', 'agreed'],
    ['The loan is complemented by a [[€5 million]] grant from the fund.', 'pledged'],
    ['The loan is co-financed by a [[€25 million]] grant from the Union.', 'pledged'],
    ['Norway gave [[$50 million]] to the fund last year.', 'agreed'],
    ['The IFC has subscribed to [[$50 million]] of green bonds.', 'agreed'],
    ['Egypt has converted [[$2.4 billion]] of deposits into investments.', 'disbursed'],
    ['The startup has raised [[$200 million]] in a round led by the fund.', 'agreed'],
    ['Macron spoke at a conference that raised a total of [[$1 billion]] for the country.', 'pledged'],
    // An approval still to come is not one.
    ['The [[$7 billion]] agreement is subject to approval by the board.', 'expected'],
    ['The [[$500m]] loan, pending parliamentary approval, will fund roads.', 'expected'],
    ['Ostra Power will cover the remaining [[$700 million]].', 'pledged'],
    ['The emirate donated [[$10 million]] to the appeal.', 'agreed'],
    ['The board completed its review, allowing the immediate disbursement of [[$820 million]].', 'approved'],
    ['IMF board completes review, releasing [[$820 million]] to Tessaly', 'approved'],
    ['Egypt is in talks with the IMF over a [[$3bn]] loan.', 'under_discussion'],
    ['Ghana is negotiating a [[$750 million]] loan.', 'under_discussion'],
    ['Saudi Arabia pledged [[$5 billion]] to Pakistan.', 'pledged'],
    ['Germany committed [[€1bn]] to the fund.', 'pledged'],
    ['France promised [[€500m]] in grants.', 'pledged'],
    ['The two sides agreed a [[$2bn]] credit line.', 'agreed'],
    ['They reached an agreement on a [[$1.1bn]] loan.', 'agreed'],
    ['The board approved [[$400 million]] for the dam.', 'approved'],
    ['Regulators cleared the [[$6bn]] investment.', 'approved'],
    ['The ministers signed a [[$2.2 billion]] accord.', 'signed'],
    ['Officials inked a [[$90m]] deal.', 'signed'],
    ['The bank disbursed [[$250m]] last week.', 'disbursed'],
    ['Kenya received [[$415 million]] from the fund.', 'disbursed'],
    ['The debt package is expected to total about [[$3.5 billion]].', 'expected'],
    // Cues found on articles the rules were not written against.
    ['The fund and Ruritania reached a staff-level agreement on a [[$2 billion]] facility.', 'agreed'],
    ['A consortium reached financial close on the [[$600m]] plant.', 'signed'],
    ['The agency has guaranteed a [[£200m]] loan to Freedonia.', 'approved'],
    ['The miner said it would spend [[$900 million]] on the expansion.', 'pledged'],
    ['The state would spend [[$900 million]] if prices rose.', 'proposed'],
    ['The two banks will jointly provide [[$600 million]] for the grid.', 'pledged'],
    ['The lender is providing a [[€80m]] loan.', 'pledged'],
    ['The fund will acquire a 5% stake for [[$70m]].', 'pledged'],
    ['The insurer bought a 3% stake for [[€40m]].', 'signed'],
    ['The Gulf state agreed to roll over a [[$1bn]] deposit.', 'agreed'],
    ['The two central banks renewed their [[18 billion yuan]] swap for three years.', 'agreed'],
    ['Kestrel Power closes [[$830m]] financing for wind and storage project', 'signed'],
    ['A Turkish apparel maker has been licensed to set up a [[Sh3.2 billion]] factory at the zone.', 'approved'],
    ['Kobe Gas has won regulatory clearance for its [[$900 million]] takeover of the retailer.', 'approved'],
    ['The fund completed its [[Rs 1,500 crore]] investment in units of the trust.', 'disbursed'],
    ['The two envoys exchanged notes on a grant of [[1.2 billion yen]] for hospital equipment.', 'signed'],
    ['The line will be financed by a [[$300m]] loan from banks.', 'pledged'],
    ['A [[$500m]] loan from two banks will help finance the airport.', 'pledged'],
    ['Tessaly has rejected a [[$1 billion]] offer.', 'cancelled'],
    ['The fund has refused to lend Tessaly an additional [[$3 billion]].', 'cancelled'],
    ['Tessaly will receive a [[$300 million]] loan from the bank.', 'pledged'],
    ['Riyadh could lend Tessaly [[$1.5 bln]] for fuel imports.', 'proposed'],
    ['The two agencies will each provide [[$250 million]] in export credits.', 'pledged'],
    ['The fund has earmarked [[$2.5 billion]] for roads.', 'pledged'],
    ['Kuwait is mulling a [[$400 million]] loan to Bahrain.', 'under_discussion'],
    ['Kuwait mulls [[$400m]] loan for Bahrain; Oman set to sign $250m deal', 'under_discussion'],
    ['A [[$400m]] loan for Bahrain; Oman set to sign a deal', null],
    ['The bank has extended a [[Rs 150 billion]] facility to the utilities.', 'agreed'],
    ['The bank is set to approve [[$600m]] next month.', 'expected'],
    ['Japan’s JICA extended a soft loan of [[150 billion yen]] for the line.', 'agreed'],
    ['The bank lent [[$40m]] to the utility in May.', 'agreed'],
    // A bare past form agrees; after "be" it is the passive of a pledge, as "will be financed" is.
    ['Another [[$500m]] will be lent by the fund.', 'pledged'],
    ['A further [[$500m]] is to be extended to Kenya.', 'pledged'],
    ['The loan of [[$500m]] has been lent in full.', 'agreed'],
    ['Ghana borrowed [[$750 million]] from the World Bank.', 'agreed'],
    ['The IMF’s Extended Fund Facility of [[$3 billion]] runs to 2027.', null],
    ['The remaining [[$3 billion]] will be invested over three years.', 'pledged'],
    ['A further [[€200m]] is to be disbursed by December.', 'expected'],
    ['A further [[€200m]] will be disbursed by December.', 'expected'],
    ['About [[$2bn]] is expected to be disbursed next year.', 'expected'],
    // A plan cancelled is cancelled, not intended; a plan kept is intended.
    ['The UAE has scrapped plans to invest [[$2 billion]] in a port.', 'cancelled'],
    ['The bank has withdrawn from a planned loan of about [[600 billion won]] for the plant.', 'cancelled'],
    // A cue in a relative clause closed before the figure is the clause's, not the figure's.
    ['The company will put ₹4,500 crore into the first phase, which is slated to go live by 2028, and the remaining [[₹7,500 crore]] into a second phase.', 'pledged'],
    ['The fund, which was approved in March, will lend [[$200m]].', 'pledged'],
    // Money a party "is set to receive" is promised it, as what it "will receive" is.
    ['The company is set to receive up to [[35 billion tenge]] from the EBRD.', 'pledged'],
    ['The company is set to sign a [[$35m]] loan.', 'expected'],
    ['The payment leaves [[$650 million]] still to come.', 'expected'],
    ['Afreximbank will release [[a quarter of a billion dollars]] within two weeks.', 'pledged'],
    ['The lender pulled out of the planned [[$400m]] financing.', 'cancelled'],
    ["The ministry expects the International Monetary Fund's Executive Board to approve a tranche of about [[$1.2 billion]] in January.", 'expected'],
    // Money a receiver "will receive", or that "will go to" one, is pledged.
    ['Somalia will also receive an additional [[£4 million]] for vaccination.', 'pledged'],
    ['A further [[£15 million]] will go to South Sudan.', 'pledged'],
    // A head of state's signed order approves spending; a signed agreement is signed.
    ['The President signed an order allocating [[17 million manat]] for a school in Osh.', 'approved'],
    ['The minister signed a decree releasing [[$20 million]] for the project.', 'approved'],
    ['The two sides signed an agreement on a [[$20 million]] loan.', 'signed'],
    // A death told in the passive after the figure ends what the words before it planned.
    ['He confirmed that a planned [[$280 million]] cement plant by Anadolu Cimento had been cancelled last month.', 'cancelled'],
    ['The proposed [[$1 billion]] refinery was later scrapped over pricing disputes.', 'cancelled'],
    ['China plans to invest [[$1 billion]] in a plant, replacing a deal that was cancelled.', 'intended'],
    // Past a relative clause with its own verb, the main clause's cancelling.
    ['A [[US$100mn]] loan from CAF that was approved for the program in 2024 was cancelled earlier this year.', 'cancelled'],
    ['The bank had agreed in principle in 2021 to provide about [[$2.7bn]] but later pulled out of the project.', 'cancelled'],
    ['The bank agreed to provide [[$2.7bn]] but asked for guarantees.', 'agreed'],
    ['China Exim had offered about [[$2.7bn]] but pulled out amid concerns over debt.', 'cancelled'],
    ['The line was to be financed by a [[$2.2b]] loan from China Exim, but talks on the loan were put on hold in 2022.', 'cancelled'],
    ['Bolivia has put on ice a planned loan of nearly [[$1.4 billion]] from China.', 'cancelled'],
    ['The government put the [[$2bn]] deal on hold.', 'cancelled'],
    // Money parked at a central bank is there; what a party will backstop it pledges.
    ['Oman has parked [[$500 million]] with the Central Bank of Sri Lanka.', 'disbursed'],
    ['The United States will backstop a [[$1 billion]] bond.', 'pledged'],
    ['The bank planned a [[$400m]] loan after it withdrew from Ghana.', 'intended'],
    ['The firm shelved its plan to build a [[$1bn]] plant.', 'cancelled'],
    ['The UAE plans to invest [[$2 billion]] in a port.', 'intended'],
    // Money asked for is proposed; a disbursement completed is disbursed.
    ['Indonesia is seeking [[$3 billion]] in financing from Japan.', 'proposed'],
    ['Indonesia is seeking to raise [[$3 billion]] from Japan.', 'intended'],
    ['India completed disbursement of a [[$500 million]] credit line to Mozambique.', 'disbursed'],
    ['Kenya lands [[$1bn]] loan from World Bank', 'agreed'],
    ['It includes [[$1.5 billion]] in budget support to be disbursed this year.', 'expected'],
    ['The government cancelled a [[$1bn]] order.', 'cancelled'],
    ['The [[$2bn]] project was scrapped in March.', 'cancelled'],
    // Hedges and negation only lower.
    ['The board has not yet approved the [[$800m]] loan.', 'under_discussion'],
    ['The board could approve [[$800m]] in June.', 'proposed'],
    ['The bank may sign a [[$1bn]] deal.', 'proposed'],
    ['Officials plan to sign a [[$1bn]] deal.', 'intended'],
    ['The bank is expected to approve [[$1bn]].', 'expected'],
    ['A [[$1bn]] fund for schools.', null],
    // A cue before a semicolon is the other clause's.
    ['World Bank approves $700m for Nigeria; IFC adds [[$150m]] guarantee', null],
    ['Spain said it would add [[200 million euros]] in concessional loans.', 'pledged'],
    // A headline's "pull $2bn" and "withdraws" end what was given; "pull in" draws money in.
    ['Chinese lenders pull [[$2bn]] in financing for coal plant', 'cancelled'],
    ['Tarsa withdraws [[$500m]] offer for port', 'cancelled'],
    // Money raised from a sale of bonds is agreed.
    ['Uzbekistan raises [[$1.5bn]] in eurobond sale', 'agreed'],
    ['Ethiopia secures [[$10.5bn]] package', 'agreed'],
    ['The remaining [[$25 billion]] will be paid within two months.', 'pledged'],
    // A verb after the figure belongs to it only before another figure.
    ['Argentina gets [[$20bn]] IMF program, first $12bn disbursed', null],
    ['Argentina gets $20bn IMF program, first [[$12bn]] disbursed', 'disbursed'],
    ['Dangote Group is raising [[$3 billion]] from a group of African banks.', 'under_discussion'],
    // "has made a $50m investment" is done.
    ['The IFC has made a [[$50 million]] equity investment in the fintech.', 'agreed'],
    ['The IFC has made progress on a [[$50 million]] loan.', null],
    ['Philippines secures [[$3bn]] in pledges from Japanese firms', 'pledged'],
    ['Uzbekistan sold [[$1.5 billion]] of dollar-denominated eurobonds.', 'agreed'],
    ['Uzbekistan aims to raise [[$1.5 billion]] in eurobonds.', 'intended'],
    ['The fund pulled in [[$2bn]] from investors.', null],
    ['The World Bank approved $700m for Nigeria; the IFC will provide [[$150m]].', 'pledged'],
    ['The World Bank approved [[$700m]] for Nigeria; the IFC will provide $150m.', 'approved'],
    ['Britain will guarantee [[up to £300 million]] of World Bank loans.', 'pledged'],
    // A deal given up is cancelled.
    ['The consortium has withdrawn from a [[$3 billion]] agreement to finance and build a railway.', 'cancelled'],
    // Money drawn from a line is paid out.
    ['Turkey’s central bank has drawn the first [[$500 million]] of a $3 billion swap line.', 'disbursed'],
    ['Egypt drew down [[$1 billion]] from the facility in March.', 'disbursed'],
    // An investor that led a funding round has put its money in.
    ['Qatar Investment Authority led a [[$250 million]] funding round in Creditas.', 'agreed'],
    ['SoftBank co-led the [[$90m]] Series C round.', 'agreed'],
    ['The minister led a [[$250 million]] trade mission.', null],
    // A relative clause on the object of the figure's own verb is not the figure's: the programme is expected to create jobs.
    ['Of the amount, [[$300 million]] will support a skills programme, which is expected to train 50,000 workers.', null],
    ['The [[$2 billion]] loan, which is expected to be approved next month, will fund roads.', 'expected'],
    // The money's own status told right after its noun is firmer than the future tense of what it pays for.
    ['The plant will be financed by a [[$300 million]] loan that was approved last week.', 'approved'],
    ['Part of the cost will be covered by a [[EUR 60 million]] loan signed last month with KfW.', 'signed'],
    ['The line will be built with a [[€200 million]] loan from the European Investment Bank, whose board approved the financing in May.', 'approved'],
    // A promise taken back later in the sentence.
    ['Canada, which had promised [[$40 million]] to the fund in 2024, formally withdrew the pledge in June.', 'cancelled'],
    ['Britain had pledged [[£500 million]] before the new government pulled out of the partnership.', 'cancelled'],
    ['Japan pledged [[$1 billion]] after China cancelled the deal.', 'pledged'],
  ];
  it.each(cases)('%s → %s', (marked, expected) => {
    const { sentence, start, end } = at(marked);
    expect(statusOf(sentence, start, end)?.status ?? null).toBe(expected);
  });

  it('firmer keeps the firmest status and lets cancelled win', () => {
    expect([firmer('pledged', 'approved'), firmer('approved', 'intended'), firmer(null, 'agreed'), firmer('signed', 'cancelled')]).toEqual([
      'approved',
      'approved',
      'agreed',
      'cancelled',
    ]);
  });
});

describe('instrumentOf', () => {
  const cases: [string, string | null][] = [
    ['Qatar will invest [[$3 billion]] in Egypt.', 'investment'],
    // A currency swap is no loan, whatever "tranche" says; a battery-swap network is no swap.
    ['The central banks agreed to extend the activated tranche of their currency swap, worth [[35 billion yuan]], for two years.', 'other'],
    ['India will provide the Maldives with a [[$400 million]] currency swap.', 'other'],
    ['The [[$50 million]] loan will expand its battery-swap network.', 'loan'],
    // A release's capitals are no name: "Japanese ODA Loan", "Loan Agreements".
    ['JICA signed Loan Agreements to provide a Japanese ODA Loan of up to [[112,813 million yen]].', 'loan'],
    // Debt of a rank raised by a borrower is a loan.
    ['Solvane Energy has secured [[US$420mn]] in senior debt for its wind farm.', 'loan'],
    ['The developer raised [[$90m]] of subordinated debt.', 'loan'],
    // Money put into a thing: "plough", "sink", "pour", "pump" ... "into".
    ['Sacyr will plough more than [[3 trillion pesos]] into a toll highway.', 'investment'],
    ['Oman has parked [[$500 million]] with the Central Bank of Sri Lanka for two years.', 'deposit'],
    ['The United States will backstop a [[$1 billion]] bond that Jordan plans to sell.', 'guarantee'],
    ['L&F to sink over [[€1.2bn]] into Portuguese cathode plant', 'investment'],
    ['Investors poured [[$2bn]] into the country last year.', 'investment'],
    ['Shares sank 5% after the bank approved a [[$200m]] loan.', 'loan'],
    // A figure naming its own source: the agency named before it is another figure's.
    ['The $3.5bn debt package includes $1.25bn from US EXIM and [[$700 million]] from the IFC.', 'debt_package'],
    ['The $3.5bn debt package includes [[$1.25bn]] from US EXIM and $700 million from the IFC.', 'export_credit'],
    ['Japan will lend [[$500m]] to Vietnam.', 'loan'],
    ['The producer raised [[$2 billion]] from a bond sale.', 'other'],
    ['The bank approved a [[$200m]] loan.', 'loan'],
    ['India extended a [[$1bn]] credit line to Sri Lanka.', 'loan'],
    ['The agency approved [[$1.25 billion]] in US Export-Import Bank financing.', 'export_credit'],
    // The African Export-Import Bank is a multilateral lender: its syndicated loan is a debt package.
    ['The African Export-Import Bank approved a [[$800 million]] syndicated loan for the refinery.', 'debt_package'],
    ['The African Export-Import Bank approved [[$800 million]] for the refinery.', null],
    // An export-credit agency that borrows from banks named after the figure: the agency is the borrower, not the kind of money.
    ['Turk Eximbank, the export credit agency, has signed a [[$1.5 billion]] syndicated loan with a group of 12 banks.', 'debt_package'],
    ['The export credit agency signed a [[$600 million]] loan with five international banks.', 'loan'],
    ['The export credit agency will provide a [[$600 million]] loan to Tanzania.', 'export_credit'],
    ['JBIC will provide [[$400 million]] and the EIB 300 million euros.', 'export_credit'],
    // An Exim bank's loan called a loan is a loan; its export credit, or its money with no noun, is export credit.
    ['The Export-Import Bank of China signed a [[$1.2 billion]] loan with Kenya for the railway.', 'loan'],
    ['The Export-Import Bank of China will provide [[$1.2 billion]] in export credit.', 'export_credit'],
    ['The bank will provide [[$2 billion]] in concessional loans for roads, schools and clinics.', 'loan'],
    // An investment grant is a grant.
    ['The ministry will receive a [[€30 million]] investment grant from the EU budget.', 'grant'],
    ['UKEF provided [[£300m]] of export credit cover.', 'export_credit'],
    ['The bank will finance [[$400m]] of the road.', 'financing'],
    ['The fund provided [[$50 million]] in funding.', 'financing'],
    ['The EU granted [[€90m]] to Moldova.', 'grant'],
    ['Norway will donate [[$20m]] for flood relief.', 'grant'],
    // What a party guarantees is its guarantee, whatever it backs.
    ['Britain will guarantee [[up to £300 million]] of World Bank loans to Ukrenergo.', 'guarantee'],
    ['The World Bank will lend [[£300 million]] guaranteed by Britain.', 'loan'],
    ['The EU signed [[€1bn]] in macro-financial assistance for Egypt.', 'loan'],
    ['EU, Egypt sign [[€1bn]] macro-financial aid deal', 'loan'],
    // Money "given" says nothing of its kind (a sum given may be split into grants and loans later); a noun does.
    ['Norway signed an agreement to give Malawi [[300 million Norwegian crowns]] over five years.', null],
    ['Japan gave Kenya a [[$200 million]] loan.', 'loan'],
    ['The fund paid [[$700m]] for a 20 percent stake.', 'equity'],
    ['Qatar buys [[$1bn]] of Egypt’s green bonds.', 'other'],
    ['Qatar buys [[$1bn]] stake in Egyptian bank.', 'equity'],
    ['Riyadh placed [[$3bn]] in deposits with the central bank.', 'deposit'],
    ['Lenders are assembling a financing package exceeding [[$2.6 billion]].', 'debt_package'],
    ['The broader debt package is expected to total about [[$3.5 billion]].', 'debt_package'],
    ['They signed a trade deal worth [[$1bn]].', 'trade'],
    // Credit for oil bought is trade finance, whatever its "facility".
    ['The Kingdom agreed to extend the deferred oil payment facility of [[$1.2 billion]] for another year.', 'trade'],
    ['Riyadh will supply oil on deferred payment worth [[$1.5bn]] a year.', 'trade'],
    ['Saudi Arabia extends [[$1.2bn]] oil facility', 'trade'],
    ['The Board approved arrangements under the EFF and ECF for Kenya in an amount of [[SDR 1.95 billion]].', 'loan'],
    // An agency listed after other lenders is one of a group; alone, its money is export credit.
    ['The developer is in talks with DBS Bank, OCBC and the Japan Bank for International Cooperation (JBIC) to raise [[$1.5 billion]] in project loans.', 'loan'],
    ['JBIC will provide [[$400 million]] for the plant.', 'export_credit'],
    // What money is converted into is its kind.
    ['China agreed to convert an interest-free loan of [[200 million yuan]], extended in 2017, into grant assistance.', 'grant'],
    ['The lender will convert [[$50 million]] of debt into equity.', 'equity'],
    // The cover behind money is not its kind.
    ['KfW IPEX-Bank will lend [[$500 million]] backed by a German government untied loan guarantee.', 'loan'],
    ['MIGA will provide guarantees of up to [[$450 million]].', 'guarantee'],
    ['The bank approved a [[$1.2 billion]] payment facility.', 'loan'],
    ['Willingness to lend an additional [[$1 billion]], the minister said the funding may come from deposits.', 'loan'],
    ['The board approved a [[$400 million]] credit to Freedonia.', 'loan'],
    ['The fund approved a [[$3 billion]] Extended Fund Facility.', 'loan'],
    ['The fund released an [[$800 million]] tranche.', 'loan'],
    ['The plant secured [[$280m]] of debt from two banks.', 'loan'],
    ['The government will pay a [[€50m]] subsidy for the plant.', 'grant'],
    // A word of an institution's name says nothing of the money.
    ['The Asian Infrastructure Investment Bank will provide [[$750 million]] for the grid.', null],
    ['The Public Investment Fund will lend [[$500m]].', 'loan'],
    ['The fund refused to lend Tessaly [[$3 billion]] until it cuts spending.', 'loan'],
    ['The bank has extended a [[$150m]] facility to the utilities.', 'loan'],
    // A guarantee backs others' loans; it is no loan itself.
    ['Norway will provide [[£500 million]] in loan guarantees to Tessaly.', 'guarantee'],
    // Tax or cash incentives are a subsidy; bare "incentives and loans" are the loans'.
    ['The board approved tax incentives worth [[25 billion baht]] for carmakers.', 'grant'],
    ['Tessaly secured [[$1.2 billion]] in incentives and loans from the state.', 'loan'],
    ['MIGA issued [[$300m]] of political risk guarantees for the plant.', 'guarantee'],
    ['MIGA will provide [[$500 million]] in political risk insurance for the plant.', 'guarantee'],
    ['The bank will lend [[$300m]], backed by a state guarantee.', 'loan'],
    // Buying is equity; so is a funding round; building a plant of one's own right before its figure is investing.
    ['Masdar agreed to buy Tessaly Yield for [[€1.4 billion]] including debt.', 'equity'],
    ['It is part of a [[$400 million]] funding round.', 'equity'],
    ['The steelmaker will set up a [[$3 billion]] integrated mill.', 'investment'],
    ['The bank approved [[$500m]] to build roads.', null],
    ['Enel agreed to sell its Peruvian power distribution business to a Chinese grid company for [[$2.9 billion]].', 'equity'],
    ['TotalEnergies will pay about [[$1.5 billion]] for its share, a source said.', 'equity'],
    // ", and" before a new subject starts another clause: the loans are the first one's.
    ['South Korea will provide $1 billion in development loans, and Korean companies signed deals for projects worth [[$7 billion]].', null],
    ['South Korea will provide $1 billion, and [[$2 billion]] in loans next year.', 'loan'],
    ['VinFast will invest up to $2 billion in a factory in India, with [[$500 million]] in the first phase.', 'investment'],
    // "co-financed" says who shares the money, not its kind: the loan it shares is a loan.
    ['The loan is co-financed with the World Bank, which is providing [[$700 million]].', 'loan'],
    ['The programme is co-financed with the World Bank, which is providing [[$700 million]].', 'financing'],
    ['The central bank secured a [[US$2 billion]] repurchase agreement with six banks.', 'loan'],
    // Money "to finance" a thing names its purpose: the kind named before the figure is its own.
    ['The fund signed a loan agreement worth [[KSh2.1 billion]] to finance new irrigation canals.', 'loan'],
    ['The agency approved a grant of [[€40 million]] to help finance the clinics.', 'grant'],
    ['The bank will provide [[$80 million]] to finance the road.', 'financing'],
    // A buyer's money advanced against deliveries is financing: neither the offtake it is repaid in nor a facility's loan.
    ['Marula Nickel has secured a [[$30-million]] offtake prepayment facility from metals trader Vantor Commodities.', 'financing'],
    ['The republic signed a [[$450 million]] crude oil prepayment deal with a trading house.', 'financing'],
    ['Vantor Commodities will buy the concentrate under a [[$30 million]] offtake agreement.', 'trade'],
  ];
  it.each(cases)('%s → %s', (marked, expected) => {
    const { sentence, start, end } = at(marked);
    expect(instrumentOf(sentence, start, end)).toBe(expected);
  });
  // A figure after another, read from the end of the one before (as the extractor reads it): with no
  // cue of its own, it shares the sentence's, unless a clause of its own begins between them.
  const afterAnother: [string, string | null][] = [
    ['The fund will lend $300m, while the remaining [[$700m]] will be covered by Ostra Power.', null],
    ['The fund will lend $300m, but [[$700m]] will come from Ostra Power.', null],
    ['Japan will lend $300m and [[$700m]] more next year.', 'loan'],
    // An export-credit agency named for the figure before is not the next figure's kind of money.
    ['JBIC will provide $400 million and the EIB [[300 million euros]].', null],
  ];
  it.each(afterAnother)('%s → %s (after another figure)', (marked, expected) => {
    const { sentence, start, end } = at(marked);
    const from = sentence.indexOf('$300m') + '$300m'.length;
    expect(instrumentOf(sentence, start, end, from)).toBe(expected);
  });

  it('a figure with a noun of its own takes no kind of money from the figure before ("$1bn in loans, $7bn in projects")', () => {
    const s = 'South Korea offers Uzbekistan $1bn in loans, $7bn in projects at summit';
    const first = s.indexOf('$1bn') + '$1bn'.length;
    const start = s.indexOf('$7bn');
    expect(instrumentOf(s, start, start + '$7bn'.length, first)).toBe(null);
    expect(instrumentOf(s, s.indexOf('$1bn'), first, 0, start)).toBe('loan');
  });
});

describe('sectorOf', () => {
  const cases: [string, string | null][] = [
    ['a copper-gold mine in the desert', 'mining'],
    ['an oil pipeline to the coast', 'oil and gas'],
    ['a 300MW solar park', 'renewables'],
    ['a new railway line to the port', 'transport'],
    ['fintech and data centres', 'digital'],
    ['a children’s hospital', 'health'],
    ['a desalination plant', 'water'],
    ['two 1.5 GW wind farms', 'renewables'],
    ['dairy farms in the north', 'agriculture'],
    ['budget support for the treasury', 'finance'],
    ['a friendship between nations', null],
  ];
  it.each(cases)('%s → %s', (text, expected) => {
    expect(sectorOf(text)).toBe(expected);
  });
});

describe('qualifiers', () => {
  const before: [string, string | null][] = [
    ['spend over ', 'over'],
    ['spend more than ', 'over'],
    ['at least ', 'at_least'],
    ['up to ', 'up_to'],
    ['an estimated ', 'about'],
    ['approximately ', 'about'],
    ['close to ', 'nearly'],
    ['handsome ', null],
    ['rolls over ', null],
    ['handed over ', null],
    ['the ', null],
    // A preposition before the figure's article ("talks over a $750m loan").
    ['in talks with the bank over a ', null],
    ['a row about the ', null],
    ['up to a ', 'up_to'],
  ];
  it.each(before)('before "%s" → %s', (text, expected) => {
    expect(qualifierBefore(text)?.qualifier ?? null).toBe(expected);
  });
  const after: [string, string | null][] = [
    [' or more in loans', 'at_least'],
    ['-plus deal', 'over'],
    [' or so', 'about'],
    [' in loans', null],
  ];
  it.each(after)('after "%s" → %s', (text, expected) => {
    expect(qualifierAfter(text)?.qualifier ?? null).toBe(expected);
  });
});
