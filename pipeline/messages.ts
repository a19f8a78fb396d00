/**
 * Every message pledgebook shows a user (terminal lines, rejected-input reasons, check messages,
 * workbook and brief notes) is written here, so wording stays consistent and can be reviewed in one
 * place. Each area has its own section; a message is a function of the values it names.
 * Messages name the file, the line and the offending value wherever there is one.
 */

// --- run and CLI -------------------------------------------------------------------------------
export const run = {
  stageDone: (name: string, rows: number, ms: number) => `${name.padEnd(24)} ${String(rows).padStart(7)} rows  ${(ms / 1000).toFixed(2)} s`,
  inputMissing: (path: string) => `cannot run: input ${path} does not exist`,
  lockHeld: (out: string) =>
    `cannot run: another pledgebook run is writing to ${out} (its lock is held); wait for it to finish, or remove ${out}/.pledgebook.lock if no run is active`,
  finished: (out: string, rejected: number) =>
    rejected === 0 ? `done: outputs in ${out}` : `done with ${rejected} rejected input(s): see ${out}/tables/rejected.csv`,
  couldNotRun: (reason: string) => `cannot run: ${reason}`,
  writeStalled: (path: string, written: number, total: number) => `could not write ${path}: the disk took ${written} of ${total} bytes and then none`,
  rejectedLine: (file: string, line: number | null, reason: string) =>
    `rejected ${file}${line === null ? '' : `, line ${line}`}: ${reason}`,
} as const;

export const cli = {
  notANumber: (option: string, value: string) => `${option} takes a whole number of 0 or more, not "${value}"`,
} as const;

export const reports = {
  noBrowser: () =>
    'brief.pdf not written: no Chromium/Chrome found. Install one (Debian: apt-get install chromium) or set PLEDGEBOOK_BROWSER to its path; brief.html and the workbook were written.',
  pdfFailed: (reason: string) => `brief.pdf not written: the browser failed (${reason}); brief.html and the workbook were written`,
  chartFailed: (reason: string) => `workbook chart image not made: ${reason}`,
  workbookThreadClosed: (path: string) => `${path} not written: the run stopped before the workbook was done`,
} as const;

// --- ingest ------------------------------------------------------------------------------------
export const ingest = {
  tooLarge: (bytes: number, limit: number) =>
    `too large: ${bytes} bytes, over the limit of ${limit} bytes (raise it with --max-article-bytes)`,
  empty: () => 'empty: the file holds no text',
  emptyAfterCleaning: () => 'empty: nothing is left once page furniture (share buttons, stamps, captions) is removed',
  binary: (what: string) => `binary file (${what}), not article text`,
  encodingUnclear: (guess: string | null, confidence: number | null) =>
    guess === null
      ? 'not UTF-8 and encoding unclear: convert the file to UTF-8'
      : `not UTF-8 and encoding unclear (best guess ${guess} at ${confidence}% confidence): convert the file to UTF-8`,
  cannotRead: (code: string) => `cannot read the file (${code})`,
  unsupportedType: (ext: string) =>
    `unsupported file type "${ext}": pledgebook reads .txt, .md, .html and .htm`,
  htmlNoText: () => 'HTML page holds no readable article text',
  failed: (detail: string) => `could not be ingested (${detail}); the other inputs were read`,
  manifestUnparsable: (line: number | null, detail: string) =>
    `manifest cannot be parsed${line === null ? '' : ` (line ${line})`}: ${detail}`,
  manifestNoColumn: (columns: readonly string[]) =>
    `manifest needs a "path" or a "text" column; its header has ${columns.length === 0 ? 'no columns' : columns.map((c) => `"${c}"`).join(', ')}`,
  manifestBadRow: (detail: string) => `manifest row cannot be parsed: ${detail}`,
  manifestNoPathOrText: () => 'manifest row has neither a "path" nor a "text" value',
  manifestBothPathAndText: (path: string) => `manifest row has both a "path" (${path}) and a "text"; give one`,
  manifestBadField: (field: string, value: string, detail: string) => `manifest field "${field}" = "${value}": ${detail}`,
  pathOutside: (path: string) => `path "${path}" points outside the manifest's folder; only files inside it are read`,
  fileMissing: (path: string) => `file "${path}" does not exist`,
  notAFile: (path: string) => `"${path}" is not a regular file`,
} as const;

