/** Splitting a list into numbered pages and linking between them. */

export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** Number of pages in the list (at least 1). */
  total: number;
  items: T[];
}

/** Always at least one page, so an empty list still has a page that says so. */
export function paginate<T>(items: readonly T[], pageSize: number): Page<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new RangeError(`Page size must be a positive whole number, got ${pageSize}`);
  }
  const total = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: total }, (_, index) => ({
    number: index + 1,
    total,
    items: items.slice(index * pageSize, (index + 1) * pageSize),
  }));
}

export interface PageLinks {
  first: string | undefined;
  previous: string | undefined;
  next: string | undefined;
  last: string | undefined;
}

/** Links from one page to its neighbours and ends; absent where they would point to itself. */
export function pageLinks(current: number, total: number, hrefFor: (page: number) => string): PageLinks {
  return {
    first: current > 1 ? hrefFor(1) : undefined,
    previous: current > 1 ? hrefFor(current - 1) : undefined,
    next: current < total ? hrefFor(current + 1) : undefined,
    last: current < total ? hrefFor(total) : undefined,
  };
}
