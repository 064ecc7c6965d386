using System.Text;

namespace Gql.Types;

/// <summary>
/// "Did you mean" helpers with graphql-js semantics: options within a lexical distance (Damerau-Levenshtein
/// where a case change counts as one edit) of 40% of the input's length, closest first, ties in natural order.
/// </summary>
public static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close enough to <paramref name="input"/>, nearest first.</summary>
    public static List<string> List(string input, IEnumerable<string> options)
    {
        var distances = new Dictionary<string, int>(StringComparer.Ordinal);
        var ordered = new List<string>();
        var measure = new LexicalDistance(input);
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        foreach (var option in options)
        {
            var distance = measure.Measure(option, threshold);
            if (distance >= 0 && distances.TryAdd(option, distance))
            {
                ordered.Add(option);
            }
            else if (distance >= 0)
            {
                distances[option] = distance;
            }
        }

        StableSort(ordered, (a, b) =>
        {
            var diff = distances[a] - distances[b];
            return diff != 0 ? diff : NaturalCompare(a, b);
        });
        return ordered;
    }

    /// <summary>The hint for <paramref name="input"/> among <paramref name="options"/>.</summary>
    public static string DidYouMean(string input, IEnumerable<string> options) => DidYouMean(List(input, options));

    /// <summary>" Did you mean "a", "b", or "c"?" or an empty string.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var message = new StringBuilder(" Did you mean ");
        if (!string.IsNullOrEmpty(subMessage))
        {
            message.Append(subMessage).Append(' ');
        }

        switch (suggestions.Count)
        {
            case 1:
                return message.Append('"').Append(suggestions[0]).Append("\"?").ToString();
            case 2:
                return message.Append('"').Append(suggestions[0]).Append("\" or \"").Append(suggestions[1]).Append("\"?").ToString();
        }

        var count = Math.Min(suggestions.Count, MaxSuggestions);
        for (var i = 0; i < count - 1; i++)
        {
            message.Append('"').Append(suggestions[i]).Append("\", ");
        }

        return message.Append("or \"").Append(suggestions[count - 1]).Append("\"?").ToString();
    }

    /// <summary>graphql-js <c>naturalCompare</c>: digit runs compare by numeric value.</summary>
    public static int NaturalCompare(string a, string b)
    {
        var aIndex = 0;
        var bIndex = 0;
        while (aIndex < a.Length && bIndex < b.Length)
        {
            int aChar = a[aIndex];
            int bChar = b[bIndex];
            if (IsDigit(aChar) && IsDigit(bChar))
            {
                double aNum = 0;
                do
                {
                    ++aIndex;
                    aNum = (aNum * 10) + aChar - '0';
                    aChar = aIndex < a.Length ? a[aIndex] : -1;
                }
                while (IsDigit(aChar) && aNum > 0);

                double bNum = 0;
                do
                {
                    ++bIndex;
                    bNum = (bNum * 10) + bChar - '0';
                    bChar = bIndex < b.Length ? b[bIndex] : -1;
                }
                while (IsDigit(bChar) && bNum > 0);

                if (aNum < bNum)
                {
                    return -1;
                }

                if (aNum > bNum)
                {
                    return 1;
                }
            }
            else
            {
                if (aChar < bChar)
                {
                    return -1;
                }

                if (aChar > bChar)
                {
                    return 1;
                }

                ++aIndex;
                ++bIndex;
            }
        }

        return a.Length - b.Length;
    }

    /// <summary>
    /// Sorts like V8's <c>Array.prototype.sort</c> does short arrays (one TimSort run: the leading ascending
    /// or strictly descending run, then binary insertion), so even comparators that are not a total order
    /// (graphql-js's type suggestions) give graphql-js's order. Longer lists use a stable insertion sort.
    /// </summary>
    public static void StableSort<T>(List<T> items, Comparison<T> comparison)
    {
        var count = items.Count;
        if (count < 2)
        {
            return;
        }

        if (count >= 64)
        {
            InsertionSort(items, comparison);
            return;
        }

        var runLength = CountAndMakeRun(items, comparison);
        for (var start = runLength; start < count; start++)
        {
            var pivot = items[start];
            var left = 0;
            var right = start;
            while (left < right)
            {
                var mid = left + ((right - left) >> 1);
                if (comparison(pivot, items[mid]) < 0)
                {
                    right = mid;
                }
                else
                {
                    left = mid + 1;
                }
            }

            for (var p = start; p > left; p--)
            {
                items[p] = items[p - 1];
            }

            items[left] = pivot;
        }
    }

    private static int CountAndMakeRun<T>(List<T> items, Comparison<T> comparison)
    {
        var runLength = 2;
        var isDescending = comparison(items[1], items[0]) < 0;
        var previous = items[1];
        for (var i = 2; i < items.Count; i++)
        {
            var order = comparison(items[i], previous);
            if (isDescending ? order >= 0 : order < 0)
            {
                break;
            }

            previous = items[i];
            runLength++;
        }

        if (isDescending)
        {
            items.Reverse(0, runLength);
        }

        return runLength;
    }

    private static void InsertionSort<T>(List<T> items, Comparison<T> comparison)
    {
        for (var i = 1; i < items.Count; i++)
        {
            var current = items[i];
            var j = i - 1;
            while (j >= 0 && comparison(items[j], current) > 0)
            {
                items[j + 1] = items[j];
                j--;
            }

            items[j + 1] = current;
        }
    }

    private static bool IsDigit(int c) => c is >= '0' and <= '9';

    private sealed class LexicalDistance
    {
        private readonly string _input;
        private readonly string _inputLowerCase;
        private readonly int[][] _rows;

        public LexicalDistance(string input)
        {
            _input = input;
            _inputLowerCase = input.ToLowerInvariant();
            _rows = [new int[input.Length + 1], new int[input.Length + 1], new int[input.Length + 1]];
        }

        /// <summary>The distance, or -1 when it exceeds <paramref name="threshold"/>.</summary>
        public int Measure(string option, int threshold)
        {
            if (string.Equals(_input, option, StringComparison.Ordinal))
            {
                return 0;
            }

            var optionLowerCase = option.ToLowerInvariant();
            if (string.Equals(_inputLowerCase, optionLowerCase, StringComparison.Ordinal))
            {
                return 1;
            }

            var a = optionLowerCase;
            var b = _inputLowerCase;
            if (a.Length < b.Length)
            {
                (a, b) = (b, a);
            }

            var aLength = a.Length;
            var bLength = b.Length;
            if (aLength - bLength > threshold)
            {
                return -1;
            }

            var rows = _rows;
            for (var j = 0; j <= bLength; j++)
            {
                rows[0][j] = j;
            }

            for (var i = 1; i <= aLength; i++)
            {
                var upRow = rows[(i - 1) % 3];
                var currentRow = rows[i % 3];
                var smallestCell = currentRow[0] = i;
                for (var j = 1; j <= bLength; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    var currentCell = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        currentCell = Math.Min(currentCell, rows[(i - 2) % 3][j - 2] + 1);
                    }

                    if (currentCell < smallestCell)
                    {
                        smallestCell = currentCell;
                    }

                    currentRow[j] = currentCell;
                }

                if (smallestCell > threshold)
                {
                    return -1;
                }
            }

            var distance = rows[aLength % 3][bLength];
            return distance <= threshold ? distance : -1;
        }
    }
}
