using System.Text;
using Ingest.Core.Storage;
using Ingest.Web.Review;
using static Ingest.Web.Html.Html;

namespace Ingest.Web.Pages;

/// <summary>The annotations behind a dashboard figure: filtered by label, category, text, agency and status, each linked to its place in its review.</summary>
internal static class AnnotationsPage
{
    private const int Limit = 1000;

    public static void Map(RouteGroupBuilder group) => group.MapGet("/annotations", Show);

    private static async Task<IResult> Show(HttpContext http, IDocumentStore store, string? label, string? category, string? text, string? agency, string? status)
    {
        var sb = new StringBuilder();
        var count = 0;
        await foreach (var d in store.ListAsync(withText: false, http.RequestAborted))
        {
            var title = new DocumentSummary(d).Title;
            foreach (var a in d.Annotations)
            {
                var agencies = TextRenderer.Agencies(a).Split(',', StringSplitOptions.RemoveEmptyEntries);
                if ((label is not null && a.Label != label) || (category is not null && a.Attributes.Category != category)
                    || (text is not null && !a.Text.Trim().Equals(text, StringComparison.OrdinalIgnoreCase))
                    || (agency is not null && !agencies.Contains(agency)) || (status is null ? a.Status == "rejected" : a.Status != status))
                {
                    continue;
                }

                if (++count <= Limit)
                {
                    sb.Append($"<tr><td><a href=\"/review/{E(d.Id)}#a-{E(a.Id)}\">{E(title)}</a></td><td>{E(Vocabulary.NameOf(a.Label))}</td><td>{E(a.Text.Length > 300 ? a.Text[..300] + "…" : a.Text)}</td><td>{E(string.Join(", ", agencies))}</td><td>{E(a.Status)}</td><td>{E(a.Confidence, "0.00")}</td></tr>");
                }
            }
        }

        var what = string.Join(", ", new[] { label, category, text, agency, status }.Where(x => x is not null));
        var body = $"<h1>Annotations</h1><p>{E(what.Length == 0 ? "all labels" : what)}{(status is null ? " (rejected suggestions left out)" : string.Empty)}: {E(count)} found{(count > Limit ? $", the first {Limit} shown" : string.Empty)}.</p>" +
                   $"<table class=\"queue\"><thead><tr><th>Review</th><th>Label</th><th>Text</th><th>Agencies</th><th>Status</th><th>Confidence</th></tr></thead><tbody>{sb}</tbody></table>";
        return Result(Page(http, "Annotations", body));
    }
}
