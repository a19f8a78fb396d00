/**
 * Parts and wholes. A deal is `part_of` another when the article says so (the extractor's link is
 * kept, pointed at the merged deal), or when it is a smaller financing of a project that has a
 * named debt package: an agency's loan for project X sits inside "the $4bn debt package for X".
 * When several packages of one project could hold a part, the largest is taken (the "broader"
 * package), so nesting stays one level deep where the text does not say otherwise. Figures within
 * 2% of each other are not nested: that is more likely one package credited to different lenders.
 */
import type { Commitment } from '../tables.ts';
import * as messages from '../messages.ts';
import { amountsAgree, pointOf } from './amounts.ts';
import { countryCode } from './countries.ts';
import { formatQualified } from './format.ts';
import { sameProject } from './names.ts';
import type { UsdAmounts } from './fx.ts';

export type Nestable = Commitment & UsdAmounts & { merged_ids: string };
export type Nested<T extends Nestable> = T & { part_of: string | null; is_umbrella: boolean; link_reason: string | null };

function usdPoint(d: Nestable): number | null {
  return pointOf({ amount: d.amount_usd, amount_low: d.amount_usd_low, amount_high: d.amount_usd_high });
}

/**
 * The packages of one project that could hold a part, ready to be searched from the largest down.
 * Sizes are compared in USD when both deals have it, else in their shared original currency, else
 * not at all; so a part with a USD figure looks at `usd` (packages with one, by USD size) and at
 * `rawWithoutUsd` of its currency (packages without one, by their own figure), and a part without
 * a USD figure looks at `raw` of its currency (every package with a figure in that currency).
 * Each list runs largest first, and among equal sizes in the packages' order.
 */
interface Sized<T> {
  whole: T;
  size: number;
  /** Position among all packages: the earlier of two equal candidates wins. */
  order: number;
}
interface ProjectPackages<T> {
  usd: Sized<T>[];
  rawWithoutUsd: Map<string, Sized<T>[]>;
  raw: Map<string, Sized<T>[]>;
}

/**
 * For a part's project name, the packages whose project is the same (the tolerant sameProject, as
 * before), worked out once per distinct name: names repeat across thousands of deals.
 */
function packageFinder<T extends Nestable>(packages: readonly T[]): (project: string) => ProjectPackages<T> {
  const byName = new Map<string, { whole: T; order: number }[]>();
  packages.forEach((whole, order) => {
    const list = byName.get(whole.project!);
    if (list) list.push({ whole, order });
    else byName.set(whole.project!, [{ whole, order }]);
  });
  const known = new Map<string, ProjectPackages<T>>();
  return (project) => {
    let found = known.get(project);
    if (found) return found;
    found = { usd: [], rawWithoutUsd: new Map(), raw: new Map() };
    const push = (map: Map<string, Sized<T>[]>, key: string, item: Sized<T>) => {
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    };
    for (const [name, wholes] of byName) {
      if (!sameProject(name, project)) continue;
      for (const { whole, order } of wholes) {
        const usd = usdPoint(whole);
        if (usd !== null) found.usd.push({ whole, size: usd, order });
        const raw = pointOf(whole);
        if (raw === null || whole.currency === null) continue;
        push(found.raw, whole.currency, { whole, size: raw, order });
        if (usd === null) push(found.rawWithoutUsd, whole.currency, { whole, size: raw, order });
      }
    }
    const largestFirst = (a: Sized<T>, b: Sized<T>) => (a.size !== b.size ? (a.size > b.size ? -1 : 1) : a.order - b.order);
    found.usd.sort(largestFirst);
    for (const list of [...found.raw.values(), ...found.rawWithoutUsd.values()]) list.sort(largestFirst);
    known.set(project, found);
    return found;
  };
}

/**
 * The largest package that can hold the part (the first in package order among equal sizes), as
 * if every package were tried in order and a strictly larger one replaced the best so far. Lists
 * run largest first, so each is read only until its first fit, or until its packages are no
 * larger than the part (a whole must be larger).
 */
