using System.Globalization;
using Humanizer;
using QuizTui.Core.Progress;

namespace QuizTui.Presentation;

/// <summary>Every piece of text the full-screen app shows, in one place.</summary>
public static class Strings
{
    public const string AppName = "QuizTui";
    public const string Separator = " › ";
    public const string Bullet = "•";
    public const string Dash = "—";

    // Start-up and shutdown
    public const string NeedsTerminal =
        "quiztui: the full-screen app needs a terminal, but standard input or output is not one (redirected or in a pipe).";
    public const string CommandsWithoutTerminal = "These work without a terminal:";
    public const string HelpForCommands = "Run 'quiztui --help' for the full list of commands and options.";
    public const string ContentHasErrors = "quiztui: the content has errors, so the app did not start:";
    public const string NoContent = "quiztui: no content was found. Add a pack with --content DIR.";
    public static string CrashMessage(string logPath) =>
        $"quiztui: something went wrong and the app stopped. The details are in {logPath}";
    public static string UnsavedOnExit(UnsavedWork unsaved) => unsaved.Answers > 0
        ? $"quiztui: {"answer".ToQuantity(unsaved.Answers)} could not be saved before QuizTui closed, so {(unsaved.Answers == 1 ? "it is" : "they are")} lost. {unsaved.Reason}"
        : $"quiztui: your latest progress (a run started or finished) could not be saved before QuizTui closed. {unsaved.Reason}";

    // Saving
    /// <summary>Shown on the quiz screen while the score database cannot take what the learner did.</summary>
    public static string NotSavedYet(UnsavedWork unsaved)
    {
        string what = unsaved.Answers > 0
            ? $"{"answer".ToQuantity(unsaved.Answers)} {(unsaved.Answers == 1 ? "is" : "are")}"
            : "Your latest progress is";
        string them = unsaved.Answers == 1 || unsaved.Answers == 0 ? "it" : "them";
        return $"{what} not saved yet. {unsaved.Reason} QuizTui keeps {them} and tries again every "
            + $"{unsaved.RetryEvery.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} seconds; you can go on.";
    }

    // Size
    public const string TooSmallTitle = "Make the window larger";
    public static string TooSmall(int width, int height, int minWidth, int minHeight) =>
        $"QuizTui needs at least {minWidth}×{minHeight} characters; this window is {width}×{height}.";

    // Home
    public const string HomeTitle = "Events";
    public const string HomeIntro = "Pick an event to read how the news covered it and test yourself.";
    public const string NoEvents = "No events are loaded.";
    public static string EventProgress(int tried, int quizzes, double? best, int attempts) => attempts == 0
        ? $"Not started {Dash} {"quiz".ToQuantity(quizzes)}"
        : $"{tried} of {"quiz".ToQuantity(quizzes)} tried {Dash} best {ProgressText.Percent(best ?? 0)} {Dash} {"attempt".ToQuantity(attempts)}";

    // Event
    public const string Overview = "Overview";
    public const string Quizzes = "Quizzes";
    public const string Articles = "Articles";
    public const string People = "People";
    public const string Timeline = "Timeline";
    public const string CompareEntry = "Compare how outlets printed the same quotation";
    public static string ComparableCount(int n) => $"{"quotation".ToQuantity(n)} printed differently";
    public const string NoComparable = "No quotation was printed by more than one outlet.";
    public const string AboutTitle = "About";
    public const string AboutHint = "the whole overview, the people and the timeline";
    public const string WhoSaidWhatKind = "Who said what";
    public const string ComprehensionKind = "Comprehension";
    public static string QuestionCount(int n) => "question".ToQuantity(n);
    public const string NotTried = "not tried yet";
    public static string QuizProgress(double best, int bestScore, int bestOf, int attempts) =>
        $"best {bestScore}/{bestOf} ({ProgressText.Percent(best)}), {"attempt".ToQuantity(attempts)}";

    // Article
    public const string Summary = "Summary";
    public const string KeyPoints = "Key points";
    public const string Quotations = "Quotations";
    public static string By(string author) => $"by {author}";
    public const string HeadlineIsOurs = "Our summary title, not the outlet's headline.";
    public static string HeadlineAsPrintedBy(string outlet) => $"Headline as printed by {outlet}:";
    public const string HeadlineAsPrinted = "Headline as printed by the outlet.";
    public static string Published(DateOnly date, string relative) =>
        $"{date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} ({relative})";
    public static string SpeakerChannel(string speaker, string channel) => $"{Dash} {speaker}, {channel}";
    public const string TakeQuiz = "Take this article's quiz";
    public const string NoArticleQuiz = "This article has no quiz of its own.";
    public static string OpenedFromQuestion(int number, int count, AppKeys keys) =>
        $"Opened from question {number} of {count}: {keys.Key(UiCommand.Back)} goes back to it, with your answer as you left it.";
    public static string ArticleOfQuestion(int index, int count, AppKeys keys) =>
        $"The question is about {count} articles; this is {index} of {count}. {keys.Label(UiCommand.Right)} for the others.";
    public static string PrintedElsewhere(AppKeys keys) => $"also printed by other outlets: {keys.Key(UiCommand.Compare)} to compare";

