using System.CommandLine;
using Humanizer;
using QuizTui.Core.Authoring;
using QuizTui.Core.Gift;
using QuizTui.Core.Model;

namespace QuizTui.App.Cli;

/// <summary><c>quiztui import gift FILE</c>: a Moodle GIFT file as a comprehension quiz.</summary>
internal static class ImportGiftCommand
{
    private static readonly Argument<string> File = new("FILE")
    {
        Description = "The GIFT file (as exported by Moodle, or written by hand); - reads standard input.",
    };

    private static readonly Option<string?> Out = new("--out", "-o")
    {
        Description = "Write the quiz here instead of to standard output: a folder (the file is named ID.yaml) or a file name.",
        HelpName = "DIR|FILE",
    };

    private static readonly Option<bool> Replace = new("--replace")
    {
        Description = "Replace the quiz file --out names (a file, or ID.yaml in the folder) instead of refusing: the ids of the quiz it holds stay free for the import, and the old file is kept as FILE.bak.",
    };

    private static readonly Option<string?> Id = new("--id")
    {
        Description = "The quiz id (default: made from the file name).",
        HelpName = "ID",
    };

    private static readonly Option<string?> Title = new("--title")
    {
        Description = "The quiz title (default: made from the file name).",
        HelpName = "TEXT",
    };

    private static readonly Option<string?> Article = new("--article")
    {
        Description = "The article the questions are about. Without it the quiz is event-level and each question needs `articles:` before it validates.",
        HelpName = "ID",
    };

    public static Command Create()
    {
        var command = new Command("gift", """
            Convert a Moodle GIFT file into a comprehension quiz in our YAML format.

            The quiz goes to standard output (or --out); the conversion report goes to standard
            error, one line per construct that could not be carried over as it was:
              week3.gift:12: warning: description "Read the article" not converted: ...

            Converted: single choice, multiple answers (% weights), true/false, short answer,
            numeric (value:tolerance, min..max), matching, missing-word questions (shown with
            _____), essays with // checklist: comment lines (written questions; the model
            answer from // model-answer: lines or the general feedback), per-answer feedback
            and general feedback (#### becomes the explanation).
            Not converted, and reported: essays without a checklist, descriptions, categories,
            partial-credit weights our scoring cannot express, extra numeric answers, feedback
            on short and numeric answers. [html] text is converted to plain text.

            GIFT has no reading skills: every question gets skill: detail with a comment asking
            you to set it. Question ids come from // [id:ID] comments (Moodle keeps them as ID
            numbers), else from the GIFT titles (::title::); every id changed because it was
            already taken is reported. When --out is
            inside a content pack, ids already used there are avoided and the new file is
            checked. An existing file is overwritten only with --replace: use it to bring
            back a quiz exported with export gift and edited in Moodle, so its question ids,
            and students' history of them, stay as they were.

            Examples:
              quiztui import gift week3.gift                       print the quiz
              quiztui import gift week3.gift --article herald-2024-05-02 \
                  -o ~/packs/city-vote-2024/quizzes/                 write quizzes/week3.yaml there
              quiztui import gift week3.gift --id vote-basics -o vote-basics.yaml 2> report.txt
              quiztui import gift herald.gift --replace -o ~/packs/city-vote-2024/quizzes/herald-quiz.yaml
            """ + ExitCodes.Help(ExitCodes.InputHasErrors, ExitCodes.UsageOrIo))
        {
            File,
            Out,
            Replace,
            Id,
            Title,
            Article,
        };
        command.SetAction(parse => PackAuthoring.Run(() => Execute(
            parse.GetValue(File)!, parse.GetValue(Out), parse.GetValue(Replace), parse.GetValue(Id), parse.GetValue(Title), parse.GetValue(Article))));
        return command;
    }

