using Ingest.Core.Documents;
using Ingest.Core.Sections;

namespace Ingest.Tests.Core.Sections;

/// <summary>Heading styles on paragraphs built by hand: what is a heading, what is not, and levels.</summary>
public sealed class SectionSplitterTests
{
    private const double Body = 11;

    private sealed class Doc
    {
        private readonly System.Text.StringBuilder _text = new();
        private readonly List<TextBlock> _blocks = [];
        private int _page = 1;
        private float _top = 780;

        public Doc Add(string text, double size = Body, bool bold = false, int lines = 1) => Add(text, size, bold, lines, 72);

        /// <summary>A block in the page's second column, level with the block before it.</summary>
        public Doc Beside(string text, double size = Body, bool bold = false)
        {
            _top += 20;
            return Add(text, size, bold, 1, 310);
        }

        private Doc Add(string text, double size, bool bold, int lines, float left)
        {
            if (_text.Length > 0)
            {
                _text.Append("\n\n");
            }

            var start = _text.Length;
            _text.Append(text);
            _blocks.Add(new TextBlock(start, _text.Length, _page, size, bold, Body, lines, left, _top));
            _top -= 20;
            return this;
        }

        public Doc NewPage()
        {
            _page++;
            _top = 780;
            return this;
        }

        public IReadOnlyList<Section> Split(IReadOnlyList<OutlineEntry>? outline = null) =>
            new SectionSplitter(new SectionsOptions(), SectionTypeClassifier.Default).Split(_text.ToString(), _blocks, outline);
    }

    private static Doc Cover() => new Doc()
        .Add("Northmoor Safeguarding Adults Board", 14)
        .Add("Safeguarding Adults Review: Adult J", 20, bold: true)
        .Add("Independent Reviewer: Jo Bright")
        .NewPage();

    [Test]
    public void Numbered_headings_give_levels_and_numbered_paragraphs_are_not_headings()
    {
        var sections = Cover()
            .Add("1. Introduction", 14, bold: true)
            .Add("1.1 This review was commissioned by the Board after the death of Adult J in March 2022. It looks at the work of all agencies.", lines: 2)
            .Add("4. Analysis", 14, bold: true)
            .Add("4.2 Contact with the police", 12, bold: true)
            .Add("4.17 The officer attended the address and spoke to Adult J on the doorstep, recording that there were no concerns.", lines: 2)
            .Add("4.2.1 The welfare check", 11, bold: true)
            .Split();
        Assert.That(sections.Select(s => (s.Heading, s.Level, s.Type)), Is.EqualTo(new[]
        {
            ("Safeguarding Adults Review: Adult J", 1, "cover"),
            ("1. Introduction", 1, "introduction"),
            ("4. Analysis", 1, "analysis"),
            ("4.2 Contact with the police", 2, "analysis"),
            ("4.2.1 The welfare check", 3, "analysis"),
        }));
    }

    // Session 19 (s84): SCIE's rapid-time SARs state each finding as a sentence-long heading; its label lets it run past the word limit.
    [Test]
    public void A_labelled_finding_stated_as_a_long_sentence_is_a_heading_and_an_unlabelled_long_bold_line_is_not()
    {
        const string statement = "Calls about a person who is causing a nuisance are handled one at a time, so a pattern of rising risk is read as anti-social behaviour";
        var sections = Cover()
            .Add("3. Findings", 14, bold: true)
            .Add($"Finding 1: {statement}", 12, bold: true, lines: 2)
            .Add("Neighbours called the police twenty-two times in a year.")
            .Add($"Above all: {statement}", 12, bold: true, lines: 2)
            .Split();

        Assert.That(sections.Select(s => (s.Heading, s.Type)), Is.EqualTo(new[]
        {
            ("Safeguarding Adults Review: Adult J", "cover"),
            ("3. Findings", "findings"),
            ($"Finding 1: {statement}", "findings"),
        }));
    }

    // Session 25 (s117, s122): a finding stated over five lines, and a term of reference asked as the heading of its answer.
    [Test]
    public void A_labelled_finding_may_wrap_over_five_lines_and_a_term_of_reference_asked_at_length_heads_its_answer()
    {
        const string finding = "When a child reports sextortion by an offender who may be abroad, the police response is shaped by the chance of catching the offender rather than by the risk to the child";
        const string question = "How well did agencies work together once the injuries were identified, including in the strategy discussion and the section 47 enquiry?";
        var sections = Cover()
            .Add("3. Findings", 14, bold: true)
            .Add($"Finding 1: {finding}", 12, bold: true, lines: 5)
            .Add("She called the 101 line on a Sunday evening.")
            .Add("4. Answers to the terms of reference", 14, bold: true)
            .Add($"ToR 2: {question}", 12, bold: true, lines: 2)
            .Add("The strategy discussion was held without the police.")
            .Add($"Above all, {finding}", 12, bold: true, lines: 5)
            .Split();

        Assert.That(sections.Skip(1).Select(s => s.Heading), Is.EqualTo(new[]
        {
            "3. Findings", $"Finding 1: {finding}", "4. Answers to the terms of reference", $"ToR 2: {question}",
        }));
    }

