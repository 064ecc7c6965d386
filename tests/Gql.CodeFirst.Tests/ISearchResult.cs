using Gql.Types;

namespace Gql.CodeFirst.Tests;

[UnionType]
public interface ISearchResult;
