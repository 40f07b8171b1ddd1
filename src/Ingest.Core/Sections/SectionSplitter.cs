using System.Text.RegularExpressions;
using Ingest.Core.Documents;
using Ingest.Core.Text;

namespace Ingest.Core.Sections;

/// <summary>
/// Finds the headings of a review and cuts it into sections. A heading is a short paragraph printed
/// bold or larger than the body, or a line the contents page lists; numbered paragraphs ("4.17 The
/// officer attended ...") are long and plain, and bold lead-ins ("Finding 2: ...") are not whole lines,
/// so neither passes. The contents page itself and the cover are sections of their own.
/// </summary>
public sealed partial class SectionSplitter(SectionsOptions options, SectionTypeClassifier classifier)
{
    /// <param name="Chapter">True when <paramref name="ExplicitLevel"/> comes from a chapter number ("4", "4.2"), which counts from its part.</param>
    private sealed record Candidate(TextBlock Block, string Text, int? ExplicitLevel, bool Chapter = false);

    public IReadOnlyList<Section> Split(string text, IReadOnlyList<TextBlock> blocks, IReadOnlyList<OutlineEntry>? outline = null)
    {
        if (blocks.Count == 0)
        {
            return [];
        }

        var (contentsAt, contentsEnd, tocTitles) = FindContents(text, blocks);
        var outlineLevels = (outline ?? []).GroupBy(o => Key(o.Title)).ToDictionary(g => g.Key, g => g.First().Level, StringComparer.Ordinal);
        tocTitles.UnionWith(outlineLevels.Keys);
        var coverEnd = FindCoverEnd(text, blocks, contentsAt);
        var candidates = new List<Candidate>();
        if (coverEnd > 0)
        {
            candidates.Add(new Candidate(blocks[0], CoverTitle(text, blocks.Take(coverEnd).ToList()), 1));
        }

        for (var i = coverEnd; i < blocks.Count; i++)
        {
            if (i == contentsAt)
            {
                candidates.Add(new Candidate(blocks[i], Clean(text, blocks[i]), 1));
                i = contentsEnd - 1;
                continue;
            }

            var t = Clean(text, blocks[i]);
            if (IsHeading(blocks, i, t, tocTitles))
            {
                candidates.Add(new Candidate(blocks[i], t, HeadingText.LevelFromNumber(t) ?? (outlineLevels.TryGetValue(Key(t), out var level) ? level : null), HeadingText.IsChapterNumbered(t)));
            }
        }

        return ToSections(text, candidates, coverEnd > 0, contentsAt >= 0);
    }

