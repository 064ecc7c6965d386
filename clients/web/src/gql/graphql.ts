/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddToCartInput = {
  productId: string | number;
  /** Added to the quantity already in the cart (1 to 99 in all). */
  quantity?: number;
};

export type CheckoutInput = {
  /** Chosen by the client per checkout attempt (1 to 100 characters): a retry with the same key returns the same order and never charges twice. */
  idempotencyKey: string;
  /** A Stripe test card number ("4242424242424242") or PaymentMethod id ("pm_card_visa"); passed to Payments, never stored. */
  paymentMethod: string;
  shippingAddress: ShippingAddressInput;
};

export type LogInInput = {
  email: string;
  password: string;
};

export type OrderStatus =
  | 'CANCELLED'
  | 'DELIVERED'
  | 'PAID'
  | 'PAYMENT_FAILED'
  | 'PENDING'
  | 'REFUNDED'
  | 'SHIPPED';

export type PaymentStatus =
  | 'FAILED'
  | 'PARTIALLY_REFUNDED'
  | 'PROCESSING'
  | 'REFUNDED'
  | 'SUCCEEDED';

export type RemoveFromCartInput = {
  productId: string | number;
};

export type ShippingAddressInput = {
  city: string;
  /** ISO 3166-1 alpha-2 country code, such as "DE". */
  country: string;
  line1: string;
  line2?: string | null | undefined;
  /** The recipient. */
  name: string;
  postalCode: string;
  region?: string | null | undefined;
};

export type SignUpInput = {
  email: string;
  name: string;
  password: string;
  phone?: string | null | undefined;
};

export type UpdateCartItemInput = {
  productId: string | number;
  /** The new quantity (0 to 99); 0 removes the item. */
  quantity: number;
};

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, name: string } | null };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { token: string | null, user: { id: string, email: string, name: string } | null, errors: Array<
      | { __typename: 'EmailTakenError', message: string }
      | { __typename: 'InvalidInputError', message: string, field: string }
    > | null } };

export type LogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type LogInMutation = { logIn: { token: string | null, user: { id: string, email: string, name: string } | null, errors: Array<
      | { __typename: 'InvalidCredentialsError', message: string }
      | { __typename: 'TooManyAttemptsError', message: string, retryAfterSeconds: number }
    > | null } };

export type CartViewFragment = { totalQuantity: number, items: Array<{ quantity: number, product: { id: string, name: string, price: number, currency: string, imageUrl: string | null, inStock: boolean | null, inventory: { available: number } | null } }> };

export type CartQueryVariables = Exact<{ [key: string]: never; }>;


export type CartQuery = { cart: { totalQuantity: number, items: Array<{ quantity: number, product: { id: string, name: string, price: number, currency: string, imageUrl: string | null, inStock: boolean | null, inventory: { available: number } | null } }> } | null };

export type AddToCartMutationVariables = Exact<{
  input: AddToCartInput;
}>;


export type AddToCartMutation = { addToCart: { cart: { totalQuantity: number, items: Array<{ quantity: number, product: { id: string, name: string, price: number, currency: string, imageUrl: string | null, inStock: boolean | null, inventory: { available: number } | null } }> } | null, errors: Array<{ __typename: 'InvalidInputError', message: string }> | null } };

export type UpdateCartItemMutationVariables = Exact<{
  input: UpdateCartItemInput;
}>;


export type UpdateCartItemMutation = { updateCartItem: { cart: { totalQuantity: number, items: Array<{ quantity: number, product: { id: string, name: string, price: number, currency: string, imageUrl: string | null, inStock: boolean | null, inventory: { available: number } | null } }> } | null, errors: Array<
      | { __typename: 'CartItemNotFoundError', message: string }
      | { __typename: 'InvalidInputError', message: string }
    > | null } };

export type RemoveFromCartMutationVariables = Exact<{
  input: RemoveFromCartInput;
}>;


