import { errorMessage, request, typedErrorMessage } from '../api';
import { h, replaceChildren } from '../dom';
import { money, stock } from '../format';
import { AddToCartDocument, ProductDetailDocument, type ProductDetailQuery } from '../gql/graphql';
import { here, navigate, setTitle, type PageContext } from '../router';
import { session } from '../session';
import { busy, formError, loading, productImage, showFailure } from './common';

const maxQuantity = 99;

export async function productPage(view: HTMLElement, { params, signal }: PageContext): Promise<void> {
  loading(view, 'the product');
  let data: ProductDetailQuery;
  try {
    data = await request(ProductDetailDocument, { id: params.id }, { allowPartial: true });
  } catch (error) {
    showFailure(view, 'The product could not be loaded', error);
    return;
  }
  const product = data.productById;
  if (!product) {
    replaceChildren(view, h('h1', {}, 'Product not found'), formError('There is no such product in the catalog.'), h('a', { href: '/' }, 'Back to the catalog'));
    return;
  }

  // Unknown stock (Inventory did not answer) does not stop a purchase: checkout reserves the stock.
  if (signal.aborted) return;
  setTitle(product.name);
  const soldOut = product.inStock === false;
  const maxUnits = product.inventory ? Math.max(1, Math.min(product.inventory.available, maxQuantity)) : maxQuantity;
  const stockInfo = stock(product);
  const quantity = h('input', {
    type: 'number',
    name: 'quantity',
    min: 1,
    max: maxUnits,
    value: '1',
    required: true,
    disabled: soldOut,
    'aria-label': 'Quantity',
    testid: 'quantity-input',
  });
  const outcome = h('div', { class: 'outcome', 'aria-live': 'polite' });
  const form: HTMLFormElement = h(
    'form',
    {
      class: 'buy',
      onSubmit: async (event) => {
        event.preventDefault();
        if (!session.signedIn) {
          navigate(`/login?next=${encodeURIComponent(here())}`);
          return;
        }
        outcome.replaceChildren();
        try {
          const result = await busy(form, () =>
            request(AddToCartDocument, { input: { productId: product.id, quantity: Number(quantity.value) } }),
          );
          const { cart, errors } = result.addToCart;
          if (errors?.length) {
            outcome.append(formError(typedErrorMessage(errors)));
            return;
          }
          if (cart) session.setCartCount(cart.totalQuantity);
          outcome.append(
            h('p', { class: 'success', testid: 'add-to-cart-done', role: 'status' }, `Added ${quantity.value} to your cart. `, h('a', { href: '/cart' }, 'View cart')),
          );
        } catch (error) {
          outcome.append(formError(errorMessage(error)));
        }
      },
    },
    h('label', { class: 'quantity' }, h('span', { class: 'label' }, 'Quantity'), quantity),
    h('button', { type: 'submit', class: 'button primary', disabled: soldOut, testid: 'add-to-cart' }, 'Add to cart'),
  );
  replaceChildren(
    view,
    h('p', { class: 'breadcrumbs' }, h('a', { href: '/' }, 'Catalog'), ' / ', product.category.name),
    h(
      'article',
      { class: 'product' },
      productImage(product, 'hero'),
      h(
        'div',
        { class: 'product-info' },
        h('h1', { testid: 'product-name' }, product.name),
        h('p', { class: 'price large', testid: 'product-price' }, money(product.price, product.currency)),
        h('p', { class: stockInfo.className, testid: 'product-stock' }, stockInfo.text),
        h('p', { class: 'description', testid: 'product-description' }, product.description),
        h('p', { class: 'muted small' }, `SKU ${product.sku}`),
        form,
        outcome,
      ),
    ),
  );
}
