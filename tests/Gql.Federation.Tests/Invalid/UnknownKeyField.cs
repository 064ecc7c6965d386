namespace Gql.Federation.Tests.Invalid;

[Key("id sku")]
public sealed record UnknownKeyField(string Id);
