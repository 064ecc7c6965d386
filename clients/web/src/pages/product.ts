import { errorMessage, request, typedErrorMessage } from '../api';
import { h, replaceChildren } from '../dom';
import { money, stockText } from '../format';
import { AddToCartDocument, ProductDetailDocument, type ProductDetailQuery } from '../gql/graphql';
import { here, navigate, type PageContext } from '../router';
import { session } from '../session';
import { busy, formError, loading, productImage, showFailure } from './common';

const maxQuantity = 99;

export async function productPage(view: HTMLElement, { params }: PageContext): Promise<void> {
  loading(view, 'the product');
  let data: ProductDetailQuery;
  try {
    data = await request(ProductDetailDocument, { id: params.id });
  } catch (error) {
    showFailure(view, 'The product could not be loaded', error);
    return;
  }
  const product = data.productById;
  if (!product) {
    replaceChildren(view, h('h1', {}, 'Product not found'), formError('There is no such product in the catalog.'), h('a', { href: '/' }, 'Back to the catalog'));
    return;
  }

  const available = product.inventory?.available ?? 0;
  const quantity = h('input', {
    type: 'number',
    name: 'quantity',
    min: 1,
    max: Math.max(1, Math.min(available, maxQuantity)),
    value: '1',
    required: true,
    disabled: !product.inStock,
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
    h('button', { type: 'submit', class: 'button primary', disabled: !product.inStock, testid: 'add-to-cart' }, 'Add to cart'),
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
        h(
          'p',
          { class: product.inStock ? (product.inventory?.lowStock ? 'stock in low' : 'stock in') : 'stock out', testid: 'product-stock' },
          stockText(product.inStock ?? false, available),
        ),
        h('p', { class: 'description', testid: 'product-description' }, product.description),
        h('p', { class: 'muted small' }, `SKU ${product.sku}`),
        form,
        outcome,
      ),
    ),
  );
}
