using Npgsql;
using QuizTui.Core.Loading;
using QuizTui.Core.Model;
using QuizTui.Core.Progress;
using QuizTui.Core.Quizzes;

namespace QuizTui.Class.Tests;

/// <summary>Publishing packs to students, new versions while they study, and the class report.</summary>
public sealed class PublishAndReportTests(PgCluster cluster) : IDisposable
{
    private readonly TestClass _class = new(cluster);

    public void Dispose() => _class.Dispose();

    /// <summary>The bundled pack's files, named relative to the pack folder, with one question's text changed when asked.</summary>
    private static List<ContentFile> BundledPack(string? newPrompt = null)
    {
        string pack = Path.Combine(RepoRoot(), "content", "hootsuite-ice-2020");
        var files = Directory.EnumerateFiles(pack, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => new ContentFile(Path.GetRelativePath(pack, f).Replace('\\', '/'), File.ReadAllText(f)))
            .ToList();
        if (newPrompt is null)
            return files;
        var (quizFile, question) = FirstComprehensionQuestion(files);
        int i = files.FindIndex(f => f.Path == quizFile);
        files[i] = files[i] with { Text = files[i].Text.Replace(question.Prompt, newPrompt, StringComparison.Ordinal) };
        return files;
    }

    private static (string File, Question Question) FirstComprehensionQuestion(IReadOnlyList<ContentFile> files)
    {
        var library = ContentLoader.Load(files).Library;
        var quiz = library.Events[0].Quizzes.OfType<ComprehensionQuiz>().First(q => q.Questions.Any(x => x.Prompt.Length > 20 && !x.Prompt.Contains('\n', StringComparison.Ordinal)));
        var question = quiz.Questions.First(x => x.Prompt.Length > 20 && !x.Prompt.Contains('\n', StringComparison.Ordinal));
        return (quiz.Location.File, question);
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "QuizTui.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("QuizTui.sln not found");
    }

    [Fact]
    public void Publishing_the_same_files_again_makes_no_new_version_and_a_change_makes_the_next()
    {
        var files = BundledPack();
        var first = ClassAdmin.Publish(_class.Instructor, "hootsuite-ice-2020", "Hootsuite", files);
        var again = ClassAdmin.Publish(_class.Instructor, "hootsuite-ice-2020", "Hootsuite", files.AsEnumerable().Reverse().ToList());
        var changed = ClassAdmin.Publish(_class.Instructor, "hootsuite-ice-2020", "Hootsuite", BundledPack("Which outlet reported it first, according to this pack?"));

        Assert.Equal(new PublishResult("hootsuite-ice-2020", 1, false), first);
        Assert.Equal(new PublishResult("hootsuite-ice-2020", 1, true), again);
        Assert.Equal(new PublishResult("hootsuite-ice-2020", 2, false), changed);
    }

