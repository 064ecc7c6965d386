using System.Text;

namespace ECommerce.OrderWatch.Tests;

/// <summary>The client's console output, readable while the client still writes to it.</summary>
internal sealed class RecordingWriter : TextWriter
{
    private readonly StringBuilder _text = new();

    public override Encoding Encoding => Encoding.UTF8;

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_text)
            {
                return _text.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
            }
        }
    }

    public override void Write(char value)
    {
        lock (_text)
        {
            _text.Append(value);
        }
    }
}
