using Ingest.Core.Configuration;

namespace Ingest.Cli;

/// <summary>
/// A small reader for "verb [--option value] [--flag] positional..." command lines. Every option a
/// command does not take is an error, so a typo never silently runs with defaults.
/// </summary>
internal sealed class ArgReader
{
    private readonly List<string> _positional = [];
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    public ArgReader(IEnumerable<string> args, IReadOnlySet<string> flags)
    {
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var a = e.Current;
            if (a == "--")
            {
                while (e.MoveNext())
                {
                    _positional.Add(e.Current);
                }

                break;
            }

            if (!a.StartsWith("--", StringComparison.Ordinal))
            {
                _positional.Add(a);
                continue;
            }

            var (name, inline) = a.Contains('=', StringComparison.Ordinal) ? (a[..a.IndexOf('=', StringComparison.Ordinal)], a[(a.IndexOf('=', StringComparison.Ordinal) + 1)..]) : (a, null);
            string value;
            if (inline is not null)
            {
                value = inline;
            }
            else if (flags.Contains(name))
            {
                value = "true";
            }
            else
            {
                value = e.MoveNext() ? e.Current : throw new ConfigurationException("command line", $"{name} needs a value");
            }

            if (!_options.TryGetValue(name, out var list))
            {
                _options[name] = list = [];
            }

            list.Add(value);
        }
    }

    public IReadOnlyList<string> Positional => _positional;

    public string? Option(string name)
    {
        _taken.Add(name);
        return _options.TryGetValue(name, out var v) ? v[^1] : null;
    }

    public IReadOnlyList<string> Options(string name)
    {
        _taken.Add(name);
        return _options.TryGetValue(name, out var v) ? v : [];
    }

    public bool Flag(string name) => Option(name) is "true";

    public void RejectUnknown()
    {
        var unknown = _options.Keys.Where(k => !_taken.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new ConfigurationException("command line", $"unknown option {string.Join(", ", unknown)}");
        }
    }
}
