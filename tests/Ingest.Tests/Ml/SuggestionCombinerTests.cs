using Ingest.Core.Documents;
using Ingest.Core.Text;
using Ingest.Ml.Classify;

namespace Ingest.Tests.Ml;

/// <summary>How model suggestions and rule annotations of one label combine, mode by mode.</summary>
public sealed class SuggestionCombinerTests
{
    // Sentence 0: rule says good practice, model agrees. 1: rule says so, model disagrees. 2: only the model says so. 3: neither.
    private const string Text = "The officer acted well. PC 1 did a check. The sergeant made a referral. The family moved.";
    private static readonly IReadOnlyList<SentenceSpan> Sentences = SentenceSplitter.Split(Text);
    private static readonly double[] Probabilities = [0.9, 0.1, 0.8, 0.05];

    private static readonly Annotation[] RuleAnnotations =
    [
        Rule(Labels.GoodPractice, 0), Rule(Labels.GoodPractice, 1), Rule(Labels.PoliceMention, 2),
    ];

    [TestCase(ClassifyOptions.Rules, new[] { 0, 1 }, 0)]
    [TestCase(ClassifyOptions.Model, new[] { 0, 2 }, 2)]
    [TestCase(ClassifyOptions.Union, new[] { 0, 1, 2 }, 1)]
    [TestCase(ClassifyOptions.Agree, new[] { 0 }, 0)]
    [TestCase(ClassifyOptions.Confident, new[] { 0, 2 }, 1)]
    [TestCase(ClassifyOptions.Beside, new[] { 0, 1, 2 }, 1)]
    public void Each_mode_keeps_or_adds_what_it_says(string mode, int[] labelledSentences, int fromModel)
    {
        var result = SuggestionCombiner.Combine(mode, Labels.GoodPractice, "good_practice-model@1", Text, Sentences, Probabilities, RuleAnnotations, Sure);

        var practice = result.Where(a => a.Label == Labels.GoodPractice).ToList();
        var sentencesHit = practice.Select(a => Sentences.ToList().FindIndex(s => s.Start <= a.Start && a.Start < s.End)).Order().ToArray();
        Assert.That(sentencesHit, Is.EqualTo(labelledSentences));
        Assert.That(practice.Count(a => a.Source == "model"), Is.EqualTo(fromModel));
        Assert.That(result.Count(a => a.Label == Labels.PoliceMention), Is.EqualTo(1), "other labels are untouched");
    }

    [Test]
    public void Confident_mode_adds_the_model_s_own_sentence_only_at_its_high_threshold()
    {
        // The model gives sentence 2 0.8: below the shipped 0.87, so only the rules the model agrees with stay.
        var result = SuggestionCombiner.Combine(ClassifyOptions.Confident, Labels.GoodPractice, "good_practice-model@1", Text, Sentences, Probabilities, RuleAnnotations, new ClassifyOptions());

        Assert.That(result.Where(a => a.Label == Labels.GoodPractice).Select(a => a.Text), Is.EqualTo(new[] { "The officer acted well." }));
    }

    [TestCase("recommendations", 0)]
    [TestCase("methodology", 0)]
    [TestCase("analysis", 1)]
    [TestCase("chronology", 1)]
    public void Confident_mode_adds_nothing_of_the_model_s_own_in_the_preface_or_closing_sections(string sectionType, int fromModel)
    {
        var sections = new[] { new Section("4. Heading", sectionType, 1, 0, Text.Length, 0, 1.0) };

        var result = SuggestionCombiner.Combine(ClassifyOptions.Confident, Labels.GoodPractice, "good_practice-model@1", Text, Sentences, Probabilities, RuleAnnotations, Sure, sections);

        Assert.That(result.Count(a => a.Label == Labels.GoodPractice && a.Source == "model"), Is.EqualTo(fromModel));
        Assert.That(result.Count(a => a.Label == Labels.GoodPractice && a.Source == "rule"), Is.EqualTo(1), "the rule the model agrees with stays wherever it is");
    }

