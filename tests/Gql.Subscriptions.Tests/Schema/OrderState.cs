namespace Gql.Subscriptions.Tests.Schema;

public enum OrderState
{
    Paid,
    ReadyToShip,
}