    [Fact]
    public async Task A_running_student_gets_a_new_version_and_a_changed_question_keeps_its_id_and_history()
    {
        var ann = ClassAdmin.AddStudent(_class.Instructor, "ann");
        ClassAdmin.Publish(_class.Instructor, "hootsuite-ice-2020", "Hootsuite", BundledPack());
        var store = _class.Store("ann");
        var cache = new PackCache(Path.Combine(_class.Folder, "packs"));
        await using var sync = new ClassSync(store, _class.Student(ann), cache,
            new ClassSyncOptions { SendInterval = TimeSpan.FromMilliseconds(100), PackInterval = TimeSpan.FromMilliseconds(300) });
        var fetched = new List<PublishedPack>();
        sync.PacksFetched += packs => { lock (fetched) fetched.AddRange(packs); };
        sync.Start();
        await SendingTests.WaitUntil(() => sync.PacksChanged == 1, "the first version fetched");

        var v1 = ContentLoader.LoadDirectories(cache.PackFolders()).Library;
        var (quizFile, question) = FirstComprehensionQuestion(BundledPack());
        var newsEvent = v1.Events.Single();
        var quiz = newsEvent.Quizzes.OfType<ComprehensionQuiz>().First(q => q.Location.File.EndsWith(quizFile, StringComparison.Ordinal) && q.Questions.Any(x => x.Id == question.Id));
        AnswerOne(store, newsEvent, quiz, question.Id);

        const string newPrompt = "Which outlet reported it first, according to this pack?";
        ClassAdmin.Publish(_class.Instructor, "hootsuite-ice-2020", "Hootsuite", BundledPack(newPrompt));
        await SendingTests.WaitUntil(() => sync.PacksChanged == 2, "the new version fetched while running");

        var v2 = ContentLoader.LoadDirectories(cache.PackFolders()).Library;
        var changed = v2.Events.Single().FindQuiz(quiz.Id)!;
        var same = QuizSessionBuilder.AllQuestions(v2.Events.Single(), changed).Single(q => q.Id == question.Id);
        Assert.Equal(newPrompt, same.Prompt);
        Assert.Equal([1, 2], fetched.Select(p => p.Version));
        AnswerOne(store, v2.Events.Single(), changed, question.Id);
        await SendingTests.WaitUntil(() => sync.Status.Waiting == 0 && _class.ServerAnswerIds().Count == 2, "both answers on the server");

        var report = await ClassReportQuery.ReadAsync(_class.Instructor, ClassReportQuery.PublishedContent(_class.Instructor).Library, TestContext.Current.CancellationToken);
        var row = report.Quizzes.SelectMany(q => q.Questions).Single(q => q.QuestionId == question.Id);
        Assert.Equal(2, row.Answers);
        Assert.Equal(newPrompt, row.QuestionText);
    }

    private static void AnswerOne(Storage.SqliteScoreStore store, NewsEvent newsEvent, Quiz quiz, string questionId)
    {
        var session = QuizSessionBuilder.Start(newsEvent, quiz, 3, DateTimeOffset.Now);
        var attempt = Runs.Start(store, "me", session);
        while (session.Current is { } current && current.Question.Id != questionId)
            session.Answer(SkippedAnswer.Instance, TimeSpan.Zero, DateTimeOffset.Now);
        Runs.Answer(store, attempt, session, new ChoiceAnswer([0]), TimeSpan.FromSeconds(3), DateTimeOffset.Now);
    }

