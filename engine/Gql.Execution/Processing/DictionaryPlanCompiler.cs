using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Gql.Execution;

/// <summary>
/// Generates the code of an operation's dictionary plan once its data shapes are known (what
/// graphql-jit does with <c>new Function</c>): one delegate that reads the root dictionary and
/// builds the result with the operation's keys, field kinds and learned key orders as constants,
/// instead of the generic walk over the selection sets. The generated code only takes the paths
/// it was built for (a dictionary of the learned key order, a string, int or boolean leaf, an
/// object of a selection set of up to <see cref="PlainMaps.MaxFields"/> fields); for anything
/// else it calls the generic walk of <see cref="DictionaryExecution"/> for that field or object,
/// so results and hand-overs to the general executor are the same as without it.
/// </summary>
internal static class DictionaryPlanCompiler
{
    // Larger operations keep the generic walk: compiling them costs more than it saves.
    private const int MaxCompiledFields = 128;

    private static readonly Type DictionaryType = typeof(Dictionary<string, object?>);
    private static readonly MethodInfo GetEnumeratorMethod = DictionaryType.GetMethod(nameof(Dictionary<string, object?>.GetEnumerator))!;
    private static readonly MethodInfo MoveNextMethod = typeof(Dictionary<string, object?>.Enumerator).GetMethod(nameof(IEnumerator<object>.MoveNext))!;
    private static readonly PropertyInfo CurrentProperty = typeof(Dictionary<string, object?>.Enumerator).GetProperty(nameof(IEnumerator<object>.Current))!;
    private static readonly MethodInfo TryGetValueMethod = DictionaryType.GetMethod(nameof(Dictionary<string, object?>.TryGetValue))!;
    private static readonly PropertyInfo CountProperty = DictionaryType.GetProperty(nameof(Dictionary<string, object?>.Count))!;
    private static readonly MethodInfo StringEqualsMethod = typeof(string).GetMethod(nameof(string.Equals), [typeof(string), typeof(string)])!;
    private static readonly MethodInfo ComparesOrdinallyMethod = typeof(DictionaryShape).GetMethod(nameof(DictionaryShape.ComparesOrdinally))!;
    private static readonly MethodInfo CompleteObjectMethod = typeof(DictionaryExecution).GetMethod(nameof(DictionaryExecution.TryCompleteObject), BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)!;
    private static readonly MethodInfo StoreFieldMethod = typeof(DictionaryExecution).GetMethod(nameof(DictionaryExecution.TryStoreField), BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)!;
    private static readonly MethodInfo AsDictionaryMethod = typeof(Unsafe).GetMethod(nameof(Unsafe.As), 1, [typeof(object)])!.MakeGenericMethod(DictionaryType);
    private static readonly PropertyInfo KeysProperty = typeof(CompiledSelectionSet).GetProperty(nameof(CompiledSelectionSet.Keys))!;
    private static readonly MethodInfo[] CreateMapMethods = typeof(PlainMaps).GetMethods(BindingFlags.Static | BindingFlags.Public)
        .Where(static method => method.Name == nameof(PlainMaps.Create))
        .OrderBy(static method => method.GetParameters().Length)
        .ToArray();

    /// <summary>The generated plan of a root selection set, or null when it keeps the generic walk.</summary>
    /// <remarks>
    /// The root value of the request just completed tells where the root fields' keys are: a root
    /// read by lookups (one field of a wider dictionary) is read by a walk up to them when the
    /// next root value has the same key order, and by lookups otherwise.
    /// </remarks>
    public static CompiledDictionaryPlan? TryCompile(CompiledSelectionSet root, Dictionary<string, object?> rootValue)
    {
        if (!RuntimeFeature.IsDynamicCodeSupported || !IsCompilable(root) || CountFields(root) > MaxCompiledFields)
        {
            return null;
        }

        var builder = new Builder();
        var run = builder.Build(root, KeyOrderOf(root, rootValue));
        return new CompiledDictionaryPlan(run, [.. builder.SelectionSets]);
    }

    // A selection set the generated code builds itself: data only, a map size it has a method for,
    // and a learned key order (an unlearned one is read by the generic walk, which learns it).
    private static bool IsCompilable(CompiledSelectionSet selectionSet)
        => selectionSet.ReadsDataOnly && selectionSet.Fields.Length <= PlainMaps.MaxFields && selectionSet.DictionaryShape is not null;

