namespace Gql.Execution;

/// <summary>graphql-js <c>suggestionList</c> and <c>didYouMean</c>, for coercion error messages.</summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    public static string DidYouMean(string input, IEnumerable<string> options)
    {
        var suggestions = List(input, options);
        switch (suggestions.Count)
        {
            case 0:
                return string.Empty;
            case 1:
                return $" Did you mean \"{suggestions[0]}\"?";
            case 2:
                return $" Did you mean \"{suggestions[0]}\" or \"{suggestions[1]}\"?";
        }

        var selected = suggestions.Take(MaxSuggestions).Select(s => $"\"{s}\"").ToList();
        var last = selected[^1];
        selected.RemoveAt(selected.Count - 1);
        return " Did you mean " + string.Join(", ", selected) + ", or " + last + "?";
    }

    public static List<string> List(string input, IEnumerable<string> options)
    {
        var distances = new List<(string Option, int Distance)>();
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var inputLower = input.ToLowerInvariant();
        foreach (var option in options)
        {
            var distance = Distance(input, inputLower, option, threshold);
            if (distance is { } d)
            {
                distances.Add((option, d));
            }
        }

        distances.Sort((a, b) => a.Distance != b.Distance
            ? a.Distance.CompareTo(b.Distance)
            : CompareNatural(a.Option, b.Option));
        return distances.Select(d => d.Option).ToList();
    }

    // Damerau-Levenshtein distance, where a case-only change costs 1 (graphql-js LexicalDistance).
    private static int? Distance(string input, string inputLower, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }

        var optionLower = option.ToLowerInvariant();
        if (inputLower == optionLower)
        {
            return 1;
        }

        var a = inputLower;
        var b = optionLower;
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > threshold)
        {
            return null;
        }

        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var upRow = rows[(i - 1) % 3];
            var currentRow = rows[i % 3];
            var smallest = currentRow[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var current = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    var doubleDiagonal = rows[(i - 2) % 3][j - 2];
                    current = Math.Min(current, doubleDiagonal + 1);
                }

                if (current < smallest)
                {
                    smallest = current;
                }

                currentRow[j] = current;
            }

            if (smallest > threshold)
            {
                return null;
            }
        }

        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }

    // graphql-js naturalCompare: digit runs compare numerically.
    private static int CompareNatural(string a, string b)
    {
        var i = 0;
        var j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                var startA = i;
                var startB = j;
                while (i < a.Length && char.IsAsciiDigit(a[i]))
                {
                    i++;
                }

                while (j < b.Length && char.IsAsciiDigit(b[j]))
                {
                    j++;
                }

                var numA = decimal.Parse(a.AsSpan(startA, i - startA), System.Globalization.CultureInfo.InvariantCulture);
                var numB = decimal.Parse(b.AsSpan(startB, j - startB), System.Globalization.CultureInfo.InvariantCulture);
                if (numA != numB)
                {
                    return numA.CompareTo(numB);
                }
            }
            else
            {
                if (a[i] != b[j])
                {
                    return a[i].CompareTo(b[j]);
                }

                i++;
                j++;
            }
        }

        return a.Length - i - (b.Length - j);
    }
}
