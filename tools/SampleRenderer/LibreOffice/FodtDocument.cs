using System.Xml.Linq;
using SampleRenderer.Golden;
using SampleRenderer.Model;
using static SampleRenderer.LibreOffice.Odf;

namespace SampleRenderer.LibreOffice;

/// <summary>Assembles the flat ODF text document (<c>source.fodt</c>) from styles and body.</summary>
public static class FodtDocument
{
    public static XDocument Build(Review review)
    {
        var styles = new FodtStyles(review.Front);
        var body = new FodtBody(review);
        var content = body.Write();
        var root = new XElement(Office + "document",
            Namespaces(),
            A(Office, "version", "1.3"),
            A(Office, "mimetype", "application/vnd.oasis.opendocument.text"),
            new XElement(Office + "meta",
                new XElement(Dc + "title", review.Title),
                new XElement(Meta + "generator", "Ingest SampleRenderer")),
            styles.FontFaces(),
            styles.CommonStyles(),
            new XElement(Office + "automatic-styles", styles.PageLayouts(), body.AutomaticStyles),
            styles.MasterStyles(FurnitureParagraph),
            new XElement(Office + "body", new XElement(Office + "text", content)));
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), root);
    }

    /// <summary>
    /// A header or footer line: left, centre and right slots separated by tabs to the centre and
    /// right tab stops; <c>{page}</c>/<c>{pages}</c> become Writer's page number and count fields.
    /// </summary>
    private static XElement FurnitureParagraph(Furniture furniture, string style)
    {
        var p = new XElement(Text + "p", A(Text, "style-name", style));
        p.Add(Slot(furniture.Left), new XElement(Text + "tab"), Slot(furniture.Center), new XElement(Text + "tab"), Slot(furniture.Right));
        return p;
    }

    private static IEnumerable<object> Slot(string slot) =>
        FurnitureText.Pieces(slot).Select(piece => piece.Field switch
        {
            "page" => new XElement(Text + "page-number", A(Text, "select-page", "current"), "1"),
            "pages" => (object)new XElement(Text + "page-count", "1"),
            _ => piece.Text,
        });
}
