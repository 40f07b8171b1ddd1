using System.Text.RegularExpressions;

namespace Ingest.Core.Tagging.Recommendations;

/// <summary>How a list item is labelled: a bullet, a number ("1.", "5"), a lettered label ("R3", "SA1", "MA2", "P1"), a roman numeral ("(i)", "iv."), a letter ("a)", "(b)"), or a paragraph number ("8.2"), which numbers prose as often as recommendations.</summary>
internal enum LabelStyle
{
    Bullet,
    Number,
    Lettered,
    Roman,
    Letter,
    Paragraph,
}

/// <summary>
/// A list label at the start of a paragraph: its style, the number as printed ("3", "R3", "i"; null for a
/// bullet), and where the item's own text starts. A paragraph that is only a label ("5" as a table cell of
/// its own, "Recommendation 2") labels the paragraph after it. Lesson marks a "Learning point 2:" label,
/// which heads a recommendation only when the text is addressed to an agency. To is the addressee a run-in label names
/// ("Action 2b — for the Home Office:"); RunIn marks a bare "Action:" or "Recommendation:", whose number came before it.
/// </summary>
internal sealed partial record ItemLabel(LabelStyle Style, string? Number, int BodyOffset, bool Alone, bool Lesson = false, string? To = null, bool RunIn = false)
{
    public static ItemLabel? Read(string paragraph)
    {
        var m = Label().Match(paragraph);
        if (!m.Success)
        {
            return null;
        }

        var alone = m.Length == paragraph.Length;
        var style = m.Groups["bullet"].Success || m.Groups["runin"].Success ? LabelStyle.Bullet
            : m.Groups["para"].Success ? LabelStyle.Paragraph
            : m.Groups["lettered"].Success ? LabelStyle.Lettered
            : m.Groups["roman"].Success ? LabelStyle.Roman
            : m.Groups["letter"].Success ? LabelStyle.Letter
            : LabelStyle.Number;
        var number = style switch
        {
            LabelStyle.Bullet => null,
            LabelStyle.Paragraph => m.Groups["para"].Value,
            LabelStyle.Lettered => m.Groups["lettered"].Value,
            LabelStyle.Roman => m.Groups["roman"].Value,
            LabelStyle.Letter => m.Groups["letter"].Value,
            _ => m.Groups["number"].Value,
        };
        return new ItemLabel(style, number, m.Length, alone, m.Groups["lesson"].Success, m.Groups["to"].Success ? m.Groups["to"].Value : null, m.Groups["runin"].Success);
    }

    // Alternatives, in order: a bullet (the usual glyphs, or any symbol, dash or private-use glyph a font
    // maps its bullet to, followed by a space); a run-in label word and its number ("Recommendation 3:", "Rec 3",
    // "Recommendation 1a:" and "Recommendation 1.1" under a finding or theme, "Learning point 2:", "Learning for the Regional Safeguarding Board 3:" and "Change 4."
    // where a review calls its recommendations that: the item is a recommendation only when it asks something
    // of an agency, so a learning point that states a lesson is not one); a paragraph number "8.2"; "R3", "SA1",
    // an IMR's "WP/1" or "CSC/2";
    // "(iv)"; "b)"; "iv."; "12." or "12". An unnumbered run-in "Recommendation for the Regional Safeguarding
    // Board:" labels its item as a bullet would. A run-in label may name whom the item is for before its text
    // ("Action 1a — for Greyfield Constabulary: The force should ...", "Recommendation 2 – to the Board: ..."):
    // <c>To</c> keeps that addressee, which the text itself may only call "the force" or "they". "Action" is a
    // label word only with such an addressee ("Action 1.1 (To: Corriedale Constabulary)" too), since "Action 3:"
    // alone also numbers the rows of action plans. A bare "Action:" or "Recommendation:" before a capital opens
    // the text of a recommendation whose number came before it ("Recommendation 2" / "To: ..." / "Action: ...").
    [GeneratedRegex(@"^(?:(?<bullet>[•●▪◦‣∙·–—*■□►➢➤✓\uF0B7\uF0A7-])\s*|(?<bullet>Recommendation (?:for|to) (?:the )?(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*)\s*:\s+|(?<bullet>[\p{So}\p{Sm}\p{Pd}\p{Co}-[+=<>|~¬±×÷]])\s+|(?<runin>Action|Recommendation)\s*:\s+(?=[A-Z])|Action\s+(?<number>\d{1,2}(?:\.\d{1,2})?[a-z]?)\s*(?:[—–:-]\s*(?:for|to)\s+(?<to>[^:.]{2,100}?)\s*:\s+|\(\s*(?:[Ff]or|[Tt]o)\s*:?\s+(?<to>[^()]{2,100})\)\s*[:.]?\s+)|(?:Recommendation|Rec\.?|(?<lesson>Learning [Pp]oint|Learning for (?:the )?(?:[A-Z][\w'’-]*\s+){1,4}?(?:Board|Partnership|Partners))|Change)\s+(?:(?<lettered>[A-Z]{1,3}\d{1,2}[a-z]?)|(?<number>\d{1,2}(?:\.\d{1,2})?[a-z]?))\b(?:\s*[—–-]\s*(?:for|to)\s+(?<to>[^:.]{2,100}?)\s*:\s+|\s*\(\s*(?:[Ff]or|[Tt]o)\s*:\s*(?<to>[^()]{2,100})\)\s*[:.]?\s+|\s*[:.)–-]?\s*)|(?<para>\d{1,2}(?:\.\d{1,2}){1,2})\.?(?:\s+|$)|(?<lettered>[A-Z]{1,3}/?\d{1,2}[a-z]?)[:.)]?(?:\s+|$)|\(?(?<roman>i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)\)\s*|\(?(?<letter>[a-h])\)\s*|(?<roman>(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii))\.\s+|(?<number>\d{1,2})(?:[.):]\s*|\s+|$))")]
    private static partial Regex Label();
}
