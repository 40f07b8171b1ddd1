using System.Globalization;
using System.Xml.Linq;

namespace SampleRenderer.LibreOffice;

/// <summary>The ODF namespaces and small helpers, so the writers read like the XML they produce.</summary>
public static class Odf
{
    public static readonly XNamespace Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    public static readonly XNamespace Style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    public static readonly XNamespace Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    public static readonly XNamespace Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    public static readonly XNamespace Fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    public static readonly XNamespace Svg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
    public static readonly XNamespace Meta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    public static XAttribute[] Namespaces() =>
    [
        new(XNamespace.Xmlns + "office", Office),
        new(XNamespace.Xmlns + "style", Style),
        new(XNamespace.Xmlns + "text", Text),
        new(XNamespace.Xmlns + "table", Table),
        new(XNamespace.Xmlns + "fo", Fo),
        new(XNamespace.Xmlns + "svg", Svg),
        new(XNamespace.Xmlns + "meta", Meta),
        new(XNamespace.Xmlns + "dc", Dc),
        new(XNamespace.Xmlns + "xlink", XLink),
    ];

    /// <summary>A length in centimetres, as ODF wants it ("2.5cm").</summary>
    public static string Cm(double value) => value.ToString("0.###", CultureInfo.InvariantCulture) + "cm";

    public static string Pt(double value) => value.ToString("0.##", CultureInfo.InvariantCulture) + "pt";

    /// <summary>A paragraph or text style element with its properties children.</summary>
    public static XElement StyleEl(string name, string family, string? parent, params object[] content)
    {
        var el = new XElement(Style + "style",
            new XAttribute(Style + "name", name),
            new XAttribute(Style + "family", family));
        if (parent is not null)
        {
            el.Add(new XAttribute(Style + "parent-style-name", parent));
        }

        el.Add(content);
        return el;
    }

    public static XElement ParaProps(params object[] content) => new(Style + "paragraph-properties", content);

    public static XElement TextProps(params object[] content) => new(Style + "text-properties", content);

    public static XAttribute A(XNamespace ns, string name, object value) => new(ns + name, value);
}
