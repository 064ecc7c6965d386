using Gql.Types;

namespace Gql.Execution;

/// <summary>The collected fields (spec section 6.3.2) of a selection set for one object type.</summary>
internal sealed class CompiledSelectionSet(ObjectType type, CompiledField[] fields)
{
    public ObjectType Type { get; } = type;

    public CompiledField[] Fields { get; } = fields;

    /// <summary>True when every field uses the default resolver (and none is <c>__typename</c>).</summary>
    public bool DefaultResolversOnly { get; } = Array.TrueForAll(fields, static f => f.Resolver is null && !f.IsTypeName);

    /// <summary>
    /// True when every field uses the default resolver or is <c>__typename</c>: completing the
    /// selection set only reads data (see <see cref="DictionaryExecution"/>).
    /// </summary>
    public bool ReadsDataOnly { get; } = Array.TrueForAll(fields, static f => f.Resolver is null || f.IsTypeName);

    private PlainField[]? _plainFields;

    /// <summary>The fields as <see cref="DictionaryExecution"/> reads them (built on first use).</summary>
    public PlainField[] PlainFields => _plainFields ??= Array.ConvertAll(Fields, static compiled => new PlainField(compiled));

    /// <summary>The key order of the dictionaries <see cref="DictionaryExecution"/> read for this selection set (null until learned).</summary>
    public DictionaryShape? DictionaryShape { get; set; }

    /// <summary>The response names in order, shared by every result map of this selection set.</summary>
    public ResponseKeys Keys { get; } = new(Array.ConvertAll(fields, f => f.ResponseName));
}
