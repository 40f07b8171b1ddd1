using System.Globalization;
using System.Text;
using Ingest.Core.Documents;

namespace Ingest.Core.Export.WebAnno;

/// <summary>
/// One document as WebAnno TSV 3.3 (the format INCEpTION imports): the format line, one span layer
/// `webanno.custom.Ingest` whose features are the label and the CONTRACT §3 attributes, then per
/// sentence a blank line, its `#Text=` lines (one per line of the sentence) and one line per token:
/// `sentence-token`, UTF-16 `begin-end` (as Java and C# count), the form and a column per feature.
/// `_` marks a token without annotation, `*` an annotation without that feature; annotations that
/// cover several tokens or share a token with another carry a `[n]` id, and stack with `|`.
/// </summary>
public static class WebAnnoTsvWriter
{
    public const string Layer = "webanno.custom.Ingest";

    /// <summary>The layer's features, in column order.</summary>
    public static IReadOnlyList<string> Features { get; } =
        ["label", "category", "force", "agency", "critique", "number", "agencies", "characteristic", "status", "source", "annotation_id"];

    public static string Header => "#FORMAT=WebAnno TSV 3.3\n#T_SP=" + Layer + "|" + string.Join('|', Features) + "\n";

    /// <summary>Writes the document; false (and nothing written) when it has no text to write.</summary>
    public static bool Write(TextWriter output, string text, IEnumerable<Annotation> annotations)
    {
        var ordered = AnnotationOrder.Sorted(annotations).Where(a => a.Start >= 0 && a.End <= text.Length && a.End > a.Start).ToList();
        var sentences = WebAnnoTokens.Split(text, ordered.Select(a => (a.Start, a.End)));
        if (sentences.Count == 0)
        {
            return false;
        }

        var ids = DisambiguationIds(ordered, sentences.SelectMany(s => s.Tokens).ToList());
        var line = new StringBuilder();
        output.Write(Header);
        output.Write('\n');
        var number = 0;
        var next = 0;
        var active = new List<Annotation>();
        foreach (var sentence in sentences)
        {
            number++;
            output.Write('\n');
            foreach (var part in text[sentence.Start..sentence.End].Split('\n'))
            {
                output.Write("#Text=" + WebAnnoEscaping.EscapeText(part) + "\n");
            }

            for (var t = 0; t < sentence.Tokens.Count; t++)
            {
                var (start, end) = sentence.Tokens[t];

                // The annotations open over this token, kept in annotation order (the stacking order of every column).
                while (next < ordered.Count && ordered[next].Start < end)
                {
                    active.Add(ordered[next++]);
                }

                active.RemoveAll(a => a.End <= start);
                var covering = active.Where(a => a.Start <= start && a.End >= end).ToList();
                line.Clear();
                line.Append(WebAnnoTokens.Id(number, t + 1)).Append('\t').Append(start).Append('-').Append(end).Append('\t')
                    .Append(WebAnnoEscaping.EscapeText(text[start..end])).Append('\t');
                foreach (var feature in Features)
                {
                    line.Append(Column(covering, feature, ids)).Append('\t');
                }

                output.Write(line.Append('\n').ToString());
            }
        }

        return true;
    }

    private static string Column(List<Annotation> covering, string feature, Dictionary<Annotation, int> ids)
    {
        if (covering.Count == 0)
        {
            return "_";
        }

        return string.Join('|', covering.Select(a =>
        {
            var value = Value(a, feature);
            var cell = value is null ? "*" : WebAnnoEscaping.EscapeValue(value);
            return ids.TryGetValue(a, out var id) ? cell + "[" + id.ToString(CultureInfo.InvariantCulture) + "]" : cell;
        }));
    }

    private static string? Value(Annotation a, string feature) => feature switch
    {
        "label" => a.Label,
        "category" => a.Attributes.Category,
        "force" => a.Attributes.Force,
        "agency" => a.Attributes.Agency,
        "critique" => a.Attributes.Critique is { } c ? (c ? "true" : "false") : null,
        "number" => a.Attributes.Number,
        "agencies" => a.Attributes.Agencies is { Count: > 0 } list ? string.Join(',', list) : null,
        "characteristic" => a.Attributes.Characteristic,
        "status" => a.Status,
        "source" => a.Source,
        "annotation_id" => a.Id,
        _ => throw new ArgumentOutOfRangeException(nameof(feature), feature, null),
    };

    /// <summary>
    /// Ids for the annotations that need one: those over more than one token, and those that share a token
    /// with another (stacked), numbered from 1 in annotation order, unique in the document.
    /// </summary>
    private static Dictionary<Annotation, int> DisambiguationIds(List<Annotation> ordered, List<(int Start, int End)> tokens)
    {
        var tokenCount = new int[ordered.Count];
        var perToken = new Dictionary<int, int>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var a = ordered[i];
            foreach (var (start, end) in TokensIn(tokens, a.Start, a.End))
            {
                tokenCount[i]++;
                perToken[start] = perToken.GetValueOrDefault(start) + 1;
            }
        }

        var ids = new Dictionary<Annotation, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < ordered.Count; i++)
        {
            var a = ordered[i];
            if (tokenCount[i] > 1 || TokensIn(tokens, a.Start, a.End).Any(t => perToken[t.Start] > 1))
            {
                ids[a] = ids.Count + 1;
            }
        }

        return ids;
    }

    private static IEnumerable<(int Start, int End)> TokensIn(List<(int Start, int End)> tokens, int start, int end)
    {
        var first = tokens.BinarySearch((start, int.MinValue));
        for (var i = first < 0 ? ~first : first; i < tokens.Count && tokens[i].Start < end; i++)
        {
            if (tokens[i].End <= end)
            {
                yield return tokens[i];
            }
        }
    }
}
