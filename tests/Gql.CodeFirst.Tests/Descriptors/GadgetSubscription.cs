using Gql.Types;

namespace Gql.CodeFirst.Tests.Descriptors;

public sealed class GadgetSubscription
{
    [Ticks]
    public int OnTick([EventMessage] int tick) => tick * 10;
}
