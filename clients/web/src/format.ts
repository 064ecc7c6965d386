const moneyFormats = new Map<string, Intl.NumberFormat>();

export function money(amount: number, currency: string): string {
  let format = moneyFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat('en-IE', { style: 'currency', currency });
    moneyFormats.set(currency, format);
  }
  return format.format(amount);
}

// Sums prices in cents so that 0.1 + 0.2 stays 0.30.
export function total(lines: readonly { price: number; quantity: number }[]): number {
  const cents = lines.reduce((sum, line) => sum + Math.round(line.price * 100) * line.quantity, 0);
  return cents / 100;
}

export function dateTime(value: string): string {
  return new Date(value).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

export type StockInfo = { inStock: boolean | null; inventory: { available: number; lowStock?: boolean } | null };

/** What the catalog and the product page say about stock; unknown when Inventory did not answer. */
export function stock({ inStock, inventory }: StockInfo): { text: string; className: string } {
  if (inStock === null || inventory === null) return { text: 'Stock unknown right now', className: 'stock unknown' };
  if (!inStock) return { text: 'Out of stock', className: 'stock out' };
  return { text: `In stock (${inventory.available} available)`, className: inventory.lowStock ? 'stock in low' : 'stock in' };
}

export function shortId(id: string): string {
  return id.slice(0, 8).toUpperCase();
}

// Seed data points at reserved domains (images.shop.example) that never resolve; a tile is shown
// instead of a request that can only fail.
export function displayableImage(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url, globalThis.location?.href ?? 'http://localhost/').hostname;
    return /\.(example|invalid|test)$/.test(host) ? null : url;
  } catch {
    return null;
  }
}

// Version 4 UUID from crypto.getRandomValues (crypto.randomUUID needs a secure context).
export function uuid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
