namespace Ingest.Core.Search;

/// <summary>One term of a query: a word, a "phrase", a prefix* or the OR between two terms.</summary>
public sealed record SearchTerm(string Text, bool Phrase, bool Prefix, bool Or);

/// <summary>
/// Reads what a user types into terms, so each index can write them in its own syntax and no user
/// input is ever passed to a query language raw (an apostrophe or a hyphen must not be a syntax error).
/// </summary>
public static class SearchTerms
{
    public static IReadOnlyList<SearchTerm> Parse(string query)
    {
        var terms = new List<SearchTerm>();
        var i = 0;
        while (i < query.Length)
        {
            if (char.IsWhiteSpace(query[i]))
            {
                i++;
                continue;
            }

            if (query[i] == '"')
            {
                var close = query.IndexOf('"', i + 1);
                var phrase = close < 0 ? query[(i + 1)..] : query[(i + 1)..close];
                i = close < 0 ? query.Length : close + 1;
                if (phrase.Any(char.IsLetterOrDigit))
                {
                    terms.Add(new SearchTerm(phrase.Trim(), Phrase: true, Prefix: false, Or: false));
                }

                continue;
            }

            var start = i;
            while (i < query.Length && !char.IsWhiteSpace(query[i]) && query[i] != '"')
            {
                i++;
            }

            var word = query[start..i];
            if (word == "OR")
            {
                terms.Add(new SearchTerm("OR", false, false, Or: true));
            }
            else if (word.Any(char.IsLetterOrDigit))
            {
                var prefix = word.EndsWith('*');
                terms.Add(new SearchTerm(word.TrimEnd('*'), Phrase: false, prefix, Or: false));
            }
        }

        // An OR with nothing on one side is just a word the user typed in capitals.
        return terms.Where((t, k) => !t.Or || (k > 0 && k < terms.Count - 1 && !terms[k - 1].Or && !terms[k + 1].Or)).ToList();
    }
}
