namespace Gql.Federation.Tests.Invalid;

[Key("id {")]
public sealed record BadKeySyntax(string Id);
