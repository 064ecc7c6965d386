namespace ECommerce.Users.Tests;

[CollectionDefinition(Name)]
public sealed class UsersAppCollection : ICollectionFixture<UsersServerFixture>
{
    public const string Name = "users app";
}