// --- extract -----------------------------------------------------------------------------------
export const extractFigures = {
  currencyRowInvalid: (file: string, line: number, value: string, reason: string) =>
    `${file}, line ${line}: currency row ${JSON.stringify(value)} is not usable (${reason}); the row is skipped`,
  currencyFileUnreadable: (file: string, reason: string) => `cannot read currency table ${file}: ${reason}`,
  articleFailed: (part: number, detail: string) =>
    `article ${part} of this file could not be extracted (${detail}); its text is in the tables, its figures are not, and the other articles were extracted`,
} as const;

export const extractEntities = {
  referenceFileMissing: (file: string, reason: string) => `cannot read entity reference ${file}: ${reason}`,
  referenceColumnsMissing: (file: string, missing: readonly string[]) =>
    `${file}, line 1: missing column(s) ${missing.map((m) => JSON.stringify(m)).join(', ')}`,
  referenceRowInvalid: (file: string, line: number, column: string, value: string, reason: string) =>
    `${file}, line ${line}: ${column} ${JSON.stringify(value)} is not valid (${reason})`,
  referenceUnknownCountry: (file: string, line: number, value: string) =>
    `${file}, line ${line}: country ${JSON.stringify(value)} is not a name in countries.csv`,
  referenceInvalid: (problems: readonly string[]) =>
    `the entity reference has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`,
} as const;