    private static int Execute(string input, string? output, bool replace, string? id, string? title, string? article)
    {
        if (replace && output is null)
            throw new AuthoringException("--replace needs -o naming the quiz file to replace");
        string name = input == "-" ? "stdin.gift" : input;
        string? problem = null;
        string text = input == "-" ? Console.In.ReadToEnd() : InputFiles.ReadText(input, out problem);
        if (problem is not null)
            throw new AuthoringException($"cannot read {input}: {problem}");

        string stem = input == "-" ? "imported" : Path.GetFileNameWithoutExtension(input);
        bool isFolder = output is not null && (Directory.Exists(output) || output.EndsWith('/') || output.EndsWith(Path.DirectorySeparatorChar));
        // A replaced quiz keeps its own id and article unless others are asked for.
        string? replacing = !replace ? null : isFolder ? Path.Combine(output!, (id ?? IdSlug.From(stem, "imported-quiz")) + ".yaml") : output;
        if (replacing is not null && System.IO.File.Exists(replacing))
        {
            string old = InputFiles.ReadText(replacing, out _);
            id ??= PackOutline.Declared(old, "id");
            article ??= PackOutline.Declared(old, "article");
        }
        id ??= IdSlug.From(stem, "imported-quiz");
        PackAuthoring.CheckId(id, "quiz");
        if (article is not null)
            PackAuthoring.CheckId(article, "article");

        // Inside a pack, avoid the ids already used by the event, except those of the quiz replaced.
        string? target = null;
        var reserved = new HashSet<string>(StringComparer.Ordinal);
        if (output is not null)
        {
            target = isFolder ? Path.Combine(output, id + ".yaml") : output;
            if (System.IO.File.Exists(target) && !replace)
                throw new AuthoringException($"{target} already exists; not overwriting it (choose another --id or -o, or give --replace to replace that quiz)");
            if (replace && !System.IO.File.Exists(target))
                throw new AuthoringException($"{target} does not exist, so there is nothing to replace; leave out --replace to write a new quiz file");
            if (PackAuthoring.FindPackRoot(Path.GetDirectoryName(Path.GetFullPath(target)) ?? ".") is { } pack)
            {
                string replaced = Path.GetFullPath(target);
                try
                {
                    var others = QuizTui.Core.Loading.ContentLoader.ReadPackFiles(pack).Where(f => !replace || Path.GetFullPath(f.Path) != replaced);
                    reserved.UnionWith(PackOutline.Read(others).Ids);
                }
                catch (IOException)
                {
                    // The pack is checked again after writing; an unreadable pack only loses the id check.
                }
                if (reserved.Contains(id))
                    throw new AuthoringException($"the id '{id}' is already used in {pack}; choose another --id");
            }
        }

        reserved.Add(id);
        var import = GiftReader.Read(text, name, reserved);
        foreach (var note in import.Notes)
            Console.Error.WriteLine(note);

        var quiz = new ComprehensionQuiz(id, title ?? stem.Humanize(LetterCasing.Sentence), null, SourceLocation.None, article, import.Questions);
        var header = new List<string>
        {
            $"Imported from {Path.GetFileName(name)} by quiztui import gift.",
            "Check every question against the article; set each `skill` marked below",
        };
        bool needsArticle = article is null && import.Questions.Any(q => q.ArticleIds.Count == 0);
        if (needsArticle)
            header.Add("and the `article` this quiz is about (add `article: ID` below `title`).");
        else
            header[^1] += ".";
        string yaml = QuizYamlWriter.Write(quiz, new QuizYamlOptions
        {
            HeaderComments = header,
            SkillsToReview = import.SkillsToReview,
        });

        int status = ExitCodes.Ok;
        if (target is null)
        {
            Console.Out.Write(yaml);
        }
        else
        {
            if (replace)
            {
                string backup = PackAuthoring.Replace(target, yaml);
                Console.Error.WriteLine($"replaced {TerminalText.Escape(target)}; the old version is kept as {TerminalText.Escape(backup)}");
            }
            else
            {
                PackAuthoring.WriteNew(target, yaml);
            }
            if (PackAuthoring.FindPackRoot(Path.GetDirectoryName(Path.GetFullPath(target)) ?? ".") is not null)
                status = PackAuthoring.CheckWritten(target);
        }

        int notConverted = import.Notes.Count(n => n.Message.Contains("not converted", StringComparison.Ordinal));
        Console.Error.WriteLine($"{TerminalText.Escape(name)}: {import.Questions.Count} question(s) converted{(target is null ? "" : " into " + target)}; {import.Notes.Count} note(s), {notConverted} about something not converted.");
        if (needsArticle)
            Console.Error.WriteLine("note: no --article given: add `article: ID` to the quiz (or `articles:` to each question) before it validates.");
        if (import.Questions.Count == 0)
            return ExitCodes.InputHasErrors;
        return status;
    }
}
