namespace Gql.Validation;

/// <summary>
/// A validation rule (spec section 5). Rules are stateless factories: each validation creates a fresh
/// <see cref="ValidationVisitor"/> holding the per-document state, so one rule instance is safe to share.
/// </summary>
public interface IValidationRule
{
    ValidationVisitor CreateVisitor(ValidationContext context);
}
