import { errorMessage } from '../api';
import { h, replaceChildren, type Child } from '../dom';
import { displayableImage } from '../format';
import { here, navigate } from '../router';
import { session } from '../session';

export function formError(message: string): HTMLElement {
  return h('p', { class: 'form-error', testid: 'form-error', role: 'alert' }, message);
}

/** Shows a failed load in place of the page. */
export function showFailure(view: HTMLElement, title: string, error: unknown): void {
  replaceChildren(view, h('h1', {}, title), formError(errorMessage(error)));
}

export function loading(view: HTMLElement, what: string): void {
  replaceChildren(view, h('p', { class: 'muted', 'aria-busy': 'true' }, `Loading ${what}…`));
}

/** Pages of the signed-in customer send visitors to the log-in page (and back afterwards). */
export function requireSignIn(): boolean {
  if (session.signedIn) return true;
  navigate(`/login?next=${encodeURIComponent(here())}`, { replace: true });
  return false;
}

/** Where a log-in or sign-up goes next: only paths of this app. */
export function nextPath(query: URLSearchParams): string {
  const next = query.get('next');
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function field(label: string, input: HTMLInputElement, hint?: Child): HTMLElement {
  return h('label', { class: 'field' }, h('span', { class: 'label' }, label), input, hint ? h('small', { class: 'hint' }, hint) : null);
}

/** The product's picture, or a tile with its initials when it has none that can be shown. */
export function productImage(product: { id: string; name: string; imageUrl?: string | null }, className: string): HTMLElement {
  const url = displayableImage(product.imageUrl);
  if (url) return h('img', { class: className, src: url, alt: product.name, loading: 'lazy' });
  const initials = product.name
    .split(/\s+/)
    .filter((word) => /^\p{L}/u.test(word))
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('');
  let hash = 0;
  for (const char of product.id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  // Seeded ids differ in their last digits only; spread them over the colour wheel.
  const hue = Math.imul(hash, 2654435761) >>> 0;
  return h('div', { class: `${className} tile`, style: `--hue: ${hue % 360}`, 'aria-hidden': 'true' }, initials);
}

/** Disables a form's controls while its request runs. */
export async function busy<T>(form: HTMLFormElement, work: () => Promise<T>): Promise<T> {
  const controls = Array.from(form.elements).filter(
    (e): e is HTMLInputElement | HTMLButtonElement => e instanceof HTMLInputElement || e instanceof HTMLButtonElement,
  );
  const enabled = controls.filter((c) => !c.disabled);
  enabled.forEach((c) => (c.disabled = true));
  form.setAttribute('aria-busy', 'true');
  try {
    return await work();
  } finally {
    enabled.forEach((c) => (c.disabled = false));
    form.removeAttribute('aria-busy');
  }
}
