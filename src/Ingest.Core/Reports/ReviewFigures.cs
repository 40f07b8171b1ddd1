using Ingest.Core.Documents;
using Ingest.Core.Storage;
using Ingest.Core.Tagging.Agencies;
using Ingest.Core.Text;

namespace Ingest.Core.Reports;

/// <summary>
/// What the report counts in one review: its sentences and the share naming each agency (the agency
/// gazetteer of Tagging/Agencies, the same finder for every agency so shares compare), words, police
/// mentions, IMRs, recommendations, police processes and the rating. Rejected annotations do not count.
/// </summary>
public sealed record ReviewFigures(
    IReadOnlyList<string> ReviewTypes,
    int Sentences,
    IReadOnlyDictionary<string, int> SentencesNaming,
    int Words,
    int PoliceMentions,
    bool HasImr,
    bool HasPoliceImr,
    bool PoliceImrCritiqued,
    int Recommendations,
    int PoliceOnlyRecommendations,
    int MultiAgencyRecommendations,
    IReadOnlyList<string> PoliceProcesses,
    int? Rating)
{
    public static ReviewFigures Of(StoredDocument d)
    {
        var text = d.Extracted?.Text ?? string.Empty;
        var annotations = d.Annotations.Where(a => a.Status != "rejected").ToList();
        var sentences = SentenceSplitter.Split(text);
        var imrs = annotations.Where(a => a.Label == Labels.ImrReference).ToList();
        var policeImrs = imrs.Where(a => a.Attributes.Agency == "police").ToList();
        var recommendations = annotations.Where(a => a.Label == Labels.Recommendation).Select(a => a.Attributes.Agencies ?? []).ToList();
        return new ReviewFigures(
            d.Metadata?.ReviewTypes.Select(t => t.Value).Distinct().ToList() ?? [],
            sentences.Count,
            SentencesNamingEachAgency(text, sentences),
            d.Metadata?.Words is > 0 and var w ? w : CountWords(text),
            annotations.Count(a => a.Label == Labels.PoliceMention),
            imrs.Count > 0,
            policeImrs.Count > 0,
            policeImrs.Any(a => a.Attributes.Critique == true),
            recommendations.Count,
            recommendations.Count(a => a.Count == 1 && a[0] == "police"),
            recommendations.Count(a => a.Count > 1),
            annotations.Where(a => a.Label == Labels.PoliceMention && a.Attributes.Category == "process").Select(a => Normalise(a.Text)).ToList(),
            d.Rating is { } r ? r.Confirmed ?? r.Suggested : null)
        {
            ProposedRating = d.Rating?.Suggested,
            ConfirmedRating = d.Rating?.Confirmed,
        };
    }

    /// <summary>The pipeline's suggestion alone (null when the review was never rated), to set beside the analysts' confirmations.</summary>
    public int? ProposedRating { get; init; }

    /// <summary>The rating an analyst confirmed or gave instead (null until one does).</summary>
    public int? ConfirmedRating { get; init; }

    /// <summary>How many sentences name each agency at least once.</summary>
    private static Dictionary<string, int> SentencesNamingEachAgency(string text, IReadOnlyList<SentenceSpan> sentences)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var mentions = AgencyGazetteer.Default.Find(text);
        var m = 0;
        foreach (var s in sentences)
        {
            while (m < mentions.Count && mentions[m].Start < s.Start)
            {
                m++;
            }

            var named = new HashSet<string>(StringComparer.Ordinal);
            for (var k = m; k < mentions.Count && mentions[k].Start < s.End; k++)
            {
                named.Add(mentions[k].Agency);
            }

            foreach (var agency in named)
            {
                counts[agency] = counts.GetValueOrDefault(agency) + 1;
            }
        }

        return counts;
    }

    /// <summary>"DASH risk\nassessments" and "DASH risk assessment" are one process.</summary>
    private static string Normalise(string s)
    {
        var words = s.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words);
    }

    private static int CountWords(string text)
    {
        var (count, inWord) = (0, false);
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            count += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return count;
    }
}