export type RemoveFromCartMutation = { removeFromCart: { cart: { totalQuantity: number, items: Array<{ quantity: number, product: { id: string, name: string, price: number, currency: string, imageUrl: string | null, inStock: boolean | null, inventory: { available: number } | null } }> } | null, errors: Array<
      | { __typename: 'CartItemNotFoundError', message: string }
      | { __typename: 'InvalidInputError', message: string }
    > | null } };

export type CatalogQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type CatalogQuery = { products: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, name: string, price: number, currency: string, imageUrl: string | null, inStock: boolean | null, inventory: { available: number } | null }> | null } | null };

export type CheckoutMutationVariables = Exact<{
  input: CheckoutInput;
}>;


export type CheckoutMutation = { checkout: { order: { id: string, status: OrderStatus } | null, errors: Array<
      | { __typename: 'EmptyCartError', message: string }
      | { __typename: 'InsufficientStockError', message: string, productId: string, requested: number, available: number }
      | { __typename: 'InvalidInputError', message: string, field: string }
      | { __typename: 'PaymentDeclinedError', message: string, declineCode: string | null }
      | { __typename: 'PaymentFailedError', message: string }
      | { __typename: 'ProductUnavailableError', message: string, productId: string }
      | { __typename: 'ServiceUnavailableError', message: string }
    > | null } };

export type MyOrdersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyOrdersQuery = { me: { id: string, orders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, status: OrderStatus, total: number, currency: string, createdAt: string, items: Array<{ quantity: number }> }> | null } | null } | null };

export type OrderDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderDetailQuery = { orderById: { id: string, status: OrderStatus, total: number, currency: string, createdAt: string, items: Array<{ productName: string, sku: string, quantity: number, unitPrice: number, lineTotal: number, product: { id: string } }>, shippingAddress: { name: string, line1: string, line2: string | null, city: string, region: string | null, postalCode: string, country: string }, statusHistory: Array<{ status: OrderStatus, reason: string | null, changedAt: string }>, payment: { status: PaymentStatus, failureMessage: string | null } | null } | null };

export type OrderStatusChangedSubscriptionVariables = Exact<{
  orderId: string | number;
}>;


export type OrderStatusChangedSubscription = { orderStatusChanged: { orderId: string, status: OrderStatus, previousStatus: OrderStatus | null, reason: string | null, changedAt: string } | null };

