using System.Text.RegularExpressions;

namespace Ingest.Core.Text;

/// <summary>
/// Short forms as reviews write them ("KC", "DVPO", "A&amp;E") and lists of them ("DVPN / DVPO", "SMPFT, BC, SHA",
/// "KCSP, KC, KDAS and ICB", "KCSP to HO"): a table cell that names agencies or powers by their initials. Such a
/// cell is no heading in capitals, and a "To whom" cell defines none of the short forms it lists.
/// </summary>
public static partial class ShortForms
{
    /// <summary>Two or more short forms joined by "/", ",", "&amp;", "and", "to" or "with", and nothing else.</summary>
    public static bool IsList(string text) => List().IsMatch(text);

    [GeneratedRegex(@"^[A-Z][A-Z&]{1,6}(?:(?:\s*[/,&]\s*|,?\s+(?:and|to|with)\s+)[A-Z][A-Z&]{1,6})+$")]
    private static partial Regex List();
}