    // Session 25 (s122, and 13 such lines in the tuned samples): "Recommendation 3" alone in bold labels the paragraph under it;
    // session 26 (s128): so does "Recommendation 3 (Housing and Adult Social Care)", whom it is for in brackets.
    [Test]
    public void A_bold_recommendation_number_on_its_own_line_labels_its_text_and_heads_no_section()
    {
        var sections = Cover()
            .Add("9. Recommendations", 14, bold: true)
            .Add("Recommendation 1", 11, bold: true)
            .Add("The Safeguarding Partners should agree how a bail address is shared with Children's Services on the day bail is given.")
            .Add("Recommendation 2:", 11, bold: true)
            .Add("Kelbridge Police should audit the PNC checks made before strategy discussions.")
            .Add("Recommendation 3 (Housing and Adult Social Care)", 11, bold: true)
            .Add("The council should agree one route for a tenant's report of cuckooing.")
            .Split();

        Assert.That(sections.Skip(1).Select(s => s.Heading), Is.EqualTo(new[] { "9. Recommendations" }));
    }

    // Session 13 (s76's known faults): a heading ending "3 a.m.", and a large heading level with a short line of the other column.
    [Test]
    public void A_heading_may_end_in_a_m_and_stand_beside_the_other_column()
    {
        var sections = Cover()
            .Add("Seven dates", 17, bold: true)
            .Add("Thursday 13 April 2023 — Jodie comes back at 3 a.m.", 14, bold: true)
            .Add("Jodie was reported missing at 9 p.m. and came back at 3 a.m. The officer did not speak to her.", lines: 2)
            .Add("Sunday 5 November 2023 and the weeks after", 14, bold: true)
            .Beside("officers the next day.")
            .Split();
        Assert.That(sections.Skip(1).Select(s => s.Heading), Is.EqualTo(new[]
        {
            "Seven dates", "Thursday 13 April 2023 — Jodie comes back at 3 a.m.", "Sunday 5 November 2023 and the weeks after",
        }));
    }

    [Test]
    public void A_chapter_that_names_nothing_but_whose_parts_are_dates_is_the_chronology()
    {
        var sections = Cover()
            .Add("Seven dates", 17, bold: true)
            .Add("Saturday 4 February 2023 — Kobi is searched", 14, bold: true)
            .Add("Officers stopped Kobi in the town centre.")
            .Add("Friday 7 July 2023 — Mikey in Esker", 14, bold: true)
            .Add("Mikey was found in another county.")
            .Add("Three things we noticed", 17, bold: true)
            .Add("The night", 14, bold: true)
            .Add("Custody was full.")
            .Split();
        Assert.That(sections.Skip(1).Select(s => (s.Heading, s.Type)), Is.EqualTo(new[]
        {
            ("Seven dates", "chronology"), ("Saturday 4 February 2023 — Kobi is searched", "chronology"),
            ("Friday 7 July 2023 — Mikey in Esker", "chronology"), ("Three things we noticed", "other"), ("The night", "other"),
        }));
    }

    [Test]
    public void Unnumbered_headings_take_their_level_from_size_below_numbered_ones()
    {
        var sections = Cover()
            .Add("7. Key Practice Episodes", 14, bold: true)
            .Add("KPE 1: The first incident, March 2021", 12, bold: true)
            .Add("Officers attended after a neighbour called 999.")
            .Split();
        Assert.That(sections.Skip(1).Select(s => (s.Level, s.Type)), Is.EqualTo(new[] { (1, "chronology"), (2, "chronology") }));
    }

    [Test]
    public void A_statute_section_or_a_date_does_not_number_a_heading_whose_size_makes_it_a_child()
    {
        // Unnumbered sentence-case headings: the smaller ones are children of the larger, even where
        // one names "Section 136" or opens with a day of the month.
        var sections = Cover()
            .Add("What happened", 17, bold: true)
            .Add("The summer of 2022", 14, bold: true)
            .Add("Officers attended after a neighbour called 999.")
            .Add("9 June 2022", 14, bold: true)
            .Add("Analysis", 17, bold: true)
            .Add("Section 136 and the return home", 14, bold: true)
            .Add("He was detained and discharged home the same night.")
            .Split();
        Assert.That(sections.Skip(1).Select(s => (s.Level, s.Type)), Is.EqualTo(new[]
        {
            (1, "chronology"), (2, "chronology"), (2, "chronology"), (1, "analysis"), (2, "analysis"),
        }));
    }