    // The entries of the value up to the last key a field reads, or null when a field's key is not
    // among its first entries (or two fields read one key).
    private static DictionaryShape.Entry[]? KeyOrderOf(CompiledSelectionSet selectionSet, Dictionary<string, object?> value)
    {
        const int MaxWalk = 8;
        if (DictionaryShape.HasRepeatedKeys(selectionSet.Fields))
        {
            return null;
        }

        var fields = selectionSet.Fields;
        var unread = Array.FindAll(fields, static field => !field.IsTypeName).Length;
        var entries = new List<DictionaryShape.Entry>();
        foreach (var key in value.Keys)
        {
            if (unread == 0 || entries.Count == MaxWalk)
            {
                break;
            }

            var field = Array.FindIndex(fields, field => !field.IsTypeName && string.Equals(field.DictionaryKey, key));
            entries.Add(new DictionaryShape.Entry(key, field));
            unread -= field >= 0 ? 1 : 0;
        }

        return unread == 0 ? [.. entries] : null;
    }

    private static int CountFields(CompiledSelectionSet selectionSet)
    {
        var count = selectionSet.Fields.Length;
        foreach (var field in selectionSet.PlainFields)
        {
            if (field.Kind == CompletionKind.Object && field.Objects is { } objects && IsCompilable(objects))
            {
                count += CountFields(objects);
            }
        }

        return count;
    }

    private sealed class Builder
    {
        private readonly ParameterExpression _root = Expression.Parameter(DictionaryType, "root");
        private readonly ParameterExpression _selectionSets = Expression.Parameter(typeof(CompiledSelectionSet[]), "selectionSets");
        private readonly LabelTarget _failed = Expression.Label(typeof(ResultMap), "failed");

        public List<CompiledSelectionSet> SelectionSets { get; } = [];

        public Func<Dictionary<string, object?>, CompiledSelectionSet[], ResultMap?> Build(CompiledSelectionSet root, DictionaryShape.Entry[]? rootKeyOrder)
        {
            var result = Expression.Variable(typeof(ResultMap), "result");
            var body = Expression.Block(
                typeof(ResultMap),
                [result],
                CompleteObject(root, _root, _root, result, rootKeyOrder),
                Expression.Label(_failed, result));
            return Expression.Lambda<Func<Dictionary<string, object?>, CompiledSelectionSet[], ResultMap?>>(body, _root, _selectionSets).Compile();
        }

        // Assigns the map of one object (source: the dictionary; value: the same as an object, for
        // the generic walk) to target, or leaves the plan with null when the generic walk fails.
        private Expression CompleteObject(
            CompiledSelectionSet selectionSet, Expression source, Expression value, ParameterExpression target, DictionaryShape.Entry[]? keyOrder = null)
        {
            var selectionSetIndex = SelectionSets.Count;
            SelectionSets.Add(selectionSet);
            var selectionSetExpression = Expression.ArrayIndex(_selectionSets, Expression.Constant(selectionSetIndex));
            var fields = selectionSet.PlainFields;
            var values = new ParameterExpression[fields.Length];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Expression.Variable(typeof(object), fields[i].Key);
            }

            var otherShape = Expression.Label("otherShape");
            var done = Expression.Label("done");
            var body = new List<Expression>();
            var shape = selectionSet.DictionaryShape!;
            if (shape.IsUsable)
            {
                ReadByShape(selectionSetExpression, fields, shape.Entries, shape.NeedsOrdinalComparer, source, values, otherShape, body);
            }
            else if (keyOrder is not null)
            {
                // The known key order first; another order is read by lookups (what the generic walk does).
                var byLookups = Expression.Label("byLookups");
                var read = Expression.Label("read");
                ReadByShape(selectionSetExpression, fields, keyOrder, needsOrdinalComparer: false, source, values, byLookups, body);
                body.Add(Expression.Goto(read));
                body.Add(Expression.Label(byLookups));
                ReadByLookups(selectionSetExpression, fields, source, values, body);
                body.Add(Expression.Label(read));
            }
            else
            {
                ReadByLookups(selectionSetExpression, fields, source, values, body);
            }

            for (var i = 0; i < fields.Length; i++)
            {
                if (fields[i].IsTypeName)
                {
                    body.Add(Expression.Assign(values[i], Expression.Constant(fields[i].Field.DeclaringType.Name, typeof(object))));
                }
            }

            body.Add(Expression.Assign(target, Expression.Call(CreateMapMethods[fields.Length - 1], [Expression.Property(selectionSetExpression, KeysProperty), .. values])));
            body.Add(Expression.Goto(done));

            // Another key order: the generic walk reads this object (and counts the miss).
            body.Add(Expression.Label(otherShape));
            body.Add(Expression.Assign(target, Expression.Call(CompleteObjectMethod, selectionSetExpression, value)));
            body.Add(Expression.IfThen(Expression.Equal(target, Expression.Constant(null, typeof(ResultMap))), Expression.Return(_failed, target)));
            body.Add(Expression.Label(done));
            return Expression.Block(values, body);
        }