    [Fact]
    public async Task The_report_gives_each_student_their_figures_each_question_its_most_common_wrong_answer_and_the_speakers_mixed_up()
    {
        var ann = ClassAdmin.AddStudent(_class.Instructor, "ann");
        var bob = ClassAdmin.AddStudent(_class.Instructor, "bob");
        ClassAdmin.AddStudent(_class.Instructor, "cy");
        var sample = Storage.Tests.SampleEvent.Build(6);
        var who = sample.FindQuiz(Storage.Tests.SampleEvent.WhoQuizId)!;
        foreach (var (login, name, right) in new[] { (ann, "ann", true), (bob, "bob", false) })
        {
            var store = _class.Store(name);
            TestClass.Answer(store, 6);
            // Who said what: ann gets both right; bob gives Ann's words to Cy and Bob's to Ann.
            var session = QuizSessionBuilder.Start(sample, who, 1, DateTimeOffset.Now);
            var attempt = Runs.Start(store, "me", session);
            while (session.Current is { Question: WhoSaidWhatQuestion q })
            {
                string given = right ? q.Quotation.SpeakerId : q.Quotation.SpeakerId == "ann" ? "cy" : "ann";
                Runs.Answer(store, attempt, session, new SpeakerAnswer(given), TimeSpan.FromSeconds(1), DateTimeOffset.Now);
            }
            await OutboxSender.SendAsync(store, _class.Student(login), cancel: TestContext.Current.CancellationToken);
        }

        var report = await ClassReportQuery.ReadAsync(_class.Instructor, new ContentLibrary([sample]), TestContext.Current.CancellationToken);

        Assert.Equal(16, report.Answers);
        Assert.Equal(["ann", "bob", "cy"], report.Students.Select(s => s.Student));
        var a = report.Students[0];
        Assert.Equal((8, 1, 62.5), (a.Answers, a.QuizzesFinished, a.PercentRight));
        Assert.Contains(a.Mastery, m => m.Skill == "who-said-what" && m.Answers == 2 && m.Mastery == 100);
        Assert.Equal((0, null), (report.Students[2].Answers, report.Students[2].LastActive));
        // Both took the sample quiz in the same order (seed 1), each right on every other question.
        var sampleQuiz = report.Quizzes.Single(q => q.QuizId == Storage.Tests.SampleEvent.QuizId);
        Assert.Equal((2, 12, 50.0), (sampleQuiz.Students, sampleQuiz.Answers, sampleQuiz.PercentRight));
        Assert.All(sampleQuiz.Questions, q => Assert.Equal((2, 2), (q.Students, q.Answers)));
        Assert.Equal(3, sampleQuiz.Questions.Count(q => q.PercentRight == 100 && q.CommonWrongAnswer is null));
        var missed = sampleQuiz.Questions.Where(q => q.PercentRight == 0).ToList();
        Assert.Equal(3, missed.Count);
        Assert.All(missed, q => Assert.Equal(("wrong", 2), (q.CommonWrongAnswer, q.CommonWrongCount)));
        Assert.Equal("Question 2?", sampleQuiz.Questions.Single(q => q.QuestionId == "q2").QuestionText);
        Assert.Equal(
            [("Ann Able", "Cy Cole", 1, 1), ("Bob Baker", "Ann Able", 1, 1)],
            report.Confusions.Select(c => (c.SaidByName, c.GivenToName, c.Count, c.Students)));

        // Read as of ann's last answer, so "just now" holds however long the run took.
        string text = report.ToText(a.LastActive!.Value);
        Assert.Contains("Ann Able's words given to Cy Cole: 1 time, by 1 student", text, StringComparison.Ordinal);
        Assert.Matches(@"ann\s+8\s+62\.5%\s+1\s+just now", text);
        using var json = new MemoryStream();
        report.WriteJson(json);
        using var parsed = System.Text.Json.JsonDocument.Parse(json.ToArray());
        Assert.Equal(16, parsed.RootElement.GetProperty("answers").GetInt32());
        Assert.Equal("ann", parsed.RootElement.GetProperty("students")[0].GetProperty("student").GetString());
        Assert.Equal("wrong", parsed.RootElement.GetProperty("quizzes")[0].GetProperty("questions")[1].GetProperty("common_wrong_answer").GetString());
    }

    [Fact]
    public async Task A_question_a_whole_class_answers_is_summed_over_the_rows_its_summary_is_split_into_and_a_refill_gives_the_same_report()
    {
        // Twelve students answer one question: six right, four give B, two give C.
        var t0 = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        for (int i = 0; i < 12; i++)
        {
            var login = ClassAdmin.AddStudent(_class.Instructor, $"student-{i:00}");
            var store = _class.Store(login.Name);
            var attempt = store.StartAttempt("me", "e", "q", 1, 1, t0);
            var (answer, label, verdict) = i < 6 ? ("choice:0", "A", Verdict.Right) : i < 10 ? ("choice:1", "B", Verdict.Wrong) : ("choice:2", "C", Verdict.Wrong);
            store.RecordAnswer(new AnswerRecord(attempt.Id, "me", "e", "q", "q1", "single-choice", Skill.Detail, answer, label,
                verdict == Verdict.Right ? 1 : 0, verdict, TimeSpan.FromSeconds(2), t0.AddSeconds(i)));
            await OutboxSender.SendAsync(store, _class.Student(login), cancel: TestContext.Current.CancellationToken);
        }
        string s = _class.Schema;
        Assert.True(cluster.Scalar<long>($"SELECT count(DISTINCT slot) FROM {s}.question_answers;") > 1, "the twelve students' rows all fell in one slot");

        var report = await ClassReportQuery.ReadAsync(_class.Instructor, ContentLibrary.Empty, TestContext.Current.CancellationToken);
        cluster.Execute($"TRUNCATE {ServerSchema.SummaryTables(_class.Names)}; {ServerSchema.FillSummaries(_class.Names)}");
        var refilled = await ClassReportQuery.ReadAsync(_class.Instructor, ContentLibrary.Empty, TestContext.Current.CancellationToken);

        foreach (var read in new[] { report, refilled })
        {
            var quiz = Assert.Single(read.Quizzes);
            Assert.Equal((12, 12, 50.0), (quiz.Students, quiz.Answers, quiz.PercentRight));
            var question = Assert.Single(quiz.Questions);
            Assert.Equal((12, 12, 50.0, 50.0), (question.Students, question.Answers, question.PercentRight, question.PercentScore));
            Assert.Equal(("B", 4), (question.CommonWrongAnswer, question.CommonWrongCount));
        }
    }

