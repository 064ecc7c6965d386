import type { TypedDocumentString } from './gql/graphql';
import { session } from './session';

// The gateway through the storefront's own origin (the Vite server proxies /graphql).
const endpoint = '/graphql';

/** The gateway answered with GraphQL errors (extensions.code when it gave one). */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

/** The request may or may not have reached the shop (network down, proxy or gateway unavailable). */
export class ConnectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConnectionError';
  }
}

type GraphQLResponse<T> = {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
};

export type RequestOptions = {
  /**
   * Accept data with errors (a subgraph such as Inventory did not answer): the fields it could
   * not resolve are null where the schema allows it, so the result still has its declared type.
   */
  allowPartial?: boolean;
};

export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables?: NoInfer<TVariables>,
  options: RequestOptions = {},
): Promise<TResult> {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Accept: 'application/graphql-response+json, application/json',
  };
  const token = session.state.token;
  if (token) headers.Authorization = `Bearer ${token}`;

  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
  } catch {
    throw new ConnectionError('Cannot reach the shop. Check your connection and try again.');
  }

  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    throw new ConnectionError(`The shop is not available right now (HTTP ${response.status}). Please try again.`);
  }
  const errors = body.errors ?? [];
  const refused = errors.find((e) => e.extensions?.code?.startsWith('AUTH_'));
  if (errors.length > 0 && options.allowPartial && body.data && !refused) return body.data;
  const first = refused ?? errors[0];
  if (first) {
    const code = first.extensions?.code;
    if (code === 'AUTH_NOT_AUTHENTICATED' && token) session.signOut();
    throw new GraphQLRequestError(first.message, code);
  }
  if (!body.data) throw new ConnectionError(`The shop answered without data (HTTP ${response.status}).`);
  return body.data;
}

/** The message to show for anything a request threw. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** The typed errors of a mutation payload as one readable message. */
export function typedErrorMessage(errors: readonly { message?: string; __typename?: string }[]): string {
  return errors.map((e) => e.message ?? e.__typename ?? 'Something went wrong').join(' ');
}
