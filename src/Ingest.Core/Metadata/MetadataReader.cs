using System.Text.RegularExpressions;
using Ingest.Core.Documents;
using Ingest.Core.Metadata.Dates;

namespace Ingest.Core.Metadata;

/// <summary>
/// Reads a review's metadata from its text: what kind of review (from the cover first), its title,
/// board, subject, police forces, dates, author and methodology. Each value keeps the span it was read
/// from and a confidence, so an analyst can check it against the page.
/// </summary>
public sealed partial class MetadataReader
{
    /// <summary>
    /// Chooses the incident date among all the review's dates by learnt weights (Dates/); the hand rules'
    /// date stands where the review has no date or no weights are shipped.
    /// </summary>
    private readonly IncidentDateChooser _incident;

    public MetadataReader()
        : this(new IncidentDateChooser(DateChooserWeights.Embedded))
    {
    }

    public MetadataReader(IncidentDateChooser incident) => _incident = incident;

    // A cover title may wrap between the words of the type ("Harvey: a Child Safeguarding Practice" / "Review").
    private static readonly (string Type, Regex Pattern)[] TypePatterns =
    [
        ("CSPR", new Regex(@"\bChild\s+Safeguarding\s+Practice\s+Review\b|\bL?CSPR\b", RegexOptions.IgnoreCase)),
        ("SCR", new Regex(@"\bSerious\s+Case\s+Review\b|\bSERIOUS\s+CASE\s+REVIEW\b|\bSCR\b")),
        // A Welsh joint review names both in one: "Joint Extended Child and Adult Practice Review".
        ("CPR", new Regex(@"\bChild\s+(?:and\s+Adult\s+)?Practice\s+Review\b", RegexOptions.IgnoreCase)),
        ("APR", new Regex(@"\bAdult\s+(?:and\s+Child\s+)?Practice\s+Review\b", RegexOptions.IgnoreCase)),
        ("SAR", new Regex(@"\bSafeguarding\s+Adults?\s+Review\b|\bSAFEGUARDING\s+ADULTS?\s+REVIEW\b|\bSAR\b")),
        ("DHR", new Regex(@"\bDomestic\s+Homicide\s+Review\b|\bDOMESTIC\s+HOMICIDE\s+REVIEW\b|\bDomestic\s+Abuse\s+Related\s+Death\s+Review\b|\bDHR\b")),
        ("MHHR", new Regex(@"\bindependent\s+investigation\s+into\s+the\s+care\s+and\s+treatment\b|\bMental\s+Health\s+Homicide\s+Review\b", RegexOptions.IgnoreCase)),
    ];

    public ReviewMetadata Read(string text, IReadOnlyList<Section> sections, IReadOnlyList<TextBlock> blocks, int pages)
    {
        var cover = sections.FirstOrDefault(s => s.Type == "cover");
        var frontEnd = cover?.End ?? Math.Min(text.Length, 1500);
        var introEnd = Math.Min(text.Length, Math.Max(frontEnd + 6000, 8000));
        var title = ReadTitle(text, cover, blocks);
        var completed = RulesCompleted(text, sections);
        var types = ReadTypes(text, frontEnd, introEnd);
        return new ReviewMetadata(
            types,
            title,
            ReadBoard(text, frontEnd, introEnd, joint: types.Count > 1),
            ReadSubject(text, title, introEnd),
            ReadForces(text),
            DiedLater(text, DeathOverProcess(text, _incident.Choose(text, sections, RulesIncident(text, sections), completed))),
            completed,
            Labelled(text, PublishedLabel()),
            ReadAuthor(text),
            PolicingBackground(text, Reviewers(text)),
            MethodologyReader.Read(text),
            pages,
            Words(text));
    }

    private static IReadOnlyList<Evidenced<string>> ReadTypes(string text, int frontEnd, int introEnd)
    {
        var front = Find(text, 0, frontEnd);
        if (front.Count > 0)
        {
            return front;
        }

        var intro = Find(text, 0, introEnd);
        return intro.Count == 0 ? [] : [intro.GroupBy(e => e.Value).OrderByDescending(g => g.Count()).First().First() with { Confidence = 0.7 }];

        static List<Evidenced<string>> Find(string text, int from, int to)
        {
            var slice = text[from..to];
            var found = new List<Evidenced<string>>();
            foreach (var (type, pattern) in TypePatterns)
            {
                foreach (Match m in pattern.Matches(slice))
                {
                    found.Add(new Evidenced<string>(type, from + m.Index, from + m.Index + m.Length, 0.95));
                }
            }

            // A child "Practice Review" in Wales is not a CSPR, whatever its abbreviation looks like.
            return found.OrderBy(f => f.Start).DistinctBy(f => f.Value).ToList();
        }
    }

    private static Evidenced<string>? ReadTitle(string text, Section? cover, IReadOnlyList<TextBlock> blocks)
    {
        if (cover?.Heading is { } heading)
        {
            var at = text.IndexOf(heading, cover.Start, StringComparison.Ordinal);
            return EnglishPart(new Evidenced<string>(heading, Math.Max(at, 0), Math.Max(at, 0) + heading.Length, 0.9));
        }

        var first = blocks.Where(b => b.Page == 1).OrderByDescending(b => b.Size).FirstOrDefault();
        return first is null ? null : EnglishPart(new Evidenced<string>(Space().Replace(text[first.Start..first.End], " ").Trim(), first.Start, first.End, 0.6));
    }

    /// <summary>
    /// A bilingual cover sets the Welsh title over the English one in the same type, and the two read as one title
    /// ("Adolygiad Ymarfer Plant Estynedig: Plentyn E Extended Child Practice Review: Child E", s95): the English is the title.
    /// </summary>
    private static Evidenced<string> EnglishPart(Evidenced<string> title) =>
        WelshTitle().Match(title.Value) is { Success: true } welsh && welsh.Groups["english"].Index > 0
            ? title with { Value = title.Value[welsh.Groups["english"].Index..].Trim(), Start = title.Start + welsh.Groups["english"].Index }
            : title;

    [GeneratedRegex(@"^(?i:adolygiad)\b.*?\s(?<english>(?i:(?:extended |concise |joint )?(?:child|adult)(?: and adult)? practice review)\b)", RegexOptions.Singleline)]
    private static partial Regex WelshTitle();

