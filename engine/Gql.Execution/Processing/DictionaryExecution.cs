using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Gql.Types;

namespace Gql.Execution;

/// <summary>
/// The synchronous plan of a query whose fields all use the default resolver over plain data
/// (<c>Dictionary&lt;string, object?&gt;</c> objects, <c>List&lt;object?&gt;</c> or array lists, values
/// the specified scalars and enums pass through): the result tree is built in one recursive pass
/// over the compiled selection sets, without the operation context, resolver contexts, null
/// propagation bookkeeping or deferred completions. Reading such data has no side effects, so
/// when a value needs more than this plan does (a null for a non-null field, a task, a custom
/// scalar that rejects the value, a CLR object...) the partial result is dropped and the request
/// runs through <see cref="OperationContext"/> from the start, which reports the errors as usual.
/// Lists of this plan are <c>object?[]</c> (the general executor's are <see cref="ResultList"/>s):
/// both are <c>IReadOnlyList&lt;object?&gt;</c>.
/// </summary>
internal static class DictionaryExecution
{
    /// <summary>The data of the query, or null when the general executor has to run it.</summary>
    public static ResultMap? TryExecute(CompiledOperation operation, object? rootValue)
    {
        if (rootValue is null || rootValue.GetType() != typeof(Dictionary<string, object?>) || !operation.UsesDictionaryPlan)
        {
            return null;
        }

        var source = Unsafe.As<Dictionary<string, object?>>(rootValue);
        if (operation.GeneratedDictionaryPlan is { } generated)
        {
            if (generated.Run(source) is { } data)
            {
                return data;
            }
        }
        else
        {
            var selectionSet = operation.RootSelectionSet;
            var root = ResultMap.CreatePlain(selectionSet.Keys, out var slots);
            if (TryFill(selectionSet, source, slots))
            {
                operation.DictionaryPlanCompleted(source);
                return root;
            }
        }

        operation.DictionaryPlanMissed();
        return null;
    }

    /// <summary>The generic store of one field of a selection set (for the generated plan: the kinds it does not handle itself).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // the generated code's rare path: kept out of it
    internal static bool TryStoreField(CompiledSelectionSet selectionSet, int index, object value, out object? result)
    {
        result = null;
        return TryStore(in selectionSet.PlainFields[index], value, ref result);
    }

    /// <summary>The map of one object, or null when the general executor has to complete it.</summary>
    internal static ResultMap? TryCompleteObject(CompiledSelectionSet selectionSet, object value)
    {
        if (value.GetType() != typeof(Dictionary<string, object?>))
        {
            return null;
        }

        var map = ResultMap.CreatePlain(selectionSet.Keys, out var slots);
        return TryFill(selectionSet, Unsafe.As<Dictionary<string, object?>>(value), slots) ? map : null;
    }

    private static bool TryFill(CompiledSelectionSet selectionSet, Dictionary<string, object?> source, Span<object?> slots)
    {
        if (!selectionSet.ReadsDataOnly)
        {
            return false;
        }

        var fields = selectionSet.PlainFields;
        var shape = selectionSet.DictionaryShape;
        if (shape is not null && shape.IsUsable)
        {
            if (source.Count == shape.Entries.Length && (!shape.NeedsOrdinalComparer || DictionaryShape.ComparesOrdinally(source)))
            {
                switch (FillByShape(fields, shape.Entries, source, slots))
                {
                    case ShapeFill.Filled:
                        if (!selectionSet.DefaultResolversOnly)
                        {
                            StoreTypeNames(fields, slots);
                        }

                        return true;
                    case ShapeFill.Failed:
                        return false;
                }

                // Entries read before the first other key were stored: the lookups start over.
                slots.Clear();
            }

            shape.Missed();
        }

        if (!FillByLookups(fields, source, slots))
        {
            return false;
        }

        if (shape is null)
        {
            selectionSet.DictionaryShape = DictionaryShape.Learn(selectionSet.Fields, source);
        }

        return true;
    }

    private static ShapeFill FillByShape(PlainField[] fields, DictionaryShape.Entry[] entries, Dictionary<string, object?> source, Span<object?> slots)
    {
        var position = 0;
        foreach (var entry in source)
        {
            if ((uint)position >= (uint)entries.Length)
            {
                return ShapeFill.OtherShape;
            }

            var expected = entries[position++];
            if (!string.Equals(entry.Key, expected.Key))
            {
                return ShapeFill.OtherShape;
            }

            var index = expected.Field;
            if (index >= 0 && !TryStore(in fields[index], entry.Value, ref slots[index]))
            {
                return ShapeFill.Failed;
            }
        }

        return ShapeFill.Filled;
    }

