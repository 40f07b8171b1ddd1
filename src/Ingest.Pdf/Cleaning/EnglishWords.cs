namespace Ingest.Pdf.Cleaning;

/// <summary>
/// The little English the hyphen judge needs where a document gives no evidence: closed words made
/// of two words (a producer breaks "whoever" as "who-ever", and both halves are words), and common
/// hyphenated compounds of reviews whose halves are not both used on their own ("name-calling"), and a
/// dictionary of words that are two words run together ("candid", "often": Data/closed-words.txt).
/// </summary>
internal static class EnglishWords
{
    private static readonly Lazy<HashSet<string>> Dictionary = new(LoadDictionary);

    private static readonly HashSet<string> ClosedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "whoever", "whomever", "whatever", "whenever", "wherever", "whichever", "however", "whereas", "whereby", "wherein",
        "whereabouts", "therefore", "thereafter", "thereby", "therein", "hereafter", "herein", "nevertheless", "nonetheless",
        "notwithstanding", "meanwhile", "otherwise", "somewhat", "sometimes", "somehow", "someone", "something", "somewhere",
        "anyone", "anything", "anywhere", "anyway", "anybody", "everyone", "everything", "everywhere", "everybody", "nobody",
        "nothing", "nowhere", "himself", "herself", "itself", "myself", "yourself", "ourselves", "themselves", "within",
        "without", "throughout", "into", "onto", "upon", "cannot", "today", "tonight", "tomorrow", "afternoon", "weekend",
        "overnight", "background", "understand", "understands", "understood", "understanding", "undertake", "undertaken",
        "undertook", "overall", "overview", "outcome", "outcomes", "income", "become", "became", "becoming", "another",
        "together", "altogether", "forward", "afterwards", "already", "although", "always", "inside", "outside",
        "withdraw", "withdrew", "withdrawn", "withheld", "handover", "breakdown", "workforce", "workload", "homeless",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth",
    };

    private static readonly HashSet<string> HyphenatedCompounds = new(StringComparer.OrdinalIgnoreCase)
    {
        "name-calling", "decision-making", "risk-taking", "risk-assessed", "record-keeping", "information-sharing",
        "problem-solving", "fire-setting", "care-giving", "self-harming", "well-being", "follow-up", "child-centred",
        "person-centred", "trauma-informed", "evidence-based", "risk-based", "strengths-based", "drug-related",
        "alcohol-related", "age-appropriate", "long-standing", "long-term", "short-term",
        "year-old", "month-old", "week-old", "day-old", "step-father", "step-mother", "ex-partner", "co-worker",

        // Compounds that reviews write with a hyphen although the closed form is also a dictionary word.
        "set-up", "e-mail", "log-in", "on-line", "by-pass", "sign-off", "pick-up", "call-out", "check-up", "back-up",
        "walk-in", "drop-in", "lay-by", "write-up", "follow-on", "stand-off", "lock-down", "hand-over", "after-care",
        "child-care", "day-care", "health-care", "care-leaver", "care-leavers", "re-referral", "re-referrals",
    };

    /// <summary>A closed word whose halves are words of their own ("whoever", "understood").</summary>
    public static bool IsClosedWord(string word) => ClosedWords.Contains(word);

    /// <summary>
    /// A dictionary word that is also two words run together ("candid" = "can" + "did"): the halves
    /// of a line-end break being words proves nothing when the whole is a word too.
    /// </summary>
    public static bool IsDictionaryWord(string word) => Dictionary.Value.Contains(word);

    /// <summary>A compound that is written with its hyphen.</summary>
    public static bool IsHyphenatedCompound(string word) => HyphenatedCompounds.Contains(word);

    private static HashSet<string> LoadDictionary()
    {
        using var stream = typeof(EnglishWords).Assembly.GetManifestResourceStream("Ingest.Pdf.Data.closed-words.txt")
            ?? throw new InvalidOperationException("The closed-words dictionary is not embedded in Ingest.Pdf.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line);
            }
        }

        return words;
    }
}
