namespace Gql.Validation;

/// <summary>Options of <see cref="DocumentValidator.Validate"/>.</summary>
public sealed class ValidationOptions
{
    /// <summary>Validation stops after this many errors and reports one more error saying so.</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>The rules to run, in order; null means <see cref="SpecifiedRules.All"/>.</summary>
    public IReadOnlyList<IValidationRule>? Rules { get; init; }
}