// --- corrections, reconcile, aggregate ---------------------------------------------------------
export const reconcile = {
  // corrections (file = data/corrections.csv or the workbook; line counts the header as line 1)
  correctionsBadRow: (file: string, line: number, problem: string) => `${file} line ${line}: ${problem}; this correction is skipped`,
  correctionsUnreadable: (file: string, reason: string) => `${file}: cannot read corrections (${reason}); no corrections applied`,
  correctionUnknownTable: (table: string, rowId: string) =>
    `correction for row ${rowId} names table "${table}", which cannot be corrected (use commitments, jobs, projections or projects); skipped`,
  correctionStale: (table: string, rowId: string, column: string) =>
    `stale correction: ${table} row ${rowId} no longer exists in this run, so "${column}" was not applied (the article may have changed or been removed)`,
  correctionUnknownColumn: (table: string, rowId: string, column: string) =>
    `correction for ${table} row ${rowId} names column "${column}", which ${table} does not have (or which cannot be changed); skipped`,
  correctionInvalidValue: (table: string, rowId: string, column: string, value: string, expected: string) =>
    `correction for ${table} row ${rowId}: "${value}" is not a valid ${column} (expected ${expected}); skipped`,
  referenceBadRow: (file: string, line: number, column: string, value: string, problem: string) =>
    `${file} line ${line}: ${column} "${value}": ${problem}; fix the reference table and run again`,
  // reconcile checks
  conflictingAmount: (funder: string, what: string, amounts: string) =>
    `the same deal (${funder}, ${what}) is reported with amounts that disagree beyond 2%: ${amounts}; kept as separate deals, check which is right`,
  missingRate: (currency: string, date: string | null) =>
    `no exchange rate for ${currency}${date ? ` on or before ${date}` : ''} in fx_rates.csv: amount left without a USD value`,
  noArticleDate: (currency: string, rateDate: string) =>
    `no article date: latest ${currency} rate used (dated ${rateDate})`,
  missingFunder: (id: string, quote: string) => `commitment ${id} names no funder: "${quote}"`,
  domesticMoney: (id: string, funder: string, recipient: string, country: string) =>
    `deal ${id}: its funder (${funder}) and recipient (${recipient}) are both of ${country}, so it is domestic money, not cross-border; counted as extracted, drop it with a correction if you track cross-border money only`,
  headlineDiffers: (article: string, headlineId: string, headline: string, bodyId: string, body: string) =>
    `the headline of article ${article} gives ${headline} (${headlineId}) where its body gives ${body} (${bodyId}) for the same parties: both are deals, so a total counts the money twice if they are one; correct or drop the wrong one`,
  partsExceedWhole: (whole: string, wholeUsd: string, parts: string, partsUsd: string) =>
    `parts of ${whole} (${parts}) add up to ${partsUsd}, more than the whole (${wholeUsd}): some parts may overlap or belong elsewhere`,
  partsWithinWhole: (whole: string, wholeUsd: string, partsUsd: string) =>
    `parts of ${whole} add up to ${partsUsd}, within the whole (${wholeUsd})`,
  jobsTotalMatches: (totalId: string, total: number, parts: string) =>
    `stated total of ${total.toLocaleString('en-US')} jobs (${totalId}) equals its parts (${parts})`,
  jobsTotalDiffers: (totalId: string, total: number, parts: string, sum: number) =>
    `stated total of ${total.toLocaleString('en-US')} jobs (${totalId}) differs from the sum of its parts ${parts} = ${sum.toLocaleString('en-US')}`,
  jobsTotalMissingParts: (totalId: string, missing: string) =>
    `stated jobs total ${totalId} names parts that do not exist: ${missing}`,
  jobsPartOfTwoTotals: (totalId: string, parts: string) =>
    `jobs total ${totalId} lists parts already listed by an earlier total, which keeps them (the later total is checked and summed without them): ${parts}`,
  shareBaseDisagrees: (country: string, implied: string, reference: string, year: number, source: string, diff: number) =>
    `the share stated for ${country} implies an export base of ${implied}, ${Math.round(diff * 100)}% away from the reference ${reference} (${year}, ${source})`,
  shareBaseAgrees: (country: string, implied: string, reference: string, year: number, source: string) =>
    `the share stated for ${country} implies an export base of ${implied}, within 15% of the reference ${reference} (${year}, ${source})`,
  // link reasons (deals.link_reason)
  linkStated: (whole: string) => `the article says it is part of ${whole}`,
  linkInsidePackage: (part: string, whole: string, project: string) =>
    `${part} for ${project} taken to be inside ${whole}, the named package for the same project (and larger than it)`,
  linkPackageInPackage: (part: string, whole: string, project: string) =>
    `judgement: both are financing packages for ${project}; the smaller (${part}) is taken to be part of the larger (${whole})`,
} as const;

export const review = {
  usage: 'usage: npm run review -- <workbook.xlsx> [--out <run folder>] [--corrections <file>]',
  noSheet: (workbook: string) => `${workbook}: no sheet named "Review"; nothing imported`,
  badHeader: (workbook: string, found: string) =>
    `${workbook}: the Review sheet's first row must be exactly table, row_id, column, value, note (found: ${found}); nothing imported`,
  badRow: (workbook: string, line: number, problem: string) => `${workbook} Review row ${line}: ${problem}`,
  noTables: (dir: string, table: string) => `cannot check row ids: ${dir}/${table}.csv is missing (run pledgebook first, or pass --out)`,
  unknownIds: (workbook: string, dir: string, ids: string) =>
    `${workbook}: refused, these rows do not exist in the current run (${dir}): ${ids}; nothing imported`,
  nothingToImport: (workbook: string) => `${workbook}: the Review sheet has no filled rows; corrections unchanged`,
  imported: (added: number, replaced: number, path: string, backup: string | null) =>
    `imported ${added} correction(s) (${replaced} replacing older ones) into ${path}${backup ? `; previous file kept as ${backup}` : ''}`,
  failed: (reason: string) => `cannot import review: ${reason}`,
} as const;

