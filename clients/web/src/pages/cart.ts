import { errorMessage, request, typedErrorMessage } from '../api';
import { h, replaceChildren } from '../dom';
import { money, total } from '../format';
import { CartDocument, RemoveFromCartDocument, UpdateCartItemDocument, type CartViewFragment } from '../gql/graphql';
import type { PageContext } from '../router';
import { session } from '../session';
import { formError, loading, productImage, requireSignIn, showFailure } from './common';

type CartLine = CartViewFragment['items'][number];
type CartChange = { cart?: CartViewFragment | null; errors?: readonly { message?: string; __typename?: string }[] | null };

export function cartTotal(cart: CartViewFragment): string {
  const lines = cart.items.map((item) => ({ price: item.product.price, quantity: item.quantity }));
  return money(total(lines), cart.items[0]?.product.currency ?? 'EUR');
}

export function emptyCart(): HTMLElement {
  return h('div', { class: 'panel empty' }, h('p', { testid: 'cart-empty' }, 'Your cart is empty.'), h('a', { href: '/', class: 'button' }, 'Browse the catalog'));
}

/** The signed-in customer's cart (null when there is none yet), or undefined when the page shows why not. */
export async function loadCart(view: HTMLElement): Promise<CartViewFragment | null | undefined> {
  if (!requireSignIn()) return undefined;
  loading(view, 'your cart');
  try {
    return (await request(CartDocument)).cart ?? null;
  } catch (error) {
    showFailure(view, 'Your cart could not be loaded', error);
    return undefined;
  }
}

export async function cartPage(view: HTMLElement, _context: PageContext): Promise<void> {
  const cart = await loadCart(view);
  if (cart === undefined) return;
  const errorSlot = h('div', { 'aria-live': 'assertive' });

  const render = (current: CartViewFragment | null | undefined): void => {
    session.setCartCount(current?.totalQuantity ?? 0);
    if (!current || current.items.length === 0) {
      replaceChildren(view, h('h1', {}, 'Cart'), errorSlot, emptyCart());
      return;
    }
    replaceChildren(
      view,
      h('h1', {}, 'Cart'),
      errorSlot,
      h('ul', { class: 'lines' }, ...current.items.map(line)),
      h(
        'div',
        { class: 'summary' },
        h('p', { class: 'total' }, 'Total ', h('strong', { testid: 'cart-total' }, cartTotal(current))),
        h('a', { href: '/checkout', class: 'button primary', testid: 'go-to-checkout' }, 'Checkout'),
      ),
    );
  };

  const change = async (button: HTMLButtonElement, run: () => Promise<CartChange>): Promise<void> => {
    errorSlot.replaceChildren();
    button.disabled = true;
    try {
      const { cart: changed, errors } = await run();
      if (errors?.length) errorSlot.replaceChildren(formError(typedErrorMessage(errors)));
      else render(changed);
    } catch (error) {
      errorSlot.replaceChildren(formError(errorMessage(error)));
    } finally {
      button.disabled = false;
    }
  };

  const setQuantity = (item: CartLine, quantity: number) => async (event: Event) =>
    change(event.currentTarget as HTMLButtonElement, async () =>
      (await request(UpdateCartItemDocument, { input: { productId: item.product.id, quantity } })).updateCartItem,
    );

  const line = (item: CartLine): HTMLElement =>
    h(
      'li',
      { class: 'line', testid: 'cart-line' },
      productImage(item.product, 'thumb small'),
      h(
        'div',
        { class: 'line-info' },
        h('a', { href: `/products/${encodeURIComponent(item.product.id)}`, testid: 'cart-line-name' }, item.product.name),
        h('span', { class: 'muted' }, `${money(item.product.price, item.product.currency)} each`),
        item.product.inStock === false ? h('span', { class: 'stock out' }, 'Out of stock') : null,
      ),
      h(
        'div',
        { class: 'stepper', role: 'group', 'aria-label': `Quantity of ${item.product.name}` },
        h('button', { type: 'button', class: 'button secondary small', 'aria-label': 'One less', testid: 'cart-line-decrease', onClick: setQuantity(item, item.quantity - 1) }, '−'),
        h('span', { class: 'quantity-value', testid: 'cart-line-quantity' }, String(item.quantity)),
        h('button', { type: 'button', class: 'button secondary small', 'aria-label': 'One more', testid: 'cart-line-increase', onClick: setQuantity(item, item.quantity + 1) }, '+'),
      ),
      h('span', { class: 'line-total' }, money(total([{ price: item.product.price, quantity: item.quantity }]), item.product.currency)),
      h(
        'button',
        {
          type: 'button',
          class: 'link-button',
          testid: 'cart-line-remove',
          onClick: (event) =>
            change(event.currentTarget as HTMLButtonElement, async () =>
              (await request(RemoveFromCartDocument, { input: { productId: item.product.id } })).removeFromCart,
            ),
        },
        'Remove',
      ),
    );

  render(cart);
}
