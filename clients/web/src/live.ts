import { createClient } from 'graphql-ws/client';
import { OrderStatusChangedDocument, type OrderStatusChangedSubscription } from './gql/graphql';
import { session } from './session';

export type OrderStatusEvent = NonNullable<OrderStatusChangedSubscription['orderStatusChanged']>;

export type OrderStatusWatcher = {
  onEvent(event: OrderStatusEvent): void;
  /** true once the subscription delivers (the server sends the current status first), false when it stops. */
  onLive(live: boolean): void;
  onError(message: string): void;
};

function socketUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
}

function describe(error: unknown): string {
  if (Array.isArray(error)) return error.map((e: { message?: string }) => e.message ?? String(e)).join(' ');
  if (error instanceof Error) return error.message;
  if (typeof CloseEvent !== 'undefined' && error instanceof CloseEvent) {
    return `Live updates stopped (${error.code}${error.reason ? `: ${error.reason}` : ''}); reload the page to see the latest status.`;
  }
  return 'Live updates stopped; reload the page to see the latest status.';
}

/**
 * Subscribes to Subscription.orderStatusChanged over graphql-ws (graphql-transport-ws) through the
 * storefront's /graphql proxy; the JWT goes in connection_init, since browsers cannot set headers
 * on a WebSocket. Reconnects after a dropped connection; stops when the signal aborts.
 */
export function watchOrderStatus(orderId: string, watcher: OrderStatusWatcher, signal: AbortSignal): void {
  const client = createClient({
    url: socketUrl(),
    connectionParams: () => {
      const token = session.state.token;
      return token ? { Authorization: `Bearer ${token}` } : {};
    },
    retryAttempts: 30,
    // A refused reconnect surfaces as a socket error event, which graphql-ws treats as fatal by
    // default; the server (or the proxy) being briefly away must not end live updates. Fatal close
    // codes (bad request, unauthorized, ...) still end them.
    shouldRetry: () => true,
    on: { closed: () => watcher.onLive(false) },
  });
  const unsubscribe = client.subscribe<OrderStatusChangedSubscription>(
    { query: OrderStatusChangedDocument.toString(), variables: { orderId } },
    {
      next: (result) => {
        if (result.errors?.length) {
          watcher.onError(describe(result.errors));
          return;
        }
        const event = result.data?.orderStatusChanged;
        if (!event) return;
        watcher.onLive(true);
        watcher.onEvent(event);
      },
      error: (error) => {
        watcher.onLive(false);
        if (!signal.aborted) watcher.onError(describe(error));
      },
      complete: () => watcher.onLive(false),
    },
  );
  signal.addEventListener('abort', () => {
    unsubscribe();
    void client.dispose();
  });
}