    // Compare
    public const string CompareTitle = "Compare quotations";
    public static string CompareCounter(int index, int count) => $"Quotation {index} of {count}";
    public const string CompareHint = "Words that differ between the versions are marked.";
    public static string SaidBy(string speaker) => $"Said by {speaker}";

    // Quiz
    public static string QuestionOf(int n, int count) => $"Question {n} of {count}";
    public const string WhoSaidThis = "Who said this?";
    public static string PrintedBy(string outlet, DateOnly date) =>
        $"as printed by {outlet}, {date.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}";
    public static string PickAll(AppKeys keys) =>
        $"Tick every answer that applies ({keys.Key(UiCommand.Toggle, InputMode.Choices)} or its number), then press {keys.Key(UiCommand.Accept)}.";
    public const string True = "True";
    public const string False = "False";
    public static string TypeAnswer(AppKeys keys) => $"Type your answer and press {keys.Key(UiCommand.Accept, InputMode.Text)}.";
    public static string TypeNumber(AppKeys keys) => $"Type a number and press {keys.Key(UiCommand.Accept, InputMode.Text)}.";
    public static string NotANumber(string typed, AppKeys keys) =>
        $"“{typed}” is not a number. Type the number in digits, like 24, and press {keys.Key(UiCommand.Accept, InputMode.Text)}.";
    public static string Unit(string unit) => $"({unit})";
    public static string OrderHint(AppKeys keys) =>
        $"Select an item, press {keys.Key(UiCommand.Toggle, InputMode.Choices)} to pick it up, move it with {keys.Label(UiCommand.Up)}, {keys.Key(UiCommand.Toggle, InputMode.Choices)} to drop. {keys.Key(UiCommand.Accept)} when done.";
    public static string MatchHint(AppKeys keys) =>
        $"For each item on the left, press the letter of its match on the right. {keys.Key(UiCommand.Accept)} when done.";
    public const string PartA = "Part A";
    public const string PartB = "Part B";
    public static string ChangePartA(AppKeys keys) => $"({keys.Key(UiCommand.Left, InputMode.Choices)} to change)";
    public const string Right = "✓ Right";
    public const string Partly = "◐ Partly right";
    public const string Wrong = "✗ Not quite";
    public const string Skipped = "→ Skipped";
    public const string TheAnswer = "The answer: ";
    public const string YourAnswer = "Your answer: ";
    public const string Source = "Source: ";
    public static string PressEnter(AppKeys keys) => $"Press {keys.Key(UiCommand.Accept)} to go on.";
    public static string PressEnterResults(AppKeys keys) => $"Press {keys.Key(UiCommand.Accept)} to see your results.";
    public static string ConfirmQuit(bool app, AppKeys keys) =>
        $"Quit {(app ? "QuizTui" : "this quiz")}? Your answers so far are kept.  {keys.Key(UiCommand.Yes)}: yes   {keys.Key(UiCommand.No)}: keep going";
    public const string EmptyQuiz = "This quiz has no questions.";
    // Enter is the editor's own key (a new line), not one of the app's bindings.
    public static string WriteHint(AppKeys keys) =>
        $"Write a few sentences below (Enter starts a new line). When you are done, press {keys.Key(UiCommand.SubmitText, InputMode.Editor)}: you will then see a model answer and a checklist to mark your own answer against.";
    public const string WriteSomething = "Write your answer first; it is checked against the model answer once you submit it.";
    public const string EditorTitle = "Your answer";
    public const string YourText = "Your answer:";
    public const string ModelAnswer = "A model answer:";
    public static string TickWhatYoursHas(AppKeys keys) =>
        $"Tick each point your answer makes ({keys.Key(UiCommand.Toggle, InputMode.Choices)} or its number), then press {keys.Key(UiCommand.Accept)} for your score:";
    public static string ChecklistTicked(int ticked, int count) =>
        $"You ticked {ticked} of {"point".ToQuantity(count)} ({ProgressText.Percent(count == 0 ? 0 : (double)ticked / count)}):";
    public const string TypedTextKept = "What you typed is kept with your answers, and comes back in the editor if you resume this quiz.";
    public const string WrittenKept = "(not checked: what you typed is kept with your answers)";
    public const string Picked = "picked up";