    [Test]
    public void An_unnumbered_heading_smaller_than_an_unnumbered_subheading_is_a_level_below_it()
    {
        var sections = Cover()
            .Add("10 Recommendations", 17, bold: true)
            .Add("Single-agency recommendations", 14, bold: true)
            .Add("Police", 12, bold: true)
            .Add("The force should review its guidance on repeat callers.")
            .Add("Multi-agency recommendations", 14, bold: true)
            .Split();
        Assert.That(sections.Skip(1).Select(s => (s.Heading, s.Level)), Is.EqualTo(new[]
        {
            ("10 Recommendations", 1), ("Single-agency recommendations", 2), ("Police", 3), ("Multi-agency recommendations", 2),
        }));
    }

    [Test]
    public void A_plain_heading_under_a_bold_one_of_the_same_size_is_its_child()
    {
        var sections = Cover()
            .Add("What happened", 14, bold: true)
            .Add("The summer of 2022", 14)
            .Add("Officers attended after a neighbour called 999.")
            .Add("Analysis", 14, bold: true)
            .Add("The protection notice that was not considered", 14)
            .Split();
        Assert.That(sections.Skip(1).Select(s => (s.Level, s.Type)), Is.EqualTo(new[]
        {
            (1, "chronology"), (2, "chronology"), (1, "analysis"), (2, "analysis"),
        }));
    }

    [Test]
    public void A_period_heading_is_part_of_its_chapter_and_a_chronology_only_at_the_top()
    {
        var sections = Cover()
            .Add("5. Appraisal of Practice", 14, bold: true)
            .Add("5.2 February 2020 to January 2021", 12, bold: true)
            .Add("The officers who attended did not know of the earlier calls.")
            .Add("6. March to June 2021", 14, bold: true)
            .Add("Officers attended after a neighbour called 999.")
            .Split();
        Assert.That(sections.Skip(1).Select(s => s.Type), Is.EqualTo(new[] { "analysis", "analysis", "chronology" }));
    }

    [Test]
    public void A_numbered_theme_groups_its_chapter_and_is_a_finding_only_at_the_top()
    {
        var sections = Cover()
            .Add("Theme 1: Going missing from placements", 14, bold: true)
            .Add("Officers treated each missing episode as a new one.")
            .Add("Recommendations", 14, bold: true)
            .Add("Theme 1: Going missing from placements", 12, bold: true)
            .Add("The partnership should agree one plan for children who go missing.")
            .Split();
        Assert.That(sections.Skip(1).Select(s => (s.Level, s.Type)), Is.EqualTo(new[] { (1, "findings"), (1, "recommendations"), (2, "recommendations") }));
    }

    [Test]
    public void A_chapter_numbered_with_a_trailing_zero_is_a_chapter_its_subsections_are_under()
    {
        var sections = Cover()
            .Add("4.0 Analysis", 14, bold: true)
            .Add("4.1 Northmoor Police", 12, bold: true)
            .Add("The police report is thorough and reflective.")
            .Add("5.0 Conclusions", 14, bold: true)
            .Split();
        Assert.That(sections.Skip(1).Select(s => (s.Level, s.Type)), Is.EqualTo(new[] { (1, "analysis"), (2, "analysis"), (1, "conclusions") }));
    }

    [Test]
    public void A_bold_lead_in_is_not_a_heading_but_a_whole_bold_line_is()
    {
        var sections = Cover()
            .Add("Findings", 14, bold: true)
            .Add("Finding 2: Information did not reach the health visitor. The police notification went to the wrong team and nobody noticed for three weeks.", lines: 3)
            .Add("Part 2 Recommendations", 11, bold: true)
            .Split();
        Assert.That(sections.Select(s => s.Heading), Is.EqualTo(new[] { "Safeguarding Adults Review: Adult J", "Findings", "Part 2 Recommendations" }));
    }

    [Test]
    public void A_cover_title_over_two_blocks_is_joined_and_the_board_is_left_out()
    {
        var sections = new Doc()
            .Add("Cwm Alun Regional Safeguarding Board", 20, bold: true)
            .Add("Joint Extended Child and Adult", 20, bold: true)
            .Add("Practice Review", 20, bold: true)
            .Add("Re: Baby E")
            .NewPage()
            .Add("1. Introduction", 14, bold: true)
            .Add("The review began in May.")
            .Split();
        Assert.That(sections[0].Heading, Is.EqualTo("Joint Extended Child and Adult Practice Review"));
    }

