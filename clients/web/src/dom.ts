// A small element builder: the pages are plain DOM, no framework.
export type Child = Node | string | number | null | undefined | false;

type Handler = (event: Event) => void;
export type Props = {
  class?: string;
  testid?: string;
  [attribute: string]: string | number | boolean | Handler | null | undefined;
};

// Set as properties (their attribute is only the initial value).
const properties = new Set(['value', 'checked', 'disabled']);

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    if (key === 'class') element.className = String(value);
    else if (key === 'testid') element.dataset.testid = String(value);
    else if (key.startsWith('on') && typeof value === 'function') {
      element.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (properties.has(key)) {
      (element as unknown as Record<string, unknown>)[key] = value;
    } else if (value === true) element.setAttribute(key, '');
    else if (value !== false) element.setAttribute(key, String(value));
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}
