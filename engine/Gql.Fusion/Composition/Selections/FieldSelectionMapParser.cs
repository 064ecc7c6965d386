namespace Gql.Fusion.Composition.Selections;

/// <summary>
/// Parses the <c>FieldSelectionMap</c> grammar of the Composite Schemas spec (appendix A): paths
/// (<c>a.b</c>, <c>&lt;Type&gt;.a</c>), selected objects (<c>{ a: b.c, d }</c>, <c>a.{ b c }</c>),
/// selected lists (<c>a[b]</c>) and choices (<c>x | y</c>).
/// </summary>
internal sealed class FieldSelectionMapParser
{
    private readonly string _text;
    private int _position;

    private FieldSelectionMapParser(string text) => _text = text;

    /// <summary>The parsed map, or null with a message saying where the syntax is wrong.</summary>
    public static FieldSelectionMap? TryParse(string text, out string? error)
    {
        var parser = new FieldSelectionMapParser(text);
        var paths = new List<IReadOnlyList<string>>();
        try
        {
            parser.ParseValue([], paths);
            parser.SkipIgnored();
            if (parser._position < text.Length)
            {
                throw new FormatException($"unexpected '{text[parser._position]}' at position {parser._position}");
            }

            error = null;
            return new FieldSelectionMap(text, paths);
        }
        catch (FormatException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    private void ParseValue(IReadOnlyList<string> prefix, List<IReadOnlyList<string>> paths)
    {
        ParseAlternative(prefix, paths);
        while (TryConsume('|'))
        {
            ParseAlternative(prefix, paths);
        }
    }

    private void ParseAlternative(IReadOnlyList<string> prefix, List<IReadOnlyList<string>> paths)
    {
        if (Peek() == '{')
        {
            ParseObject(prefix, paths);
            return;
        }

        var path = new List<string>(prefix);
        while (true)
        {
            if (TryConsume('<'))
            {
                ReadName();
                Expect('>');
                Expect('.');
            }

            path.Add(ReadName());
            if (TryConsume('['))
            {
                ParseValue(path, paths);
                Expect(']');
                return;
            }

            if (!TryConsume('.'))
            {
                paths.Add(path);
                return;
            }

            if (Peek() == '{')
            {
                ParseObject(path, paths);
                return;
            }
        }
    }

    private void ParseObject(IReadOnlyList<string> prefix, List<IReadOnlyList<string>> paths)
    {
        Expect('{');
        var any = false;
        while (!TryConsume('}'))
        {
            var name = ReadName();
            any = true;
            if (TryConsume(':'))
            {
                ParseValue(prefix, paths);
            }
            else
            {
                paths.Add([.. prefix, name]);
            }
        }

        if (!any)
        {
            throw new FormatException("a selected object must select at least one field");
        }
    }

    private string ReadName()
    {
        SkipIgnored();
        var start = _position;
        while (_position < _text.Length && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] == '_'))
        {
            if (_position == start && char.IsAsciiDigit(_text[_position]))
            {
                break;
            }

            _position++;
        }

        if (_position == start)
        {
            throw new FormatException(_position < _text.Length
                ? $"expected a field name at position {_position}, found '{_text[_position]}'"
                : "expected a field name at the end");
        }

        return _text[start.._position];
    }

    private void Expect(char token)
    {
        if (!TryConsume(token))
        {
            throw new FormatException(_position < _text.Length
                ? $"expected '{token}' at position {_position}, found '{_text[_position]}'"
                : $"expected '{token}' at the end");
        }
    }

    private bool TryConsume(char token)
    {
        if (Peek() != token)
        {
            return false;
        }

        _position++;
        return true;
    }

    private char? Peek()
    {
        SkipIgnored();
        return _position < _text.Length ? _text[_position] : null;
    }

    private void SkipIgnored()
    {
        while (_position < _text.Length && (char.IsWhiteSpace(_text[_position]) || _text[_position] == ','))
        {
            _position++;
        }
    }
}
