namespace ECommerce.Payments.Tests;

[CollectionDefinition(Name)]
public sealed class PaymentsAppCollection : ICollectionFixture<PaymentsServerFixture>
{
    public const string Name = "payments app";
}
