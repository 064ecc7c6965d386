namespace Gql.Validation;

/// <summary>Options of <see cref="DocumentValidator.Validate"/>.</summary>
public sealed class ValidationOptions
{
    /// <summary>Validation stops after this many errors and reports one more error saying so.</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>Leave "Did you mean ...?" suggestions out of messages (graphql-js <c>hideSuggestions</c>), so errors do not reveal the schema.</summary>
    public bool HideSuggestions { get; init; }

    /// <summary>The rules to run, in order; null means <see cref="SpecifiedRules.All"/>.</summary>
    public IReadOnlyList<IValidationRule>? Rules { get; init; }
}
