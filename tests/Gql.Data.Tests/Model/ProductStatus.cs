namespace Gql.Data.Tests.Model;

public enum ProductStatus
{
    Active,
    Discontinued,
    Draft,
}