    [Test]
    public void A_model_suggestion_spans_its_sentence_with_the_probability_as_confidence_and_police_agency_beside_a_police_mention()
    {
        var result = SuggestionCombiner.Combine(ClassifyOptions.Union, Labels.GoodPractice, "good_practice-model@1", Text, Sentences, Probabilities, RuleAnnotations, new ClassifyOptions());

        var suggestion = result.Single(a => a.Source == "model");
        Assert.That(suggestion.Text, Is.EqualTo("The sergeant made a referral."));
        Assert.That(suggestion.Confidence, Is.EqualTo(0.8));
        Assert.That(suggestion.Status, Is.EqualTo("suggested"));
        Assert.That(suggestion.Attributes.Agency, Is.EqualTo("police"));
    }

    [Test]
    public void Confident_mode_adds_no_heading_no_list_opening_and_no_sentence_the_rules_gave_the_other_label()
    {
        const string text = "7. Good practice\n\nThe panel noted the following:\n\nThe call handler graded the call at once. The sergeant did not refer her.";
        var sentences = SentenceSplitter.Split(text);
        var sections = new[] { new Section("7. Good practice", "good_practice", 1, 0, text.Length, "7. Good practice".Length, 1.0) };
        var rules = new[] { RuleOf(Labels.MissedOpportunity, text, sentences, sentences.Count - 1) };
        var sure = Enumerable.Repeat(0.95, sentences.Count).ToList();

        var result = SuggestionCombiner.Combine(ClassifyOptions.Confident, Labels.GoodPractice, "good_practice-model@1", text, sentences, sure, rules, new ClassifyOptions(), sections);

        Assert.That(result.Where(a => a.Source == "model").Select(a => a.Text), Is.EqualTo(new[] { "The call handler graded the call at once." }));
    }

    [Test]
    public void Confident_mode_reads_the_rules_other_label_even_after_an_earlier_model_dropped_it()
    {
        // The good practice model ran first and dropped the rules' good practice sentence; the missed opportunity
        // model must still see that the rules called it good practice, as it would had the models run the other way round.
        const string text = "The call handler graded the call at once. The sergeant did not refer her.";
        var sentences = SentenceSplitter.Split(text);
        var rules = new[] { RuleOf(Labels.GoodPractice, text, sentences, 0) };
        var sure = Enumerable.Repeat(0.95, sentences.Count).ToList();

        var result = SuggestionCombiner.Combine(ClassifyOptions.Confident, Labels.MissedOpportunity, "missed_opportunity-model@1", text, sentences, sure, [], new ClassifyOptions(), rules: rules);

        Assert.That(result.Where(a => a.Source == "model").Select(a => a.Text), Is.EqualTo(new[] { "The sergeant did not refer her." }));
    }

    [Test]
    public void Confident_mode_adds_no_sentence_that_names_the_label_the_rules_left_unlabelled()
    {
        // The rules' negation and question cues read these; a sure model is not let overrule them.
        const string text = "The panel considered whether the visit was a missed opportunity. It was not a missed opportunity. No referral was made.";
        var sentences = SentenceSplitter.Split(text);
        var sure = Enumerable.Repeat(0.95, sentences.Count).ToList();

        var result = SuggestionCombiner.Combine(ClassifyOptions.Confident, Labels.MissedOpportunity, "missed_opportunity-model@1", text, sentences, sure, [], new ClassifyOptions());

        Assert.That(result.Where(a => a.Source == "model").Select(a => a.Text), Is.EqualTo(new[] { "No referral was made." }));
    }

    [TestCase(0.9, new[] { "She stayed with Ann until the locksmith came." })]
    [TestCase(0.1, new string[0])]
    public void Confident_mode_adds_a_fairly_sure_sentence_beside_a_rule_sentence_the_model_let_stand_only_in_its_paragraph(double ruleSentence, string[] added)
    {
        // 1: next to the rule sentence, 0.6. 2: next to an added sentence only. 3: 0.6, but another paragraph.
        const string text = "The officer acted with great care. She stayed with Ann until the locksmith came. The weather was cold.\n\nShe phoned the next day.";
        var sentences = SentenceSplitter.Split(text);
        var rules = new[] { RuleOf(Labels.GoodPractice, text, sentences, 0) };
        double[] probabilities = [ruleSentence, 0.6, 0.6, 0.6];
        var options = new ClassifyOptions { ConfidentBeside = new Dictionary<string, double> { ["good_practice"] = 0.5 } };

        var result = SuggestionCombiner.Combine(ClassifyOptions.Confident, Labels.GoodPractice, "good_practice-model@1", text, sentences, probabilities, rules, options);
        var unnamed = SuggestionCombiner.Combine(ClassifyOptions.Confident, Labels.GoodPractice, "good_practice-model@1", text, sentences, probabilities, rules, new ClassifyOptions());

        Assert.That(result.Where(a => a.Source == "model").Select(a => a.Text), Is.EqualTo(added));
        Assert.That(unnamed.Where(a => a.Source == "model"), Is.Empty, "a model not named adds only at the confident threshold");
    }