    private static Evidenced<string>? ReadBoard(string text, int frontEnd, int introEnd, bool joint)
    {
        foreach (var (from, to, confidence) in new[] { (0, frontEnd, 0.9), (0, introEnd, 0.75), (0, text.Length, 0.6) })
        {
            var matches = Board().Matches(JoinWrappedNames(text[from..to])).Where(m => !m.Value.StartsWith("The ", StringComparison.Ordinal) || m.Value.Split(' ').Length > 4).ToList();
            if (matches.Count > 0)
            {
                if ((Joint(text, from, matches) ?? (joint && to == frontEnd ? OnOneCover(from, matches) : null)) is { } both)
                {
                    return both with { Confidence = confidence };
                }

                var best = matches.GroupBy(m => Normalise(m.Value)).OrderByDescending(g => g.Count()).ThenBy(g => g.First().Index).First().First();
                var value = Normalise(best.Value);
                return new Evidenced<string>(Regex.Replace(value, @"\s+", " "), from + best.Index + (best.Value.Length - value.Length), from + best.Index + best.Length, confidence);
            }
        }

        return null;

        // A long cover line that wrapped may come out as two paragraphs ("Cwm Aran Regional" / "Safeguarding Board", s134):
        // the break before the body's own word is read as a space, two characters for two, so the offsets stay.
        static string JoinWrappedNames(string s) =>
            Regex.Replace(s, @"(?<=[A-Za-z])\n\n(?=(?:Safeguarding|Community Safety|Partnership|Board)\b)", "  ");

        // A bilingual cover prints the Welsh name above the English one, and the two lines read as one name
        // ending in the place twice ("Bwrdd Diogelu Rhanbarthol Glanmor Glanmor Regional Safeguarding Board"):
        // the English name starts at the second.
        static string Normalise(string v) =>
            DropMutatedLead(Regex.Replace(Regex.Replace(v, @"^(?:the|by|of|and)\s+", string.Empty, RegexOptions.IgnoreCase), @"^(?:\S+\s+)*?(\S+)\s+(?=\1\s)", string.Empty).Trim());

        // After "a" (and) Welsh mutates a place name ("Aeron a Theifi"), so the Welsh line's last word is
        // the English name's place with a changed first letter ("Theifi Aeron and Teifi Regional ...").
        static string DropMutatedLead(string v)
        {
            var words = v.Split(' ', 2);
            var radical = Regex.Replace(words[0], "^(?:Th|Ch|Ph)", m => m.Value[..1]);
            return words.Length == 2 && radical != words[0] && Regex.IsMatch(words[1], $@"\b{Regex.Escape(radical)}\b") ? words[1] : v;
        }

        // A joint review is commissioned by two bodies together ("Kelbridge Safeguarding Adults Board and
        // Safer Kelbridge Partnership"): where the text names them so, that is the commissioning value, even
        // if each body alone is named more often.
        static Evidenced<string>? Joint(string text, int from, List<Match> matches)
        {
            var joint = matches.FirstOrDefault(m => Regex.IsMatch(Normalise(m.Value), @"\b(?:Board|Partnership)[ ]+and\s+.+\b(?:Board|Partnership)$", RegexOptions.Singleline));
            if (joint is null)
            {
                return null;
            }

            var raw = Normalise(joint.Value);
            return new Evidenced<string>(Space().Replace(raw, " "), from + joint.Index + (joint.Value.Length - raw.Length), from + joint.Index + joint.Length, 0);
        }

        // A joint review's cover often sets its two commissioners on lines of their own ("Tarnmouth
        // Safeguarding Adults Board" over "Safer Tarnmouth Partnership"): two bodies of different kinds on
        // the cover of a review of two types commissioned it together, named in the cover's order. One
        // body of each kind only: a Welsh regional board alone covers a joint child and adult review.
        static Evidenced<string>? OnOneCover(int from, List<Match> matches)
        {
            var bodies = matches.Select(m => (Match: m, Kind: BodyKind(m.Value))).Where(b => b.Kind is not null).DistinctBy(b => b.Kind).Take(3).ToList();
            if (bodies.Count != 2)
            {
                return null;
            }

            var (first, second) = (bodies[0].Match, bodies[1].Match);
            var value = $"{Space().Replace(Normalise(first.Value), " ")} and {Space().Replace(Normalise(second.Value), " ")}";
            return new Evidenced<string>(value, from + first.Index, from + second.Index + second.Length, 0);
        }

        static string? BodyKind(string body) =>
            Regex.IsMatch(body, @"Community\s+Safety\s+Partnership|^(?:the\s+)?Safer\b", RegexOptions.IgnoreCase) ? "community safety"
            : Regex.IsMatch(body, @"Safeguarding\s+Adults?\s+(?:Board|Partnership)") ? "adults"
            : Regex.IsMatch(body, @"Children|LSCB") ? "children"
            : null;
    }

    /// <summary>
    /// A title set in capitals ("DOMESTIC HOMICIDE REVIEW: SHONA") read as a title-case one, so that the
    /// name in it is found as in any other title; the same length, so the evidence span still holds.
    /// </summary>
    private static string InTitleCase(string title) =>
        title.Any(char.IsLower) ? title : Regex.Replace(title.ToLowerInvariant(), @"\b\p{Ll}", m => m.Value.ToUpperInvariant());

    /// <summary>How far into the text a cover's subtitle may be.</summary>
    private const int FrontMatterReach = 600;

    private static Evidenced<string>? ReadSubject(string text, Evidenced<string>? title, int introEnd)
    {
        if (title is not null && Subject().Match(title.Value) is { Success: true } t)
        {
            var value = t.Groups["quoted"].Success ? t.Groups["quoted"].Value : t.Value;
            return new Evidenced<string>(value, title.Start + t.Index, title.Start + t.Index + t.Length, 0.9);
        }

        if (title is not null && NamedInTitle().Match(InTitleCase(title.Value)) is { Success: true } n)
        {
            var g = n.Groups["named"];
            return new Evidenced<string>(g.Value, title.Start + g.Index, title.Start + g.Index + g.Length, 0.8);
        }

        var all = Subject().Matches(text[..introEnd]).ToList();
        // The name the cover puts in quotes ("Concise Child Practice Review in respect of 'Cerys'", s139) is the subject's,
        // however often the text goes on to name another party ("Mr H", the man who harmed her).
        if (all.FirstOrDefault(m => m.Groups["quoted"].Success && m.Index < FrontMatterReach) is { } covered)
        {
            return new Evidenced<string>(covered.Groups["quoted"].Value, covered.Index, covered.Index + covered.Length, 0.75);
        }

        if (all.Count == 0)
        {
            return NamedInSubtitle().Match(text[..Math.Min(introEnd, FrontMatterReach)]) is { Success: true } sub
                ? new Evidenced<string>(sub.Groups["named"].Value, sub.Groups["named"].Index, sub.Groups["named"].Index + sub.Groups["named"].Length, 0.6)
                : null;
        }

        var best = all.GroupBy(m => m.Groups["quoted"].Success ? m.Groups["quoted"].Value : m.Value).OrderByDescending(g => g.Count()).First();
        return new Evidenced<string>(best.Key, best.First().Index, best.First().Index + best.First().Length, 0.7);
    }

