namespace Ingest.Core.Export.Brat;

/// <summary>
/// Cuts an annotation span at line breaks: brat shows a document line by line and its .ann format is
/// line-based, so a span that crosses a newline becomes a discontinuous annotation of the pieces on
/// each line (`start end;start end`). Empty pieces (a span of blank lines) are left out.
/// </summary>
public static class BratFragments
{
    /// <summary>The [start, end) UTF-16 pieces of the span that hold no line break.</summary>
    public static IReadOnlyList<(int Start, int End)> Split(string text, int start, int end)
    {
        var pieces = new List<(int, int)>();
        var pieceStart = start;
        for (var i = start; i < end; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                if (i > pieceStart)
                {
                    pieces.Add((pieceStart, i));
                }

                pieceStart = i + 1;
            }
        }

        if (end > pieceStart)
        {
            pieces.Add((pieceStart, end));
        }

        return pieces;
    }
}
