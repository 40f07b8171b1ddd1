using System.Globalization;
using System.Text;
using Ingest.Core.Documents;

namespace Ingest.Core.Export.Brat;

/// <summary>
/// One document's .ann file: a T line per annotation (offsets in code points of the .txt), an A line
/// per single-valued attribute that annotation.conf declares (category, agency, characteristic, and
/// critique as a binary flag), and an AnnotatorNotes line for what brat attributes cannot hold (the
/// force, the recommendation number, the list of agencies) with the annotation's id and status.
/// </summary>
public static class BratStandoff
{
    public static string Write(string text, IEnumerable<Annotation> annotations, BratConfig config)
    {
        var index = new CodePointIndex(text);
        var ann = new StringBuilder();
        var (t, a, n) = (0, 0, 0);
        foreach (var annotation in AnnotationOrder.Sorted(annotations))
        {
            if (annotation.Start < 0 || annotation.End > text.Length)
            {
                continue;
            }

            var pieces = BratFragments.Split(text, annotation.Start, annotation.End);
            if (pieces.Count == 0)
            {
                continue;
            }

            var id = "T" + (++t).ToString(CultureInfo.InvariantCulture);
            var offsets = string.Join(';', pieces.Select(p => $"{index[p.Start]} {index[p.End]}"));
            var covered = string.Join(' ', pieces.Select(p => text[p.Start..p.End]));
            ann.Append(id).Append('\t').Append(annotation.Label).Append(' ').Append(offsets).Append('\t').Append(covered).Append('\n');
            config.SawLabel(annotation.Label);
            foreach (var (name, value) in Attributes(annotation.Attributes))
            {
                config.SawAttribute(name, annotation.Label, value);
                ann.Append('A').Append(++a).Append('\t').Append(name).Append(' ').Append(id);
                if (value is not null)
                {
                    ann.Append(' ').Append(value);
                }

                ann.Append('\n');
            }

            ann.Append('#').Append(++n).Append("\tAnnotatorNotes ").Append(id).Append('\t').Append(Notes(annotation)).Append('\n');
        }

        return ann.ToString();
    }

    /// <summary>The brat attributes of an annotation: name and value (null for the binary critique flag).</summary>
    private static IEnumerable<(string Name, string? Value)> Attributes(AnnotationAttributes at)
    {
        if (at.Category is not null)
        {
            yield return ("category", BratConfig.Token(at.Category));
        }

        if (at.Agency is not null)
        {
            yield return ("agency", BratConfig.Token(at.Agency));
        }

        if (at.Critique == true)
        {
            yield return ("critique", null);
        }

        if (at.Characteristic is not null)
        {
            yield return ("characteristic", BratConfig.Token(at.Characteristic));
        }
    }

    private static string Notes(Annotation a)
    {
        var parts = new List<string>();
        if (a.Attributes.Force is not null)
        {
            parts.Add("force: " + a.Attributes.Force);
        }

        if (a.Attributes.Number is not null)
        {
            parts.Add("number: " + a.Attributes.Number);
        }

        if (a.Attributes.Agencies is { Count: > 0 } agencies)
        {
            parts.Add("agencies: " + string.Join(", ", agencies));
        }

        parts.Add($"id: {a.Id}; source: {a.Source}; status: {a.Status}; confidence: {a.Confidence.ToString("0.###", CultureInfo.InvariantCulture)}; producer: {a.Producer}");
        return OneLine(string.Join("; ", parts));
    }

    private static string OneLine(string s) => s.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