    /// <summary>
    /// The title on a cover: the large lines that name the review ("... Review", "investigation into"),
    /// joined when the title runs over several lines of the same size; the board's name is often as
    /// large, so size alone does not decide.
    /// </summary>
    private static string CoverTitle(string text, List<TextBlock> cover)
    {
        var sizes = cover.Select(b => Math.Round(b.Size, 1)).Distinct().OrderDescending().Take(2).ToList();
        var large = cover.Where(b => sizes.Contains(Math.Round(b.Size, 1))).ToList();
        // The largest line that names the review, where there is one: a bilingual cover may name it first in a smaller
        // line ("Adolygiad Ymarfer Oedolion / Adult Practice Review" over "Adult Practice Review: 'Kofi'", s134).
        var naming = large.FindIndex(b => Math.Abs(b.Size - sizes[0]) < 0.05 && NamesAReview().IsMatch(Clean(text, b)));
        naming = naming >= 0 ? naming : large.FindIndex(b => NamesAReview().IsMatch(Clean(text, b)));
        if (naming < 0)
        {
            return Clean(text, large.OrderByDescending(b => b.Size).First());
        }

        // The largest text, when it stands before the line that names the review and is not the
        // board's name, is the title and that line its subtitle ("Kai: what happened ..." over
        // "A Local Child Safeguarding Practice Review").
        var largest = large.FindIndex(b => Math.Abs(b.Size - sizes[0]) < 0.05);
        if (largest >= 0 && largest < naming && large[naming].Size < sizes[0] - 0.5 && !Organisation().IsMatch(Clean(text, large[largest])))
        {
            // A name alone ("Ruby" over "A Child Safeguarding Practice Review") is not a title: with the
            // line under it that names the review, it is ("Ruby: A Child Safeguarding Practice Review").
            // A line that goes on past the review's name ("A Safeguarding Adults Review under section 44
            // of the Care Act 2014") describes the review and leaves the name its own title.
            if (BareName().IsMatch(Clean(text, large[largest])) && cover.IndexOf(large[naming]) == cover.IndexOf(large[largest]) + 1
                && OnlyNamesAReview().IsMatch(Clean(text, large[naming])))
            {
                return Clean(text, large[largest]) + ": " + Clean(text, large[naming]);
            }

            naming = largest;
        }

        // A title over several lines of the same size may be read as several blocks: join the
        // lines before the naming one too ("Joint Extended Child and Adult" / "Practice Review").
        while (naming > 0 && Math.Abs(large[naming - 1].Size - large[naming].Size) < 0.6 && cover.IndexOf(large[naming - 1]) == cover.IndexOf(large[naming]) - 1
            && !Organisation().IsMatch(Clean(text, large[naming - 1])))
        {
            naming--;
        }

        var parts = new List<string> { Clean(text, large[naming]) };
        for (var i = naming + 1; i < large.Count && Math.Abs(large[i].Size - large[naming].Size) < 0.6 && cover.IndexOf(large[i]) == cover.IndexOf(large[i - 1]) + 1; i++)
        {
            parts.Add(Clean(text, large[i]));
        }

        return string.Join(' ', parts);
    }

    [GeneratedRegex(@"^['‘""“]?[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?['’""”]?$")]
    private static partial Regex BareName();

    private bool IsHeading(IReadOnlyList<TextBlock> blocks, int index, string t, HashSet<string> tocTitles)
    {
        var b = blocks[index];
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        // "Finding 1: Calls about a person who is causing a nuisance are handled one at a time, so ...": SCIE's
        // rapid-time SARs and the national panel state each finding as a sentence-long heading; its label says it is one.
        var statement = LabelledStatement().IsMatch(t);
        var maxWords = statement ? options.MaxHeadingWords * 2 : options.MaxHeadingWords;
        // A year alone ("2022" over what happened that year) is a period of the chronology; other text without letters is not a heading.
        // A full stop that ends "a.m." or "p.m." ("Thursday 13 April 2023 — Jodie comes back at 3 a.m.") ends no sentence.
        // "Recommendation 3" on a line of its own labels the paragraph under it (s122); no tuned review heads a section so.
        if (words == 0 || words > maxWords || BareRecommendationLabel().IsMatch(t) || t.Length > (statement ? 300 : 200) || (t[^1] is '.' && !Clock().IsMatch(t)) || t[^1] is ',' or ';' || (!t.Any(char.IsLetter) && !Year().IsMatch(t)) || t[0] is '•' or '-' or '–')
        {
            return false;
        }

        // A table cell, such as a bold header row; but text larger than the body is no cell, and in two columns a
        // heading often stands level with a short line of the other column.
        if (b.Size < b.BodySize * options.LargerThanBody && SideBySide(blocks, index))
        {
            return false;
        }

        var styled = (b.Bold && b.Size >= b.BodySize * 0.95) || b.Size >= b.BodySize * options.LargerThanBody;
        // A labelled statement may wrap further: s117's findings run to four and five lines.
        return (styled && b.Lines <= (statement ? MaxStatementLines : 3)) || tocTitles.Contains(Key(t)) || (Capitals(t) && words <= 8 && b.Lines == 1);
    }

    [GeneratedRegex(@"^(?:19|20)\d{2}$")]
    private static partial Regex Year();