    /// <summary>
    /// The forces involved: named often enough to matter. A longer name that ends with a more common one
    /// ("Later Haldon Vale Police") is that one.
    /// </summary>
    private static IReadOnlyList<Evidenced<string>> ReadForces(string text)
    {
        var mentions = ForceGazetteer.Default.Find(text);
        var counts = mentions.GroupBy(m => m.Force).ToDictionary(g => g.Key, g => g.Count());
        string Canonical(string name) =>
            counts.Keys.Where(k => k != name && name.EndsWith(" " + k, StringComparison.Ordinal) && counts[k] >= counts[name]).OrderByDescending(k => counts[k]).FirstOrDefault() ?? name;
        var merged = mentions.Select(m => (Force: Canonical(m.Force), m.Start, m.End)).GroupBy(m => m.Force).ToList();
        if (merged.Count == 0)
        {
            return [];
        }

        var top = merged.Max(g => g.Count());
        return merged
            .Where(g => g.Count() >= Math.Max(2, top * 0.15) || (top == 1 && g.Count() == 1))
            .OrderBy(g => g.First().Start)
            .Select(g => new Evidenced<string>(g.Key, g.First().Start, g.First().End, Math.Min(0.95, 0.5 + (g.Count() * 0.05))))
            .ToList();
    }

    /// <summary>A date stated next to a label ("Published: ...", "approved by the Board on ..."), a full day preferred.</summary>
    private static Evidenced<ReviewDate>? Labelled(string text, Regex label) => PreferDay(LabelledDates(text, label), 0.85);

    /// <summary>
    /// The completion date: a labelled date, a day preferred; but where the same statement goes on to a later
    /// approval ("The panel approved this report on 3 September 2024, and it was endorsed by the Board at its
    /// meeting of 17 October 2024"; "The Panel signed off this report on 11 December 2018. The Board agreed it
    /// on 24 January 2019."), the review was completed at the last: the panel's sign-off is a step on the way.
    /// </summary>
    private static Evidenced<ReviewDate>? LabelledCompletion(string text)
    {
        var candidates = LabelledDates(text, CompletedLabel(), OtherThingSignedOff());
        if (StatedCompletionMonth(text, candidates) is { } month)
        {
            return month;
        }

        var first = PreferDay(candidates, 0.85);

        // "Review completed: 31st January 2024 / Endorsed by the Board: 29th February 2024": a date the review
        // says it was completed on is the completion, whatever approval came after.
        if (first is null || first.Value.First != first.Value.Last || SaysCompletedBefore(text, first))
        {
            return first;
        }

        var last = first;
        foreach (var c in candidates.Where(c => c.Start > first.End && c.Value.First == c.Value.Last))
        {
            if (c.Start - last.End > SameStatement || c.Value.First <= last.Value.First)
            {
                break;
            }

            last = c with { Confidence = first.Confidence };
        }

        return LaterBoardApproval(text, candidates, last) ?? last;
    }

    /// <summary>
    /// "Report completed: September 2023" on the cover and "The overview report was agreed by the review panel on
    /// 21st September 2023" in the text: where the review states the month it was completed and no day, that
    /// month stands, made a day only by an approval inside it (the latest, the board's after the panel's). A
    /// day in another month is another step (an earlier panel meeting, a later endorsement), as a stated
    /// completion day outranks a later endorsement.
    /// </summary>
    private static Evidenced<ReviewDate>? StatedCompletionMonth(string text, List<Evidenced<ReviewDate>> candidates)
    {
        var month = candidates.FirstOrDefault(c => c.Value.First != c.Value.Last && SaysCompletedBefore(text, c));
        if (month is null || candidates.Any(c => c.Value.First == c.Value.Last && SaysCompletedBefore(text, c)))
        {
            return null;
        }

        var inside = candidates.Where(c => c.Value.First == c.Value.Last && c.Value.First >= month.Value.First && c.Value.Last <= month.Value.Last)
            .OrderBy(c => c.Value.First).LastOrDefault();
        return inside is null ? month : inside with { Confidence = 0.85 };
    }

    /// <summary>
    /// "Agreed by the panel: 3 September 2024" on the cover and, pages on, "The Board endorsed the report on 17
    /// October 2024": the panel's sign-off is a step on the way, as in one statement (above), and the commissioning
    /// body's later approval completes the review wherever the review states it. Only a body that commissions
    /// reviews (a board, a partnership, the safeguarding partners) and only within half a year: a date much later
    /// is about something else (an action plan's sign-off).
    /// </summary>
    private static Evidenced<ReviewDate>? LaterBoardApproval(string text, List<Evidenced<ReviewDate>> candidates, Evidenced<ReviewDate> last) =>
        candidates.Where(c => c.Start > last.End + SameStatement && c.Value.First == c.Value.Last && c.Value.First > last.Value.First
                && c.Value.First.DayNumber - last.Value.First.DayNumber <= LongestSignOff && CommissioningBody().IsMatch(LineBefore(text, c.Start)))
            .OrderBy(c => c.Value.First).LastOrDefault() is { } later
            ? later with { Confidence = last.Confidence }
            : null;

    /// <summary>The most days from a panel's sign-off to the board's approval of the same report.</summary>
    private const int LongestSignOff = 183;

    /// <summary>The line a date stands on, up to the date and at most 120 characters of it.</summary>
    private static string LineBefore(string text, int at) => text[Math.Max(LineAround(text, at, at).Start, at - 120)..at];

    private static bool SaysCompletedBefore(string text, Evidenced<ReviewDate> c) => SaysCompleted().IsMatch(text[Math.Max(0, c.Start - 30)..c.Start]);

    /// <summary>How far (characters) a later approval may follow the first and still be one statement of the review's sign-off.</summary>
    private const int SameStatement = 200;

