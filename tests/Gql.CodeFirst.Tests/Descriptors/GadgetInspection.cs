using Gql.Types;

namespace Gql.CodeFirst.Tests.Descriptors;

/// <summary>Records what a resolver saw of its selections.</summary>
[Service]
public sealed class GadgetInspection
{
    public List<string> Selected { get; } = [];
}
