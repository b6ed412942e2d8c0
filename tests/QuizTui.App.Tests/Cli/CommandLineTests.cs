using QuizTui.App.Tests.Support;
using System.Text.Json;

namespace QuizTui.App.Tests.Cli;

/// <summary>The commands that work without the full-screen app, run as a user runs them.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("quiztui-cli-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private string CopyOfBundledPack()
    {
        string target = Path.Combine(_work, "pack");
        foreach (var file in Directory.EnumerateFiles(RepoPaths.BundledPack, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(RepoPaths.BundledPack, file);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.Copy(file, Path.Combine(target, relative));
        }
        return target;
    }

    [Fact]
    public void Validate_with_no_path_checks_the_bundled_content_from_any_directory()
    {
        var run = CliRunner.Run(_work, "validate");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^No problems in \d+ files: 1 event, 5 articles, \d+ quizzes\.\s*$", run.Stdout);
    }

    [Fact]
    public void Reading_scores_from_a_database_that_does_not_exist_says_so_and_creates_nothing()
    {
        string db = Path.Combine(_work, "typo", "scores.db");
        foreach (var command in new[] { new[] { "stats" }, ["export", "scores", "--format", "csv"] })
        {
            var run = CliRunner.Run(_work, [.. command, "--db", db]);
            Assert.Equal(0, run.ExitCode);
            Assert.Contains($"no score database at {db} yet", run.Stderr, StringComparison.Ordinal);
        }
        Assert.False(Directory.Exists(Path.Combine(_work, "typo")), "a read-only command created the database folder");
    }

    [Fact]
    public void With_no_database_yet_scripts_still_get_well_formed_output_with_nothing_in_it()
    {
        string db = Path.Combine(_work, "none", "scores.db");

        var stats = CliRunner.Run(_work, "stats", "--format", "json", "--db", db, "--profile", "sam");
        var csv = CliRunner.Run(_work, "export", "scores", "--format", "csv", "--db", db);
        var json = CliRunner.Run(_work, "export", "scores", "--format", "json", "--db", db, "--profile", "sam");

        Assert.Equal((0, 0, 0), (stats.ExitCode, csv.ExitCode, json.ExitCode));
        using (var report = JsonDocument.Parse(stats.Stdout))
        {
            Assert.Equal("sam", report.RootElement.GetProperty("profile").GetString());
            Assert.Equal(0, report.RootElement.GetProperty("answers").GetInt32());
        }
        Assert.Equal(string.Join(",", QuizTui.Core.Progress.ScoreExport.Columns) + "\r\n", csv.Stdout);
        using (var export = JsonDocument.Parse(json.Stdout))
        {
            Assert.Equal("quiztui-scores", export.RootElement.GetProperty("format").GetString());
            Assert.Equal(0, export.RootElement.GetProperty("answers").GetArrayLength());
        }
        Assert.False(Directory.Exists(Path.Combine(_work, "none")), "a read-only command created the database folder");
    }

    [Fact]
    public void Validate_reports_every_problem_with_position_code_and_a_fix_then_exits_1()
    {
        string pack = CopyOfBundledPack();
        string quiz = Path.Combine(pack, "quizzes", "who-said-what.yaml");
        File.WriteAllText(quiz, File.ReadAllText(quiz).Replace("\ntitle:", "\ntitel:", StringComparison.Ordinal));
        string article = Directory.EnumerateFiles(Path.Combine(pack, "articles")).Order().First();
        File.WriteAllText(article, File.ReadAllText(article).Replace("speaker: sam-anderson", "speaker: sam-andersen", StringComparison.Ordinal));

        var run = CliRunner.Run(_work, "validate", pack);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"who-said-what\.yaml:\d+:1: error QT110: unknown key `titel`.*Did you mean `title`\?", run.Stdout);
        Assert.Matches(@"\.yaml:\d+:\d+: error QT210: .*`sam-andersen`.*Did you mean `sam-anderson`\?", run.Stdout);
        Assert.Matches(@" errors, 0 warnings in \d+ files\.", run.Stdout);
    }

    [Fact]
    public void Validate_as_json_gives_counts_and_diagnostics_for_tools()
    {
        string pack = CopyOfBundledPack();
        File.AppendAllText(Path.Combine(pack, "event.yaml"), "\nsurprise: true\n");

        var run = CliRunner.Run(_work, "validate", "--format", "json", pack);

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(1, json.RootElement.GetProperty("errors").GetInt32());
        var diagnostic = json.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal("QT110", diagnostic.GetProperty("code").GetString());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.EndsWith("event.yaml", diagnostic.GetProperty("file").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_of_a_missing_path_is_an_io_failure()
    {
        var run = CliRunner.Run(_work, "validate", Path.Combine(_work, "nowhere"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("content path not found", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_options_are_usage_errors()
    {
        var run = CliRunner.Run(_work, "validate", "--frobnicate");
        Assert.Equal(2, run.ExitCode);
        // Not taken for a path that does not exist, and not buried under the whole help text.
        Assert.Contains("quiztui: Unrecognized option '--frobnicate'.", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("content path not found", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("See 'quiztui validate --help' for usage and examples.", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
    }

    [Theory]
    [InlineData("export scores --formt csv", "--format", "quiztui export scores --help")]
    [InlineData("valdate", "validate", "quiztui --help")]
    [InlineData("validate --fromat json", "--format", "quiztui validate --help")]
    public void Mistyped_commands_and_options_get_a_suggestion_and_exit_2(string commandLine, string suggestion, string help)
    {
        var run = CliRunner.Run(_work, commandLine.Split(' '));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"Did you mean '{suggestion}'", run.Stderr, StringComparison.Ordinal);
        Assert.Contains($"See '{help}'", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
    }

    [Theory]
    [InlineData("draft quotes")]
    [InlineData("import gift")]
    [InlineData("report")]
    public void A_folder_or_a_binary_file_given_as_a_file_is_named_as_such(string command)
    {
        string folder = Directory.CreateDirectory(Path.Combine(_work, "exports")).FullName;
        var run = CliRunner.Run(_work, [.. command.Split(' '), folder]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{folder}: it is a folder, not a file", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("denied", run.Stderr, StringComparison.Ordinal);

        string binary = Path.Combine(_work, "photo.jpg");
        File.WriteAllBytes(binary, [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00]);
        run = CliRunner.Run(_work, [.. command.Split(' '), binary]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("it is not a text file", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_score_export_says_why_and_which_profiles_have_answers()
    {
        string db = Path.Combine(_work, "scores.db");
        using (var store = QuizTui.Storage.ScoreDatabase.Open(db))
        {
            var newsEvent = Support.Sample.Event();
            var quiz = newsEvent.Quizzes.OfType<QuizTui.Core.Model.ComprehensionQuiz>().First();
            var session = QuizTui.Core.Quizzes.QuizSessionBuilder.Start(newsEvent, quiz, seed: 1, DateTimeOffset.Now);
            var attempt = QuizTui.Core.Progress.Runs.Start(store, "alice", session);
            QuizTui.Core.Progress.Runs.Answer(store, attempt, session, QuizTui.Core.Model.SkippedAnswer.Instance, TimeSpan.FromSeconds(2), DateTimeOffset.Now);
        }

        var typo = CliRunner.Run(_work, "export", "scores", "--db", db, "--profile", "alcie");
        Assert.Equal(0, typo.ExitCode);
        Assert.StartsWith("profile,", typo.Stdout, StringComparison.Ordinal);
        Assert.Contains("no answers for profile 'alcie' yet", typo.Stderr, StringComparison.Ordinal);
        Assert.Contains("this database has answers from alice (choose with --profile NAME", typo.Stderr, StringComparison.Ordinal);

        var later = CliRunner.Run(_work, "export", "scores", "--db", db, "--profile", "alice", "--since", "2099-01-01");
        Assert.Equal(0, later.ExitCode);
        Assert.Contains("no answers for profile 'alice' since 2099-01-01", later.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(" yet", later.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stats")]
    [InlineData("export scores")]
    public void A_score_export_given_as_the_database_is_left_untouched(string command)
    {
        string csv = Path.Combine(_work, "alice.csv");
        const string export = "profile,answered_at,event_id,quiz_id,question_id,verdict\r\n";
        File.WriteAllText(csv, export);

        var run = CliRunner.Run(_work, [.. command.Split(' '), "--db", csv]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is not a score database, so it was left untouched", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(export, File.ReadAllText(csv));
        Assert.Equal([csv], Directory.GetFiles(_work, "alice.csv*"));
    }

    [Fact]
    public void Export_content_resolves_every_quotation_to_speaker_article_and_seed()
    {
        var run = CliRunner.Run(_work, "export", "content", "--event", "hootsuite-ice-2020", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var ev = Assert.Single(json.RootElement.GetProperty("events").EnumerateArray());
        var quotations = ev.GetProperty("articles").EnumerateArray().SelectMany(a => a.GetProperty("quotations").EnumerateArray()).ToList();
        Assert.True(quotations.Count >= 18);
        Assert.All(quotations, q =>
        {
            Assert.False(string.IsNullOrWhiteSpace(q.GetProperty("text").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(q.GetProperty("speaker").GetString()));
            Assert.Matches("^[a-z0-9-]+$", q.GetProperty("speaker_id").GetString()!);
            Assert.False(string.IsNullOrWhiteSpace(q.GetProperty("article_id").GetString()));
            Assert.Matches(@"^\d{3}_[0-9a-f]+\.txt$", q.GetProperty("seed").GetString()!);
        });
        Assert.Contains(quotations, q => q.GetProperty("speaker").GetString() == "Mary Houtmann");
    }

    [Fact]
    public void Export_content_of_an_unknown_event_says_which_events_exist()
    {
        var run = CliRunner.Run(_work, "export", "content", "--event", "no-such-event", "--format", "json");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("hootsuite-ice-2020", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_option_replaces_a_bundled_pack_with_an_edited_copy()
    {
        string pack = CopyOfBundledPack();
        string eventFile = Path.Combine(pack, "event.yaml");
        File.WriteAllText(eventFile, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(eventFile), @"(?m)^title: .*$", "title: An edited title"));

        var run = CliRunner.Run(_work, "export", "content", "--content", pack, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var ev = Assert.Single(json.RootElement.GetProperty("events").EnumerateArray());
        Assert.Equal("An edited title", ev.GetProperty("title").GetString());
    }

    [Fact]
    public void Draft_quotes_lists_quotations_with_speakers_as_json()
    {
        string article = Path.Combine(_work, "council.txt");
        File.WriteAllText(article, """
            Riverside council votes to keep the library open

            The Riverside city council voted 5-2 on Tuesday to keep the east branch library open.

            "This library is where our kids do their homework," said Councillor Dana Whitfield, who proposed the motion.

            Mayor Lionel Ortiz voted against it. "We cannot pay for everything we love," Ortiz said in a statement.
            """);

        var run = CliRunner.Run(_work, "draft", "quotes", article, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var drafts = json.RootElement.EnumerateArray().ToList();
        Assert.Contains(drafts, d => d.GetProperty("text").GetString()!.StartsWith("This library is where our kids", StringComparison.Ordinal)
                                     && d.GetProperty("speaker").GetString() == "Dana Whitfield");
        Assert.Contains(drafts, d => d.GetProperty("text").GetString()!.StartsWith("We cannot pay", StringComparison.Ordinal)
                                     && d.GetProperty("speaker").GetString() == "Lionel Ortiz");
    }

    [Fact]
    public void Draft_quotes_says_how_many_speakers_are_only_suggestions()
    {
        string article = Path.Combine(_work, "flood.txt");
        File.WriteAllText(article, """
            Councillor Ana Ruiz spent Monday at the flooded primary school on Mill Lane.

            "The water came in overnight and nobody was ready for it."

            "We will be open on Wednesday," head teacher Tom Baker said.
            """);

        var run = CliRunner.Run(_work, "draft", "quotes", article);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("speaker: tom-baker  # CHECK: Tom Baker (person), low confidence (0.50): no attribution found; suggested from those named near it, likeliest first: Tom Baker, Ana Ruiz\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("2 quotations drafted, 0 with no speaker found, 1 with only a suggested speaker (no attribution in the text).", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_quotes_of_a_missing_file_is_an_io_failure()
    {
        var run = CliRunner.Run(_work, "draft", "quotes", Path.Combine(_work, "missing.txt"));
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("quiztui: cannot read the article", run.Stderr, StringComparison.Ordinal);
    }

    public static TheoryData<string> EveryCommand()
    {
        var names = new TheoryData<string>();
        void Walk(System.CommandLine.Command command, string path)
        {
            foreach (var sub in command.Subcommands)
            {
                string name = (path + " " + sub.Name).Trim();
                // A parent with subcommands only lists them; each leaf carries the examples.
                if (sub.Subcommands.Count == 0)
                    names.Add(name);
                Walk(sub, name);
            }
        }
        Walk(QuizTui.App.Cli.QuizTuiCommand.Build(), "");
        return names;
    }

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public void Every_command_has_help_with_examples(string command)
    {
        var run = CliRunner.Run(_work, [.. command.Split(' '), "--help"]);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Examples:", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("quiztui " + command, run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public void Every_command_help_has_one_exit_status_section(string command)
    {
        var run = CliRunner.Run(_work, [.. command.Split(' '), "--help"]);

        Assert.Equal(0, run.ExitCode);
        // The section comes from ExitCodes.Help alone; a hand-written one beside it says it twice.
        Assert.Equal(1, run.Stdout.Split("Exit status:").Length - 1);
    }

    [Fact]
    public void The_app_itself_has_help_with_examples()
    {
        var run = CliRunner.Run(_work, "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Examples:", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("validate", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help", "validate", "Check content files and print every problem found")]
    [InlineData("new --help", "quiz", "Create DIR/quizzes/ID.yaml: a commented quiz that validates as it is.")]
    public void Help_lists_subcommands_by_their_first_sentence_and_leaves_details_to_their_own_help(string commandLine, string sub, string summary)
    {
        var run = CliRunner.Run(_work, commandLine.Split(' '));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(summary, run.Stdout, StringComparison.Ordinal);
        // The details (exit codes, each subcommand's examples) are in the subcommand's own --help.
        Assert.DoesNotContain("Exit status:", run.Stdout, StringComparison.Ordinal);
        Assert.True(run.Stdout.Split('\n').Length < 60, run.Stdout);

        var own = CliRunner.Run(_work, [.. commandLine.Split(' ')[..^1], sub, "--help"]);
        Assert.Contains("Exit status:", own.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_watch_checks_again_when_a_file_is_saved_and_ctrl_c_ends_it_with_0()
    {
        string pack = CopyOfBundledPack();
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "quiztui.dll"), "validate", "--watch", pack })
            start.ArgumentList.Add(arg);
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        try
        {
            WaitFor(() => Text(output).Contains("No problems in", StringComparison.Ordinal));
            string eventFile = Path.Combine(pack, "event.yaml");
            File.AppendAllText(eventFile, "\nsurprise: true\n");
            WaitFor(() => Text(output).Contains("error QT110: unknown key `surprise`", StringComparison.Ordinal));
            string current = File.ReadAllText(eventFile);
            File.WriteAllText(eventFile, current.Replace("\nsurprise: true\n", "", StringComparison.Ordinal));
            WaitFor(() => Text(output).Split("--- ").Last().Contains("No problems in", StringComparison.Ordinal));

            // Ctrl+C ends the watch cleanly.
            using (var interrupt = System.Diagnostics.Process.Start("kill", ["-s", "INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                interrupt.WaitForExit();
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "validate --watch did not stop on Ctrl+C");
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }

        static string Text(System.Text.StringBuilder sb)
        {
            lock (sb)
                return sb.ToString();
        }

        static void WaitFor(Func<bool> condition)
        {
            var until = DateTime.UtcNow.AddSeconds(30);
            while (!condition())
            {
                Assert.True(DateTime.UtcNow < until, "validate --watch did not report in time");
                Thread.Sleep(100);
            }
        }
    }
}
