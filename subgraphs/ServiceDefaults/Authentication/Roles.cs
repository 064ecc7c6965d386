namespace ECommerce.ServiceDefaults.Authentication;

/// <summary>The roles a token may carry.</summary>
public static class Roles
{
    public const string Customer = "CUSTOMER";

    public const string Admin = "ADMIN";

    /// <summary>Another service of the shop calling on its own behalf (service credential).</summary>
    public const string Service = "SERVICE";
}