    // Results
    public const string ResultsTitle = "Results";
    public static string Score(double score, int count) =>
        $"Score: {FormatScore(score)} of {count} ({ProgressText.Percent(count == 0 ? 0 : score / count)})";
    public static string TimeTaken(string humanized) => $"Time taken: {humanized}";
    public static string Tally(int right, int partial, int wrong, int skipped) =>
        $"{right} right, {partial} partly right, {wrong} wrong, {skipped} skipped";
    public const string EachQuestion = "Question by question";
    public const string NoAnswerSkipped = "none (skipped)";
    public const string Confusions = "Speakers you confused";
    public const string NoConfusions = "None: every quotation you answered went to the right speaker.";
    public static string BestBefore(string best) => $"Your best before this run: {best}";

    public static string AttemptOfQuiz(string ordinal) => $"This was your {ordinal}.";
    public static string ConfusedGroup(string actual) => $"{actual}{(actual.EndsWith('s') ? "'" : "'s")} words, given to ";
    public static string ConfusedCount(string given, int count) => $"{given} ×{count}";
    public const string ConfusedJoin = " · ";
    public const string KeyReviewAgain = "review again";
    public const string KeyCramAgain = "cram again";

    // Learner, notices, resume and review (Home and Event)
    public static string LearnerBadge(string profile) => $"learner: {profile}";
    public const string NoticeHeading = "Please note";
    public static string Unfinished(string quiz, int answered, int count, AppKeys keys) =>
        $"You have an unfinished quiz: {quiz} ({answered} of {count} answered) {Dash} {keys.Key(UiCommand.Accept)} to resume";
    public static string MoreUnfinished(int n) => $"and {"other unfinished quiz".ToQuantity(n)}: open it from its event to resume";
    public static string DueLine(string due, bool any, AppKeys keys) => any
        ? $"{Capital(due)} {Dash} {keys.Key(UiCommand.Retry)} to review, {keys.Key(UiCommand.Cram)} to cram everything"
        : $"{Capital(due)} {Dash} {keys.Key(UiCommand.Cram)} to cram everything";
    public static string DueReview(string due, bool any, AppKeys keys) => any ? $"{Capital(due)} {Dash} {keys.Key(UiCommand.Retry)} to review" : Capital(due);
    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
    public static string NothingDue(AppKeys keys) => $"Nothing is due for review today. Press {keys.Key(UiCommand.Cram)} to practise every question anyway.";
    public static string EventSummary(int tried, int quizzes, string summary) =>
        $"{tried} of {"quiz".ToQuantity(quizzes)} tried {Dash} {summary}";
    public static string ArticleQuiz(string summary) => $"its quiz: {summary}";

    // Resume
    public const string ResumeTitle = "Unfinished quiz";
    public static string ResumeIntro(string quiz, int answered, int count, string when) =>
        $"{quiz}: you have answered {answered} of {count} questions of the run you started {when}.";
    public const string ResumeChoice = "Resume where you stopped";
    public const string StartAgainChoice = "Start again (the unfinished run is closed; its answers stay in your history)";
    public const string KeyResume = "resume";
    public const string KeyStartAgain = "start again";

    // Progress screen
    public const string ProgressTitle = "Progress";
    public const string NothingYet = "Nothing answered yet. Open an event, take a quiz, and your progress shows here.";
    public const string Totals = "Totals";
    public static string TotalsLine(int answers, int runs, int finished) =>
        $"{"answer".ToQuantity(answers)} given in {"quiz run".ToQuantity(runs)} ({finished} finished)";
    public static string OverallLine(string summary) => $"Quiz scores: {summary}";
    public static string StreakLine(string streak) => $"Streak: {streak}";
    public const string ScoresOverTime = "Scores over time";
    public const string ChartKey = "one mark per finished attempt, oldest first: ▁ 0% … █ 100%";
    public static string NotTriedQuizzes(int n) => $"Not tried yet: {"quiz".ToQuantity(n)}.";
    public const string MasteryBySkill = "Mastery by skill";
    public const string MasteryNote = "mastery is the average of your last 20 answers of that skill";
    public static string SkillAnswers(int n) => n == 0 ? "no answers yet" : "answer".ToQuantity(n);
    public const string SpeakerAccuracy = "Who said what: accuracy by speaker";
    public static string SpeakerRight(int right, int answered) => $"{right} of {answered} right";
    public const string MixUps = "Speakers you mix up";
    public const string NoMixUps = "None so far.";
    public const string ConfusionTable = "Said by (rows) and the speaker you answered (columns):";
    public const string RetiredHeading = "Retired questions (no longer in the content)";
    public static string RetiredLine(string quiz, string question, int answered, string average, string when) =>
        $"{quiz} › {question}: retired {Dash} answered {"time".ToQuantity(answered)}, average {average}, last {when}";
    public const string RetiredMark = " (retired)";
    public const string Loading = "Reading your history…";

