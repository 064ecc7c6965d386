import { request } from '../api';
import { h, replaceChildren } from '../dom';
import { money, stock } from '../format';
import { CatalogDocument, type CatalogQuery } from '../gql/graphql';
import { navigate, type PageContext } from '../router';
import { productImage, showFailure } from './common';

export const catalogPageSize = 12;

type CatalogProduct = NonNullable<NonNullable<CatalogQuery['products']>['nodes']>[number];

function catalogUrl(search: string, page: { after?: string; before?: string }): string {
  const query = new URLSearchParams();
  if (search) query.set('search', search);
  if (page.after) query.set('after', page.after);
  if (page.before) query.set('before', page.before);
  const text = query.toString();
  return text ? `/?${text}` : '/';
}

function productCard(product: CatalogProduct): HTMLElement {
  const href = `/products/${encodeURIComponent(product.id)}`;
  const stockInfo = stock(product);
  return h(
    'li',
    { class: 'card product-card', testid: 'product-card' },
    h('a', { href, class: 'card-image', tabindex: '-1', 'aria-hidden': 'true' }, productImage(product, 'thumb')),
    h(
      'div',
      { class: 'card-body' },
      h('a', { href, class: 'product-link', testid: 'product-link' }, h('h2', { class: 'product-name', testid: 'product-name' }, product.name)),
      h(
        'div',
        { class: 'card-meta' },
        h('span', { class: 'price', testid: 'product-price' }, money(product.price, product.currency)),
        h('span', { class: stockInfo.className, testid: 'product-stock' }, stockInfo.text),
      ),
    ),
  );
}

export async function catalogPage(view: HTMLElement, { query }: PageContext): Promise<void> {
  const search = query.get('search')?.trim() ?? '';
  const after = query.get('after') ?? undefined;
  const before = query.get('before') ?? undefined;

  const input = h('input', {
    type: 'search',
    name: 'search',
    value: search,
    placeholder: 'Search the catalog',
    'aria-label': 'Search the catalog',
    maxlength: 200,
    testid: 'search-input',
  });
  const form = h(
    'form',
    {
      class: 'search',
      role: 'search',
      onSubmit: (event) => {
        event.preventDefault();
        navigate(catalogUrl(input.value.trim(), {}));
      },
    },
    input,
    h('button', { type: 'submit', class: 'button', testid: 'search-submit' }, 'Search'),
  );
  const results = h('div', { class: 'results', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Loading products…'));
  replaceChildren(view, h('h1', { class: 'visually-hidden' }, 'Catalog'), form, results);

  let data: CatalogQuery;
  try {
    data = await request(
      CatalogDocument,
      before
        ? { search: search || null, last: catalogPageSize, before }
        : { search: search || null, first: catalogPageSize, after: after ?? null },
      { allowPartial: true },
    );
  } catch (error) {
    showFailure(results, 'The catalog could not be loaded', error);
    return;
  }

  const connection = data.products;
  const products = connection?.nodes ?? [];
  if (!connection || products.length === 0) {
    replaceChildren(
      results,
      h(
        'p',
        { class: 'empty', testid: 'catalog-empty' },
        search ? `No products match “${search}”.` : 'There are no products in the catalog yet.',
      ),
      search ? h('a', { href: '/' }, 'Show all products') : null,
    );
    return;
  }

  const { pageInfo, totalCount } = connection;
  // Paging forward, the server need not know whether earlier pages exist (and backward, later ones).
  const hasPrevious = pageInfo.hasPreviousPage || Boolean(after);
  const hasNext = pageInfo.hasNextPage || Boolean(before);
  replaceChildren(
    results,
    h('p', { class: 'muted count' }, search ? `${totalCount} products match “${search}”` : `${totalCount} products`),
    h('ul', { class: 'grid' }, ...products.map(productCard)),
    h(
      'nav',
      { class: 'pager', 'aria-label': 'Pages' },
      hasPrevious && pageInfo.startCursor
        ? h('a', { href: catalogUrl(search, { before: pageInfo.startCursor }), class: 'button secondary', testid: 'prev-page', rel: 'prev' }, '← Previous')
        : h('span'),
      hasNext && pageInfo.endCursor
        ? h('a', { href: catalogUrl(search, { after: pageInfo.endCursor }), class: 'button secondary', testid: 'next-page', rel: 'next' }, 'Next →')
        : h('span'),
    ),
  );
}
