// History-API routing: same-origin links are followed without reloading the page.
export type PageContext = {
  params: Record<string, string>;
  query: URLSearchParams;
  /** Aborted when the user leaves the page (stops its subscriptions). */
  signal: AbortSignal;
};

export type Page = (view: HTMLElement, context: PageContext) => void | Promise<void>;

type Route = { pattern: RegExp; names: string[]; title: string; page: Page };

const routes: Route[] = [];
let notFound: Page = () => {};
let current: AbortController | null = null;
let outlet: HTMLElement | null = null;

export function route(path: string, title: string, page: Page): void {
  const names: string[] = [];
  const pattern = new RegExp(
    '^' +
      path.replace(/:([a-zA-Z]+)/g, (_, name: string) => {
        names.push(name);
        return '([^/]+)';
      }) +
      '/?$',
  );
  routes.push({ pattern, names, title, page });
}

export function fallback(page: Page): void {
  notFound = page;
}

export function navigate(url: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  render();
}

/** Dispatched on window after each navigation (the header marks the current section). */
export const routeChangeEvent = 'storefront:route';

export function setTitle(title: string): void {
  document.title = `${title} · Shop`;
}

/** The current path and query, for "log in, then come back here". */
export function here(): string {
  return location.pathname + location.search;
}

function render(): void {
  if (!outlet) return;
  current?.abort();
  current = new AbortController();
  let page = notFound;
  let title = 'Page not found';
  const params: Record<string, string> = {};
  for (const candidate of routes) {
    const match = candidate.pattern.exec(location.pathname);
    if (!match) continue;
    candidate.names.forEach((name, i) => (params[name] = decodeURIComponent(match[i + 1])));
    page = candidate.page;
    title = candidate.title;
    break;
  }
  const view = document.createElement('section');
  view.className = 'page';
  outlet.replaceChildren(view);
  setTitle(title);
  window.dispatchEvent(new Event(routeChangeEvent));
  window.scrollTo(0, 0);
  void page(view, { params, query: new URLSearchParams(location.search), signal: current.signal });
}

export function start(target: HTMLElement): void {
  outlet = target;
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    const link = (event.target as Element | null)?.closest?.('a');
    if (!link || link.target || link.hasAttribute('download') || link.origin !== location.origin) return;
    event.preventDefault();
    if (link.pathname + link.search !== here()) navigate(link.pathname + link.search);
  });
  window.addEventListener('popstate', render);
  render();
}
