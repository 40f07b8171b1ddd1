using System.Text;

namespace Ingest.Web.Html;

/// <summary>
/// Turns a search snippet into HTML without ever letting its text become markup: the search is asked
/// to put two Unicode noncharacters around each match (they never stand for text, so no review can
/// supply them as words), the text between the marks is encoded piece by piece, and only this class
/// writes the &lt;mark&gt; tags. A stray or unbalanced mark is dropped, so the tags always pair up.
/// </summary>
internal static class SnippetHighlight
{
    public const string Start = "\uFDD0";
    public const string End = "\uFDD1";

    public static string ToHtml(string snippet)
    {
        var html = new StringBuilder(snippet.Length + 32);
        var piece = new StringBuilder();
        var open = false;
        foreach (var c in snippet)
        {
            if (c == Start[0] || c == End[0])
            {
                var opens = c == Start[0];
                if (opens != open)
                {
                    html.Append(Html.E(piece.ToString())).Append(opens ? "<mark>" : "</mark>");
                    piece.Clear();
                    open = opens;
                }

                continue;
            }

            piece.Append(c);
        }

        html.Append(Html.E(piece.ToString()));
        return open ? html.Append("</mark>").ToString() : html.ToString();
    }
}
