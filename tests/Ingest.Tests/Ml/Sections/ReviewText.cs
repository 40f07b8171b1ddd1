using System.Text;
using Ingest.Core.Documents;

namespace Ingest.Tests.Ml.Sections;

/// <summary>A small review as text and sections: each heading followed by its body, as the splitter would cut it.</summary>
internal sealed class ReviewText
{
    private readonly StringBuilder _text = new();
    private readonly List<Section> _sections = [];

    public string Text => _text.ToString();

    public IReadOnlyList<Section> Sections => _sections;

    public ReviewText Add(string heading, int level, string body = "", string type = "other")
    {
        var start = _text.Length;
        _text.Append(heading).Append('\n');
        var headingEnd = _text.Length - 1;
        _text.Append(body).Append("\n\n");
        _sections.Add(new Section(heading, type, level, start, _text.Length, headingEnd, 0.9));
        return this;
    }
}