    [GeneratedRegex(@"^Recommendation\s+(?:\d{1,2}|[A-Z]\d?)(?:\s*\([^)]{2,60}\))?[.:]?$", RegexOptions.IgnoreCase)]
    private static partial Regex BareRecommendationLabel();

    /// <summary>The most lines a labelled statement heading may wrap over.</summary>
    private const int MaxStatementLines = 6;

    // "ToR 2: How well did agencies work together once ...?" (s122): a term of reference asked as the heading of its answer.
    [GeneratedRegex(@"^(?:Finding|Theme|Learning (?:point|theme)|Key finding|KLOE|Key line of enquiry|Lesson|ToR|Term of reference) \d{1,2}\s*[:.–—-]\s+\S")]
    private static partial Regex LabelledStatement();

    [GeneratedRegex(@"\b[ap]\.m\.$", RegexOptions.IgnoreCase)]
    private static partial Regex Clock();

    /// <summary>"INTRODUCTION", "3. TERMS OF REFERENCE": older reports mark headings by capitals alone.</summary>
    private static bool Capitals(string t)
    {
        // A lone acronym (DASH, MAPPA, THRIVE) in a glossary or table is not a heading, nor a cell that lists
        // acronyms ("DVPN / DVPO", "SMPFT, BC, SHA"): a heading in capitals has words, not a list of initials.
        var bare = HeadingText.WithoutNumber(t);
        if (ShortForms.IsList(bare))
        {
            return false;
        }

        var words = bare.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var letters = words.SelectMany(w => w).Where(char.IsLetter).ToList();
        return letters.Count >= 7 && letters.All(char.IsUpper) && !t.Contains(';', StringComparison.Ordinal);
    }