    // Profiles
    public const string ProfilesTitle = "Learners";
    public static string ProfilesIntro(string current, AppKeys keys) =>
        $"You are {current}. Pick a learner, or type a new name and press {keys.Key(UiCommand.Accept, InputMode.Text)}.";
    public const string NewName = "New learner: ";
    public const string CurrentMark = "  (current)";
    public const string KeySwitch = "switch";
    public const string KeyTypeName = "new name";

    // Class status (status line, when a class is joined)
    public const string ClassStatusProblem = "class: not set up";
    /// <param name="refused">The server answered but refused (login, rights, class not set up): not a matter of waiting.</param>
    public static string ClassStatus(bool? reachable, bool refused, int waiting) =>
        (reachable switch { true => "class: online", false when refused => "class: refused", false => "class: offline", null => "class: connecting" }) + $", {waiting} to send";

    public static string ClassPackLeftOut(string pack) =>
        $"the class pack {pack} kept on this computer has errors and was left out; your instructor can check it with quiztui validate and publish it again";
    public static string ClassPacksUnreadable(string problem) =>
        $"the class's packs kept on this computer could not be read, so they were left out: {problem}";

    // Class dashboard
    public static string DashboardTitle(string className) => $"Class {className}";
    public const string DashboardReading = "Reading the class from the server…";
    public static string DashboardProblem(string problem) => $"The class server cannot be read now: {problem}. The figures below are the last read; trying again.";
    public static string DashboardSummary(int students, int active, int answers, string time) =>
        $"{"student".ToQuantity(students)}, {active} active {Dash} {"answer".ToQuantity(answers)} {Dash} updated {time}";
    public const string DashboardStudents = "Students";
    public static readonly IReadOnlyList<string> DashboardStudentHead = ["student", "answers", "right", "quizzes", "last active"];
    public const string DashboardNoStudents = "No students yet: add them with quiztui class add-student NAME...";
    public const string Never = "never";
    public const string DashboardHardest = "Hardest questions (lowest % right)";
    public const string DashboardNoAnswers = "No answers yet.";
    public static string DashboardCommonWrong(string answer, int count) => $" · most common wrong: {answer} (×{count})";
    public const string DashboardConfusions = "Speakers the class mixes up";
    public static string DashboardConfusion(string saidBy, string givenTo, int count, int students) =>
        $"{saidBy}'s words given to {givenTo}: {"time".ToQuantity(count)}, {"student".ToQuantity(students)}";
    public const string DashboardQuizzes = "Quizzes";

    // Help
    public const string HelpTitle = "Help";
    public static string HelpFor(string screen) => $"Keys on this screen ({screen})";
    public const string HelpEverywhere = "Everywhere";

    // Key descriptions
    public const string KeyMove = "move";
    public const string KeyOpen = "open";
    public const string KeyBack = "back";
    public const string KeyQuit = "quit";
    public const string KeyHelp = "help";
    public const string KeyScroll = "scroll";
    public const string KeyAnswer = "answer";
    public const string KeyTick = "tick";
    public const string KeySkip = "skip";
    public const string KeyQuitQuiz = "quit quiz";
    public const string KeyNext = "next";
    public const string KeyResults = "results";
    public const string KeyPartA = "Part A";
    public const string KeyTakeQuiz = "take quiz";
    public const string KeyCompare = "compare";
    public const string KeyRetry = "try again";
    public const string KeyOtherQuotation = "other quotation";
    public const string KeyGrab = "pick up/drop";
    public const string KeyErase = "erase";
    public const string KeyDoneWriting = "done writing";
    public const string KeyScore = "score";
    public const string KeyYes = "yes";
    public const string KeyNo = "no";
    public const string KeyMatch = "match";
    public const string KeyProgress = "progress";
    public const string KeyReview = "review";
    public const string KeyCram = "cram";
    public const string KeyLearner = "learner";
    public const string KeyAbout = "about";
    public const string KeyArticle = "article";
    public const string KeyOtherArticle = "other article";

    public static string FormatScore(double score) => score.ToString("0.#", CultureInfo.InvariantCulture);
}
