using System.Globalization;
using Ingest.Core.Documents;
using Ingest.Core.Evaluation;
using Ingest.Core.Sections;
using Ingest.Ml.Sections;
using Ingest.Storage.Sqlite;

// Usage: sectiontypes-experiment <db> <gold folder> <first>:<last>:<section-types.tsv> ... [--with-rule-type]
// Each batch (first..last, by review id) is predicted by a model of the tuned reviews before it, with the
// rules as they stood when the batch arrived (the tsv given), so the rules, the model and the combination
// are all measured on arrival. Held-out gold files are skipped: never read, never learnt from.
var withRuleType = args.Contains("--with-rule-type");
var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
var store = new SqliteDocumentStore(positional[0], TimeProvider.System);
var docs = new List<(GoldFile Gold, string Text, IReadOnlyList<Section> Sections)>();
foreach (var gold in GoldFile.LoadFolder(positional[1]).Where(g => !g.Heldout))
{
    var doc = await store.GetAsync((await gold.DocumentIdAsync(default))!, default);
    docs.Add((gold, doc!.Extracted!.Text, doc.Sections));
}

int allRules = 0, allModel = 0, allCombined = 0, all = 0;
foreach (var batch in positional.Skip(2))
{
    var (first, last, tsv) = (batch.Split(':')[0], batch.Split(':')[1], batch.Split(':')[2]);
    var rules = SectionTypeClassifier.Parse(new StringReader(File.ReadAllText(tsv)));
    var rows = docs.Where(d => string.CompareOrdinal(d.Gold.Id, last) <= 0).SelectMany(d => SectionTrainingRows.From(d.Gold, d.Text, d.Sections, rules)).ToList();
    if (withRuleType)
    {
        rows.ForEach(r => r.Context += $" rule_{r.RuleType} {(r.RuleSpecific ? "rule_specific" : "rule_fallback")}");
    }

    var ml = new Microsoft.ML.MLContext(42);
    var engine = ml.Model.CreatePredictionEngine<SectionTypeRow, SectionTypePrediction>(SectionTypeTrainer.Fit(ml, rows.Where(r => string.CompareOrdinal(r.Group, first) < 0)));
    var test = rows.Where(r => string.CompareOrdinal(r.Group, first) >= 0).ToList();
    var predicted = test.Select(r => engine.Predict(r).PredictedType).ToList();
    var r = test.Count(x => x.RuleType == x.Label);
    var m = test.Where((x, i) => predicted[i] == x.Label).Count();
    var c = test.Where((x, i) => SectionTypeCombiner.Combine(x, predicted[i]) == x.Label).Count();
    (allRules, allModel, allCombined, all) = (allRules + r, allModel + m, allCombined + c, all + test.Count);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{first}-{last}: {test.Count} headings: rules {r} ({(double)r / test.Count:0.000}), model {m} ({(double)m / test.Count:0.000}), rules then model {c} ({(double)c / test.Count:0.000})"));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"all: {all} headings: rules {(double)allRules / all:0.000}, model {(double)allModel / all:0.000}, rules then model {(double)allCombined / all:0.000}"));