    private static List<Evidenced<ReviewDate>> LabelledDates(string text, Regex label, Regex? notAbout = null)
    {
        var candidates = new List<Evidenced<ReviewDate>>();
        foreach (Match m in label.Matches(text))
        {
            // "The terms of reference were agreed by the panel on 5 May 2022": the sentence's subject, before the label, is
            // another thing the board or panel approved, not the report.
            // The label itself may hold the subject ("The Rapid Review was signed off by ..."), so it is read with the words before it.
            if (notAbout is not null && notAbout.IsMatch(text[Math.Max(LineAround(text, m.Index, m.Index).Start, m.Index - 120)..(m.Index + m.Length)]))
            {
                continue;
            }

            var at = m.Index + m.Length;
            var after = text.Substring(at, Math.Min(60, text.Length - at));
            var dates = DateReader.FindAll(after);
            // The date belongs to the label only within its sentence: "... unchallenged in the final report.
            // 6.3.2 On 3 September 2022 officers attended" is no completion date.
            // Nor across a line that holds something else: "Publication" over "2.0" over "14/02/2024" is a table read
            // column by column, whose value is found by counting its cells (ColumnValue).
            if (dates.Count > 0 && dates[0].Start <= 25 && !SentenceEnd().IsMatch(after[..dates[0].Start]) && !OtherLineBetween(after[..dates[0].Start]))
            {
                candidates.Add(new Evidenced<ReviewDate>(dates[0].Date, at + dates[0].Start, at + dates[0].End, 0.75));
            }
            else if (ColumnValue(text, m.Index, m.Index + m.Value.TrimEnd().Length) is { } cell)
            {
                candidates.Add(new Evidenced<ReviewDate>(cell.Date, cell.Start, cell.End, 0.7));
            }
        }

        return candidates;
    }

    private static bool OtherLineBetween(string between) => between.Contains('\n') && between.Trim().Length > 0;

    /// <summary>
    /// A cover usually carries the report's date on a line of its own ("October 2023"): that is when
    /// the report was finished, unless the line says it is the publication date.
    /// </summary>
    private static Evidenced<ReviewDate>? CoverDate(string text, int frontEnd, Regex published)
    {
        foreach (var line in text[..frontEnd].Split('\n'))
        {
            var trimmed = line.Trim();
            var date = trimmed.Length is > 0 and < 40 && !published.IsMatch(trimmed) ? DateReader.FindAll(trimmed) : [];
            if (date.Count == 1 && date[0].End - date[0].Start >= trimmed.Length - 12)
            {
                var at = text.IndexOf(trimmed, StringComparison.Ordinal) + date[0].Start;
                return new Evidenced<ReviewDate>(date[0].Date, at, at + date[0].End - date[0].Start, 0.55);
            }
        }

        return null;
    }

    /// <summary>
    /// A month found first ("In September 2022 ...", a cover dated "September 2023") is made a day where
    /// the review states that day elsewhere in a sentence about the same event ("On 3rd September 2022
    /// Child J was stabbed", "agreed by the panel on 21st September 2023"). Only days inside the month
    /// count, and the first such sentence wins, so a later unrelated event in that month is not taken.
    /// </summary>
    private static Evidenced<ReviewDate>? DayWithin(string text, Evidenced<ReviewDate>? found, Regex about, Regex? notAbout)
    {
        // A month is made a day. A season ("In the summer of 2023 ... she took an overdose") only by a
        // sentence naming the same event in the same words ("On 02.07.23 she took an overdose"), since
        // another day in a season is more often another event.
        if (found is null || (!OneMonth(found.Value) && !Season(found.Value)))
        {
            return found;
        }

        var sentences = Sentence().Matches(text);
        var season = Season(found.Value) ? EventWord(sentences, found, about) : null;
        if (!OneMonth(found.Value) && season is null)
        {
            return found;
        }

        foreach (Match s in sentences)
        {
            if (!about.IsMatch(s.Value) || (notAbout?.IsMatch(s.Value) ?? false)
                || (season is not null && !about.Matches(s.Value).Any(m => WithWordBefore(s.Value, m).Equals(season, StringComparison.OrdinalIgnoreCase))))
            {
                continue;
            }

            foreach (var d in DateReader.FindAll(s.Value))
            {
                if (d.Date.First == d.Date.Last && d.Date.First >= found.Value.First && d.Date.Last <= found.Value.Last)
                {
                    return new Evidenced<ReviewDate>(d.Date, s.Index + d.Start, s.Index + d.End, found.Confidence);
                }
            }
        }

        return found;
    }

    /// <summary>Two to three months of one season ("the summer of 2023"), not a longer span.</summary>
    private static bool Season(ReviewDate date) =>
        date.First != date.Last && date.Last.DayNumber - date.First.DayNumber <= 92 && !OneMonth(date);

    /// <summary>The word of the event in the sentence that holds the date found ("overdose", "died").</summary>
    private static string? EventWord(MatchCollection sentences, Evidenced<ReviewDate> found, Regex about)
    {
        var sentence = sentences.FirstOrDefault(m => m.Index <= found.Start && found.Start < m.Index + m.Length);
        return sentence is not null && about.Match(sentence.Value) is { Success: true } word ? WithWordBefore(sentence.Value, word) : null;
    }

    /// <summary>"an overdose", "three died": the word before the event's tells one person's event from a group's ("All three died in the summer").</summary>
    private static string WithWordBefore(string sentence, Match word)
    {
        var before = Regex.Match(sentence[..word.Index], @"(\w+)\s+$");
        return before.Success ? before.Groups[1].Value + " " + word.Value : word.Value;
    }

    /// <summary>A month, not a day and not a season: the only kind of date a stated day may refine.</summary>
    private static bool OneMonth(ReviewDate date) =>
        date.First != date.Last && date.First.Month == date.Last.Month && date.First.Year == date.Last.Year;

    private static Evidenced<ReviewDate>? PreferDay(List<Evidenced<ReviewDate>> candidates, double dayConfidence)
    {
        var day = candidates.FirstOrDefault(c => c.Value.First == c.Value.Last);
        return day is not null ? day with { Confidence = dayConfidence } : candidates.FirstOrDefault();
    }

    private static Evidenced<string>? ReadAuthor(string text)
    {
        var m = AuthorLabel().Match(text);
        return m.Success ? new Evidenced<string>(m.Groups["name"].Value, m.Groups["name"].Index, m.Groups["name"].Index + m.Groups["name"].Length, 0.8) : null;
    }

    /// <summary>The names on the author line: "Lead reviewers: Helen Okafor and Graham Tully" gives both.</summary>
    private static IReadOnlyList<string> Reviewers(string text)
    {
        var m = AuthorLabel().Match(text);
        return m.Success ? [m.Groups["name"].Value, .. m.Groups["second"].Success ? [m.Groups["second"].Value] : Array.Empty<string>()] : [];
    }