    [Test]
    public void The_largest_cover_line_before_the_review_type_is_the_title()
    {
        var sections = new Doc()
            .Add("Kai: what happened and what needs to change", 22, bold: true)
            .Add("A Local Child Safeguarding Practice Review", 14)
            .Add("Published: April 2024")
            .NewPage()
            .Add("1. Introduction", 14, bold: true)
            .Add("The review began in May.")
            .Split();
        Assert.That(sections[0].Heading, Is.EqualTo("Kai: what happened and what needs to change"));
        Assert.That(Cover().Add("1. Introduction", 14, bold: true).Add("The review began.").Split()[0].Heading, Is.EqualTo("Safeguarding Adults Review: Adult J"));
    }

    [Test]
    public void On_a_bilingual_cover_the_largest_line_naming_the_review_is_the_title()
    {
        var sections = new Doc()
            .Add("Bwrdd Diogelu Rhanbarthol Cwm Aran / Cwm Aran Regional Safeguarding Board", 14)
            .Add("Adolygiad Ymarfer Oedolion / Adult Practice Review", 14)
            .Add("Adult Practice Review: 'Kofi'", 24, bold: true)
            .Add("Published: 9th Oct 2023")
            .NewPage()
            .Add("1. Introduction", 14, bold: true)
            .Add("The review began in May.")
            .Split();
        Assert.That(sections[0].Heading, Is.EqualTo("Adult Practice Review: 'Kofi'"));
    }

    [Test]
    public void A_name_alone_over_the_line_naming_the_review_is_titled_with_it()
    {
        var sections = new Doc()
            .Add("Tomasz", 28, bold: true)
            .Add("A Safeguarding Adults Review", 16)
            .Add("Published: June 2025")
            .NewPage()
            .Add("1. Introduction", 14, bold: true)
            .Add("The review began in May.")
            .Split();
        Assert.That(sections[0].Heading, Is.EqualTo("Tomasz: A Safeguarding Adults Review"));
    }

    [Test]
    public void Contents_page_lines_are_not_body_headings_but_confirm_them()
    {
        var sections = Cover()
            .Add("Contents", 14, bold: true)
            .Add("1. Introduction........3 2. Background........4 3. Analysis........6", lines: 3)
            .NewPage()
            .Add("1. Introduction", 14, bold: true)
            .Add("The review began in May.")
            .Add("2. BACKGROUND")
            .Add("Adult J lived alone.")
            .Split();
        Assert.That(sections.Select(s => (s.Heading, s.Type)), Is.EqualTo(new[]
        {
            ("Safeguarding Adults Review: Adult J", "cover"),
            ("Contents", "contents"),
            ("1. Introduction", "introduction"),
            ("2. BACKGROUND", "background"),
        }));
    }

    [Test]
    public void The_contents_end_where_a_page_of_body_text_begins_though_its_lines_hold_numbers()
    {
        var sections = Cover()
            .Add("Contents", 14, bold: true)
            .Add("Part 1 Introduction........3\nPart 2 The facts........4", lines: 2)
            .NewPage()
            .Add("Part 3 Analysis . . . . . . . 6\nAppendix A Glossary . . . . . . . 9", lines: 2)
            .NewPage()
            .Add("Part 1 Introduction", 14, bold: true)
            .Add("Adult J was 19 when she died in 2022.")
            .Add("Part 2 The facts", 14, bold: true)
            .Add("She lived with her parents.")
            .Split();
        Assert.That(sections.Select(s => (s.Heading, s.Type)), Is.EqualTo(new[]
        {
            ("Safeguarding Adults Review: Adult J", "cover"),
            ("Contents", "contents"),
            ("Part 1 Introduction", "introduction"),
            ("Part 2 The facts", "chronology"),
        }));
    }

    [Test]
    public void Roman_numerals_capitals_and_the_outline_are_heading_signs()
    {
        var sections = Cover()
            .Add("II. Methodology", 14, bold: true)
            .Add("The panel met four times.")
            .Add("TERMS OF REFERENCE")
            .Add("The panel asked five questions.")
            .Add("Voice of the family")
            .Add("The family met the reviewer twice.")
            .Split([new OutlineEntry("Voice of the family", 2, 3)]);
        Assert.That(sections.Skip(1).Select(s => (s.Heading, s.Level)), Is.EqualTo(new[]
        {
            ("II. Methodology", 1),
            ("TERMS OF REFERENCE", 2),
            ("Voice of the family", 2),
        }));
    }

