using Ingest.Ml.Sections;

namespace Ingest.Tests.Ml.Sections;

public sealed class SectionTypeCombinerTests
{
    [Test]
    public void The_rules_decide_where_a_specific_row_names_the_heading()
    {
        var row = new SectionTypeRow { Heading = "Recommendations", RuleType = "recommendations", RuleSpecific = true };

        Assert.That(SectionTypeCombiner.Combine(row, "findings"), Is.EqualTo("recommendations"));
    }

    [Test]
    public void The_model_decides_where_the_rules_only_fell_back()
    {
        var row = new SectionTypeRow { Heading = "Eastmarch Police", RuleType = "analysis", RuleSpecific = false };

        Assert.That(SectionTypeCombiner.Combine(row, "chronology"), Is.EqualTo("chronology"));
        Assert.That(SectionTypeCombiner.Combine(row, null), Is.EqualTo("analysis"));
        Assert.That(SectionTypeCombiner.Combine(row, string.Empty), Is.EqualTo("analysis"));
    }
}
