using Gql.Types;

namespace Gql.CodeFirst.Tests;

[OneOf]
public sealed class BookSelector
{
    [ID]
    public string? Id { get; set; }

    public string? Title { get; set; }
}