    private static bool FillByLookups(PlainField[] fields, Dictionary<string, object?> source, Span<object?> slots)
    {
        for (var i = 0; i < fields.Length && i < slots.Length; i++)
        {
            ref readonly var field = ref fields[i];
            if (field.IsTypeName)
            {
                slots[i] = field.Field.DeclaringType.Name;
                continue;
            }

            source.TryGetValue(field.Key, out var value);
            if (!TryStore(in field, value, ref slots[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static void StoreTypeNames(PlainField[] fields, Span<object?> slots)
    {
        for (var i = 0; i < fields.Length && i < slots.Length; i++)
        {
            if (fields[i].IsTypeName)
            {
                slots[i] = fields[i].Field.DeclaringType.Name;
            }
        }
    }

    // The common kinds are handled here, inlined into the field loops; the rest by TryComplete.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryStore(in PlainField field, object? value, ref object? slot)
    {
        if (value is null)
        {
            return !field.NonNull;
        }

        switch (field.Kind)
        {
            case CompletionKind.StringLeaf when value is string:
            case CompletionKind.IntLeaf when value is int:
            case CompletionKind.BooleanLeaf when value is bool:
            case CompletionKind.FloatLeaf when value is double number && double.IsFinite(number):
                slot = value;
                return true;
            case CompletionKind.Enum when value is string text && field.Completion.EnumSerializer.TrySerializeString(text, out var name):
                slot = name;
                return true;
            case CompletionKind.Object:
                var map = field.Objects is { } selectionSet ? TryCompleteObject(selectionSet, value) : null;
                slot = map;
                return map is not null;
            case CompletionKind.List when field.Objects is { } itemSelectionSet:
                return TryCompleteObjectList(itemSelectionSet, field.ItemsNonNull, value, out slot);
        }

        return TryComplete(field.Field, field.Completion, value, out slot);
    }

    private static bool TryComplete(CompiledField field, ValueCompletion completion, object? value, out object? result)
    {
        result = value;
        if (value is null)
        {
            return !completion.NonNull;
        }

        switch (completion.Kind)
        {
            case CompletionKind.StringLeaf:
                return value is string;
            case CompletionKind.IntLeaf:
                return value is int;
            case CompletionKind.BooleanLeaf:
                return value is bool;
            case CompletionKind.FloatLeaf:
                return value is double number && double.IsFinite(number);
            case CompletionKind.Enum:
                if (value is string text && completion.EnumSerializer.TrySerializeString(text, out var name))
                {
                    result = name;
                    return true;
                }

                return false;
            case CompletionKind.Object:
                var objectType = completion.ObjectType!;
                result = objectType.IsOfType is null ? TryCompleteObject(field.GetSelectionSet(objectType), value) : null;
                return result is not null;
            case CompletionKind.List:
                return TryCompleteList(field, completion.Item!, value, out result);
            default:
                return false;
        }
    }

    private static bool TryGetItems(object value, out ReadOnlySpan<object?> items)
    {
        if (value.GetType() == typeof(List<object?>))
        {
            items = CollectionsMarshal.AsSpan(Unsafe.As<List<object?>>(value));
            return true;
        }

        if (value.GetType() == typeof(object[]))
        {
            items = Unsafe.As<object?[]>(value);
            return true;
        }

        items = default;
        return false;
    }

    // A plain array: nothing can null an item or the list later, so no result node is needed.
    private static bool TryCompleteList(CompiledField field, ValueCompletion itemCompletion, object value, out object? result)
    {
        result = null;
        if (!TryGetItems(value, out var items))
        {
            return false;
        }

        var list = items.Length == 0 ? [] : new object?[items.Length];
        for (var i = 0; i < items.Length && i < list.Length; i++)
        {
            if (!TryComplete(field, itemCompletion, items[i], out var item))
            {
                return false;
            }

            Store(list, i, item);
        }

        result = list;
        return true;
    }

    private static bool TryCompleteObjectList(CompiledSelectionSet selectionSet, bool itemsNonNull, object value, out object? result)
    {
        result = null;
        if (!TryGetItems(value, out var items))
        {
            return false;
        }

        var list = items.Length == 0 ? [] : new object?[items.Length];
        for (var i = 0; i < items.Length && i < list.Length; i++)
        {
            var item = items[i];
            if (item is null)
            {
                if (itemsNonNull)
                {
                    return false;
                }

                continue;
            }

            var map = TryCompleteObject(selectionSet, item);
            if (map is null)
            {
                return false;
            }

            Store(list, i, map);
        }

        result = list;
        return true;
    }

    // The list is an object?[] created here, so the store needs no array covariance check.
    private static void Store(object?[] list, int index, object? value)
        => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(list), index) = value;

    private enum ShapeFill
    {
        Filled,
        Failed,
        OtherShape,
    }
}
