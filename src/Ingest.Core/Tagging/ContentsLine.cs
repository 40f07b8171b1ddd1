using System.Text.RegularExpressions;

namespace Ingest.Core.Tagging;

/// <summary>
/// A contents line ("4.3 The Police IMR........5") names a section, not what the review says in it. The
/// segmenter may end the sentence at the leader's first dot, so the whole line of text is looked at.
/// </summary>
internal static partial class ContentsLine
{
    public static bool Holds(string text, int start, int end) => Leader().IsMatch(LineOf(text, start, end));

    private static string LineOf(string text, int start, int end)
    {
        var from = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var to = text.IndexOf('\n', end);
        return text[from..(to < 0 ? text.Length : to)];
    }

    [GeneratedRegex(@"\.{5,}|…{2,}|(?:\. ){5,}")]
    private static partial Regex Leader();
}
