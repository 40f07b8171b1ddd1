using System.Text.RegularExpressions;
using Ingest.Core.Tagging.Agencies;

namespace Ingest.Core.Tagging.Practice;

/// <summary>
/// Whose practice a sentence describes: the agency or practitioner named before the cue (the subject,
/// "PC 1 did not submit a PPN"), else the first named after it that is no recipient ("was not recorded
/// by the police", not "was not shared with the midwife"), else the one the previous sentence of the
/// paragraph was about ("She did not ..."; "This was good practice."). Agencies come
/// from the agency gazetteer, practitioners from the role rows of practice-phrases.tsv; a social worker
/// works for adult social care in an adult review (SAR, APR) and for children's social care otherwise.
/// </summary>
internal sealed partial class PracticeAgency(TaggingContext context, PracticePhrases phrases)
{
    private static readonly string[] AdultReviews = ["SAR", "APR"];

    private readonly bool _adultReview = context.Metadata?.ReviewTypes.Any(t => AdultReviews.Contains(t.Value, StringComparer.Ordinal)) == true;

    /// <summary>The agency of a sentence, given where its cue starts and the previous sentence's agency.</summary>
    public string? Of(string sentence, int cueAt, string? previous)
    {
        var mentions = Mentions(sentence);
        var subject = mentions.FirstOrDefault(m => cueAt < 0 || m.Start < cueAt);
        if (subject.Agency is not null)
        {
            return subject.Agency;
        }

        // After a passive cue the agent is named later ("was not recorded in the Trust's assessment"),
        // but an agency something was shared "with" or sent "to" is the recipient, not the agent.
        var agent = mentions.FirstOrDefault(m => !Recipient().IsMatch(sentence[..m.Start]));
        return agent.Agency ?? previous;
    }

    /// <summary>The agency a sentence names first (what a following "she" or "this" refers to), or null.</summary>
    public string? First(string sentence) => Mentions(sentence).FirstOrDefault().Agency;

    /// <summary>
    /// The last sentence <see cref="Mentions"/> read, and what it found: the tagger asks <see cref="First"/> of every
    /// sentence and then <see cref="Of"/> of the same sentence where it tags one, and the gazetteer and role patterns
    /// need not run over it twice.
    /// </summary>
    private (string Sentence, List<(string Agency, int Start, int End)> Mentions)? _last;

    /// <summary>Agency names and practitioner roles, the longer winning where they overlap, in text order.</summary>
    private List<(string Agency, int Start, int End)> Mentions(string sentence)
    {
        if (_last is { } last && string.Equals(last.Sentence, sentence, StringComparison.Ordinal))
        {
            return last.Mentions;
        }

        var mentions = Find(sentence);
        _last = (sentence, mentions);
        return mentions;
    }

    private List<(string Agency, int Start, int End)> Find(string sentence)
    {
        // "The panel considers ..." is the reviewer speaking, not an agency whose practice it is.
        var found = AgencyGazetteer.Default.Find(sentence).Where(f => !ReviewPanel().IsMatch(sentence[f.Start..f.End])).ToList();
        foreach (var role in phrases.Roles)
        {
            foreach (Match m in role.Pattern!.Matches(sentence))
            {
                found.Add((Resolve(role.Label), m.Index, m.Index + m.Length));
            }
        }

        var kept = new List<(string Agency, int Start, int End)>();
        foreach (var f in found.OrderByDescending(f => f.End - f.Start).ThenBy(f => f.Start))
        {
            if (!kept.Any(k => f.Start < k.End && k.Start < f.End))
            {
                kept.Add(f);
            }
        }

        return kept.OrderBy(k => k.Start).ToList();
    }

    private string Resolve(string agency) => agency == "social_care"
        ? _adultReview ? "adult_social_care" : "childrens_social_care"
        : agency;

    [GeneratedRegex(@"\b(?:with|to|from|for)\s+(?:the\s+|a\s+|an\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Recipient();

    [GeneratedRegex(@"^(?:the )?(?:review )?panel$", RegexOptions.IgnoreCase)]
    private static partial Regex ReviewPanel();
}
