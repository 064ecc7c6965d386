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

        var selectionSet = operation.RootSelectionSet;
        var root = ResultMap.Create(selectionSet.Keys);
        if (TryFill(selectionSet, Unsafe.As<Dictionary<string, object?>>(rootValue), root.Slots))
        {
            return root;
        }

        operation.DictionaryPlanMissed();
        return null;
    }

    private static bool TryFill(CompiledSelectionSet selectionSet, Dictionary<string, object?> source, Span<object?> slots)
    {
        if (!selectionSet.ReadsDataOnly)
        {
            return false;
        }

        var shape = selectionSet.DictionaryShape;
        if (shape is not null && shape.IsUsable)
        {
            if (source.Count == shape.Keys.Length && (!shape.NeedsOrdinalComparer || DictionaryShape.ComparesOrdinally(source)))
            {
                switch (FillByShape(selectionSet, shape, source, slots))
                {
                    case ShapeFill.Filled:
                        return true;
                    case ShapeFill.Failed:
                        return false;
                }

                // Entries read before the first other key were stored: the lookups start over.
                slots.Clear();
            }

            shape.Missed();
        }

        if (!FillByLookups(selectionSet.Fields, source, slots))
        {
            return false;
        }

        if (shape is null)
        {
            selectionSet.DictionaryShape = DictionaryShape.Learn(selectionSet.Fields, source);
        }

        return true;
    }

    private static ShapeFill FillByShape(CompiledSelectionSet selectionSet, DictionaryShape shape, Dictionary<string, object?> source, Span<object?> slots)
    {
        var fields = selectionSet.Fields;
        var keys = shape.Keys;
        var fieldIndexes = shape.FieldIndexes;
        var position = 0;
        foreach (var entry in source)
        {
            if ((uint)position >= (uint)keys.Length || !string.Equals(entry.Key, keys[position]))
            {
                return ShapeFill.OtherShape;
            }

            var index = fieldIndexes[position++];
            if (index >= 0 && !TryStore(fields[index], entry.Value, ref slots[index]))
            {
                return ShapeFill.Failed;
            }
        }

        if (!selectionSet.DefaultResolversOnly)
        {
            StoreTypeNames(fields, slots);
        }

        return ShapeFill.Filled;
    }

    private static bool FillByLookups(CompiledField[] fields, Dictionary<string, object?> source, Span<object?> slots)
    {
        for (var i = 0; i < fields.Length && i < slots.Length; i++)
        {
            var field = fields[i];
            if (field.IsTypeName)
            {
                slots[i] = field.DeclaringType.Name;
                continue;
            }

            source.TryGetValue(field.DictionaryKey, out var value);
            if (!TryStore(field, value, ref slots[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static void StoreTypeNames(CompiledField[] fields, Span<object?> slots)
    {
        for (var i = 0; i < fields.Length && i < slots.Length; i++)
        {
            if (fields[i].IsTypeName)
            {
                slots[i] = fields[i].DeclaringType.Name;
            }
        }
    }

    // The common kinds are handled here, inlined into the field loops; the rest by TryComplete.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryStore(CompiledField field, object? value, ref object? slot)
    {
        var completion = field.Completion;
        if (value is null)
        {
            return !completion.NonNull;
        }

        switch (completion.Kind)
        {
            case CompletionKind.StringLeaf when value is string:
            case CompletionKind.IntLeaf when value is int:
            case CompletionKind.BooleanLeaf when value is bool:
                slot = value;
                return true;
            case CompletionKind.Object:
                var map = TryCompleteObject(field, completion.ObjectType!, value);
                slot = map;
                return map is not null;
        }

        if (!TryComplete(field, completion, value, out var completed))
        {
            return false;
        }

        slot = completed;
        return true;
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
                result = TryCompleteObject(field, completion.ObjectType!, value);
                return result is not null;
            case CompletionKind.List:
                return TryCompleteList(field, completion.Item!, value, out result);
            default:
                return false;
        }
    }

    private static ResultMap? TryCompleteObject(CompiledField field, ObjectType objectType, object value)
    {
        if (value.GetType() != typeof(Dictionary<string, object?>) || objectType.IsOfType is not null)
        {
            return null;
        }

        var selectionSet = field.GetSelectionSet(objectType);
        var map = ResultMap.Create(selectionSet.Keys);
        return TryFill(selectionSet, Unsafe.As<Dictionary<string, object?>>(value), map.Slots) ? map : null;
    }

    private static bool TryCompleteList(CompiledField field, ValueCompletion itemCompletion, object value, out object? result)
    {
        ReadOnlySpan<object?> items;
        if (value.GetType() == typeof(List<object?>))
        {
            items = CollectionsMarshal.AsSpan(Unsafe.As<List<object?>>(value));
        }
        else if (value.GetType() == typeof(object[]))
        {
            items = Unsafe.As<object?[]>(value);
        }
        else
        {
            result = null;
            return false;
        }

        // A plain array: nothing can null an item or the list later, so no result node is needed.
        var list = items.Length == 0 ? [] : new object?[items.Length];
        result = list;
        for (var i = 0; i < items.Length && i < list.Length; i++)
        {
            if (!TryComplete(field, itemCompletion, items[i], out var item))
            {
                return false;
            }

            list[i] = item;
        }

        return true;
    }

    private enum ShapeFill
    {
        Filled,
        Failed,
        OtherShape,
    }
}
