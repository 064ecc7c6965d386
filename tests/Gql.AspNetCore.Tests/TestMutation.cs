using Gql.Types;

namespace Gql.AspNetCore.Tests;

public sealed class TestMutation
{
    public int Increment([Service] Counter counter) => counter.Increment();
}
