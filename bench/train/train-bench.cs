#:project ../../src/Ingest.Ml/Ingest.Ml.csproj
#:property TreatWarningsAsErrors=false
#:property PublishAot=false
#:property JsonSerializerIsReflectionEnabledByDefault=true
#:property Configuration=Release
// Training and prediction cost of a sentence classifier, on 10,000 sentences (issue 5: under a minute).
// Sentences come from the tuned samples' golden text (corpus-samples/s*/expected.txt), split with Core's
// splitter and labelled by the gold police sentences, repeated with a numbered suffix until there are
// 10,000 distinct rows, each with the sentence before it in its paragraph as the models see it (the golden
// text has no section list, so every row's section type is "none"). Timed: 5-fold cross-validation plus the final fit (what
// `ingest train` does per classifier), the final fit alone, and predictions through the engine pool.
using System.Diagnostics;
using Ingest.Core.Evaluation;
using Ingest.Core.Text;
using Ingest.Ml.Data;
using Ingest.Ml.Models;
using Ingest.Ml.Prediction;
using Ingest.Ml.Training;
using Microsoft.ML;

var root = args.Length > 0 ? args[0] : Path.GetFullPath(Path.Combine(Directory.GetCurrentDirectory(), "..", ".."));
var target = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
var baseRows = new List<SentenceRow>();
foreach (var gold in GoldFile.LoadFolder(Path.Combine(root, "corpus-samples")).Where(g => !g.Heldout))
{
    var text = File.ReadAllText(Path.Combine(gold.Folder, "expected.txt"));
    var spans = gold.PoliceSentences.SelectMany(s => LabelEvaluator.Locate(text, s)).ToList();
    var sentences = SentenceSplitter.Split(text);
    var documentRows = SentenceContext.Rows(text, sentences, [], gold.Id);
    for (var i = 0; i < documentRows.Count; i++)
    {
        documentRows[i].Label = spans.Any(g => g.Start < sentences[i].End && sentences[i].Start < g.End);
    }

    baseRows.AddRange(documentRows);
}

var rows = Enumerable.Range(0, (target / baseRows.Count) + 1).SelectMany(k => baseRows.Select(r => new SentenceRow { Text = k == 0 ? r.Text : $"{r.Text} ({k})", Previous = r.Previous, Section = r.Section, Label = r.Label, Group = r.Group })).Take(target).ToList();
Console.WriteLine($"rows: {rows.Count} ({rows.Count(r => r.Label)} police), from {baseRows.Count} distinct sentences of {rows.Select(r => r.Group).Distinct().Count()} documents");

var context = new TrainingContext(42, TimeProvider.System, [], 0);
var clock = Stopwatch.StartNew();
var trained = SentenceClassifierTrainer.Train(ModelNames.PoliceRelevance, rows, context);
var withCv = clock.Elapsed;
clock.Restart();
var ml = new MLContext(42);
var fitOnly = SentenceClassifierTrainer.Pipeline(ml).Fit(ml.Data.LoadFromEnumerable(SentenceClassifierTrainer.Weighted(rows)));
var fit = clock.Elapsed;
var classifier = new SentenceClassifier("bench", new EnginePool<SentenceRow, SentencePrediction>(ml, fitOnly));
clock.Restart();
foreach (var r in rows)
{
    classifier.Probability(r);
}

var predict = clock.Elapsed;
Console.WriteLine($"train with 5-fold CV + final fit: {withCv.TotalSeconds:0.0} s (cv_f1 {trained.Card.Metrics["cv_f1"]:0.000})");
Console.WriteLine($"final fit alone: {fit.TotalSeconds:0.0} s");
Console.WriteLine($"predict {rows.Count} sentences, one thread: {predict.TotalSeconds:0.00} s ({rows.Count / predict.TotalSeconds:0} sentences/s)");
