using System.Text;
using Ingest.Core.Documents;
using static Ingest.Web.Html.Html;

namespace Ingest.Web.Review;

/// <summary>
/// Renders the cleaned text as HTML with each suggestion wrapped in a &lt;mark&gt; that carries its
/// label, status, version and evidence box. Overlapping suggestions nest; one that crosses the end of
/// another is split into pieces (the first carries the id, the rest point to it). All text is encoded.
/// </summary>
internal static class TextRenderer
{
    public static string Render(string text, IReadOnlyList<ReviewItem> items, IReadOnlyList<Section> sections, ExtractedText? extracted)
    {
        var spans = items
            .Select(i => (Item: i, Start: Math.Clamp(i.Annotation.Start, 0, text.Length), End: Math.Clamp(i.Annotation.End, 0, text.Length)))
            .Where(s => s.End > s.Start)
            .OrderBy(s => s.Start).ThenByDescending(s => s.End)
            .ToList();
        var sectionStarts = sections.Select((s, i) => (s.Start, Index: i)).ToLookup(s => s.Start, s => s.Index);
        var boundaries = new SortedSet<int> { 0, text.Length };
        foreach (var s in spans)
        {
            boundaries.Add(s.Start);
            boundaries.Add(s.End);
        }

        foreach (var s in sections)
        {
            boundaries.Add(Math.Clamp(s.Start, 0, text.Length));
        }

        var sb = new StringBuilder(text.Length * 2);
        var open = new List<(ReviewItem Item, int End)>();
        var next = 0;
        var previous = 0;
        foreach (var at in boundaries)
        {
            if (at > previous)
            {
                sb.Append(E(text[previous..at]));
            }

            Close(sb, open, at);
            foreach (var index in sectionStarts[at])
            {
                sb.Append("<span class=\"sec-anchor\" id=\"sec-").Append(index).Append("\"></span>");
            }

            while (next < spans.Count && spans[next].Start == at)
            {
                Open(sb, spans[next].Item, extracted, first: true);
                open.Add((spans[next].Item, spans[next].End));
                next++;
            }

            previous = at;
        }

        Close(sb, open, int.MaxValue);
        return sb.ToString();
    }

    /// <summary>Closes every mark ending here; marks above them on the stack are closed and reopened as continuation pieces.</summary>
    private static void Close(StringBuilder sb, List<(ReviewItem Item, int End)> open, int at)
    {
        var lowest = open.FindIndex(o => o.End <= at);
        if (lowest < 0)
        {
            return;
        }

        for (var i = open.Count - 1; i >= lowest; i--)
        {
            sb.Append("</mark>");
        }

        var reopen = open.Skip(lowest).Where(o => o.End > at).ToList();
        open.RemoveRange(lowest, open.Count - lowest);
        foreach (var o in reopen)
        {
            Open(sb, o.Item, null, first: false);
            open.Add(o);
        }
    }

    private static void Open(StringBuilder sb, ReviewItem item, ExtractedText? extracted, bool first)
    {
        var a = item.Annotation;
        sb.Append("<mark class=\"ann l-").Append(E(a.Label)).Append(" s-").Append(E(a.Status));
        if (!first)
        {
            sb.Append(" cont\" data-of=\"").Append(E(a.Id)).Append("\">");
            return;
        }

        sb.Append("\" id=\"a-").Append(E(a.Id)).Append("\" data-id=\"").Append(E(a.Id))
          .Append("\" data-of=\"").Append(E(a.Id))
          .Append("\" data-s=\"").Append(a.Start).Append("\" data-e=\"").Append(a.End)
          .Append("\" data-label=\"").Append(E(a.Label))
          .Append("\" data-status=\"").Append(E(a.Status))
          .Append("\" data-v=\"").Append(item.Version)
          .Append("\" data-conf=\"").Append(E(a.Confidence, "0.00"))
          .Append("\" data-source=\"").Append(E(a.Source))
          .Append("\" data-agencies=\"").Append(E(Agencies(a)))
          .Append("\" data-attrs=\"").Append(E(Attributes(a)));
        if (item.FirstCoder is not null || item.SecondCoder is not null)
        {
            sb.Append("\" data-coders=\"").Append(E($"{item.FirstCoder ?? "not yet"} | {item.SecondCoder ?? "not yet"}"));
        }

        if (extracted is not null && PageOf(extracted.Pages, a.Start) is { } page)
        {
            sb.Append("\" data-page=\"").Append(page);
        }

        sb.Append("\" tabindex=\"-1\">");
    }

    public static string Agencies(Annotation a) =>
        a.Attributes.Agencies is { Count: > 0 } list ? string.Join(",", list) : a.Attributes.Agency ?? string.Empty;

    private static string Attributes(Annotation a)
    {
        var x = a.Attributes;
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add($"{name}: {value}");
            }
        }

        Add("category", x.Category);
        Add("force", x.Force);
        Add("number", x.Number);
        Add("characteristic", x.Characteristic);
        Add("critique", x.Critique is true ? "lacks analysis" : null);
        return string.Join("; ", parts);
    }

    /// <summary>The page whose body text holds <paramref name="offset"/> (pages are in text order).</summary>
    private static int? PageOf(IReadOnlyList<PageInfo> pages, int offset)
    {
        int lo = 0, hi = pages.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (offset < pages[mid].Start)
            {
                hi = mid - 1;
            }
            else if (offset >= pages[mid].End)
            {
                lo = mid + 1;
            }
            else
            {
                return pages[mid].Number;
            }
        }

        return lo < pages.Count ? pages[lo].Number : null;
    }
}
