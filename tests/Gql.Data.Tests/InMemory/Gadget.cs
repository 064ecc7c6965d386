using Gql.Types;

namespace Gql.Data.Tests.InMemory;

public sealed class Gadget
{
    [ID]
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string? Nickname { get; set; }

    public List<string> Tags { get; set; } = [];
}
