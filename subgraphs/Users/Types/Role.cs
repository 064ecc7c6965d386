namespace ECommerce.Users.Types;

/// <summary>What a user may do in the shop.</summary>
public enum Role
{
    Customer,
    Admin,
}