function largestWhole<T extends Nestable>(
  part: T,
  candidates: ProjectPackages<T>,
  fits: (whole: T, partSize: number, wholeSize: number) => boolean,
): Sized<T> | null {
  const firstFit = (list: readonly Sized<T>[] | undefined, partSize: number): Sized<T> | null => {
    for (const item of list ?? []) {
      if (item.size <= partSize) return null;
      if (fits(item.whole, partSize, item.size)) return item;
    }
    return null;
  };
  const usd = usdPoint(part);
  const raw = pointOf(part);
  const rawList = raw === null || part.currency === null ? undefined : usd !== null ? candidates.rawWithoutUsd : candidates.raw;
  const inUsd = usd === null ? null : firstFit(candidates.usd, usd);
  const inRaw = rawList === undefined ? null : firstFit(rawList.get(part.currency!), raw!);
  if (inUsd === null || inRaw === null) return inUsd ?? inRaw;
  return inUsd.size > inRaw.size || (inUsd.size === inRaw.size && inUsd.order < inRaw.order) ? inUsd : inRaw;
}

function label(d: Nestable): string {
  const figure = d.amount_usd ?? d.amount;
  const currency = d.amount_usd !== null ? 'USD' : (d.currency ?? 'USD');
  const what = d.instrument ? d.instrument.replace(/_/g, ' ') : 'commitment';
  return `${formatQualified(figure, d.qualifier, currency)} ${what}${d.funder ? ` from ${d.funder}` : ''}`;
}

function ancestors(id: string, parentOf: ReadonlyMap<string, string | null>): Set<string> {
  const seen = new Set<string>();
  let current = parentOf.get(id) ?? null;
  while (current !== null && !seen.has(current)) {
    seen.add(current);
    current = parentOf.get(current) ?? null;
  }
  return seen;
}

/** What nesting decides for one deal: the columns nestDeals sets. */
export interface Nesting {
  part_of: string | null;
  is_umbrella: boolean;
  link_reason: string | null;
}

export function nestDeals<T extends Nestable>(deals: readonly T[]): Nested<T>[] {
  const nesting = nestingOf(deals);
  // Object.assign rather than a spread with keys added: V8 builds the latter many times slower.
  return deals.map((d, i) => Object.assign({}, d, nesting[i]!));
}

/** nestDeals's decision for each deal, in order, without copying the deals (the reconcile stage makes each deal once). */
export function nestingOf<T extends Nestable>(deals: readonly T[]): Nesting[] {
  const dealOf = new Map<string, string>();
  for (const d of deals) for (const id of d.merged_ids.split(';')) dealOf.set(id, d.commitment_id);
  const byId = new Map(deals.map((d) => [d.commitment_id, d]));

  const parentOf = new Map<string, string | null>();
  const reasons = new Map<string, string>();
  for (const d of deals) {
    const whole = d.part_of === null ? null : (dealOf.get(d.part_of) ?? null);
    if (whole !== null && whole !== d.commitment_id) {
      parentOf.set(d.commitment_id, whole);
      reasons.set(d.commitment_id, messages.reconcile.linkStated(label(byId.get(whole)!)));
    } else {
      parentOf.set(d.commitment_id, null);
    }
  }
  // A stated link that would close a loop is dropped rather than followed forever.
  for (const d of deals) if (ancestors(d.commitment_id, parentOf).has(d.commitment_id)) parentOf.set(d.commitment_id, null);

  // Only named packages can hold parts: few deals are, and they are looked up by the part's
  // project and size (see packageFinder), so a large corpus is not compared pair by pair.
  const packages = deals.filter((w) => w.instrument === 'debt_package' && w.status !== 'cancelled' && w.project !== null);
  const wholesFor = packageFinder(packages);
  for (const part of deals) {
    if (parentOf.get(part.commitment_id) !== null || part.project === null) continue;
    const fits = (whole: T, partSize: number, wholeSize: number): boolean => {
      if (whole === part) return false;
      const rc = [countryCode(part.recipient_country), countryCode(whole.recipient_country)];
      if (rc[0] && rc[1] && rc[0] !== rc[1]) return false;
      if (amountsAgree(partSize, wholeSize)) return false;
      return !ancestors(whole.commitment_id, parentOf).has(part.commitment_id);
    };
    const best = largestWhole(part, wholesFor(part.project), fits);
    if (best) {
      parentOf.set(part.commitment_id, best.whole.commitment_id);
      const project = best.whole.project!;
      reasons.set(
        part.commitment_id,
        part.instrument === 'debt_package'
          ? messages.reconcile.linkPackageInPackage(label(part), label(best.whole), project)
          : messages.reconcile.linkInsidePackage(label(part), label(best.whole), project),
      );
    }
  }

  const umbrellas = new Set([...parentOf.values()].filter((v): v is string => v !== null));
  return deals.map((d) => ({
    part_of: parentOf.get(d.commitment_id) ?? null,
    is_umbrella: umbrellas.has(d.commitment_id),
    link_reason: reasons.get(d.commitment_id) ?? null,
  }));
}