    [Test]
    public void A_glossary_cell_that_lists_acronyms_is_not_a_heading_in_capitals()
    {
        var sections = Cover()
            .Add("GLOSSARY OF TERMS")
            .Add("DVPN / DVPO")
            .Add("Domestic violence protection notice and order")
            .Add("SMPFT, BC, SHA")
            .Add("The trust, the council and the health authority")
            .Split();

        Assert.That(sections.Skip(1).Select(s => s.Heading), Is.EqualTo(new[] { "GLOSSARY OF TERMS" }));
    }

    [Test]
    public void Sections_cover_the_text_from_their_heading_to_the_next()
    {
        var sections = Cover().Add("1. Introduction", 14, bold: true).Add("Text one.").Add("2. Background", 14, bold: true).Add("Text two.").Split();
        Assert.That(sections[1].End, Is.LessThanOrEqualTo(sections[2].Start));
        Assert.That(sections[2].End, Is.GreaterThan(sections[2].HeadingEnd));
    }

    [Test]
    public void Numbered_chapters_set_smaller_under_a_part_heading_sit_a_level_below_it()
    {
        var sections = Cover()
            .Add("EXECUTIVE SUMMARY", 16, bold: true)
            .Add("1 The review", 13, bold: true)
            .Add("The review began in May.")
            .Add("What was found", 13, bold: true)
            .Add("Officers did not see the risk.")
            .NewPage()
            .Add("OVERVIEW REPORT", 16, bold: true)
            .Add("1 Introduction", 13, bold: true)
            .Add("This is the overview.")
            .Add("2 Analysis", 13, bold: true)
            .Add("2.1 The arrest", 11, bold: true)
            .Add("Officers arrested the man.")
            .Add("2021", 11, bold: true)
            .Add("A year went by.")
            .Add("ABOUT THE AUTHOR", 16, bold: true)
            .Split();
        Assert.That(sections.Skip(1).Select(s => (s.Heading, s.Level)), Is.EqualTo(new[]
        {
            ("EXECUTIVE SUMMARY", 1), ("1 The review", 2), ("What was found", 2), ("OVERVIEW REPORT", 1), ("1 Introduction", 2),
            ("2 Analysis", 2), ("2.1 The arrest", 3), ("2021", 3), ("ABOUT THE AUTHOR", 1),
        }));
        Assert.That(sections.Single(s => s.Heading == "1 The review").Type, Is.EqualTo("executive_summary").Or.EqualTo("introduction"));
        Assert.That(sections.Single(s => s.Heading == "ABOUT THE AUTHOR").Type, Is.EqualTo("other"));
    }

    [Test]
    public void A_larger_contents_heading_or_title_does_not_push_numbered_chapters_down()
    {
        var sections = new Doc()
            .Add("Safeguarding Adults Review: Adult J", 20, bold: true)
            .Add("1 Introduction", 14, bold: true)
            .Add("The review began in May.")
            .Add("2 Background", 14, bold: true)
            .Add("Adult J lived alone.")
            .Split();
        Assert.That(sections.Where(s => s.Heading is { Length: > 0 } h && char.IsDigit(h[0])).Select(s => s.Level), Is.EqualTo(new[] { 1, 1 }));
    }

    [Test]
    public void A_part_numbered_in_words_is_a_level_one_part_named_by_what_follows()
    {
        var sections = Cover()
            .Add("PART ONE — THE REVIEW", 16, bold: true)
            .Add("Why this review was held", 13, bold: true)
            .Add("The Board decided to hold a review.")
            .Add("PART TWO — ANSWERS TO THE TERMS OF REFERENCE", 16, bold: true)
            .Add("Term of reference 1: What happened to the police information?", 13, bold: true)
            .Add("The report was not shared.")
            .Split();
        Assert.That(sections.Skip(1).Select(s => (s.Level, s.Type)), Is.EqualTo(new[]
        {
            (1, "introduction"), (2, "introduction"), (1, "findings"), (2, "findings"),
        }));
    }

    [Test]
    public void A_name_over_a_line_that_describes_the_review_is_the_title_alone()
    {
        var sections = new Doc()
            .Add("Kestmoor Safeguarding Adults Board", 14)
            .Add("Tansy", 24, bold: true)
            .Add("A Safeguarding Adults Review under section 44 of the Care Act 2014", 14)
            .NewPage()
            .Add("Why I was asked to do this review", 17, bold: true)
            .Add("The Board asked me in January.")
            .Split();
        Assert.That(sections[0].Heading, Is.EqualTo("Tansy"));
        Assert.That(sections[1].Type, Is.EqualTo("introduction"));
    }
}
