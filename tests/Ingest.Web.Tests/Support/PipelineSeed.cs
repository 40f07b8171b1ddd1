using System.Text.Json;
using Ingest.Cli;
using Ingest.Core.Documents;
using Microsoft.Data.Sqlite;

namespace Ingest.Web.Tests.Support;

/// <summary>
/// Fills a store the way analysts get it: the real pipeline (`ingest run`) over sample reviews. Until
/// the rating stage lands, each review is given a proposed rating as that stage would store it.
/// </summary>
internal static class PipelineSeed
{
    public static async Task RunAsync(string database, params string[] samples)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var args = new List<string> { "run" };
        args.AddRange(samples.Select(Repo.Sample));
        args.AddRange(["--db", database]);
        var code = await CliApp.RunAsync([.. args], output, error, CancellationToken.None);
        Assert.That(code, Is.EqualTo(0), $"ingest run: {output}\n{error}");
        await AddRatingsAsync(database);
    }

    private static async Task AddRatingsAsync(string database)
    {
        await using var c = new SqliteConnection($"Data Source={database}");
        await c.OpenAsync();
        var ids = new List<(string Id, string? Annotations)>();
        await using (var read = c.CreateCommand())
        {
            read.CommandText = "SELECT id, annotations_json FROM documents WHERE rating_json IS NULL AND status = 'ingested'";
            await using var r = await read.ExecuteReaderAsync();
            while (await r.ReadAsync())
            {
                ids.Add((r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1)));
            }
        }

        var snake = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
        foreach (var (id, annotationsJson) in ids)
        {
            var annotations = annotationsJson is null ? [] : JsonSerializer.Deserialize<List<Annotation>>(annotationsJson, snake) ?? [];
            string[] Evidence(string label) => [.. annotations.Where(a => a.Label == label).Take(3).Select(a => a.Id)];
            var rating = new ReviewRating(2, 0.64, new Dictionary<string, CriterionScore>
            {
                [RatingCriteria.PoliceCoverage] = new(2, Evidence(Labels.PoliceMention), "Police practice is described in a few paragraphs of the chronology."),
                [RatingCriteria.PoliceImrAnalysis] = new(2, Evidence(Labels.ImrReference), "The police IMR is referred to but its analysis is not reported."),
                [RatingCriteria.PoliceRecommendations] = new(3, Evidence(Labels.Recommendation), "Recommendations name the police."),
                [RatingCriteria.MethodologyStated] = new(3, ["metadata.methodology"], "The methodology is named."),
            }, "rating-sample@0");
            await using var write = c.CreateCommand();
            write.CommandText = "UPDATE documents SET rating_json = $r WHERE id = $id";
            write.Parameters.AddWithValue("$r", JsonSerializer.Serialize(rating, snake));
            write.Parameters.AddWithValue("$id", id);
            await write.ExecuteNonQueryAsync();
        }
    }
}
