import './styles.css';
import { request } from './api';
import { h } from './dom';
import { MeDocument } from './gql/graphql';
import { header } from './header';
import { logInPage, refreshCartCount, signUpPage } from './pages/account';
import { cartPage } from './pages/cart';
import { catalogPage } from './pages/catalog';
import { checkoutPage } from './pages/checkout';
import { orderPage } from './pages/order';
import { ordersPage } from './pages/orders';
import { productPage } from './pages/product';
import { fallback, route, start } from './router';
import { session } from './session';

route('/', 'Catalog', catalogPage);
route('/products/:id', 'Product', productPage);
route('/signup', 'Sign up', signUpPage);
route('/login', 'Log in', logInPage);
route('/cart', 'Cart', cartPage);
route('/checkout', 'Checkout', checkoutPage);
route('/orders', 'My orders', ordersPage);
route('/orders/:id', 'Order', orderPage);
fallback((view) => {
  view.append(h('h1', {}, 'Page not found'), h('p', {}, h('a', { href: '/' }, 'Back to the catalog')));
});

// A stored token: who it belongs to (for the header) and their cart count. An expired or unknown
// token signs out (the API answers AUTH_NOT_AUTHENTICATED, or me is null).
async function restoreSession(): Promise<void> {
  if (!session.signedIn) return;
  try {
    const { me } = await request(MeDocument);
    if (me) session.setUser(me);
    else session.signOut();
  } catch {
    return;
  }
  await refreshCartCount();
}

const app = document.getElementById('app')!;
const main = h('main', { class: 'content' });
app.append(header(), main, h('footer', { class: 'site-footer' }, 'Test shop · payments use Stripe test cards'));
start(main);
void restoreSession();
