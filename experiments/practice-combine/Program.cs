using System.Globalization;
using System.Text.Json;
using Ingest.Core.Documents;
using Ingest.Core.Evaluation;
using Ingest.Core.Tagging;
using Ingest.Core.Text;
using Ingest.Ml.Data;
using Ingest.Ml.Models;
using Ingest.Storage.Sqlite;

// Usage: practicecombine-experiment <db> <gold folder> <out.tsv> <pipeline.json>...
// One row per sentence of each tuned review in the gold folder (held-out gold files are skipped: never read):
// review, sentence index, section type, paragraph start, the rules' practice label, confidence and agency (from a
// fresh tagging, as eval's "rules alone"), whether the sentence is a gold good-practice / missed-opportunity
// sentence, and for each pipeline.json given the good-practice and missed-opportunity models' probabilities.
var (db, goldFolder, outPath) = (args[0], args[1], args[2]);
var configs = args.Skip(3).ToList();
var store = new SqliteDocumentStore(db, TimeProvider.System);
var tag = new TagStage(new TagOptions());
var modelSets = configs.Select(c => ModelSet.Load(JsonDocument.Parse(File.ReadAllText(c)).RootElement, Path.GetDirectoryName(Path.GetFullPath(c))!)).ToList();
using var output = new StreamWriter(outPath);
var head = "doc\ti\tsection\tpstart\trule\trconf\tragency\tgp\tmo\tpolice\theading";
for (var k = 0; k < configs.Count; k++)
{
    head += $"\tgp{k}\tmo{k}";
}

output.WriteLine(head + "\ttext");
foreach (var gold in GoldFile.LoadFolder(goldFolder).Where(g => !g.Heldout))
{
    var doc = await store.GetAsync((await gold.DocumentIdAsync(default))!, default);
    var text = doc!.Extracted!.Text;
    var sentences = SentenceSplitter.Split(text);
    var rows = SentenceContext.Rows(text, sentences, doc.Sections);
    var rules = tag.Tag(text, doc.Sections, doc.Metadata, default);
    var gp = Spans(text, gold.GoodPracticeSentences);
    var mo = Spans(text, gold.MissedOpportunitySentences);
    var probs = modelSets.Select(m => (Gp: rows.Select(m.Sentence(ModelNames.GoodPractice).Probability).ToList(), Mo: rows.Select(m.Sentence(ModelNames.MissedOpportunity).Probability).ToList())).ToList();
    for (var i = 0; i < sentences.Count; i++)
    {
        var s = sentences[i];
        bool In(Annotation a) => a.Start < s.End && s.Start < a.End;
        var rule = rules.FirstOrDefault(a => (a.Label == Labels.GoodPractice || a.Label == Labels.MissedOpportunity) && In(a));
        var police = rules.Any(a => a.Label == Labels.PoliceMention && In(a));
        var line = string.Join('\t', gold.Id, i, rows[i].Section, rows[i].Previous == SentenceContext.ParagraphStart ? 1 : 0,
            rule?.Label ?? "-", F(rule?.Confidence ?? 0), rule?.Attributes.Agency ?? "-",
            gp.Any(g => g.Start < s.End && s.Start < g.End) ? 1 : 0, mo.Any(g => g.Start < s.End && s.Start < g.End) ? 1 : 0, police ? 1 : 0,
            doc.Sections.Any(h => h.Start <= s.Start && s.Start < h.HeadingEnd) ? 1 : 0);
        foreach (var p in probs)
        {
            line += "\t" + F(p.Gp[i]) + "\t" + F(p.Mo[i]);
        }

        output.WriteLine(line + "\t" + text[s.Start..s.End].Replace('\n', ' ').Replace('\t', ' '));
    }
}

static string F(double d) => d.ToString("0.0000", CultureInfo.InvariantCulture);
static List<(int Start, int End)> Spans(string text, IEnumerable<string> gold) => gold.Distinct().SelectMany(g => LabelEvaluator.Locate(text, g)).ToList();
