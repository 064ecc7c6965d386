// Writes cases/introspection.json. The two full introspection queries come from graphql-js's
// getIntrospectionQuery so that they are exactly what real tools send.
import fs from 'node:fs';
import path from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import { CASES_DIR } from '../lib/paths.mjs';

import { FULL_INTROSPECTION_OPTIONS as FULL_OPTIONS } from '../lib/introspection.mjs';

const cases = [
  { name: 'full-all-options', query: getIntrospectionQuery(FULL_OPTIONS), operationName: 'IntrospectionQuery' },
  { name: 'full-default-options', query: getIntrospectionQuery() },
  { name: 'schema-root-types', query: '{ __schema { queryType { name kind } mutationType { name } subscriptionType { name } } }' },
  { name: 'schema-description', query: '{ __schema { description } }' },
  { name: 'schema-type-names-in-order', query: '{ __schema { types { name kind } } }' },
  { name: 'schema-directives', query: '{ __schema { directives { name description isRepeatable locations args { name description type { kind name ofType { kind name } } defaultValue } } } }' },
  { name: 'type-object', query: '{ __type(name: "Product") { kind name description fields { name description type { kind name ofType { kind name ofType { kind name } } } isDeprecated deprecationReason } interfaces { name } possibleTypes { name } enumValues { name } inputFields { name } ofType { name } specifiedByURL isOneOf } }' },
  { name: 'type-object-include-deprecated', query: '{ __type(name: "Product") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }' },
  { name: 'type-object-exclude-deprecated', query: '{ __type(name: "Product") { fields(includeDeprecated: false) { name } } }' },
  { name: 'type-interface', query: '{ __type(name: "Named") { kind name description interfaces { name } possibleTypes { name } fields { name } } }' },
  { name: 'type-interface-of-interfaces', query: '{ n: __type(name: "Node") { possibleTypes { name } interfaces { name } } c: __type(name: "Canine") { interfaces { name } possibleTypes { name } } p: __type(name: "Pet") { possibleTypes { name } } }' },
  { name: 'type-union', query: '{ __type(name: "SearchResult") { kind name description possibleTypes { name kind } fields { name } interfaces { name } } }' },
  { name: 'type-enum', query: '{ __type(name: "Color") { kind name enumValues { name description isDeprecated deprecationReason } } }' },
  { name: 'type-enum-include-deprecated', query: '{ __type(name: "Color") { enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } } }' },
  { name: 'type-input-object', query: '{ __type(name: "ProductInput") { kind name description isOneOf inputFields { name description type { kind name ofType { kind name } } defaultValue isDeprecated deprecationReason } } }' },
  { name: 'type-input-object-include-deprecated', query: '{ __type(name: "ProductInput") { inputFields(includeDeprecated: true) { name isDeprecated deprecationReason } } }' },
  { name: 'type-oneof', query: '{ __type(name: "ProductBy") { kind isOneOf inputFields { name type { kind name } defaultValue } } }' },
  { name: 'type-scalar', query: '{ __type(name: "String") { kind name description specifiedByURL fields { name } } i: __type(name: "Int") { description } f: __type(name: "Float") { description } b: __type(name: "Boolean") { description } id: __type(name: "ID") { description } }' },
  { name: 'type-unknown', query: '{ __type(name: "Nope") { name } }' },
  { name: 'type-with-variable', query: 'query Q($n: String!) { __type(name: $n) { name kind } }', variables: { n: 'Category' } },
  { name: 'type-missing-name-argument', query: '{ __type { name } }' },
  { name: 'argument-default-values', query: '{ __type(name: "Query") { fields { name args { name defaultValue type { kind name ofType { kind name ofType { kind name } } } } } } }' },
  { name: 'argument-deprecation', query: '{ __type(name: "Query") { fields { name args(includeDeprecated: true) { name isDeprecated deprecationReason } } } }' },
  { name: 'introspection-types', query: '{ __type(name: "__Type") { kind name fields { name args { name defaultValue } } } }' },
  { name: 'introspection-enum-types', query: '{ k: __type(name: "__TypeKind") { enumValues { name } } l: __type(name: "__DirectiveLocation") { enumValues { name } } }' },
  { name: 'mutation-and-subscription-types', query: '{ m: __type(name: "Mutation") { fields { name args { name defaultValue } type { kind name ofType { name } } } } s: __type(name: "Subscription") { fields { name } } }' },
  { name: 'list-and-non-null-wrapping', query: '{ __type(name: "Lists") { fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }' },
  { name: 'typename-everywhere', query: '{ __typename a: __typename __schema { __typename queryType { __typename } } __type(name: "Color") { __typename enumValues { __typename } } }' },
  { name: 'schema-not-on-nested-type', query: '{ dog { __schema { queryType { name } } } }' },
  { name: 'schema-not-on-mutation', query: 'mutation { __schema { queryType { name } } }' },
  { name: 'type-not-on-nested-type', query: '{ dog { __type(name: "Dog") { name } } }' },
  { name: 'introspection-with-data', query: '{ hello __type(name: "Dog") { name fields { name } } products { __typename } }' },
  { name: 'fragments-on-introspection-types', query: '{ __schema { queryType { ...T } types { ...T } } }\nfragment T on __Type { name kind }' },
  { name: 'directive-introspection-details', query: '{ __schema { directives { name args(includeDeprecated: true) { name isDeprecated } } } }' },
  {name: "defaults-field-default-values",query: "{ __type(name: \"Query\") { fields { name args { name defaultValue } } } }"},
  {name: "fields-include-deprecated-variable",query: "query Q($inc: Boolean!) { __type(name: \"Product\") { fields(includeDeprecated: $inc) { name } } }",variables: {"inc":true}},
  {name: "size-description",query: "{ __type(name: \"Size\") { description enumValues { name } } }"},
  {name: "scalars-type-fields",query: "{ __type(name: \"Scalars\") { fields { name type { name } } } }"},
  {name: "introspection-meta-types",query: "{ s: __type(name: \"__Schema\") { fields { name type { kind name ofType { kind name } } args { name defaultValue } } } f: __type(name: \"__Field\") { fields { name args { name defaultValue } } } i: __type(name: \"__InputValue\") { fields { name } } e: __type(name: \"__EnumValue\") { fields { name } } d: __type(name: \"__Directive\") { fields { name args { name } } } }"},
  {name: "aliased-introspection",query: "{ s: __schema { q: queryType { n: name } } t: __type(name: \"Dog\") { n: name k: kind } }"},
  {name: "meta-type-descriptions",query: "{ __type(name: \"__Type\") { description fields { name description } } }"},
  {name: "extensions-visible",query: "{ c: __type(name: \"Currency\") { enumValues { name } } i: __type(name: \"CategoryInput\") { inputFields { name } } }"},
  {name: "directive-args-deprecated",query: "{ __schema { directives { name args { name } all: args(includeDeprecated: true) { name isDeprecated deprecationReason } } } }"},
];

const file = path.join(CASES_DIR, 'introspection.json');
fs.writeFileSync(file, `${JSON.stringify({ area: 'introspection', cases }, null, 2)}\n`);
console.log(`wrote ${cases.length} cases to ${file}`);