export const aggregate = {
  totalGross: (n: number, bounds: string, left: string) =>
    `sum of all ${n} deal(s) with an amount in USD, parts and wholes alike (duplicates merged, cancelled left out)${bounds}${left}`,
  totalNet: (n: number, bounds: string, left: string) =>
    `sum of ${n} deal(s) not part of a larger deal that is itself summed, any status except cancelled${bounds}${left}`,
  totalCounted: (n: number, bounds: string, left: string) =>
    `sum of ${n} deal(s) counted toward the headline total (status at or above --count-from, not cancelled, not part of a counted whole)${bounds}${left}`,
  totalTier: (n: number, tier: string, statuses: string, bounds: string, left: string) =>
    `sum of ${n} ${tier} deal(s) (${statuses}); a part is left out only when its whole is in the same tier, so a firm part of a prospective package counts as firm${bounds}${left}`,
  totalBy: (n: number, dimension: string, bounds: string) =>
    `sum of ${n} deal(s) by ${dimension}, net of nesting (a part is left out when its whole is summed), cancelled left out${bounds}`,
  boundsNote: (over: number, upTo: number, low: string, high: string | null) => {
    const notes: string[] = [];
    if (over > 0) notes.push(`${over} lower bound(s) ("over", "at least") so the total is at least ${low}`);
    if (upTo > 0) notes.push(`${upTo} upper bound(s) ("up to") counted only in the high figure${high ? ` (${high})` : ''}`);
    return notes.length ? `; ${notes.join('; ')}` : '';
  },
  leftOutNoUsd: (n: number) => (n > 0 ? `; ${n} deal(s) with an amount but no USD rate left out` : ''),
  valueNote: 'value sums each stated figure ("over X" counted as X, ranges at their midpoint, "up to" amounts left out)',
  jobsAll: (n: number, replaced: number) =>
    `sum of ${n} job figure(s); a stated total and its parts are never both counted (parts used when they add up to the total, else the total)${replaced > 0 ? `; ${replaced} figure(s) told again by another article (same count, kind and place, and the same project or a deal both articles report) counted once, or another article's stated total counted by its parts` : ''}`,
  jobsBy: (n: number, dimension: string) => `sum of ${n} job figure(s) by ${dimension}, each total or its parts counted once`,
  exportShareReference: (value: string, country: string, exports: string, year: number, source: string) =>
    `projected exports of ${value} over ${country}'s exports of ${exports} in ${year} (${source})`,
  exportShareStated: (country: string) =>
    `share as stated in the article; no reference exports for ${country} in country_exports.csv`,
  exportBaseImplied: (value: string, share: string, country: string) =>
    `export base the article implies: ${value} being ${share} of ${country}'s exports`,
} as const;

