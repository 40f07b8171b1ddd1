using System.Text;

namespace Ingest.Core.Export.WebAnno;

/// <summary>
/// The two escapings of WebAnno TSV 3.2+ (as INCEpTION's reader undoes them): text (#Text lines and
/// token forms) escapes the backslash and control characters; feature values also escape the
/// characters the format itself uses ([ ] | _ -> ; *), so a value cannot be read as a separator.
/// </summary>
public static class WebAnnoEscaping
{
    public static string EscapeText(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case '\t': sb.Append(@"\t"); break;
                case '\n': sb.Append(@"\n"); break;
                case '\f': sb.Append(@"\f"); break;
                case '\r': sb.Append(@"\r"); break;
                case '\b': sb.Append(@"\b"); break;

                // Other control characters are written after a backslash as they are (what the reader expects);
                // 11 (vertical tab) is the one the format leaves alone.
                case < ' ' when c != '\v': sb.Append('\\').Append(c); break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }

    public static string EscapeValue(string value)
    {
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\' or '[' or ']' or '|' or '_' or ';' or '*': sb.Append('\\').Append(c); break;
                case '-' when i + 1 < value.Length && value[i + 1] == '>': sb.Append(@"\->"); i++; break;
                case '\t': sb.Append(@"\t"); break;
                case '\n': sb.Append(@"\n"); break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }
}