    [Fact]
    public async Task Mastery_averages_a_students_latest_answers_of_a_skill_by_when_they_were_given_not_by_when_they_arrived()
    {
        var ann = ClassAdmin.AddStudent(_class.Instructor, "ann");
        var store = _class.Store("ann");
        var t0 = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        var attempt = store.StartAttempt("me", "e", "q", 1, 25, t0);
        AnswerRecord Detail(int i, bool right, DateTimeOffset at) =>
            new(attempt.Id, "me", "e", "q", $"q{i}", "single-choice", Skill.Detail, "choice:0", "a", right ? 1 : 0, right ? Verdict.Right : Verdict.Wrong, TimeSpan.FromSeconds(2), at);
        // Twenty right answers, then five wrong ones given earlier (kept offline on another computer, say).
        for (int i = 0; i < 20; i++)
            store.RecordAnswer(Detail(i, true, t0.AddHours(1).AddMinutes(i)));
        for (int i = 20; i < 25; i++)
            store.RecordAnswer(Detail(i, false, t0.AddMinutes(i)));

        await OutboxSender.SendAsync(store, _class.Student(ann), cancel: TestContext.Current.CancellationToken);
        var report = await ClassReportQuery.ReadAsync(_class.Instructor, ContentLibrary.Empty, TestContext.Current.CancellationToken);

        var student = report.Students.Single();
        Assert.Equal(new SkillScore("detail", 25, 100), Assert.Single(student.Mastery));
        Assert.Equal((25, 80.0), (student.Answers, student.PercentRight));
        Assert.Equal(t0.AddHours(1).AddMinutes(19), student.LastActive);
    }

    [Fact]
    public async Task Written_answers_reach_the_report_with_each_students_latest_text_and_partial_credit_counts_by_its_share()
    {
        var ann = ClassAdmin.AddStudent(_class.Instructor, "ann");
        var store = _class.Store("ann");
        var t0 = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        var attempt = store.StartAttempt("me", "e", "q", 1, 2, t0);
        AnswerRecord Written(string text, string ticked, double score, Verdict verdict, DateTimeOffset at) =>
            new(attempt.Id, "me", "e", "q", "w1", "written", Skill.PurposeAndFraming, $"written:{ticked}:{text}", text, score, verdict, TimeSpan.FromSeconds(30), at);
        store.RecordAnswer(Written("A first draft", "-", 0, Verdict.Skipped, t0));
        store.RecordAnswer(Written("Staff objected.\nThe firm backed out.", "0,2", 0.5, Verdict.Partial, t0.AddMinutes(5)));

        await OutboxSender.SendAsync(store, _class.Student(ann), cancel: TestContext.Current.CancellationToken);
        var report = await ClassReportQuery.ReadAsync(_class.Instructor, ContentLibrary.Empty, TestContext.Current.CancellationToken);

        var question = Assert.Single(Assert.Single(report.Quizzes).Questions);
        Assert.Equal((2, 0.0, 25.0), (question.Answers, question.PercentRight, question.PercentScore));
        // A student's own text is not a wrong answer others share.
        Assert.Null(question.CommonWrongAnswer);
        var latest = Assert.Single(question.WrittenAnswers!);
        Assert.Equal(("ann", "Staff objected.\nThe firm backed out.", 0.5), (latest.Profile, latest.Text, latest.Score));
    }

