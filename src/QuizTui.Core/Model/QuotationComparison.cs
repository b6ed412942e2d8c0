
namespace QuizTui.Core.Model;

/// <summary>One quotation as several outlets printed it.</summary>
public sealed record QuotationGroup(Person? Speaker, IReadOnlyList<(Article Article, Quotation Quotation)> Versions);

/// <summary>Finds quotations printed by more than one article and the words in which they differ.</summary>
public static class QuotationComparison
{
    /// <summary>Versions by the same speaker whose words mostly agree (in event order).</summary>
    public static IReadOnlyList<QuotationGroup> Groups(NewsEvent newsEvent) =>
        // Comparing every pair of quotations is the costly part, and screens and question counts ask
        // on every redraw; a loaded event never changes, so its groups are worked out once.
        GroupsByEvent.GetValue(newsEvent, FindGroups);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<NewsEvent, IReadOnlyList<QuotationGroup>> GroupsByEvent = new();

    private static IReadOnlyList<QuotationGroup> FindGroups(NewsEvent newsEvent)
    {
        var all = newsEvent.Articles
            .SelectMany(a => a.Quotations.Select(q => (Article: a, Quotation: q)))
            .ToList();
        var used = new bool[all.Count];
        var groups = new List<QuotationGroup>();
        for (int i = 0; i < all.Count; i++)
        {
            if (used[i])
                continue;
            var members = new List<(Article, Quotation)> { all[i] };
            var words = Words(all[i].Quotation.Text);
            for (int j = i + 1; j < all.Count; j++)
            {
                if (used[j] || all[j].Quotation.SpeakerId != all[i].Quotation.SpeakerId || all[j].Article.Id == all[i].Article.Id)
                    continue;
                if (members.Any(m => m.Item1.Id == all[j].Article.Id))
                    continue;
                if (AreVersions(words, Words(all[j].Quotation.Text)))
                {
                    members.Add(all[j]);
                    used[j] = true;
                }
            }
            if (members.Count > 1)
                groups.Add(new QuotationGroup(newsEvent.FindPerson(all[i].Quotation.SpeakerId), members));
        }
        return groups;
    }

    /// <summary>
    /// True when two texts read as versions of one quotation (the test the compare view groups
    /// by, given the same speaker): most of the shorter one's words, in order, are in the other,
    /// so a short fragment ("targeted or harassed") joins the full quotation it was cut from.
    /// </summary>
    public static bool AreVersions(string a, string b) => AreVersions(Words(a), Words(b));

    private static bool AreVersions(List<string> a, List<string> b)
    {
        var (foldedA, foldedB) = (Fold(a), Fold(b));
        int common = Lcs(foldedA, foldedB).Count;
        if (common < 2 || common < 0.6 * Math.Min(a.Count, b.Count))
            return false;
        // "It was a business." and "It was a great day." share only words every sentence has:
        // the shorter one's own words must be in the other too, or all of it when it has none.
        var (contentA, contentB) = (foldedA.Where(IsContentWord).ToList(), foldedB.Where(IsContentWord).ToList());
        int fewer = Math.Min(contentA.Count, contentB.Count);
        return fewer == 0
            ? common == Math.Min(a.Count, b.Count)
            : Lcs(contentA, contentB).Count >= Math.Max(1, 0.6 * fewer);
    }

    /// <summary>Words so common in any sentence that sharing them says nothing about two quotations.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "so", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as",
        "it", "its", "is", "was", "are", "were", "be", "been", "am", "do", "did", "does", "have", "has", "had",
        "will", "would", "can", "could", "not", "no", "that", "this", "there", "what", "we", "i", "you", "he", "she",
        "they", "our", "my", "your", "his", "her", "their", "us", "me", "him", "them", "im", "ive", "dont", "thats",
    };

    /// <summary>A folded word (apostrophes dropped: "it's" is "its") that is not a function word.</summary>
    private static bool IsContentWord(string folded) => !FunctionWords.Contains(folded);

    /// <summary>The group that holds a quotation, if it was printed more than once.</summary>
    public static int IndexOf(IReadOnlyList<QuotationGroup> groups, string quotationId) =>
        groups.ToList().FindIndex(g => g.Versions.Any(v => v.Quotation.Id == quotationId));

    /// <summary>
    /// Each version split into words, each word marked when it is not shared with some other version.
    /// Punctuation, case and typographic quotes do not count as differences.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<(string Word, bool Differs)>> Diff(IReadOnlyList<string> texts)
    {
        var words = texts.Select(Words).ToList();
        var folded = words.Select(Fold).ToList();
        var result = new List<IReadOnlyList<(string, bool)>>();
        for (int i = 0; i < texts.Count; i++)
        {
            var differs = new bool[words[i].Count];
            for (int j = 0; j < texts.Count; j++)
            {
                if (i == j)
                    continue;
                var kept = Lcs(folded[i], folded[j]);
                var keptSet = new HashSet<int>(kept);
                for (int w = 0; w < differs.Length; w++)
                {
                    if (!keptSet.Contains(w))
                        differs[w] = true;
                }
            }
            result.Add(words[i].Select((w, k) => (w, differs[k])).ToList());
        }
        return result;
    }

    private static List<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();

    private static List<string> Fold(List<string> words) => words.Select(TextFolding.FoldForAnswer).ToList();

    /// <summary>Indices in <paramref name="a"/> of a longest common subsequence with <paramref name="b"/>.</summary>
    private static List<int> Lcs(List<string> a, List<string> b)
    {
        var table = new int[a.Count + 1, b.Count + 1];
        for (int i = a.Count - 1; i >= 0; i--)
        {
            for (int j = b.Count - 1; j >= 0; j--)
                table[i, j] = a[i] == b[j] ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
        }
        var kept = new List<int>();
        int x = 0, y = 0;
        while (x < a.Count && y < b.Count)
        {
            if (a[x] == b[y])
            {
                kept.Add(x);
                x++;
                y++;
            }
            else if (table[x + 1, y] >= table[x, y + 1])
            {
                x++;
            }
            else
            {
                y++;
            }
        }
        return kept;
    }
}