    private static bool SideBySide(IReadOnlyList<TextBlock> blocks, int index)
    {
        var b = blocks[index];
        for (var j = Math.Max(0, index - 8); j < Math.Min(blocks.Count, index + 9); j++)
        {
            var o = blocks[j];
            // Short neighbours: a table's header cells; a long one is the other column of the page.
            if (j != index && o.Page == b.Page && Math.Abs(o.Top - b.Top) <= 2 && Math.Abs(o.Left - b.Left) > 20 && o.End - o.Start < 60)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The contents page: its heading, the blocks that are its entries, and the entries' titles.</summary>
    private static (int At, int End, HashSet<string> Titles) FindContents(string text, IReadOnlyList<TextBlock> blocks)
    {
        var titles = new HashSet<string>(StringComparer.Ordinal);
        var at = -1;
        for (var i = 0; i < blocks.Count && blocks[i].Page <= 5; i++)
        {
            if (ContentsHeading().IsMatch(Clean(text, blocks[i])))
            {
                at = i;
                break;
            }
        }

        if (at < 0)
        {
            return (-1, -1, titles);
        }

        var end = at + 1;
        while (end < blocks.Count)
        {
            var t = Clean(text, blocks[end]);
            var entries = TocEntry().Matches(t);
            if (blocks[end].Page != blocks[at].Page && !ContinuesContents(t))
            {
                break;
            }

            foreach (Match m in entries)
            {
                titles.Add(Key(m.Groups["title"].Value));
            }

            end++;
        }

        return (at, end, titles);
    }

    /// <summary>
    /// On a page after the contents heading, the contents run on only with lines that end in a page number,
    /// dot leaders or page numbers alone. A body heading ("Part 1 Introduction") or a paragraph ("who was 19
    /// when she was killed") holds a number too, but not at a line's end.
    /// </summary>
    private static bool ContinuesContents(string block) =>
        block.Split('\n').All(line => TocLine().IsMatch(line) || string.IsNullOrWhiteSpace(line));

    /// <summary>Page 1 is a cover when it is short and the body starts on a later page.</summary>
    private int FindCoverEnd(string text, IReadOnlyList<TextBlock> blocks, int contentsAt)
    {
        var first = blocks.TakeWhile(b => b.Page == blocks[0].Page).ToList();
        if (first.Count == blocks.Count)
        {
            return 0;
        }

        var words = first.Sum(b => text[b.Start..b.End].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        if (words > options.CoverMaxWords && contentsAt != first.Count)
        {
            return 0;
        }

        return contentsAt >= 0 && contentsAt < first.Count ? contentsAt : first.Count;
    }

    private List<Section> ToSections(string text, List<Candidate> candidates, bool hasCover, bool hasContents)
    {
        var levels = AssignLevels(candidates, hasCover);
        var sections = new List<Section>();
        var parents = new Stack<(int Level, string Type)>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            var level = levels[i];
            string type;
            if (i == 0 && hasCover)
            {
                type = "cover";
            }
            else
            {
                while (parents.Count > 0 && parents.Peek().Level >= level)
                {
                    parents.Pop();
                }

                // A heading the vocabulary does not know takes its parent's type, but nothing is part of the cover or the contents.
                var chapter = parents.Count > 0 && parents.Peek().Type is not ("cover" or "contents") ? parents.Peek().Type : null;
                type = classifier.TypeOf(c.Text, chapter);
                if (hasContents && type == "contents" && sections.Any(s => s.Type == "contents"))
                {
                    type = "other";
                }
            }

            parents.Push((level, type));
            var start = c.Block.Start;
            var end = i + 1 < candidates.Count ? candidates[i + 1].Block.Start : text.Length;
            var headingEnd = i == 0 && hasCover ? start : c.Block.End;
            sections.Add(new Section(c.Text, type, level, start, TrimEnd(text, start, end), headingEnd, c.ExplicitLevel is null ? 0.8 : 0.95));
        }

        return DatedChapters(sections);
    }

    /// <summary>
    /// A chapter whose heading names nothing ("Seven dates", "What happened when") and whose sub-headings are
    /// mostly dates or periods ("Saturday 4 February 2023 — Kobi is searched", "Spring 2022") is the chronology:
    /// its parts say what it is where its own wording does not. Its parts that name nothing go with it.
    /// </summary>
    private List<Section> DatedChapters(List<Section> sections)
    {
        for (var i = 0; i < sections.Count; i++)
        {
            var chapter = sections[i];
            if (chapter.Type != "other" || chapter.Heading is not { } heading || classifier.Match(heading, null) is not null)
            {
                continue;
            }

            var parts = sections.Skip(i + 1).TakeWhile(s => s.Level > chapter.Level).ToList();
            var direct = parts.Where(s => s.Level == parts.Min(p => p.Level)).ToList();
            if (direct.Count < 2 || direct.Count(s => s.Type == "chronology") * 3 < direct.Count * 2)
            {
                continue;
            }

            sections[i] = chapter with { Type = "chronology" };
            for (var j = i + 1; j <= i + parts.Count; j++)
            {
                if (sections[j].Type == "other" && sections[j].Heading is { } part && classifier.Match(part, "chronology") is null)
                {
                    sections[j] = sections[j] with { Type = "chronology" };
                }
            }
        }

        return sections;
    }

    /// <summary>
    /// Levels from numbering where there is one ("4.2" is 2); otherwise from the font size and weight,
    /// placed just below the next more prominent heading style (its level from the numbering or, in turn, from style).
    /// </summary>
    private static List<int> AssignLevels(List<Candidate> candidates, bool hasCover)
    {
        candidates = UnderParts(candidates, hasCover);
        var bySize = new Dictionary<double, int>();
        foreach (var c in candidates.Skip(hasCover ? 1 : 0).Where(c => c.ExplicitLevel is not null))
        {
            var size = Prominence(c);
            bySize[size] = Math.Min(bySize.GetValueOrDefault(size, 9), c.ExplicitLevel!.Value);
        }

        // The cover's title is set larger than any heading: ranking sizes with it would make every
        // heading of an unnumbered review one level too deep.
        var sizes = candidates.Skip(hasCover ? 1 : 0).Select(Prominence).Distinct().OrderDescending().ToList();
        int LevelOf(double size)
        {
            if (bySize.TryGetValue(size, out var known))
            {
                return known;
            }

            // One below the next larger heading size, whatever gave that size its level: a 12pt "Police"
            // under a 14pt unnumbered "Single-agency recommendations" under a numbered 17pt chapter is level 3.
            var index = sizes.IndexOf(size);
            return index == 0 ? 1 : Math.Min(3, LevelOf(sizes[index - 1]) + 1);
        }

        return candidates.Select((c, i) => i == 0 && hasCover ? 1 : c.ExplicitLevel ?? LevelOf(Prominence(c))).ToList();
    }

    /// <summary>
    /// A review in parts ("EXECUTIVE SUMMARY", "OVERVIEW REPORT") printed larger than its numbered chapters,
    /// whose numbering counts within the part ("1 Introduction" under "OVERVIEW REPORT"): each chapter after
    /// the first such part sits one level below what its number says. A larger title at the head of page 1
    /// of a review without a cover names the review and is no part.
    /// </summary>
    private static List<Candidate> UnderParts(List<Candidate> candidates, bool hasCover)
    {
        var first = hasCover ? 1 : 0;
        var chapters = candidates.Skip(first).Where(c => c.Chapter && c.ExplicitLevel == 1).ToList();
        if (chapters.Count == 0)
        {
            return candidates;
        }

        var chapterSize = chapters.Max(Prominence);
        var inPart = false;
        var result = new List<Candidate>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            var title = i == first && !hasCover && c.Block.Page == 1;
            // A part may have its level from the PDF's outline, but never a number; the contents page is no part.
            inPart |= i >= first && !title && !HeadingText.IsNumbered(c.Text) && !ContentsHeading().IsMatch(c.Text) && Prominence(c) > chapterSize;
            result.Add(inPart && c.Chapter ? c with { ExplicitLevel = Math.Min(3, c.ExplicitLevel!.Value + 1) } : c);
        }

        return result;
    }

    /// <summary>
    /// How prominent a heading is set: its size to the half point, and a plain heading a step below a bold
    /// one of the same size, so that a lighter heading under a bolder one of one size reads as its child.
    /// </summary>
    private static double Prominence(Candidate c) => (Math.Round(c.Block.Size * 2) / 2) - (c.Block.Bold ? 0 : 0.25);

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static string Clean(string text, TextBlock b) => Whitespace().Replace(text[b.Start..b.End], " ").Trim();

    private static string Key(string title) => Whitespace().Replace(title, " ").Trim().ToUpperInvariant();

    [GeneratedRegex(@"\b(?:review|investigation|inquiry|report)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NamesAReview();

    [GeneratedRegex(@"^(?:an? |the )?[\w'’ -]{0,60}?\b(?:review|investigation|inquiry|report)$", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyNamesAReview();

    /// <summary>A board's, partnership's or council's name, which covers often print as large as the title.</summary>
    [GeneratedRegex(@"\b(?:Board|Partnership|Council|Community Safety|Safeguarding Children|Safeguarding Adults|Bwrdd|Partners)\b(?!.*\bReview\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Organisation();

    [GeneratedRegex(@"^(table of )?contents$", RegexOptions.IgnoreCase)]
    private static partial Regex ContentsHeading();

    [GeneratedRegex(@"(?<title>\S.*?[^.\s])\s*(?:\.{2,}\s*|\s+)\d{1,3}(?=\s|$)")]
    private static partial Regex TocEntry();

    [GeneratedRegex(@"^\s*(?:\S.*?(?:\.{2,}|(?:\s*\.){3,}|\s)\s*\d{1,3}|\S.*?(?:\.{2,}|(?:\s*\.){3,})|[\d\s]+)\s*$")]
    private static partial Regex TocLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