    [Fact]
    public async Task A_class_set_up_by_every_earlier_version_is_upgraded_keeping_its_answers_and_counting_them()
    {
        foreach (var migration in ServerSchema.Migrations.Where(m => m.Version < ServerSchema.LatestVersion))
        {
            using var old = new TestClass(cluster, init: false);
            ClassAdmin.InitAtVersion(old.Instructor, migration.Version);
            Assert.Equal(migration.Version, old.Instructor.SchemaVersion());
            // Students of the earlier version cannot be added by this QuizTui (it asks for an upgrade first), so as that version did:
            string login = old.Names.NewStudentLogin();
            old.Cluster.Execute($"CREATE ROLE {ClassNames.Quote(login)} LOGIN PASSWORD 'pw-old' IN ROLE {ClassNames.Quote(old.Names.StudentRole)};");
            old.Cluster.Execute($"INSERT INTO {old.Schema}.students (role, name) VALUES ('{login}', 'ann');");
            var student = old.Student(new StudentLogin("ann", login, "pw-old"));
            var store = old.Store("ann");
            TestClass.Answer(store, 6);
            var sent = await student.RunAsync(async connection =>
            {
                // Version 1 has no trigger: insert as the sender does, straight into the answers table.
                foreach (var item in store.PeekOutbox(100).Where(i => i.Kind == Storage.OutboxKind.Answer))
                {
                    await using var insert = new NpgsqlCommand($"""
                        INSERT INTO {old.Schema}.answers (id, attempt_id, run_kind, event_id, quiz_id, question_id, question_type, skill, answer, answer_text, score, verdict, time_taken_ms, answered_at, answered_offset)
                        VALUES ('{item.Uid}', '{item.AttemptUid}', 'quiz', '{item.Answer!.EventId}', '{item.Answer.QuizId}', '{item.Answer.QuestionId}', 'single-choice', 'detail', '{item.Answer.Answer}', 'x', {item.Answer.Score}, '{(item.Answer.Verdict == Verdict.Right ? "right" : "wrong")}', 1, now(), 0);
                        """, connection);
                    await insert.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
                }
                return 6;
            }, TestContext.Current.CancellationToken);

            var result = ClassAdmin.Init(old.Instructor);

            Assert.Equal(new InitResult(migration.Version, ServerSchema.LatestVersion), result);
            Assert.Equal(6, old.ServerAnswerIds().Count);
            var report = await ClassReportQuery.ReadAsync(old.Instructor, ContentLibrary.Empty, TestContext.Current.CancellationToken);
            Assert.Equal((6, 6), (report.Answers, report.Students.Single().Answers));
            // And the upgraded class takes the rest of the outbox as usual; copies it already has are ignored.
            Assert.Equal(new SendResult(7, 0), await OutboxSender.SendAsync(store, student, cancel: TestContext.Current.CancellationToken));
            Assert.Equal(6, old.ServerAnswerIds().Count);
            // The live view's counts: the answers from before the upgrade counted once, and the finished run since.
            Assert.Equal(new ClassActivity(6, 1, 1, 0), await ClassReportFeed.ActivityAsync(old.Instructor, TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public void Setting_up_twice_is_harmless_and_a_newer_schema_is_refused()
    {
        Assert.Equal(new InitResult(ServerSchema.LatestVersion, ServerSchema.LatestVersion), ClassAdmin.Init(_class.Instructor));
        cluster.Execute($"UPDATE {_class.Schema}.schema_version SET version = {ServerSchema.LatestVersion + 1};");

        var refused = Assert.Throws<ClassException>(() => ClassAdmin.Init(_class.Instructor));
        Assert.Equal(ClassProblem.NotSetUp, refused.Problem);
        Assert.Contains("newer QuizTui", refused.Message, StringComparison.Ordinal);
    }
}
