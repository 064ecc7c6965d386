namespace Gql.Types;

/// <summary>"Did you mean ...?" hints for unknown names (graphql-js suggestionList / didYouMean).</summary>
public static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close enough to <paramref name="input"/>, nearest first.</summary>
    public static IReadOnlyList<string> List(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var distances = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (distances.ContainsKey(option))
            {
                continue;
            }

            var distance = LexicalDistance(input, option, threshold);
            if (distance is { } d)
            {
                distances[option] = d;
            }
        }

        var result = distances.Keys.ToList();
        result.Sort((a, b) =>
        {
            var diff = distances[a] - distances[b];
            return diff != 0 ? diff : NaturalCompare(a, b);
        });
        return result;
    }

    /// <summary>" Did you mean "a", "b", or "c"?" or an empty string.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        var message = " Did you mean " + (subMessage is null ? string.Empty : subMessage + " ");
        var quoted = suggestions.Select(s => $"\"{s}\"").ToList();
        switch (quoted.Count)
        {
            case 0:
                return string.Empty;
            case 1:
                return message + quoted[0] + "?";
            case 2:
                return message + quoted[0] + " or " + quoted[1] + "?";
        }

        var selected = quoted.Take(MaxSuggestions).ToList();
        var last = selected[^1];
        selected.RemoveAt(selected.Count - 1);
        return message + string.Join(", ", selected) + ", or " + last + "?";
    }

    /// <summary>The hint for <paramref name="input"/> among <paramref name="options"/>.</summary>
    public static string DidYouMean(string input, IEnumerable<string> options) => DidYouMean(List(input, options));

    private static int? LexicalDistance(string input, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }

        var inputLower = input.ToLowerInvariant();
        var optionLower = option.ToLowerInvariant();
        if (inputLower == optionLower)
        {
            return 1;
        }

        var a = optionLower;
        var b = inputLower;
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
            var up = rows[(i - 1) % 3];
            var current = rows[i % 3];
            var smallest = current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                }

                smallest = Math.Min(smallest, cell);
                current[j] = cell;
            }

            if (smallest > threshold)
            {
                return null;
            }
        }

        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }

    private static int NaturalCompare(string a, string b)
    {
        var ai = 0;
        var bi = 0;
        while (ai < a.Length && bi < b.Length)
        {
            if (char.IsAsciiDigit(a[ai]) && char.IsAsciiDigit(b[bi]))
            {
                long aNum = 0;
                do
                {
                    aNum = (aNum * 10) + (a[ai] - '0');
                    ai++;
                }
                while (ai < a.Length && char.IsAsciiDigit(a[ai]) && aNum > 0);

                long bNum = 0;
                do
                {
                    bNum = (bNum * 10) + (b[bi] - '0');
                    bi++;
                }
                while (bi < b.Length && char.IsAsciiDigit(b[bi]) && bNum > 0);

                if (aNum != bNum)
                {
                    return aNum < bNum ? -1 : 1;
                }
            }
            else
            {
                if (a[ai] != b[bi])
                {
                    return a[ai] < b[bi] ? -1 : 1;
                }

                ai++;
                bi++;
            }
        }

        return a.Length - b.Length;
    }
}
