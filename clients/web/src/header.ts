import { h, replaceChildren } from './dom';
import { navigate, routeChangeEvent } from './router';
import { session } from './session';

export function header(): HTMLElement {
  const count = h('span', { class: 'badge', testid: 'cart-count' });
  const account = h('div', { class: 'account' });
  const root = h(
    'header',
    { class: 'site-header' },
    h(
      'div',
      { class: 'bar' },
      h('a', { href: '/', class: 'brand' }, 'Shop'),
      h(
        'nav',
        { class: 'nav' },
        h('a', { href: '/', class: 'nav-link', testid: 'nav-catalog' }, 'Catalog'),
        h('a', { href: '/orders', class: 'nav-link', testid: 'nav-orders' }, 'My orders'),
        h('a', { href: '/cart', class: 'nav-link', testid: 'nav-cart' }, 'Cart ', count),
      ),
      account,
    ),
  );

  const update = (): void => {
    const { email, cartCount } = session.state;
    count.textContent = String(cartCount);
    if (session.signedIn) {
      replaceChildren(
        account,
        h('span', { class: 'current-user', testid: 'current-user', title: 'Signed in' }, email ?? ''),
        h(
          'button',
          {
            type: 'button',
            class: 'link-button',
            testid: 'nav-logout',
            onClick: () => {
              session.signOut();
              navigate('/');
            },
          },
          'Log out',
        ),
      );
    } else {
      replaceChildren(
        account,
        h('a', { href: '/login', class: 'nav-link', testid: 'nav-login' }, 'Log in'),
        h('a', { href: '/signup', class: 'button small', testid: 'nav-signup' }, 'Sign up'),
      );
    }
  };
  session.onChange(update);
  update();

  // The section of the current page: the catalog (with product pages), the cart (with checkout), orders.
  const sections: [HTMLAnchorElement, RegExp][] = [
    [root.querySelector('[data-testid=nav-catalog]')!, /^\/(products\/|$)/],
    [root.querySelector('[data-testid=nav-orders]')!, /^\/orders(\/|$)/],
    [root.querySelector('[data-testid=nav-cart]')!, /^\/(cart|checkout)$/],
  ];
  window.addEventListener(routeChangeEvent, () => {
    for (const [link, pattern] of sections) {
      if (pattern.test(location.pathname)) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
  });
  return root;
}