    /// <summary>
    /// True where the reviewer or the chair is said to have served in the police; false where the
    /// reviewer's background is described and is not policing (or a policing background is denied);
    /// null where the review does not say. A police officer on the panel or a police adviser to it is
    /// not the reviewer's own background ("a retired superintendent was engaged as the panel's police adviser").
    /// </summary>
    private static Evidenced<bool>? PolicingBackground(string text, IReadOnlyList<string> reviewers)
    {
        var surnames = reviewers.Concat(NamedReviewers(text)).Select(r => r.Split(' ', StringSplitOptions.RemoveEmptyEntries).Last()).Where(s => s.Length > 2).Distinct().ToList();
        Evidenced<bool>? stated = null;
        var previousAbout = false;
        var previousEnd = 0;
        foreach (Match s in Sentence().Matches(text))
        {
            // "The chair, Rosalind Achebe, has chaired reviews since 2017. She was previously a senior lawyer ...":
            // a sentence that goes on about "she" or "he" in the same paragraph is still about the reviewer.
            var samePara = !ParagraphBreak().IsMatch(text.AsSpan(previousEnd, s.Index - previousEnd));
            var continues = previousAbout && samePara && Pronoun().IsMatch(s.Value);
            var aboutReviewer = continues || AboutReviewer().IsMatch(s.Value) || surnames.Any(n => s.Value.Contains(n, StringComparison.Ordinal));
            previousAbout = aboutReviewer;
            previousEnd = s.Index + s.Length;
            if (!aboutReviewer)
            {
                continue;
            }

            if (OwnPoliceCareer(s.Value) is { } p)
            {
                var denied = Negation().IsMatch(s.Value[Math.Max(0, p.Index - 30)..p.Index]);
                var evidence = new Evidenced<bool>(!denied, s.Index + p.Index, s.Index + p.Index + p.Length, 0.85);
                if (!denied)
                {
                    return evidence;
                }

                stated ??= evidence;
                continue;
            }

            if (stated is null && OtherCareer().Match(s.Value) is { Success: true } o)
            {
                stated = new Evidenced<bool>(false, s.Index + o.Index, s.Index + o.Index + o.Length, 0.7);
            }
        }

        return stated;
    }

    /// <summary>
    /// "She was supported by a review team ..., whose representative was a detective inspector" (s89): the words
    /// before the career name the panel's member or an adviser after they last name the reviewer.
    /// </summary>
    private static bool OthersNamedLast(string before)
    {
        var others = OthersRole().Matches(before).LastOrDefault();
        if (others is null)
        {
            return false;
        }

        var reviewer = AboutReviewer().Matches(before).LastOrDefault()?.Index ?? (Pronoun().IsMatch(before.TrimStart()) ? 0 : -1);
        return others.Index > reviewer;
    }

    /// <summary>
    /// The first police career in the sentence that is the reviewer's: one in a clause about the panel's police
    /// member or a police adviser ("; a retired superintendent from another force advised the panel") is theirs,
    /// unless the clause names the reviewer before it.
    /// </summary>
    private static Match? OwnPoliceCareer(string sentence)
    {
        foreach (Match p in PoliceCareer().Matches(sentence))
        {
            var from = sentence.LastIndexOf(';', Math.Max(0, p.Index - 1)) + 1;
            var to = sentence.IndexOf(';', p.Index);
            var clause = sentence[from..(to < 0 ? sentence.Length : to)];
            var before = sentence[from..p.Index];
            if (AgencyReport().IsMatch(before) || (OthersRole().IsMatch(clause) && !AboutReviewer().IsMatch(before) && !Pronoun().IsMatch(before.TrimStart()))
                || OthersNamedLast(before))
            {
                continue;
            }

            return p;
        }

        return null;
    }

    /// <summary>The reviewer named in the text rather than on an author line: "The lead reviewer, Dr Maren Oakes, is ...".</summary>
    private static IEnumerable<string> NamedReviewers(string text) =>
        ReviewerNamed().Matches(text).Select(m => m.Groups["name"].Value);

    private static int Words(string text) => Space().Split(text).Count(w => w.Any(char.IsLetterOrDigit));

