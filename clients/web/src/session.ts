// The signed-in customer: the JWT in localStorage (key ecommerce.token), the email for the header
// and the cart count. Listeners re-render the header when any of them changes.
const tokenKey = 'ecommerce.token';

export type SessionState = {
  token: string | null;
  email: string | null;
  name: string | null;
  cartCount: number;
};

const state: SessionState = { token: readToken(), email: null, name: null, cartCount: 0 };
const listeners = new Set<() => void>();

function readToken(): string | null {
  try {
    return localStorage.getItem(tokenKey);
  } catch {
    return null;
  }
}

function changed(): void {
  for (const listener of listeners) listener();
}

export const session = {
  get state(): Readonly<SessionState> {
    return state;
  },
  get signedIn(): boolean {
    return state.token !== null;
  },
  onChange(listener: () => void): void {
    listeners.add(listener);
  },
  signIn(token: string, user: { email: string; name: string }): void {
    localStorage.setItem(tokenKey, token);
    Object.assign(state, { token, email: user.email, name: user.name });
    changed();
  },
  setUser(user: { email: string; name: string }): void {
    Object.assign(state, { email: user.email, name: user.name });
    changed();
  },
  signOut(): void {
    localStorage.removeItem(tokenKey);
    Object.assign(state, { token: null, email: null, name: null, cartCount: 0 });
    changed();
  },
  setCartCount(count: number): void {
    state.cartCount = count;
    changed();
  },
};
