using System.Data;
using Npgsql;
using QuizTui.Core.Loading;
using QuizTui.Core.Model;
using QuizTui.Core.Progress;
using QuizTui.Core.Quizzes;

namespace QuizTui.Class;

/// <summary>
/// The class report, read live from the server as the instructor: from the summaries the server's
/// triggers keep as answers arrive (per student, per student and skill, per question: a question's
/// few slots are added up here), in one read-only snapshot, so its cost follows the size of the
/// class and its packs, not the number of answers. Question text and speakers' names come from the content given (the published packs).
/// </summary>
public static class ClassReportQuery
{
    public static async Task<LiveClassReport> ReadAsync(ClassServer server, ContentLibrary library, CancellationToken cancel = default)
    {
        string s = ClassNames.Quote(server.Names.Schema);
        var students = new List<(string Role, string Name, bool Removed)>();
        var totals = new Dictionary<string, (int Answers, int Right, DateTimeOffset? Last, int Runs)>(StringComparer.Ordinal);
        var quizzesFinished = new Dictionary<string, int>(StringComparer.Ordinal);
        var mastery = new Dictionary<string, List<SkillScore>>(StringComparer.Ordinal);
        var answerRows = new List<(string Event, string Quiz, string Question, string Verdict, string Answer, string Label, int Answers, double Score)>();
        var questionStudents = new Dictionary<(string, string, string), int>();
        var quizStudents = new Dictionary<(string, string), int>();
        var confusions = new List<(string Event, string Quiz, string Question, string Given, string Student, int Count)>();
        var written = new Dictionary<(string, string, string), List<(string Student, DateTimeOffset At, double Score, string Verdict, string Text)>>();

        await server.RunAsync(async connection =>
        {
            server.RequireSchema(connection);
            await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancel).ConfigureAwait(false);
            await using var batch = new NpgsqlBatch(connection, transaction)
            {
                BatchCommands =
                {
                    new($"SELECT role, name, removed_at IS NOT NULL FROM {s}.students ORDER BY name, added_at;"),
                    new($"SELECT student, answers::int, right_answers::int, last_at, finished_runs::int FROM {s}.activity;"),
                    new($"SELECT student, count(*) FILTER (WHERE finished_runs > 0)::int FROM {s}.student_quizzes GROUP BY student;"),
                    new($"SELECT student, skill, answers, (SELECT avg(x) FROM unnest(recent_score) x) FROM {s}.student_skills;"),
                    // A question's rows over its slots, added up once here; per question, per quiz
                    // and the most common wrong answer are worked out from these few rows below.
                    new($"""
                        SELECT event_id, quiz_id, question_id, verdict, answer,
                               max(CASE WHEN answer_text <> '' THEN answer_text ELSE answer END), sum(answers)::int, sum(score_sum)
                        FROM {s}.question_answers GROUP BY 1, 2, 3, 4, 5;
                        """),
                    new($"SELECT event_id, quiz_id, question_id, sum(students)::int FROM {s}.question_students GROUP BY 1, 2, 3;"),
                    new($"SELECT event_id, quiz_id, count(*)::int FROM {s}.student_quizzes WHERE answers > 0 GROUP BY 1, 2;"),
                    new($"SELECT event_id, quiz_id, question_id, given, student, answers FROM {s}.speaker_confusions;"),
                    new($"SELECT event_id, quiz_id, question_id, student, answered_at, score, verdict, answer_text FROM {s}.written_answers;"),
                },
            };
            await using var reader = await batch.ExecuteReaderAsync(cancel).ConfigureAwait(false);
            while (await reader.ReadAsync(cancel).ConfigureAwait(false))
                students.Add((reader.GetString(0), reader.GetString(1), reader.GetBoolean(2)));
            await reader.NextResultAsync(cancel).ConfigureAwait(false);
            while (await reader.ReadAsync(cancel).ConfigureAwait(false))
            {
                totals[reader.GetString(0)] = (reader.GetInt32(1), reader.GetInt32(2),
                    reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3), reader.GetInt32(4));
            }
            await reader.NextResultAsync(cancel).ConfigureAwait(false);
            while (await reader.ReadAsync(cancel).ConfigureAwait(false))
                quizzesFinished[reader.GetString(0)] = reader.GetInt32(1);
            await reader.NextResultAsync(cancel).ConfigureAwait(false);
            while (await reader.ReadAsync(cancel).ConfigureAwait(false))
            {
                string student = reader.GetString(0);
                if (!mastery.TryGetValue(student, out var list))
                    mastery[student] = list = [];
                list.Add(new SkillScore(reader.GetString(1), reader.GetInt32(2), Math.Round(100 * reader.GetDouble(3), 1)));
            }
            await reader.NextResultAsync(cancel).ConfigureAwait(false);
            while (await reader.ReadAsync(cancel).ConfigureAwait(false))
            {
                answerRows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                    reader.GetInt32(6), reader.GetDouble(7)));
            }
            await reader.NextResultAsync(cancel).ConfigureAwait(false);
            while (await reader.ReadAsync(cancel).ConfigureAwait(false))
                questionStudents[(reader.GetString(0), reader.GetString(1), reader.GetString(2))] = reader.GetInt32(3);
            await reader.NextResultAsync(cancel).ConfigureAwait(false);
            while (await reader.ReadAsync(cancel).ConfigureAwait(false))
                quizStudents[(reader.GetString(0), reader.GetString(1))] = reader.GetInt32(2);
            await reader.NextResultAsync(cancel).ConfigureAwait(false);
            while (await reader.ReadAsync(cancel).ConfigureAwait(false))
                confusions.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetInt32(5)));
            await reader.NextResultAsync(cancel).ConfigureAwait(false);
            while (await reader.ReadAsync(cancel).ConfigureAwait(false))
            {
                var key = (reader.GetString(0), reader.GetString(1), reader.GetString(2));
                if (!written.TryGetValue(key, out var list))
                    written[key] = list = [];
                list.Add((reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4), reader.GetDouble(5), reader.GetString(6), reader.GetString(7)));
            }
            await reader.CloseAsync().ConfigureAwait(false);
            await transaction.CommitAsync(cancel).ConfigureAwait(false);
            return 0;
        }, cancel).ConfigureAwait(false);

        var skillOrder = Enum.GetValues<Skill>().Select(Skills.Key).ToList();
        var names = students.ToDictionary(x => x.Role, x => x.Name, StringComparer.Ordinal);
        var roles = students.Select(x => (x.Role, x.Name, x.Removed))
            .Concat(totals.Keys.Where(r => !names.ContainsKey(r)).Select(r => (Role: r, Name: r, Removed: false)));
        var studentRows = roles
            .Select(x =>
            {
                var t = totals.GetValueOrDefault(x.Role);
                var m = (mastery.GetValueOrDefault(x.Role) ?? []).OrderBy(k => skillOrder.IndexOf(k.Skill)).ToList();
                return new StudentSummary(x.Name, t.Answers, Percent(t.Right, t.Answers), quizzesFinished.GetValueOrDefault(x.Role), t.Runs, t.Answers > 0 ? t.Last : null, m, x.Removed);
            })
            .OrderBy(x => x.Removed).ThenBy(x => x.Student, StringComparer.Ordinal)
            .ToList();

        var questionTexts = QuestionTexts(library);
        var quizRows = answerRows
            .GroupBy(a => (a.Event, a.Quiz))
            .OrderBy(g => g.Key.Event, StringComparer.Ordinal).ThenBy(g => g.Key.Quiz, StringComparer.Ordinal)
            .Select(g =>
            {
                var rows = g.GroupBy(a => a.Question)
                    .OrderBy(q => q.Key, StringComparer.Ordinal)
                    .Select(q =>
                    {
                        var key = (g.Key.Event, g.Key.Quiz, q.Key);
                        int answers = q.Sum(a => a.Answers), right = q.Where(a => a.Verdict == "right").Sum(a => a.Answers);
                        // A wrong (or partly right) answer is counted by what was answered, whatever its verdict was in each version of the question.
                        var common = q.Where(a => a.Verdict is "wrong" or "partial" && a.Answer.Length > 0)
                            .GroupBy(a => a.Answer, StringComparer.Ordinal)
                            .Select(w => (Label: w.Select(a => a.Label).Max(StringComparer.Ordinal)!, Count: w.Sum(a => a.Answers)))
                            .OrderByDescending(w => w.Count).ThenBy(w => w.Label, StringComparer.Ordinal)
                            .Select(w => ((string?)w.Label, w.Count))
                            .FirstOrDefault((null, 0));
                        var texts = written.TryGetValue(key, out var given)
                            ? given.Select(a => new WrittenAnswerSummary(names.GetValueOrDefault(a.Student, a.Student), a.At, a.Score, a.Verdict, a.Text))
                                .OrderBy(a => a.Profile, StringComparer.Ordinal).ToList()
                            : null;
                        return new QuestionSummary(q.Key, questionTexts.GetValueOrDefault(new QuestionKey(g.Key.Event, g.Key.Quiz, q.Key)) ?? "",
                            questionStudents.GetValueOrDefault(key), answers, right, Percent(right, answers),
                            answers == 0 ? 0 : Math.Round(100 * q.Sum(a => a.Score) / answers, 1),
                            common.Item1, common.Count, texts);
                    })
                    .ToList();
                int quizAnswers = rows.Sum(r => r.Answers), quizRight = rows.Sum(r => r.Right);
                return new QuizSummary(g.Key.Event, g.Key.Quiz, quizStudents.GetValueOrDefault(g.Key), quizAnswers, Percent(quizRight, quizAnswers), rows);
            })
            .ToList();

        var speakers = SpeakersOf(library);
        var confusionRows = confusions
            .Select(c => (c.Event, Actual: speakers.GetValueOrDefault(new QuestionKey(c.Event, c.Quiz, c.Question)), c.Given, c.Student, c.Count))
            .Where(c => c.Actual is not null && c.Actual != c.Given)
            .GroupBy(c => (c.Event, c.Actual!, c.Given))
            .Select(g => new ClassConfusion(g.Key.Event, g.Key.Item2, PersonName(library, g.Key.Event, g.Key.Item2), g.Key.Given, PersonName(library, g.Key.Event, g.Key.Given),
                g.Sum(c => c.Count), g.Select(c => c.Student).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.SaidByName, StringComparer.Ordinal).ThenBy(c => c.GivenToName, StringComparer.Ordinal)
            .ToList();

        return new LiveClassReport(server.Names.Name, DateTimeOffset.Now, totals.Values.Sum(t => t.Answers), studentRows, quizRows, confusionRows);
    }

    public static LiveClassReport Read(ClassServer server, ContentLibrary library) => ReadAsync(server, library).GetAwaiter().GetResult();

    /// <summary>The newest published version of every pack, as content (for question text and speakers' names).</summary>
    public static LoadResult PublishedContent(ClassServer server) => server.Run(connection =>
    {
        server.RequireSchema(connection);
        string s = ClassNames.Quote(server.Names.Schema);
        using var command = new NpgsqlCommand($"""
            SELECT f.event_id, f.path, f.content FROM {s}.pack_files f
            JOIN (SELECT event_id, max(version) AS version FROM {s}.packs GROUP BY event_id) latest USING (event_id, version)
            ORDER BY f.event_id, f.path;
            """, connection);
        using var reader = command.ExecuteReader();
        var files = new List<ContentFile>();
        while (reader.Read())
            files.Add(new ContentFile($"class/{reader.GetString(0)}/{reader.GetString(1)}", reader.GetString(2)));
        return ContentLoader.Load(files);
    });

    private static double Percent(int part, int whole) => whole == 0 ? 0 : Math.Round(100.0 * part / whole, 1);

    private static Dictionary<QuestionKey, string> QuestionTexts(ContentLibrary library)
    {
        var texts = new Dictionary<QuestionKey, string>();
        foreach (var e in library.Events)
        {
            foreach (var quiz in e.Quizzes)
            {
                foreach (var q in QuizSessionBuilder.AllQuestions(e, quiz))
                    texts.TryAdd(new QuestionKey(e.Id, quiz.Id, q.Id), q.ShownQuotation?.Text ?? q.Prompt);
            }
        }
        return texts;
    }

    private static Dictionary<QuestionKey, string> SpeakersOf(ContentLibrary library)
    {
        var speakers = new Dictionary<QuestionKey, string>();
        foreach (var e in library.Events)
        {
            foreach (var quiz in e.Quizzes)
            {
                foreach (var q in QuizSessionBuilder.AllQuestions(e, quiz))
                {
                    if (q.ShownQuotation is { } quotation)
                        speakers.TryAdd(new QuestionKey(e.Id, quiz.Id, q.Id), quotation.SpeakerId);
                }
            }
        }
        return speakers;
    }

    private static string PersonName(ContentLibrary library, string eventId, string personId) =>
        library.FindEvent(eventId)?.FindPerson(personId)?.Name ?? personId;
}
