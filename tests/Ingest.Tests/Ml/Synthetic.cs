using Ingest.Ml.Data;

namespace Ingest.Tests.Ml;

/// <summary>Small labelled sentence sets with a learnable signal, spread over documents (groups) like gold data.</summary>
internal static class Synthetic
{
    private static readonly string[] Police = ["officers attended the address", "the constabulary recorded a crime", "a detective sergeant reviewed the case", "police completed a DASH risk assessment", "the force control room graded the call"];
    private static readonly string[] Other = ["the health visitor called", "the school nurse saw the child", "the GP prescribed medication", "social care held a strategy meeting", "the housing officer visited the flat"];

    public static List<SentenceRow> PoliceSentences(int perGroup = 30, int groups = 5)
    {
        var rows = new List<SentenceRow>();
        for (var g = 0; g < groups; g++)
        {
            for (var i = 0; i < perGroup; i++)
            {
                var police = i % 4 == 0;
                var pool = police ? Police : Other;
                rows.Add(new SentenceRow { Text = $"On day {i} {pool[(i + g) % pool.Length]} in review {g}.", Label = police, Group = $"doc{g}" });
            }
        }

        return rows;
    }
}
