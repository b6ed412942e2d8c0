using System.Text;

namespace QuizTui.Core.Drafting;

/// <summary>
/// The channel of a quotation, guessed from its attribution's verb and the words around it:
/// tweeted → tweet; emailed or "in an email" → email; posted, Facebook → post; "statement" →
/// statement; "letter", "memo" → letter; told, interview → interview; "news release" →
/// press-release; a speech, hearing or meeting → speech; a bare "said" → other.
/// </summary>
internal static class ChannelGuess
{
    public static string Of(Prose p, Attribution attribution)
    {
        var verb = attribution.VerbText.ToLowerInvariant();
        if (verb.StartsWith("tweet", StringComparison.Ordinal))
        {
            return "tweet";
        }
        if (verb.StartsWith("email", StringComparison.Ordinal) || verb.StartsWith("e-mail", StringComparison.Ordinal))
        {
            return "email";
        }
        if (verb.StartsWith("post", StringComparison.Ordinal) || verb.StartsWith("blog", StringComparison.Ordinal))
        {
            return "post";
        }
        if (verb.StartsWith("testif", StringComparison.Ordinal))
        {
            return "speech";
        }
        var context = new StringBuilder(" ");
        if (attribution.DocumentNoun is not null)
        {
            context.Append(attribution.DocumentNoun).Append(' ');
        }
        foreach (var k in attribution.Subject)
        {
            context.Append(p[k].Bare.ToLowerInvariant()).Append(' ');
        }
        for (var k = attribution.ContextFrom; k <= attribution.ContextTo && k < p.Count; k++)
        {
            if (p[k].IsWord)
            {
                context.Append(p[k].Text.ToLowerInvariant()).Append(' ');
            }
        }
        var words = context.ToString();
        bool Has(string word) => words.Contains(" " + word + " ", StringComparison.Ordinal);
        if (Has("email") || Has("emailed") || Has("e-mail") || Has("e-mailed"))
        {
            return "email";
        }
        if (Has("tweet") || Has("twitter") || Has("tweets"))
        {
            return "tweet";
        }
        if (Has("press release") || Has("news release") || Has("release"))
        {
            return "press-release";
        }
        if (verb is "told" or "tell" or "tells" && !Has("letter") && !Has("statement"))
        {
            return "interview";
        }
        if (Has("facebook") || Has("instagram") || Has("linkedin") || Has("post") || Has("blog") || Has("tiktok") || Has("threads") || Has("bluesky"))
        {
            return "post";
        }
        if (Has("letter") || Has("memo"))
        {
            return "letter";
        }
        if (Has("statement") || Has("statements"))
        {
            return "statement";
        }
        if (verb is "told" or "tell" or "tells" || Has("interview") || Has("podcast") || Has("reporters"))
        {
            return "interview";
        }
        if (Has("speech") || Has("rally") || Has("address") || Has("hearing") || Has("meeting") || Has("conference") || Has("testimony"))
        {
            return "speech";
        }
        return "other";
    }
}
