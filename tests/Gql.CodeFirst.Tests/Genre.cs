using Gql.Types;

namespace Gql.CodeFirst.Tests;

public enum Genre
{
    ScienceFiction,
    Fantasy,
    [GraphQLDescription("True stories.")]
    NonFiction,
}
