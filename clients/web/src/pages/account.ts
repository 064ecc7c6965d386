import { errorMessage, request, typedErrorMessage } from '../api';
import { h, replaceChildren } from '../dom';
import { CartDocument, LogInDocument, SignUpDocument } from '../gql/graphql';
import { navigate, type PageContext } from '../router';
import { session } from '../session';
import { busy, field, formError, nextPath } from './common';

type AuthResult = {
  token?: string | null;
  user?: { email: string; name: string } | null;
  errors?: readonly { message?: string; __typename?: string }[] | null;
};

/** Stores the token, loads the cart count and goes on; or shows the typed error. */
async function completeAuth(result: AuthResult, errorSlot: HTMLElement, query: URLSearchParams): Promise<void> {
  if (result.errors?.length || !result.token || !result.user) {
    errorSlot.replaceChildren(formError(result.errors?.length ? typedErrorMessage(result.errors) : 'The shop did not sign you in. Please try again.'));
    return;
  }
  session.signIn(result.token, result.user);
  navigate(nextPath(query), { replace: true });
  await refreshCartCount();
}

export async function refreshCartCount(): Promise<void> {
  if (!session.signedIn) return;
  try {
    const { cart } = await request(CartDocument);
    session.setCartCount(cart?.totalQuantity ?? 0);
  } catch {
    // The header keeps its count; the cart page shows the error if it persists.
  }
}

function authForm(
  title: string,
  fields: HTMLElement[],
  submit: HTMLButtonElement,
  run: () => Promise<AuthResult>,
  query: URLSearchParams,
  footer: HTMLElement,
): HTMLElement {
  const errorSlot = h('div', { 'aria-live': 'assertive' });
  const form: HTMLFormElement = h(
    'form',
    {
      class: 'panel narrow',
      onSubmit: async (event) => {
        event.preventDefault();
        errorSlot.replaceChildren();
        try {
          const result = await busy(form, run);
          await completeAuth(result, errorSlot, query);
        } catch (error) {
          errorSlot.replaceChildren(formError(errorMessage(error)));
        }
      },
    },
    h('h1', {}, title),
    ...fields,
    errorSlot,
    submit,
    footer,
  );
  return form;
}

export function logInPage(view: HTMLElement, { query }: PageContext): void {
  const email = h('input', { type: 'email', name: 'email', autocomplete: 'username', required: true, testid: 'login-email' });
  const password = h('input', { type: 'password', name: 'password', autocomplete: 'current-password', required: true, testid: 'login-password' });
  const signUpLink = query.get('next') ? `/signup?next=${encodeURIComponent(nextPath(query))}` : '/signup';
  replaceChildren(
    view,
    authForm(
      'Log in',
      [field('Email', email), field('Password', password)],
      h('button', { type: 'submit', class: 'button primary wide', testid: 'login-submit' }, 'Log in'),
      async () => (await request(LogInDocument, { input: { email: email.value.trim(), password: password.value } })).logIn,
      query,
      h('p', { class: 'muted' }, 'New here? ', h('a', { href: signUpLink }, 'Create an account')),
    ),
  );
  email.focus();
}

export function signUpPage(view: HTMLElement, { query }: PageContext): void {
  const name = h('input', { type: 'text', name: 'name', autocomplete: 'name', required: true, testid: 'signup-name' });
  const email = h('input', { type: 'email', name: 'email', autocomplete: 'email', required: true, testid: 'signup-email' });
  const password = h('input', { type: 'password', name: 'password', autocomplete: 'new-password', required: true, testid: 'signup-password' });
  const logInLink = query.get('next') ? `/login?next=${encodeURIComponent(nextPath(query))}` : '/login';
  replaceChildren(
    view,
    authForm(
      'Create an account',
      [field('Name', name), field('Email', email), field('Password', password, 'At least 8 characters.')],
      h('button', { type: 'submit', class: 'button primary wide', testid: 'signup-submit' }, 'Sign up'),
      async () =>
        (await request(SignUpDocument, { input: { name: name.value.trim(), email: email.value.trim(), password: password.value } })).signUp,
      query,
      h('p', { class: 'muted' }, 'Already have an account? ', h('a', { href: logInLink }, 'Log in')),
    ),
  );
  name.focus();
}
