using PdfSharp.Drawing;
using SampleRenderer.Model;

namespace SampleRenderer.PdfSharpBackend;

/// <summary>A run of text in one font inside a word; a raised fragment (<see cref="Rise"/> &gt; 0) is a note mark.</summary>
public sealed record Fragment(string Text, XFont Font, double Rise)
{
    public bool IsNoteMark => Rise > 0;
}

/// <summary>
/// A word: the fragments printed without a space between them (a word and its note mark, or a
/// word that is partly bold). <see cref="Notes"/> are the labels of the note marks it carries.
/// </summary>
public sealed record Word(IReadOnlyList<Fragment> Fragments, double Width, IReadOnlyList<string> Notes);

/// <summary>Splits inline runs into words, measuring each.</summary>
public static class Words
{
    public static List<Word> From(IEnumerable<Inline> content, PdfFonts fonts, XFont regular, XFont bold)
    {
        var words = new List<Word>();
        var current = new List<Fragment>();

        void Close()
        {
            if (current.Count > 0)
            {
                words.Add(Make(current.ToList(), fonts));
                current.Clear();
            }
        }

        foreach (var inline in content)
        {
            if (inline is NoteRef note)
            {
                // The mark is glued to the word before it, as a word processor prints it.
                current.Add(new Fragment(note.Label, fonts.Superscript(regular), regular.Size * 0.35));
                continue;
            }

            var run = (TextRun)inline;
            var font = run.Bold ? bold : regular;
            var pieces = run.Text.Split(' ');
            for (var i = 0; i < pieces.Length; i++)
            {
                if (i > 0)
                {
                    Close();
                }

                if (pieces[i].Length > 0)
                {
                    current.Add(new Fragment(pieces[i], font, 0));
                }
            }
        }

        Close();
        return words;
    }

    public static Word Make(IReadOnlyList<Fragment> fragments, PdfFonts fonts) =>
        new(fragments, fragments.Sum(f => fonts.Width(f.Text, f.Font)), fragments.Where(f => f.IsNoteMark).Select(f => f.Text).ToList());

    /// <summary>
    /// Splits a word after one of its own hyphens so that the first part fits in
    /// <paramref name="room"/>; null if no such hyphen. Only existing hyphens are used, so the
    /// extracted text never gains a hyphen the author did not write.
    /// </summary>
    public static (Word Head, Word Tail)? SplitAtHyphen(Word word, double room, PdfFonts fonts)
    {
        for (var f = word.Fragments.Count - 1; f >= 0; f--)
        {
            var fragment = word.Fragments[f];
            if (fragment.IsNoteMark)
            {
                continue;
            }

            // Longest head first; a hyphen at either end of the word is not a break point.
            for (var at = fragment.Text.Length - 2; at > 0; at--)
            {
                if (fragment.Text[at] != '-')
                {
                    continue;
                }

                var head = Make(word.Fragments.Take(f).Append(fragment with { Text = fragment.Text[..(at + 1)] }).ToList(), fonts);
                if (head.Width <= room)
                {
                    var tailFragments = word.Fragments.Skip(f + 1).Prepend(fragment with { Text = fragment.Text[(at + 1)..] }).ToList();
                    return (head, Make(tailFragments, fonts));
                }
            }
        }

        return null;
    }
}