        // One walk over the entries, each key compared with the learned one; when every field's key
        // is among them, the walk ends at the last key a field reads (later keys need no check).
        private void ReadByShape(
            Expression selectionSet,
            PlainField[] fields,
            DictionaryShape.Entry[] entries,
            bool needsOrdinalComparer,
            Expression source,
            ParameterExpression[] values,
            LabelTarget otherShape,
            List<Expression> body)
        {
            var length = entries.Length;
            if (needsOrdinalComparer)
            {
                body.Add(Expression.IfThen(
                    Expression.OrElse(
                        Expression.NotEqual(Expression.Property(source, CountProperty), Expression.Constant(length)),
                        Expression.Not(Expression.Call(ComparesOrdinallyMethod, source))),
                    Expression.Goto(otherShape)));
            }
            else
            {
                length = Array.FindLastIndex(entries, static entry => entry.Field >= 0) + 1;
            }

            var enumerator = Expression.Variable(typeof(Dictionary<string, object?>.Enumerator), "entries");
            var entry = Expression.Variable(typeof(KeyValuePair<string, object?>), "entry");
            var walk = new List<Expression> { Expression.Assign(enumerator, Expression.Call(source, GetEnumeratorMethod)) };
            for (var position = 0; position < length; position++)
            {
                walk.Add(Expression.IfThen(Expression.Not(Expression.Call(enumerator, MoveNextMethod)), Expression.Goto(otherShape)));
                walk.Add(Expression.Assign(entry, Expression.Property(enumerator, CurrentProperty)));
                walk.Add(Expression.IfThen(
                    Expression.Not(Expression.Call(StringEqualsMethod, Expression.Property(entry, nameof(KeyValuePair<string, object?>.Key)), Expression.Constant(entries[position].Key))),
                    Expression.Goto(otherShape)));
                if (entries[position].Field is var index and >= 0)
                {
                    walk.Add(Store(selectionSet, fields, index, Expression.Property(entry, nameof(KeyValuePair<string, object?>.Value)), values[index]));
                }
            }

            body.Add(Expression.Block([enumerator, entry], walk));
        }

        private void ReadByLookups(Expression selectionSet, PlainField[] fields, Expression source, ParameterExpression[] values, List<Expression> body)
        {
            var value = Expression.Variable(typeof(object), "value");
            var reads = new List<Expression>();
            for (var i = 0; i < fields.Length; i++)
            {
                if (!fields[i].IsTypeName)
                {
                    reads.Add(Expression.Call(source, TryGetValueMethod, Expression.Constant(fields[i].Key), value));
                    reads.Add(Store(selectionSet, fields, i, value, values[i]));
                }
            }

            body.Add(Expression.Block([value], reads));
        }

        // The field's value into target: the common kinds here, the rest (and every value these
        // checks do not accept) through the generic walk's store, whose failure ends the plan.
        private Expression Store(Expression selectionSet, PlainField[] fields, int index, Expression read, ParameterExpression target)
        {
            ref readonly var field = ref fields[index];
            var value = Expression.Variable(typeof(object), "fieldValue");
            var generic = Expression.IfThen(
                Expression.Not(Expression.Call(StoreFieldMethod, selectionSet, Expression.Constant(index), value, target)),
                Expression.Return(_failed, Expression.Constant(null, typeof(ResultMap))));
            Expression whenNotNull = field.Kind switch
            {
                CompletionKind.StringLeaf => LeafOf(typeof(string), value, target, generic),
                CompletionKind.IntLeaf => LeafOf(typeof(int), value, target, generic),
                CompletionKind.BooleanLeaf => LeafOf(typeof(bool), value, target, generic),
                CompletionKind.Object when field.Objects is { } objects && IsCompilable(objects) => ObjectOf(objects, value, target, generic),
                _ => generic,
            };
            Expression whenNull = field.NonNull
                ? Expression.Return(_failed, Expression.Constant(null, typeof(ResultMap)))
                : Expression.Assign(target, Expression.Constant(null));
            return Expression.Block(
                [value],
                Expression.Assign(value, read),
                Expression.IfThenElse(Expression.Equal(value, Expression.Constant(null)), whenNull, whenNotNull));
        }

        private static Expression LeafOf(Type type, ParameterExpression value, ParameterExpression target, Expression generic)
            => Expression.IfThenElse(Expression.TypeIs(value, type), Expression.Assign(target, value), generic);

        private Expression ObjectOf(CompiledSelectionSet objects, ParameterExpression value, ParameterExpression target, Expression generic)
        {
            var source = Expression.Variable(DictionaryType, "source");
            var map = Expression.Variable(typeof(ResultMap), "map");
            return Expression.IfThenElse(
                Expression.TypeEqual(value, DictionaryType),
                Expression.Block(
                    [source, map],
                    Expression.Assign(source, Expression.Call(AsDictionaryMethod, value)), // its type was just tested
                    CompleteObject(objects, source, value, map),
                    Expression.Assign(target, map)),
                generic);
        }
    }
}
