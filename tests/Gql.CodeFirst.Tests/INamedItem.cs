using Gql.Types;

namespace Gql.CodeFirst.Tests;

[GraphQLDescription("Anything with a name.")]
public interface INamedItem
{
    string Name { get; }
}
