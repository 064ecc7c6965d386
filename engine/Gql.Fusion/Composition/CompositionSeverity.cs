namespace Gql.Fusion.Composition;

/// <summary>How bad a composition finding is: errors fail the composition, warnings do not.</summary>
public enum CompositionSeverity
{
    Error,
    Warning,
}
