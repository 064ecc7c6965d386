// The in-memory data the operations run over: plain objects and arrays, read by the default
// field resolvers. Gql.Benchmarks/CatalogData.cs builds the same values with the same formulas;
// `bench.mjs --check` compares the engines' results, so any drift between the two fails.
export const PRODUCT_COUNT = 1000;
const CATEGORY_COUNT = 10;

export function createRoot() {
  const categories = [];
  for (let k = 0; k < CATEGORY_COUNT; k++) {
    categories.push({ id: `C${k}`, name: `Category ${k}` });
  }

  const products = [];
  for (let i = 1; i <= PRODUCT_COUNT; i++) {
    products.push({
      id: `P${i}`,
      sku: `SKU-${100000 + i}`,
      name: `Product ${i}`,
      description: i % 5 === 0 ? null : `Description of product ${i}`,
      price: { amount: ((i * 37) % 10000) / 100, currency: 'EUR' },
      availability: i % 10 === 0 ? 'LOW_STOCK' : 'IN_STOCK',
      rating: i % 7 === 0 ? null : (i % 5) + 1,
      tags: [`tag${i % 3}`, `tag${i % 11}`],
      category: categories[i % CATEGORY_COUNT],
    });
  }

  return {
    shop: { id: 'S1', name: 'Benchmark Shop', currency: 'EUR' },
    products,
  };
}
