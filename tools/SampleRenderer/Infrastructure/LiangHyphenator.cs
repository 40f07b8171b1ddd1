using System.Text;

namespace SampleRenderer.Infrastructure;

/// <summary>
/// Liang's pattern hyphenation with the system's en-GB patterns (Debian package hyphen-en-gb,
/// the file LibreOffice uses too). Chromium has no hyphenation dictionary here, so
/// <c>hyphens: auto</c> does nothing; giving it soft hyphens at the dictionary's points lets it
/// hyphenate at line ends all the same.
/// </summary>
public sealed class LiangHyphenator
{
    public const string DefaultPath = "/usr/share/hyphen/hyph_en_GB.dic";

    private readonly Dictionary<string, byte[]> _patterns = new(StringComparer.Ordinal);
    private readonly int _leftMin = 2;
    private readonly int _rightMin = 3;
    private int _maxPattern;

    private LiangHyphenator(IEnumerable<string> lines)
    {
        foreach (var raw in lines.Skip(1)) // the first line names the encoding
        {
            var line = raw.Trim();
            if (line.StartsWith("LEFTHYPHENMIN", StringComparison.Ordinal))
            {
                _leftMin = int.Parse(line.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("RIGHTHYPHENMIN", StringComparison.Ordinal))
            {
                _rightMin = int.Parse(line.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (line.Length > 0 && !line.Any(char.IsWhiteSpace) && !line.Contains('/', StringComparison.Ordinal) && !line.Any(char.IsUpper))
            {
                AddPattern(line);
            }
        }
    }

    /// <summary>The hyphenator, or null when the dictionary is not installed.</summary>
    public static LiangHyphenator? Load(string path = DefaultPath) =>
        File.Exists(path) ? new LiangHyphenator(File.ReadLines(path, Encoding.UTF8)) : null;

    private void AddPattern(string pattern)
    {
        var letters = new StringBuilder();
        var values = new List<byte> { 0 };
        foreach (var c in pattern)
        {
            if (char.IsAsciiDigit(c))
            {
                values[^1] = (byte)(c - '0');
            }
            else
            {
                letters.Append(c);
                values.Add(0);
            }
        }

        _patterns[letters.ToString()] = values.ToArray();
        _maxPattern = Math.Max(_maxPattern, letters.Length);
    }

    /// <summary>
    /// Inserts <paramref name="mark"/> at the break points of every plain lower-case word (an initial
    /// capital allowed) of at least <paramref name="minLength"/> letters; acronyms, numbers and
    /// words with digits or apostrophes are left alone.
    /// </summary>
    public string Insert(string text, string mark, int minLength = 7)
    {
        var sb = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                sb.Append(HyphenateWord(text[start..i], mark, minLength));
            }

            if (i < text.Length)
            {
                sb.Append(text[i]);
                i++;
            }
        }

        return sb.ToString();
    }

    private string HyphenateWord(string word, string mark, int minLength)
    {
        if (word.Length < minLength || word.Skip(1).Any(char.IsUpper))
        {
            return word;
        }

        var points = Points(word);
        var sb = new StringBuilder();
        for (var p = 0; p < word.Length; p++)
        {
            if (p >= _leftMin && word.Length - p >= _rightMin && points[p + 1] % 2 == 1)
            {
                sb.Append(mark);
            }

            sb.Append(word[p]);
        }

        return sb.ToString();
    }

    /// <summary>Liang's values between letters: points[k + 1] is the value before word[k].</summary>
    private byte[] Points(string word)
    {
        var w = "." + word.ToLowerInvariant() + ".";
        var points = new byte[w.Length + 1];
        for (var i = 0; i < w.Length; i++)
        {
            for (var j = i + 1; j <= Math.Min(w.Length, i + _maxPattern); j++)
            {
                if (_patterns.TryGetValue(w[i..j], out var values))
                {
                    for (var k = 0; k < values.Length; k++)
                    {
                        points[i + k] = Math.Max(points[i + k], values[k]);
                    }
                }
            }
        }

        return points;
    }
}
