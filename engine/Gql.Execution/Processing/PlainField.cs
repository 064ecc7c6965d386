namespace Gql.Execution;

/// <summary>
/// What <see cref="DictionaryExecution"/> reads of a field, copied out of the field and its
/// completion so that a field costs one read of a selection set's array instead of a chain of
/// object loads (field, completion, kind), and an object field or a list of objects has the
/// selection set of its values at hand.
/// </summary>
internal readonly struct PlainField
{
    public PlainField(CompiledField field)
    {
        Field = field;
        Key = field.DictionaryKey;
        Completion = field.Completion;
        Kind = Completion.Kind;
        NonNull = Completion.NonNull;
        IsTypeName = field.IsTypeName;
        if (Kind == CompletionKind.Object)
        {
            Objects = SelectionSetOf(field, Completion);
        }
        else if (Kind == CompletionKind.List && Completion.Item!.Kind == CompletionKind.Object)
        {
            Objects = SelectionSetOf(field, Completion.Item);
            ItemsNonNull = Completion.Item.NonNull;
        }
    }

    public CompiledField Field { get; }

    /// <summary>The dictionary key the field reads.</summary>
    public string Key { get; }

    public ValueCompletion Completion { get; }

    public CompletionKind Kind { get; }

    public bool NonNull { get; }

    public bool IsTypeName { get; }

    /// <summary>
    /// The selection set of the field's objects (an object field, or a list of objects), or null
    /// when the type decides with <c>IsTypeOf</c> (the general executor calls it).
    /// </summary>
    public CompiledSelectionSet? Objects { get; }

    /// <summary>True when the items of a list of objects are non-null.</summary>
    public bool ItemsNonNull { get; }

    private static CompiledSelectionSet? SelectionSetOf(CompiledField field, ValueCompletion completion)
        => completion.ObjectType!.IsOfType is null ? field.GetSelectionSet(completion.ObjectType) : null;
}