    [Test]
    public void Beside_mode_adds_a_sentence_the_model_is_fairly_sure_of_only_next_to_a_labelled_one_in_its_paragraph()
    {
        // 0: police by the rules. 1: follows it, model 0.8: added. 2: follows an added sentence, not a rule one: not added.
        // 3: the model is sure, but a blank line parts it from 4. 4: police by the rules. 5: after it, but the model gives 0.3.
        // 6: the model gives 0.75 and the rule sentence 7 comes next: added.
        const string text = "PC 1 attended the house. He was not asked about the injuries. The log was closed.\n\nNo crime was recorded.\n\nPC 2 visited. The weather was cold. The response was prompt. PC 3 arrested him.";
        var sentences = SentenceSplitter.Split(text);
        var rules = new[] { RuleIn(text, sentences, 0), RuleIn(text, sentences, 4), RuleIn(text, sentences, 7) };
        double[] probabilities = [0.95, 0.8, 0.9, 0.95, 0.9, 0.3, 0.75, 0.9];

        var result = SuggestionCombiner.Combine(ClassifyOptions.Beside, Labels.PoliceMention, "police_relevance-model@1", text, sentences, probabilities, rules, new ClassifyOptions());

        Assert.That(result.Where(a => a.Source == "model").Select(a => a.Text), Is.EqualTo(new[] { "He was not asked about the injuries.", "The response was prompt." }));
        Assert.That(result.Count(a => a.Source == "rule"), Is.EqualTo(3), "the rules' sentences stay whatever the model gives them");
    }

    [Test]
    public void Beside_mode_adds_no_police_sentence_that_names_another_agency()
    {
        const string text = "PC 1 attended the house. The housing officer changed the locks that day. PC 2 called back. It was not recorded.";
        var sentences = SentenceSplitter.Split(text);
        var rules = new[] { RuleIn(text, sentences, 0), RuleIn(text, sentences, 2) };
        double[] probabilities = [0.95, 0.9, 0.95, 0.9];

        var result = SuggestionCombiner.Combine(ClassifyOptions.Beside, Labels.PoliceMention, "police_relevance-model@1", text, sentences, probabilities, rules, new ClassifyOptions());

        Assert.That(result.Where(a => a.Source == "model").Select(a => a.Text), Is.EqualTo(new[] { "It was not recorded." }));
    }

    private static Annotation RuleIn(string text, IReadOnlyList<SentenceSpan> sentences, int sentence)
    {
        var s = sentences[sentence];
        return new Annotation($"p{sentence}", Labels.PoliceMention, s.Start, s.End, text[s.Start..s.End], AnnotationAttributes.None, "rule", "suggested", 0.9, "rule@1");
    }

    private static Annotation RuleOf(string label, string text, IReadOnlyList<SentenceSpan> sentences, int sentence)
    {
        var s = sentences[sentence];
        return new Annotation($"{label}{sentence}", label, s.Start, s.End, text[s.Start..s.End], AnnotationAttributes.None, "rule", "suggested", 0.9, "rule@1");
    }

    /// <summary>Options under which the model's 0.8 for sentence 2 is sure enough for "confident" mode.</summary>
    private static readonly ClassifyOptions Sure = new() { ConfidentThreshold = 0.75 };

    private static Annotation Rule(string label, int sentence)
    {
        var s = SentenceSplitter.Split(Text)[sentence];
        return new Annotation($"{label}{sentence}", label, s.Start, s.End, Text[s.Start..s.End], AnnotationAttributes.None, "rule", "suggested", 0.9, "rule@1");
    }
}
