import { request } from '../api';
import { h, replaceChildren } from '../dom';
import { dateTime, money, shortId } from '../format';
import { MyOrdersDocument, type MyOrdersQuery } from '../gql/graphql';
import type { PageContext } from '../router';
import { loading, requireSignIn, showFailure } from './common';

const pageSize = 20;

type OrderSummary = NonNullable<NonNullable<NonNullable<MyOrdersQuery['me']>['orders']>['nodes']>[number];

export function statusBadge(status: string, testid: string): HTMLElement {
  return h('span', { class: `status status-${status.toLowerCase()}`, testid }, status);
}

function row(order: OrderSummary): HTMLElement {
  const units = order.items.reduce((sum, item) => sum + item.quantity, 0);
  return h(
    'li',
    { class: 'order-row', testid: 'order-row' },
    h(
      'a',
      { href: `/orders/${encodeURIComponent(order.id)}`, class: 'order-link', testid: 'order-link' },
      h('strong', {}, `Order ${shortId(order.id)}`),
      h('span', { class: 'muted' }, `${dateTime(order.createdAt)} · ${units} ${units === 1 ? 'item' : 'items'}`),
    ),
    h('span', { class: 'price' }, money(order.total, order.currency)),
    statusBadge(order.status, 'order-status'),
  );
}

export async function ordersPage(view: HTMLElement, { query }: PageContext): Promise<void> {
  if (!requireSignIn()) return;
  loading(view, 'your orders');
  const after = query.get('after');
  let data: MyOrdersQuery;
  try {
    data = await request(MyOrdersDocument, { first: pageSize, after });
  } catch (error) {
    showFailure(view, 'Your orders could not be loaded', error);
    return;
  }
  const orders = data.me?.orders;
  const nodes = orders?.nodes ?? [];
  if (!orders || nodes.length === 0) {
    replaceChildren(
      view,
      h('h1', {}, 'My orders'),
      h('div', { class: 'panel empty' }, h('p', { testid: 'orders-empty' }, after ? 'No more orders.' : 'You have not ordered anything yet.'), h('a', { href: '/', class: 'button' }, 'Browse the catalog')),
    );
    return;
  }
  replaceChildren(
    view,
    h('h1', {}, 'My orders'),
    h('p', { class: 'muted' }, `${orders.totalCount} ${orders.totalCount === 1 ? 'order' : 'orders'}, newest first`),
    h('ul', { class: 'orders' }, ...nodes.map(row)),
    h(
      'nav',
      { class: 'pager' },
      after ? h('a', { href: '/orders', class: 'button secondary' }, '← Newest') : h('span'),
      orders.pageInfo.hasNextPage && orders.pageInfo.endCursor
        ? h('a', { href: `/orders?after=${encodeURIComponent(orders.pageInfo.endCursor)}`, class: 'button secondary', testid: 'orders-next-page' }, 'Older →')
        : h('span'),
    ),
  );
}
