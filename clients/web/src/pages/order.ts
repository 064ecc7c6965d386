import { request } from '../api';
import { h, replaceChildren } from '../dom';
import { dateTime, money } from '../format';
import { OrderDetailDocument, type OrderDetailQuery } from '../gql/graphql';
import { watchOrderStatus } from '../live';
import type { PageContext } from '../router';
import { formError, loading, requireSignIn, showFailure } from './common';
import { statusBadge } from './orders';

type Order = NonNullable<OrderDetailQuery['orderById']>;
type OrderDetails = Pick<Order, 'statusHistory' | 'payment'>;

const statusText: Record<string, string> = {
  PENDING: 'We are placing your order.',
  PAID: 'Paid. We are preparing your parcel.',
  PAYMENT_FAILED: 'The payment failed; nothing was charged.',
  SHIPPED: 'On its way.',
  DELIVERED: 'Delivered.',
  CANCELLED: 'Cancelled.',
  REFUNDED: 'Refunded.',
};

function history(order: OrderDetails): HTMLElement {
  return h(
    'ol',
    { class: 'history', testid: 'order-history' },
    ...order.statusHistory.map((change) =>
      h('li', {}, h('strong', {}, change.status), ' ', h('span', { class: 'muted' }, dateTime(change.changedAt)), change.reason ? ` — ${change.reason}` : null),
    ),
  );
}

function address(order: Order): HTMLElement {
  const a = order.shippingAddress;
  return h(
    'address',
    {},
    a.name,
    h('br'),
    a.line1,
    a.line2 ? h('br') : null,
    a.line2,
    h('br'),
    `${a.postalCode} ${a.city}${a.region ? `, ${a.region}` : ''}`,
    h('br'),
    a.country,
  );
}

export async function orderPage(view: HTMLElement, { params, signal }: PageContext): Promise<void> {
  if (!requireSignIn()) return;
  loading(view, 'the order');
  // Partial: without Payments the order is still shown, its payment as unknown.
  const load = async (): Promise<Order | null> =>
    (await request(OrderDetailDocument, { id: params.id }, { allowPartial: true })).orderById ?? null;
  let order: Order | null;
  try {
    order = await load();
  } catch (error) {
    showFailure(view, 'The order could not be loaded', error);
    return;
  }
  if (!order) {
    replaceChildren(view, h('h1', {}, 'Order not found'), formError('There is no such order in your account.'), h('a', { href: '/orders' }, 'My orders'));
    return;
  }
  if (signal.aborted) return;

  const status = statusBadge(order.status, 'order-status');
  const explanation = h('p', { class: 'muted' }, statusText[order.status] ?? '');
  const live = h('span', { class: 'live', testid: 'live-indicator', 'data-live': 'false', title: 'Live status updates' }, 'Connecting…');
  const paymentStatus = h('span', { testid: 'payment-status' });
  const historySlot = h('div');
  const liveError = h('div', { 'aria-live': 'polite' });
  let latestStatus = order.status;

  const showDetails = (current: OrderDetails): void => {
    paymentStatus.textContent = current.payment?.status ?? 'NONE';
    paymentStatus.title = current.payment?.failureMessage ?? '';
    replaceChildren(historySlot, history(current));
  };
  const showStatus = (value: string): void => {
    status.textContent = value;
    status.className = `status status-${value.toLowerCase()}`;
    explanation.textContent = statusText[value] ?? '';
  };

  replaceChildren(
    view,
    h('p', { class: 'breadcrumbs' }, h('a', { href: '/orders' }, 'My orders'), ' / Order'),
    h(
      'div',
      { class: 'order-head' },
      h('h1', {}, 'Order ', h('code', { class: 'order-id', testid: 'order-id' }, order.id)),
      h('div', { class: 'status-line' }, status, live),
    ),
    explanation,
    liveError,
    h(
      'div',
      { class: 'order-layout' },
      h(
        'section',
        { class: 'panel' },
        h('h2', {}, 'Items'),
        h(
          'ul',
          { class: 'lines compact' },
          ...order.items.map((item) =>
            h(
              'li',
              { class: 'line', testid: 'order-item' },
              h('a', { href: `/products/${encodeURIComponent(item.product.id)}`, testid: 'order-item-name' }, item.productName),
              h('span', { class: 'muted' }, `${item.quantity} × ${money(item.unitPrice, order!.currency)}`),
              h('span', { class: 'line-total' }, money(item.lineTotal, order!.currency)),
            ),
          ),
        ),
        h('p', { class: 'total' }, 'Total ', h('strong', { testid: 'order-total' }, money(order.total, order.currency))),
      ),
      h(
        'section',
        { class: 'panel' },
        h('h2', {}, 'Details'),
        h('p', {}, 'Placed ', dateTime(order.createdAt)),
        h('p', {}, 'Payment: ', paymentStatus),
        h('h3', {}, 'Shipping to'),
        address(order),
        h('h3', {}, 'History'),
        historySlot,
      ),
    ),
  );
  showDetails(order);

  watchOrderStatus(
    order.id,
    {
      onLive: (isLive) => {
        live.dataset.live = String(isLive);
        live.textContent = isLive ? 'Live' : 'Offline';
      },
      onEvent: (event) => {
        liveError.replaceChildren();
        if (event.status === latestStatus) return;
        latestStatus = event.status;
        showStatus(event.status);
        // The event carries the order as it is now (null when it may not be read): history and
        // payment come with it; without it they are loaded again.
        if (event.order) {
          showDetails(event.order);
          return;
        }
        load()
          .then((current) => current && !signal.aborted && showDetails(current))
          .catch(() => {});
      },
      onError: (message) => liveError.replaceChildren(formError(message)),
    },
    signal,
  );
}
