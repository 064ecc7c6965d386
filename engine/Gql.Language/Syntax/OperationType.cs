namespace Gql.Language.Syntax;

public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}