// --- render ------------------------------------------------------------------------------------
export const render = {
  // Brief notes
  moreDeals: (shown: number, total: number, rest: string) =>
    `Showing the ${shown} largest of ${total} deals; the other ${total - shown} (together ${rest} of the net total) are in the workbook's Commitments sheet.`,
  moreChecks: (shown: number, total: number) =>
    `Showing ${shown} of ${total} checks that need attention (errors first); every check is in the workbook's Checks sheet.`,
  cancelledDeals: (count: number, amount: string) =>
    `${count} cancelled deal(s) worth ${amount} are listed in the workbook and not counted.`,
  partOf: (umbrella: string) => `part of ${umbrella}; not added again`,
  partOfNotSummed: (umbrella: string) => `part of ${umbrella}, which is not summed (cancelled or no USD amount); counted on its own`,
  netDeals: (count: number) => `${count} deal(s), each counted once (a part inside a summed deal is not added again)`,
  countedNote: (amount: string, count: number, status: string) =>
    `counted toward the headline ("${status}" or firmer): ${amount} in ${count} deal(s)`,
  firmLabel: 'Firm money',
  firmDeals: (count: number, statuses: string) => `${count} deal(s) ${statuses.replace(/, ([^,]*)$/, ' or $1')}`,
  firmShare: (share: string) => `${share} of the net total`,
  statedTotal: (kind: string) => (kind === 'total' ? 'stated total' : `${kind.replace(/_/g, ' ')} (stated total)`),
  withinTotal: (kind: string | null) => (kind ? `${kind.replace(/_/g, ' ')}, within a stated total` : 'within a stated total'),
  jobsNote: (rows: number) => `${rows} job figure(s) added; a stated total and its parts are never both counted`,
  exportShareLabel: (ofWhat: string) => `Projected exports as a share of ${ofWhat}`,
  undatedArticles: (count: number) => `${count} article(s) carry no date`,
  noDatedArticles: 'no article states a date',
  otherFunders: (count: number) => `${count} other funders`,
  unknownFunder: 'funder not stated',
  recipientFromArticle: 'receiver named elsewhere in the article, not in the cited sentence',
  fxRate: (currency: string, rate: number, date: string | null) =>
    `1 ${currency} = ${rate} USD${date ? ` (rate of ${date})` : ''}`,
  countFrom: (status: string, tiers: string) =>
    `Net pledged adds every deal with an amount that is not cancelled, once: a deal that is part of a larger deal also summed (a tranche of an umbrella pledge) is not added again. The headline count takes only deals whose status is "${status}" or firmer, and of a deal and its parts only the topmost such deal. Status tiers: ${tiers}; each tier's total is net within the tier, so a firm loan inside a package still under discussion counts as firm.`,
  atLeast:
    'An amount reported as "over" or "at least" counts at the stated figure and leaves the high end open, so a total that includes one reads "at least". An "up to" amount counts from zero to the stated figure.',
  evidenceRule: 'Every figure is footnoted with the verbatim sentence it was taken from and the article that carries it. Unknown values are left blank, never estimated; a receiver the cited sentence does not name, read from the rest of its article, is marked so.',
  // Workbook notes
  reviewInstruction:
    'To correct a row: add a line below with the table (commitments, jobs, projections, projects), the row id, the column and the new value (or column _drop to remove the row) and a note saying why; then run npm run review.',
  summaryNote: 'Figures are live formulas over the table sheets: edit a row and they recompute. Cached values are the pipeline\'s own totals.',
  formulaDisagrees: (recomputed: number) =>
    `Note: on the tables as written this formula gives ${recomputed}, not the pipeline's figure; check the rows it sums.`,
  noChart: 'chart not available: no browser was found to draw it',
  noChartStreamed: 'chart left out of this large workbook (streamed); it is in brief.pdf',
  summaryNet: 'Net pledged (no double counting)',
  summaryNetDeals: '  deals in the net total',
  summaryCounted: (countFrom: string) => `Counted toward the headline ("${countFrom.replace(/_/g, ' ')}" or firmer)`,
  summaryCountedDeals: '  deals counted',
  summaryGross: 'Gross reported (double counts)',
  summaryTier: (tier: string, statuses: string) => `  ${tier} (${statuses.replace(/_/g, ' ')})`,
  summaryMoreKeys: (count: number, dimension: string) =>
    `  … and ${count} more by ${dimension}: filter the table sheet (or see tables/aggregates.csv)`,
  computedColumn:
    'Computed: a formula of this row (and of the deal or total it belongs to) restating the pipeline rule the Summary sums by. Edit the data columns, not these.',
  plainColumn: 'Computed by the pipeline and written as a value (not a formula): edit it to change what the Summary sums.',
  // Errors
  templateMissing: (file: string) => `cannot render the brief: template ${file} is missing or unreadable`,
  browserNotFound:
    'no Chromium/Chrome found: set PLEDGEBOOK_BROWSER to a browser executable, or run `apt-get install chromium` (Debian/Ubuntu) or `npx @puppeteer/browsers install chrome-headless-shell@stable`',
  pdfTimeout: (ms: number) => `the browser did not finish the PDF within ${ms} ms`,
  browserFailed: (path: string, reason: string) => `the browser at ${path} failed: ${reason}`,
} as const;
