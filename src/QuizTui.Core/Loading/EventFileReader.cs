using QuizTui.Core.Model;

namespace QuizTui.Core.Loading;

/// <summary>What event.yaml gives besides its people, who go to the pack as they are read.</summary>
internal sealed record EventHeader(string Id, string Title, DatePeriod Period, string Overview, IReadOnlyList<string> Tags,
    IReadOnlyList<TimelineEntry> Timeline, SourceLocation IdLocation);

/// <summary>Reads a pack's event.yaml: the event's header, its people and its timeline.</summary>
internal static class EventFileReader
{
    public static EventHeader? Read(ContentFile file, FileReport report, PackContent pack)
    {
        pack.PeopleUnknown = true;
        if (YamlDocuments.ReadMapping(file, report) is not { } root)
            return null;
        var values = new TypedValues(report);
        var f = new Fields(values, root, ContentKeys.Event);
        pack.PeopleUnknown = f.Value("people") is not { Kind: YamlKind.Sequence };
        string? id = f.Id("id");
        string? title = f.Text("title");
        string? overview = f.Text("overview");

        DatePeriod? period = null;
        if (f.Map("period", ContentKeys.Period) is { } p)
        {
            var start = p.Date("start");
            var end = p.Date("end");
            if (start is { } s && end is { } e && e < s)
                report.Report(DiagnosticCodes.PeriodEndsBeforeStart, p.At("end"), $"the period ends ({e:yyyy-MM-dd}) before it starts ({s:yyyy-MM-dd}); swap or correct the dates.");
            if (start is { } st)
                period = new DatePeriod(st, end);
        }

        var tags = new List<string>();
        foreach (var item in f.List("tags") ?? [])
        {
            if (values.AsText(item, "tags") is { } tag)
                tags.Add(tag);
        }

        var people = f.List("people");
        if (people is { Count: 0 })
            report.Report(DiagnosticCodes.EmptyValue, f.KeyAt("people"), "`people` is empty; list everyone quoted in the event.");
        foreach (var item in people ?? [])
        {
            if (values.AsFields(item, ContentKeys.Person, "people") is not { } pf)
                continue;
            string? pid = pf.Id("id");
            pack.Ids.Register("person", pid, pf.Value("id"), report);
            string? name = pf.Text("name");
            if (pid is not null && name is not null)
                pack.People.Add(new Person(pid, name, pf.Text("role"), pf.Text("organisation")));
        }

        var timeline = new List<TimelineEntry>();
        foreach (var item in f.List("timeline") ?? [])
        {
            if (values.AsFields(item, ContentKeys.TimelineEntry, "timeline") is not { } tf)
                continue;
            var date = tf.Date("date");
            string? time = tf.Text("time");
            if (time is not null && !Fields.TimePattern().IsMatch(time))
            {
                report.Report(DiagnosticCodes.TimeExpected, tf.At("time"), $"`time` must be a 24-hour time written HH:MM in quotes (like \"14:37\"), not `{time}`.");
                time = null;
            }
            string? text = tf.Text("text");
            var articles = pack.References.IdList(values, tf.List("articles"), "articles", RefKind.Article, "a timeline entry");
            if (date is { } d && text is not null)
                timeline.Add(new TimelineEntry(d, time, text, articles));
        }

        if (id is null || title is null || overview is null || period is null)
            return null;
        return new EventHeader(id, title, period, overview, tags, timeline, report.Where(f.At("id")));
    }
}
