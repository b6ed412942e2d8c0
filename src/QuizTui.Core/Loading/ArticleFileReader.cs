using QuizTui.Core.Model;

namespace QuizTui.Core.Loading;

/// <summary>Reads one file of a pack's articles/ folder: the article, its key points and its quotations.</summary>
internal static class ArticleFileReader
{
    public static void Read(ContentFile file, FileReport report, PackContent pack)
    {
        if (YamlDocuments.ReadMapping(file, report) is not { } root)
        {
            pack.ArticlesUnknown = true;
            return;
        }
        var values = new TypedValues(report);
        var f = new Fields(values, root, ContentKeys.Article);
        string? id = f.Id("id");
        pack.Ids.Register("article", id, f.Value("id"), report);
        string? outlet = f.Text("outlet");
        var published = f.Date("published");
        string? headline = f.Text("headline");
        bool headlineIsOurs = f.Bool("headline_is_ours") ?? false;
        string? author = f.Text("author");
        string? seed = f.Text("seed");
        if (seed is not null && pack.Options.KnownSeeds is { } known && !known.Contains(seed))
        {
            report.Report(DiagnosticCodes.UnknownSeed, f.At("seed"),
                $"the seed `{seed}` is not in the seeds manifest.{Suggestions.DidYouMean(seed, known)} Give the file name of a seed document.");
        }
        string? url = f.Text("url");
        string? summary = f.Text("summary");
        string articleId = id ?? "";

        var keyPoints = new List<KeyPoint>();
        var keyPointItems = f.List("key_points");
        if (keyPointItems is { Count: 0 })
            report.Report(DiagnosticCodes.EmptyValue, f.KeyAt("key_points"), "`key_points` is empty; list what the article reports, in our words.");
        foreach (var item in keyPointItems ?? [])
        {
            if (item.IsScalar)
            {
                if (values.AsText(item, "key_points") is { } text)
                    keyPoints.Add(new KeyPoint(null, text, articleId));
                else
                    report.Report(DiagnosticCodes.EmptyValue, item, "a key point is empty; write it or remove the entry.");
                continue;
            }
            if (item.Kind != YamlKind.Mapping)
            {
                report.Report(DiagnosticCodes.StringExpected, item, "a key point must be text or `{ id, text }`, not a list.");
                continue;
            }
            var kf = new Fields(values, item, ContentKeys.KeyPoint);
            string? kid = kf.Id("id");
            pack.Ids.Register("key point", kid, kf.Value("id"), report);
            if (kf.Text("text") is { } ktext)
            {
                var point = new KeyPoint(kid, ktext, articleId);
                keyPoints.Add(point);
                if (kid is not null)
                    pack.KeyPoints.TryAdd(kid, point);
            }
        }

        var quotations = new List<Quotation>();
        foreach (var item in f.List("quotations") ?? [])
        {
            if (values.AsFields(item, ContentKeys.Quotation, "quotations") is not { } qf)
                continue;
            string? qid = qf.Id("id");
            pack.Ids.Register("quotation", qid, qf.Value("id"), report);
            string? text = qf.Text("text");
            string? speaker = qf.Id("speaker");
            if (speaker is not null)
                pack.References.Refer(RefKind.Person, speaker, qf.At("speaker"), "the speaker of a quotation", report);
            string? channel = qf.Text("channel");
            if (channel is not null && !ContentKeys.Channels.Contains(channel))
            {
                report.Report(DiagnosticCodes.UnknownChannel, qf.At("channel"),
                    $"unknown channel `{channel}`.{Suggestions.DidYouMean(channel, ContentKeys.Channels)} Use one of: {string.Join(", ", ContentKeys.Channels)}.");
            }
            string? context = qf.Text("context");
            if (qid is not null && text is not null && speaker is not null && channel is not null)
            {
                var quotation = new Quotation(qid, text, speaker, channel, context, articleId, report.Where(item));
                quotations.Add(quotation);
                pack.Quotations.TryAdd(qid, quotation);
            }
        }

        if (id is not null && outlet is not null && published is { } pub && headline is not null && seed is not null && summary is not null)
            pack.Articles.Add(new Article(id, outlet, pub, headline, headlineIsOurs, author, seed, url, summary, keyPoints, quotations));
    }
}
