namespace Gql.Fusion.Composition.Selections;

/// <summary>
/// A parsed <c>FieldSelectionMap</c> (the value of <c>@is(field:)</c> and <c>@require(field:)</c>):
/// the field paths it reads, each from the type the map applies to (type conditions dropped).
/// </summary>
internal sealed record FieldSelectionMap(string Text, IReadOnlyList<IReadOnlyList<string>> Paths)
{
    /// <summary>Whether the map is one plain path such as <c>id</c> or <c>address.id</c>.</summary>
    public bool IsPlainPath => Paths.Count == 1 && !Text.Contains('{', StringComparison.Ordinal) && !Text.Contains('|', StringComparison.Ordinal);
}
