namespace ECommerce.Inventory.Model;

/// <summary>The text a <see cref="ReservationStatus"/> is stored as (the same as its GraphQL enum value).</summary>
public static class ReservationStatusNames
{
    public const string Reserved = "RESERVED";
    public const string Committed = "COMMITTED";
    public const string Released = "RELEASED";
    public const string Restocked = "RESTOCKED";

    public static string ToName(ReservationStatus status) => status switch
    {
        ReservationStatus.Reserved => Reserved,
        ReservationStatus.Committed => Committed,
        ReservationStatus.Released => Released,
        ReservationStatus.Restocked => Restocked,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static ReservationStatus Parse(string name) => name switch
    {
        Reserved => ReservationStatus.Reserved,
        Committed => ReservationStatus.Committed,
        Released => ReservationStatus.Released,
        Restocked => ReservationStatus.Restocked,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown reservation status in the database."),
    };
}