    [GeneratedRegex(@"\b(?:completed|completion|concluded|finalised)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SaysCompleted();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    // The bodies that commission a review and sign it off, not its panel or review group.
    [GeneratedRegex(@"\b(?:board|partnership|(?:safeguarding |statutory )?partners|LSCB|LSCP|SAB|CSP|SCP|executive)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CommissioningBody();

    [GeneratedRegex(@"[.!?](?:\s|$)")]
    private static partial Regex SentenceEnd();

    // A full stop inside a word or number ("02.03.2023", "s.47") does not end the sentence; a blank line
    // does, so a heading without a full stop ("2. Terms of reference and scope", a contents list) is not
    // read as part of the paragraph under it.
    [GeneratedRegex(@"\S(?:[^.!?\n]|\n(?![ \t]*\n)|[.!?](?!\s|$))*(?:[.!?](?=\s|$)|$|(?=\n[ \t]*\n))")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"\b(?:died|dies|death|killed|murdered|homicide|(?:found|pronounced)(?: \w+){0,2} dead|passed away|took (?:his|her|their) own life|ended (?:his|her|their) (?:own )?life|lost (?:his|her|their) li(?:fe|ves))\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeathWords();

    // "\b" goes inside: there is no word boundary before the bracket of "Margaret (died 03/11/2021)".
    // Also a cover's or summary box's bare label ("Died: 4 March 2021", "Incident date: ...").
    // Session 14: the death dated apart from the day the person was found ("died on or about 4 October 2023; she was
    // found on 6 October", "is believed to have died on 2 May 2022"): the stated death is the incident.
    [GeneratedRegex(@"(?:\b[Dd]ate of (?:death|the incident|incident|the homicide|the attack|harm)\s*:?\s*|\b(?:[Dd]ied|[Ii]ncident date)\s*:\s*|\(died\s+(?:on\s+)?|\bdied on or (?:about|around) |\b(?:is |was )?(?:believed|thought|estimated) to have died (?:on or (?:about|around) |on )|\bprobably died on )")]
    private static partial Regex DeathLabel();

    [GeneratedRegex(@"(?:(?:[A-Z][\w'’-]+|and|of|the)[ ]+){0,5}?(?:[A-Z][\w'’-]+[ ]+)(?:Local Safeguarding Children Board|Safeguarding Children Partnership|Safeguarding Children Board|Children Safeguarding Partnership|Safeguarding Adults? Board|Safeguarding Adults Partnership|Community Safety Partnership|Regional Safeguarding Board|Safeguarding Partnership|Safeguarding Board)(?:[ ]+and\s+(?:(?:[A-Z][\w'’-]+\s+){1,3}(?:Safeguarding\s+Adults?\s+Board|Community\s+Safety\s+Partnership|Safeguarding\s+Children\s+Partnership)|Safer(?:\s+[A-Z][\w'’-]+){1,3}\s+Partnership))?|NHS England(?:,[ ]+[A-Z][\w ]{2,30}?region)?|\bSafer(?:[ ]+[A-Z][\w'’-]+){1,3}[ ]+Partnership\b")]
    private static partial Regex Board();

    [GeneratedRegex(@"\b(?:Children|Child|Adult|Baby|Young Person)\s+[A-Z]{1,2}\d?\b|\b(?:Mr|Ms|Mrs|Miss)\.?\s+[A-Z]\b|['‘""“](?<quoted>[A-Z][a-z]+)['’""”]")]
    private static partial Regex Subject();

    /// <summary>A first name the title gives without quotes: "Safeguarding Adults Review: Peter", "...: Baby Noah", "Kai: what happened ...", "...: the death of Ruth", "...: Margaret (died 03/11/2021)", or the name alone ("Tansy" over a subtitle that describes the review).</summary>
    // "Domestic Homicide Review: Eileen and Roy" names the victim first (the other is the perpetrator, or
    // also died by his own hand); "Safeguarding Adults Review concerning Maureen"; SCIE's "Safeguarding Adults Review in Rapid Time: Neil";
    // an older adult named in full with her title, "Safeguarding Adults Review: Mrs Irene Walcott" (s96).
    // "Adult Practice Review Report" names the document, not a person (s11).
    [GeneratedRegex(@"\bReview(?: in [Rr]apid [Tt]ime)?(?: into the death of| concerning| regarding| about)?:?\s+(?:the death of\s+)?(?!(?:Report|Overview|Summary|Executive|Final|Draft)\b)(?<named>(?:Baby\s+)?[A-Z][a-z]+)(?:\s+and\s+[A-Z][a-z]+)?(?:\s+\([^)]*\))?$|\bReview:\s+(?<named>(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+)?)$|^(?<named>[A-Z][a-z]+):\s|^(?!(?:Review|Report|Overview|Summary|Contents|Introduction|Foreword)$)(?<named>[A-Z][a-z]+)$")]
    private static partial Regex NamedInTitle();

    /// <summary>A subtitle on the cover: "A thematic child safeguarding practice review about Liam and Marcus".</summary>
    [GeneratedRegex(@"\b[Rr]eview (?:about|concerning|regarding|into the deaths? of) (?<named>[A-Z][a-z]+(?: and [A-Z][a-z]+)?)\s*$", RegexOptions.Multiline)]
    private static partial Regex NamedInSubtitle();

    // Word stems end in \w* ("injur" must find "injuries", "fractur" "fractured"). "Officers found Margaret dead",
    // "brought by ambulance to the Emergency Department", "The incident occurred on the evening of ...". Also the
    // ways harm is done and a life ends that reviews in general use ("attacked", "shot", "strangled", "collapsed",
    // "ended his life"), not one sample's; and the present tense of a chronology table ("Mr O dies", "is found").
    // Session 14: "her body was discovered at her home on ...".
    [GeneratedRegex(@"\b(?:died|death|killed|murdered|was found|were found|(?:taken|brought|rushed|conveyed) (?:by ambulance )?to (?:hospital|the (?:\w+ ){0,3}?(?:Emergency Department|A&E|hospital|infirmary)|(?-i:[A-Z]\w+ ){1,3}(?:Hospital|Infirmary))|(?:the|this) incident (?:occurred|took place|happened)|admitted to (?:hospital|Ysbyty|the (?:\w+ )?(?:hospital|infirmary))|suffered|injur\w*|went missing|was reported missing|harmed|assault\w*|stabb\w*|homicide|fatal\w*|fractur\w*|took (?:his|her|their) own life|lost (?:his|her|their) li(?:fe|ves)|passed away|(?:found|pronounced)(?: \w+){0,2} dead|drowned|overdose|fatally|attacked|shot|strangled|hanged|suffocated|shaken|collapsed|ended (?:his|her|their) (?:own )?life|dies|is found|bod(?:y|ies) (?:was|were) (?:discovered|recovered))\b", RegexOptions.IgnoreCase)]
    private static partial Regex IncidentWords();

    // What followed the event and is dated apart from it: the decision to review, the inquest, the trial.
    [GeneratedRegex(@"\b(?:published|publication|commissioned|completed|approved|agreed|decided|decision|criteria|notified|notification|rapid review|panel met|review period|period under review|period (?:of|covered by) the review|terms of reference|inquest|coroner|trial|convicted|sentenced|pleaded|charged)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotTheIncident();

    // "Final version agreed by the CSP: 14/07/2023", "Report accepted by the Board: 11 September 2024",
    // "Accepted by the Partnership's Lead Safeguarding Partners on 30 January 2025" (the body is a whole
    // word: "Partnership's" is not "Partnership"), "Report concluded: 30 April 2024",
    // "The final report was agreed by the Partnership on 24th October 2023", "Signed off by the safeguarding partners: January 2024".
    // Also the labels a cover or a sign-off block uses in general ("Date of report:", "Report dated", "Sign-off
    // date:", "Date of Board approval:", "Approved:", "Version 1.4 FINAL – ...", "Signed: ... / Date: ...") and
    // the active voice ("The Board accepted the final report at its meeting on ...").
    // Session 12: the author's own word ("She completed the overview report in March 2024"), and a second approver
    // in the same sentence ("approved by the Partnership on 11 March 2025 and by the Board on 19 March 2025"),
    // which LabelledCompletion then takes as the later step of one sign-off.
    // Session 13: forms reviews in general use that no tuned sample did: a cover's "Version 3.1 – 14.02.2022" (a
    // version line without the word "final"), a sign-off table's "Completed | 12/05/2023" (a cell that starts its
    // line, not an action plan's status column mid-row), "Date completed:", "Board approval date:", "Signed off by
    // the Chair of the Safeguarding Adults Board on ...", "This report was finalised in ...".
    // Session 14: a version table's final row or a cover's version line ("Final v3.0 | 12.02.2022", "Final v3.0 — 12.02.2022",
    // a document control table's "Final | 14/09/2023"; a draft's row is no completion), the author's signature line
    // ("Jane Hall, Independent Reviewer, 30 November 2023"), "The review was finished on ...".
    // Session 15: a document history's "Final version | 19/06/2023" row, and the author's label dated on the cover
    // ("Author: Jo Bright, October 2022"; the name must be followed by a day or a month and year).
    // Session 18: a meeting named between "at their" and "meeting" ("The three safeguarding partners agreed the final report at
    // their executive meeting on 09.04.2025").
    // Session 19: "Panel work concluded: 28 February 2024" on a cover's label line.
    // Session 20: a cover's "Final version (v2.3) – 28 April 2023", and a version table whose status column follows the date
    // ("2.0 | 02/03/2023 | Final – approved by the Board": the row whose status is final or approved, not a draft's).
    // Session 26: "Agreed by both Partnerships: 12/2023" (a joint review).
    [GeneratedRegex(@"\b(?:(?<=(?:^|\n)[ \t]*)(?:(?:panel|review) work|review) concluded(?= *:)|date of (?:the )?(?:overview )?report|report dated|(?:sign-off|signed off) date|date of sign-off|date (?:of )?(?:the )?(?:board|partnership|panel)(?:'s)? approval|(?:board|partnership|panel) approval(?= *:)|date (?:approved|agreed|finalised|signed off|completed)|(?<=(?:^|\n)[ \t]*)(?:approved|agreed|finalised)(?= *:)|version\s+\d+(?:\.\d+)*\s*\(?final\)?\s*[-–,]?|(?<=(?:^|\n)[ \t]*)version\s+\d+(?:\.\d+)+\s*(?:[-–,:|]|\t|\n)|(?<=(?:^|\n)[ \t|]*)(?:(?:report|review)\s+)?(?:completed|finalised|finalized)(?=[ \t]*[|\t])|(?:board|partnership|panel) approval date|(?:approved|agreed|accepted|endorsed|signed off|ratified) by the (?:independent\s+)?chair(?:\s+of\s+the\s+(?:[\w'’]+\s){0,4}?(?:board|partnership|panel|CSP|SAB|LSCB|LSCP|SCP)(?![\w'’]))?(?: on| in)?|(?:review|report) (?:was )?finali[sz]ed(?: on| in)?|signed\s*:[^\n]{0,80}\n\s*date(?= *:)|(?:board|partnership|panel|CSP|SAB|executive|group|partners)\s+(?:formally\s+)?(?:approved|agreed|accepted|endorsed|ratified|signed off)\s+(?:(?:the|this)\s+(?:final\s+)?(?:version\s+of\s+the\s+)?(?:overview\s+)?(?:report|review)|it)(?:\s+at\s+(?:its|their|the)\s+(?:[\w'’-]+\s+){0,2}?meeting)?(?: on| in)?|(?:review|report) (?:was )?(?:completed|finished)|completion date|(?<=(?:^|\n)[ \t|]*)final\s+v(?:ersion)?\s*\d+(?:\.\d+)*\s*(?:[-–—,:|]|\t)|(?<=(?:^|\n)[ \t|]*)final\s+(?:version|report)\s*\(\s*v(?:ersion)?\s*\d+(?:\.\d+)*\s*\)\s*[-–—,:|]?|(?<=(?:^|\n)[ \t|]*)v?\d+(?:\.\d+)+[ \t]*[|\t][ \t]*(?=[^|\t\n]{6,20}[ \t]*[|\t][ \t]*(?:final|approved|signed off|agreed)\b)|(?<=(?:^|\n)[ \t|]*)final(?:\s+(?:version|report))?(?=[ \t]*[|\t])|(?<=(?:^|\n)[ \t]*)(?:(?:independent|lead|overview)\s+)?(?:author|reviewer)\s*:\s*(?:Dr\.?\s+|Professor\s+)?[A-Z][\w.'’-]+(?:[ ]+[A-Z][\w.'’-]+){0,3}\s*,\s*(?=\d|(?-i:[A-Z][a-z]{2,8}\s+(?:19|20)\d\d))|(?=(?:independent (?:reviewer|author|chair)|lead reviewer|overview (?:report )?author|report author)\s*,\s*\d)(?<=(?:^|\n)[^\n.]{0,60}?)\b(?:independent (?:reviewer|author|chair)|lead reviewer|overview (?:report )?author|report author)\s*,\s*(?=\d)|(?:panel|board|partnership) sign-off(?= *:)|date of completion|report date|completed:|(?:report|review) finalised|final (?:version|draft)(?= *:)|date of (?:the )?final (?:draft|version|report)|approved for submission(?: to the Home Office)?|(?:date )?submitted(?: to the Home Office)?(?=\s*:)|(?:the )?(?:review|report) (?:was )?concluded(?=\s*:|\s+(?:on|in)\b)|(?:the )?(?:panel|review|board|partnership) (?:concluded|completed|finished) its work(?: on| in)?|(?:the )?(?:final )?(?:report|version|review|overview report) (?:was )?(?:approved|agreed|accepted|endorsed|signed off|ratified)(?: (?:by|to) the (?:[\w']+\s){0,4}?(?:board|partnership|panel|partners|CSP|SAB|LSCB|LSCP|SCP|executive|group)(?![\w'’]))?(?: on| in)?|(?:approved|agreed|accepted|endorsed|signed off|presented|ratified) (?:by|to) (?:the|both) (?:[\w']+\s){0,4}?(?:boards?|partnerships?|panel|partners|CSP|SAB|LSCB|LSCP|SCP|executive|group)(?![\w'’])(?: on| in)?|signed off(?: on| in)?|final report(?: dated)?|(?:completed|finalised|finished) (?:the|this|her|his|their) (?:final )?(?:overview )?(?:report|review)(?: on| in)?|(?=and (?:then |later )?by the )(?<=\b(?:approved|agreed|endorsed|accepted|signed off)\b[^.\n]{0,120})\band (?:then |later )?by the (?:[\w'’]+\s){0,4}?(?:board|partnership|panel|partners|CSP|SAB|LSCB|LSCP|SCP|executive|group)(?![\w'’])(?: on| in)?)\s*:?\s*(?:on\s+|in\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex CompletedLabel();

    // Session 20: what a board or panel also agrees on its way to the report, named as the subject before the label
    // ("The terms of reference were agreed by the panel on ...", "The scoping was agreed by the Partnership ...",
    // "The action plan was signed off by the Board on ...", "The Rapid Review was signed off by the safeguarding partners on ..."); only in a sentence that does not name the report
    // ("The final report and its action plan were approved by the Board on ..." is the completion).
    [GeneratedRegex(@"(?:^|[.!?]\s)(?:(?!\breport\b)[^.!?\n])*\b(?:terms of reference|scope|scoping|rapid review|action plans?|decision|referral|extension|timescales?|criteria|membership|minutes)\b(?:(?!\breport\b)[^.!?\n])*$", RegexOptions.IgnoreCase)]
    private static partial Regex OtherThingSignedOff();

    [GeneratedRegex(@"\b(?:(?:report|review) was (?:completed|finalised|agreed|approved|signed off)|(?:agreed|approved|signed off|endorsed) by the (?:\w+\s){0,4}?(?:board|partnership|panel)|final (?:report|version))\b", RegexOptions.IgnoreCase)]
    private static partial Regex CompletionWords();

    // A cover or back page's footer names the publisher: "Published by the Westmere Safeguarding Children Partnership, June 2023".
    // "Published on the Council's website in May 2025": where it was published comes between the label and the date;
    // a DHR is published once the Home Office's quality assurance panel agrees ("Published with the agreement of the Home Office, May 2025").
    // Session 20: a clearance for publication ("The Home Office Quality Assurance Panel approved the report for publication on
    // 4 April 2024") is not the publication (ANNOTATION.md: a Home Office clearance date is no publication date).
    [GeneratedRegex(@"(?<!\b(?:approv\w*|clear\w*|agreed|accepted|ready|fit|suitable|recommended|signed off)\b[^.\n]{0,40}\bfor\s)\b(?:published|publication date|date of publication|publication)(?:\s+by\s+(?:the\s+)?(?:[\w'’]+\s+){0,5}?(?:partnership|board|council|panel|CSP|SAB|LSCB|LSCP|SCP)(?![\w'’])(?:\s+in)?,?|\s+(?:on|to)\s+(?:the\s+)?[\w'’]+(?:\s+[\w'’]+){0,3}?\s+(?:website|web site|web pages?|site)|\s+(?:with the agreement of|following (?:approval|quality assurance) by|after (?:approval|quality assurance) by)\s+the Home Office,?)?\s*:?\s*(?:on\s+|in\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex PublishedLabel();

    [GeneratedRegex(@"(?:Independent (?:Reviewer|Author|Chair and (?:Overview )?Author|Lead Reviewer|Overview Author)|(?i:chair and (?:overview )?author)|Lead (?i:reviewers?)|Overview (?:Report )?Author|Report Author|Reviewer|Author)s?\s*[:–-]\s*(?<name>(?:Dr\.? |Professor )?[A-Z][\w.'’-]+(?:[ ]+[A-Z][\w.'’-]+){1,3})(?:[ ]+(?:and|&)[ ]+(?<second>(?:Dr\.? |Professor )?[A-Z][\w.'’-]+(?:[ ]+[A-Z][\w.'’-]+){1,3}))?")]
    private static partial Regex AuthorLabel();

    [GeneratedRegex(@"\b(?:author|reviewer|lead reviewer|chair|panel chair|independent chair|overview writer|I\b|we\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AboutReviewer();

    // Session 14: the forms reviews use in general, not one sample's: "served for twenty-eight years in another police
    // force", "retiring as a detective superintendent", "ex-Metropolitan Police", "thirty years as a police officer",
    // "a career in policing", "was a police officer", "brings policing experience", "joined the police in 1988". Words
    // between the verb and "police" are a force's name ("thirty years with the Metropolitan Police"), so that "years in
    // safeguarding with police partners" and "a former probation officer" are not a police career.
    [GeneratedRegex(@"\b(?:former|retired|ex-)\s*(?:police|detective|chief (?:constable|superintendent|inspector)|(?:assistant|deputy) chief constable|superintendent|inspector|officer|constable|senior (?:police )?officer)|\b(?:former|retired|ex-)\s*(?:(?:another|an?|the|his|her|two|three|several|(?-i:[A-Z][\w'’-]*))\s){0,3}?(?:police|constabulary|detective|superintendent)\b|\bpolicing (?:background|career|experience|expertise)\b|\bpolice (?:career|background)\b|\bserved\b(?:[ ,]+[\w'’-]+){0,4}?[ ]+(?:as an?|with|in|for) (?:(?:another|an?|the|his|her|two|three|several|(?-i:[A-Z][\w'’-]*))\s){0,3}?(?:police|constabulary|detective)|\bretir(?:ed|ing) (?:from (?:(?:another|an?|the|his|her|two|three|several|(?-i:[A-Z][\w'’-]*))\s){0,3}?(?:police|constabulary)|as an? (?:[\w-]+\s){0,2}?(?:detective|police|superintendent|inspector|sergeant|constable|chief constable))|\b(?:career|background|experience) (?:in|of) (?:the )?polic(?:e|ing)\b|\byears (?:as an? (?:police )?(?:officer|detective)|(?:in|with) (?:(?:another|an?|the|his|her|two|three|several|(?-i:[A-Z][\w'’-]*))\s){0,3}?(?:police|policing|constabulary))\b|\b(?:was|is|has been|worked as) an? (?:[\w-]+\s){0,2}?(?:police officer|detective|police (?:inspector|sergeant|superintendent|constable))\b|\bjoined the police\b", RegexOptions.IgnoreCase)]
    private static partial Regex PoliceCareer();

    [GeneratedRegex(@"\b(?:social worker|social work|nurse|nursing|health visitor|probation|psychologist|psychiatrist|solicitor|barrister|lawyer|academic|lecturer|researcher|(?:head)?teacher|headteacher|head of|paediatrician|doctor|clinician|safeguarding consultant|children's services|adult services|domestic abuse services|refuge|charity|director of|midwife|midwifery|mental health services|local authority|NHS|public health|social care|youth (?:justice|offending)|housing (?:officer|manager|services)|school improvement|education (?:adviser|officer|services)|senior manager in|independent consultant|magistrate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherCareer();

    // A sentence that goes on about the person named before it.
    [GeneratedRegex(@"^(?:She|He|They|Her|His|Their|Before that|Previously|Since then)\b")]
    private static partial Regex Pronoun();

    // Whose police career a clause gives when it is not the reviewer's: the panel's police member, an adviser.
    [GeneratedRegex(@"\b(?:advis\w*|panel|member|represent\w*|consulted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OthersRole();

    // "The police IMR author, a retired detective inspector, ...", "The author of the police report was a detective
    // inspector": the agency report's author is not the review's.
    [GeneratedRegex(@"\b(?:IMR|individual management review|agency report|internal review|(?:police|force|agency|constabulary|trust|council)['’]?s? (?:own )?(?:report|review|submission|chronology))\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgencyReport();

    // "The lead reviewer, Dr Maren Oakes, is ...", "The chair, Rosalind Achebe, has ...", "The independent author is Jane Hall".
    [GeneratedRegex(@"\b(?i:(?:the )?(?:independent |lead |overview )?(?:reviewer|author|chair))(?:,[ ]+| (?i:is|was) )(?:Dr\.? |Professor )?(?<name>[A-Z][\w'’-]+(?:[ ]+[A-Z][\w'’-]+){1,2})")]
    private static partial Regex ReviewerNamed();

    // "Neither reviewer has a policing background", "nor any connection with": denials too.
    [GeneratedRegex(@"\b(?:not|no|never|without|neither|nor|none)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();
}