export type ProductDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ProductDetailQuery = { productById: { id: string, sku: string, name: string, description: string, price: number, currency: string, imageUrl: string | null, inStock: boolean | null, category: { name: string }, inventory: { available: number, lowStock: boolean } | null } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CartViewFragmentDoc = new TypedDocumentString(`
    fragment CartView on Cart {
  totalQuantity
  items {
    quantity
    product {
      id
      name
      price
      currency
      imageUrl
      inStock
      inventory {
        available
      }
    }
  }
}
    `, {"fragmentName":"CartView"}) as unknown as TypedDocumentString<CartViewFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    email
    name
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    token
    user {
      id
      email
      name
    }
    errors {
      __typename
      ... on Error {
        message
      }
      ... on InvalidInputError {
        field
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const LogInDocument = new TypedDocumentString(`
    mutation LogIn($input: LogInInput!) {
  logIn(input: $input) {
    token
    user {
      id
      email
      name
    }
    errors {
      __typename
      ... on Error {
        message
      }
      ... on TooManyAttemptsError {
        retryAfterSeconds
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LogInMutation, LogInMutationVariables>;
export const CartDocument = new TypedDocumentString(`
    query Cart {
  cart {
    ...CartView
  }
}
    fragment CartView on Cart {
  totalQuantity
  items {
    quantity
    product {
      id
      name
      price
      currency
      imageUrl
      inStock
      inventory {
        available
      }
    }
  }
}`) as unknown as TypedDocumentString<CartQuery, CartQueryVariables>;
export const AddToCartDocument = new TypedDocumentString(`
    mutation AddToCart($input: AddToCartInput!) {
  addToCart(input: $input) {
    cart {
      ...CartView
    }
    errors {
      __typename
      ... on Error {
        message
      }
    }
  }
}
    fragment CartView on Cart {
  totalQuantity
  items {
    quantity
    product {
      id
      name
      price
      currency
      imageUrl
      inStock
      inventory {
        available
      }
    }
  }
}`) as unknown as TypedDocumentString<AddToCartMutation, AddToCartMutationVariables>;
export const UpdateCartItemDocument = new TypedDocumentString(`
    mutation UpdateCartItem($input: UpdateCartItemInput!) {
  updateCartItem(input: $input) {
    cart {
      ...CartView
    }
    errors {
      __typename
      ... on Error {
        message
      }
    }
  }
}
    fragment CartView on Cart {
  totalQuantity
  items {
    quantity
    product {
      id
      name
      price
      currency
      imageUrl
      inStock
      inventory {
        available
      }
    }
  }
}`) as unknown as TypedDocumentString<UpdateCartItemMutation, UpdateCartItemMutationVariables>;
export const RemoveFromCartDocument = new TypedDocumentString(`
    mutation RemoveFromCart($input: RemoveFromCartInput!) {
  removeFromCart(input: $input) {
    cart {
      ...CartView
    }
    errors {
      __typename
      ... on Error {
        message
      }
    }
  }
}
    fragment CartView on Cart {
  totalQuantity
  items {
    quantity
    product {
      id
      name
      price
      currency
      imageUrl
      inStock
      inventory {
        available
      }
    }
  }
}`) as unknown as TypedDocumentString<RemoveFromCartMutation, RemoveFromCartMutationVariables>;
export const CatalogDocument = new TypedDocumentString(`
    query Catalog($search: String, $first: Int, $after: String, $last: Int, $before: String) {
  products(
    search: $search
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      id
      name
      price
      currency
      imageUrl
      inStock
      inventory {
        available
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogQuery, CatalogQueryVariables>;
export const CheckoutDocument = new TypedDocumentString(`
    mutation Checkout($input: CheckoutInput!) {
  checkout(input: $input) {
    order {
      id
      status
    }
    errors {
      __typename
      ... on Error {
        message
      }
      ... on InsufficientStockError {
        productId
        requested
        available
      }
      ... on ProductUnavailableError {
        productId
      }
      ... on PaymentDeclinedError {
        declineCode
      }
      ... on InvalidInputError {
        field
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CheckoutMutation, CheckoutMutationVariables>;
export const MyOrdersDocument = new TypedDocumentString(`
    query MyOrders($first: Int!, $after: String) {
  me {
    id
    orders(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        status
        total
        currency
        createdAt
        items {
          quantity
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyOrdersQuery, MyOrdersQueryVariables>;
export const OrderDetailDocument = new TypedDocumentString(`
    query OrderDetail($id: ID!) {
  orderById(id: $id) {
    id
    status
    total
    currency
    createdAt
    items {
      productName
      sku
      quantity
      unitPrice
      lineTotal
      product {
        id
      }
    }
    shippingAddress {
      name
      line1
      line2
      city
      region
      postalCode
      country
    }
    statusHistory {
      status
      reason
      changedAt
    }
    payment {
      status
      failureMessage
    }
  }
}
    `) as unknown as TypedDocumentString<OrderDetailQuery, OrderDetailQueryVariables>;
export const OrderStatusChangedDocument = new TypedDocumentString(`
    subscription OrderStatusChanged($orderId: ID!) {
  orderStatusChanged(orderId: $orderId) {
    orderId
    status
    previousStatus
    reason
    changedAt
  }
}
    `) as unknown as TypedDocumentString<OrderStatusChangedSubscription, OrderStatusChangedSubscriptionVariables>;
export const ProductDetailDocument = new TypedDocumentString(`
    query ProductDetail($id: ID!) {
  productById(id: $id) {
    id
    sku
    name
    description
    price
    currency
    imageUrl
    category {
      name
    }
    inStock
    inventory {
      available
      lowStock
    }
  }
}
    `) as unknown as TypedDocumentString<ProductDetailQuery, ProductDetailQueryVariables>;