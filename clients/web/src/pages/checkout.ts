import { errorMessage, request } from '../api';
import { h, replaceChildren } from '../dom';
import { money, total, uuid } from '../format';
import { CheckoutDocument, type CartViewFragment, type CheckoutMutation } from '../gql/graphql';
import { navigate, type PageContext } from '../router';
import { session } from '../session';
import { cartTotal, emptyCart, loadCart } from './cart';
import { busy, field, formError } from './common';

const testCard = '4242424242424242';

function input(name: string, testid: string, props: Record<string, string | number | boolean> = {}): HTMLInputElement {
  return h('input', { type: 'text', name, required: true, testid, ...props });
}

function summary(cart: CartViewFragment): HTMLElement {
  return h(
    'aside',
    { class: 'panel order-summary' },
    h('h2', {}, 'Your order'),
    h(
      'ul',
      { class: 'summary-lines' },
      ...cart.items.map((item) =>
        h(
          'li',
          {},
          h('span', {}, `${item.quantity} × ${item.product.name}`),
          h('span', {}, money(total([{ price: item.product.price, quantity: item.quantity }]), item.product.currency)),
        ),
      ),
    ),
    h('p', { class: 'total' }, 'Total ', h('strong', {}, cartTotal(cart))),
  );
}

type CheckoutError = NonNullable<CheckoutMutation['checkout']['errors']>[number];

/** The API's messages, with the product's name where an error is about one line of the cart. */
function checkoutErrorMessage(errors: readonly CheckoutError[], cart: CartViewFragment): string {
  const productName = (id: string) => cart.items.find((item) => item.product.id === id)?.product.name;
  return errors
    .map((error) => {
      const name = 'productId' in error ? productName(error.productId) : undefined;
      return name ? `${name}: ${error.message}` : error.message;
    })
    .join(' ');
}

export async function checkoutPage(view: HTMLElement, _context: PageContext): Promise<void> {
  const cart = await loadCart(view);
  if (cart === undefined) return;
  if (!cart || cart.items.length === 0) {
    replaceChildren(view, h('h1', {}, 'Checkout'), emptyCart());
    return;
  }

  const name = input('name', 'address-name', { autocomplete: 'name', value: session.state.name ?? '' });
  const line1 = input('line1', 'address-line1', { autocomplete: 'address-line1' });
  const city = input('city', 'address-city', { autocomplete: 'address-level2' });
  const postalCode = input('postalCode', 'address-postal-code', { autocomplete: 'postal-code' });
  const country = input('country', 'address-country', {
    autocomplete: 'country',
    minlength: 2,
    maxlength: 2,
    pattern: '[A-Za-z]{2}',
    placeholder: 'DE',
    title: 'Two-letter country code, such as DE',
  });
  const card = input('card', 'card-number', { inputmode: 'numeric', autocomplete: 'off', value: testCard });
  const errorSlot = h('div', { 'aria-live': 'assertive' });

  // One idempotency key per attempt. After a failure without an answer (the outcome is unknown: the
  // order may have been placed) the retry reuses it, so the shop returns that order instead of
  // charging again; after an answer (an order or typed errors) the next attempt gets a fresh key.
  let pendingKey: string | null = null;

  const form: HTMLFormElement = h(
    'form',
    {
      class: 'panel checkout-form',
      onSubmit: async (event) => {
        event.preventDefault();
        errorSlot.replaceChildren();
        const idempotencyKey = pendingKey ?? uuid();
        pendingKey = idempotencyKey;
        let payload: CheckoutMutation['checkout'];
        try {
          payload = (
            await busy(form, () =>
              request(CheckoutDocument, {
                input: {
                  idempotencyKey,
                  paymentMethod: card.value.replace(/\s+/g, ''),
                  shippingAddress: {
                    name: name.value.trim(),
                    line1: line1.value.trim(),
                    city: city.value.trim(),
                    postalCode: postalCode.value.trim(),
                    country: country.value.trim().toUpperCase(),
                  },
                },
              }),
            )
          ).checkout;
        } catch (error) {
          errorSlot.replaceChildren(formError(errorMessage(error)));
          return;
        }
        pendingKey = null;
        if (payload.errors?.length || !payload.order) {
          errorSlot.replaceChildren(formError(payload.errors?.length ? checkoutErrorMessage(payload.errors, cart) : 'The order was not placed. Please try again.'));
          return;
        }
        session.setCartCount(0);
        navigate(`/orders/${encodeURIComponent(payload.order.id)}`, { replace: true });
      },
    },
    h('h1', {}, 'Checkout'),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Shipping address'),
      field('Full name', name),
      field('Address', line1),
      h('div', { class: 'row' }, field('Postal code', postalCode), field('City', city)),
      field('Country', country, 'Two letters, such as DE, FR or NL.'),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Payment'),
      field('Card number', card, `Test cards: ${testCard} is paid, 4000000000000002 is declined, 4000000000009995 has insufficient funds.`),
    ),
    errorSlot,
    h('button', { type: 'submit', class: 'button primary wide', testid: 'place-order' }, `Place order · ${cartTotal(cart)}`),
  );

  replaceChildren(view, h('div', { class: 'checkout' }, form, summary(cart)));
  if (!name.value) name.focus();
  else line1.focus();
}
